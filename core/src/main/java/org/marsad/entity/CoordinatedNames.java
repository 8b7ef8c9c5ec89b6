package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * A link-only knowledge-base name (one that is a common word too, which alone makes no mention:
 * «القاعدة», the base; «مالي», financial; «ظريف», witty) joined by «و» to a mention of its own type
 * is a name: «مقاتلي طالبان والقاعدة», «القاعدة وطالبان», «سوريا ومالي», «لافروف وظريف». Coordination
 * joins like with like, so the other name says which reading the word has. Stateless.
 */
final class CoordinatedNames {
    private CoordinatedNames() {}

    /** Adds the link-only names of sentence {@code s} coordinated with a draft of {@code here} and not yet covered. */
    static void add(int s, List<Token> tokens, List<Draft> here, boolean[] covered, KbMatcher matcher, KnowledgeBase kb) {
        List<Draft> added = new ArrayList<>();
        for (Draft d : here) {
            // «طالبان والقاعدة»: the name after the mention, opened by «و»
            int k = d.last + 1;
            if (k < tokens.size() && WordForms.opensWithAnd(tokens.get(k))) {
                KbMatcher.Match m = matcher.at(tokens, k);
                if (fits(m, d, covered, kb)) {
                    Draft c = draft(s, m, covered);
                    // the span starts after «و» («ولحج» → «لحج», not و + ل + «حج»), unless «و» is the name's («واس»)
                    c.wholeFirst = !m.name().split(" ")[0].equals(tokens.get(k).norm());
                    added.add(c);
                }
            }
            // «القاعدة وطالبان»: the name before a mention that opens with «و»
            if (d.first > 0 && WordForms.opensWithAnd(tokens.get(d.first))) {
                for (int j = d.first - 1; j >= Math.max(0, d.first - 4); j--) {
                    KbMatcher.Match m = matcher.at(tokens, j);
                    if (m != null && m.last() == d.first - 1) {
                        if (fits(m, d, covered, kb)) added.add(draft(s, m, covered));
                        break;
                    }
                }
            }
        }
        here.addAll(added);
    }

    private static boolean fits(KbMatcher.Match m, Draft d, boolean[] covered, KnowledgeBase kb) {
        if (m == null || m.entries().size() != 1 || m.entries().get(0).ref().type() != d.type || kb.addsMentions(m.name())) return false;
        for (int k = m.first(); k <= m.last(); k++) if (covered[k]) return false;
        return true;
    }

    private static Draft draft(int s, KbMatcher.Match m, boolean[] covered) {
        Draft d = new Draft(s, m.first(), m.last(), m.entries().get(0).ref().type());
        d.entries = m.entries();
        Arrays.fill(covered, m.first(), m.last() + 1, true);
        return d;
    }

    /** Heads of a body's name, besides {@link NonNames#GENERIC_HEADS}: «اتحاد», «لجنة», «نادي», «بنك». Folded. */
    private static final java.util.Set<String> MORE_HEADS = ArabicNormalizer.foldedSet("اتحاد", "لجنة", "نادي",
            "بنك", "صندوق", "رابطة", "جبهة", "مصرف", "محكمة");

    /**
     * Splits an organisation the recogniser ran over two coordinated bodies: «الاتحاد الدولي والاتحاد الإنجليزي»,
     * «الهيئة العامة للرياضة واللجنة الأولمبية» are two, each of two words or more, the second opened by «و»
     * and a body's head noun. A name the knowledge base knows whole stays one.
     */
    static List<Draft> splitBodies(List<Token> tokens, List<Draft> here, KbMatcher matcher) {
        List<Draft> out = new ArrayList<>(here.size());
        for (Draft d : here) {
            int k = d.type == EntityType.ORG ? secondBody(tokens, d) : -1;
            if (k < 0 || !matcher.lookup(tokens, d.first, d.last).isEmpty()) {
                out.add(d);
                continue;
            }
            Draft second = new Draft(d.sentence, k, d.last, d.type);
            second.entries = matcher.lookup(tokens, k, d.last);
            d.last = k - 1;
            d.entries = matcher.lookup(tokens, d.first, d.last);
            out.add(d);
            out.add(second);
        }
        return out;
    }

    /** Where a second body begins inside {@code d}: a word of «و» and a head noun, two words or more from each end; or -1. */
    private static int secondBody(List<Token> tokens, Draft d) {
        for (int k = d.first + 2; k < d.last; k++) {
            Token t = tokens.get(k);
            if (!WordForms.opensWithAnd(t)) continue;
            String w = WordForms.foldedWithoutConjunction(t);
            String bare = w.startsWith("ال") ? w.substring(2) : w;
            if (NonNames.GENERIC_HEADS.contains(bare) || MORE_HEADS.contains(bare)) return k;
        }
        return -1;
    }
}
