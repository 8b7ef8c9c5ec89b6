package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;

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
}
