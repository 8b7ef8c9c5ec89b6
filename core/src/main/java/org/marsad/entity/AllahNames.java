package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Found;
import org.marsad.text.ArabicNormalizer;

/**
 * People's names built on «الله», which the recogniser, having learnt «الله» alone as MISC (God),
 * reads otherwise: the title «آية الله» typed as an organisation («آية الله الطبسي»), and a
 * compound given name cut at «الله» («اللواء وديعة الله», «الدكتور بهاء حسب الله», «الإيراني
 * عطاء الله مهاجراني»). Stateless.
 */
final class AllahNames {
    private AllahNames() {}

    private static final String ALLAH = ArabicNormalizer.normalize("الله");
    private static final String AYAT = ArabicNormalizer.normalize("آية");
    /** «آية الله العظمى السيستاني»: the grand ayatollah; the word is part of the title. */
    private static final String GRAND = ArabicNormalizer.normalize("العظمى");

    /**
     * First parts of compound given names that end in «الله» («عطاء الله», «حسب الله», «فضل الله»).
     * Most are also nouns with «الله» after them («نصر الله» "God's victory", «فضل الله» "God's
     * grace"), so they make a name only where a person is plainly named: see {@link #resolve}.
     */
    private static final java.util.Set<String> COMPOUND_FIRST = ArabicNormalizer.foldedSet("عبد", "نصر", "عطاء", "عطا", "وديعة",
            "حسب", "فضل", "جار", "خير", "سعد", "فتح", "عوض", "ضيف", "هبة", "رزق", "حمد", "جاد", "فرج", "نعمة", "حرز", "كرم",
            // Persian and Afghan compounds: «رحمة الله يوسف زائي», «روح الله», «سيف الله», «حبيب الله», «أمان الله»
            "رحمة", "رحمت", "روح", "سيف", "حبيب", "أمان", "ذبيح", "عزت", "حشمت", "نعمت", "قدرت");

    /**
     * The recogniser's mentions of one sentence with those names read as people: a mention that
     * opens with «آية الله» is a person's (with the word after it when the recogniser stopped at
     * the title), and a lone «الله» after a compound's first part is the end of a person's name
     * when a person is named there: a person mention ends right before it or begins right after
     * it («بهاء حسب الله», «جار الله عمر»: {@link MentionSpans#mergeAdjacent} then joins the
     * pieces), or a title or nationality stands before it («اللواء وديعة الله», «الإيراني عطاء
     * الله», also with a given name between, which then opens the name: «والدكتور باسم عوض الله»).
     */
    static List<Found> resolve(List<Token> tokens, List<Found> found, KnowledgeBase kb) {
        List<Found> out = new ArrayList<>(found);
        for (int n = 0; n < out.size(); n++) {
            Found f = out.get(n);
            if (f.type() != EntityType.PER && ayatollah(tokens, f.first())) {
                int last = f.last();
                if (last == f.first() + 1) last = nameAfterTitle(tokens, last, out);
                if (last > f.first() + 1) out.set(n, new Found(f.sentence(), f.first(), last, EntityType.PER));
                continue;
            }
            if (f.type() == EntityType.PER || f.first() != f.last() || f.first() == 0 || !tokens.get(f.first()).norm().equals(ALLAH)) continue;
            int part = f.first() - 1;
            if (at(out, part) != null || !COMPOUND_FIRST.contains(WordForms.foldedWithoutConjunction(tokens.get(part)))) continue;
            Found before = part > 0 ? endingAt(out, part - 1) : null;
            Found after = at(out, f.last() + 1);
            int first = part;
            if (before == null && part > 1 && at(out, part - 2) == null && Roles.introducesName(tokens.get(part - 2), kb)
                    && NameLists.shipped().opensPersonName(WordForms.foldedWithoutConjunction(tokens.get(part - 1)))) {
                first = part - 1; // «والدكتور باسم عوض الله»: «باسم» is also ب + «اسم», which PersonEdges would not take in
            } else if (!(before != null && before.type() == EntityType.PER || after != null && after.type() == EntityType.PER
                    || before == null && part > 0 && Roles.introducesName(tokens.get(part - 1), kb))) {
                continue;
            }
            out.set(n, new Found(f.sentence(), first, f.last(), EntityType.PER));
        }
        return out;
    }

    /** Whether «آية الله» begins at {@code i} (the first word may carry a conjunction or preposition). */
    private static boolean ayatollah(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && WordForms.folded(tokens.get(i)).equals(AYAT) && tokens.get(i + 1).norm().equals(ALLAH);
    }

    /**
     * The last word of the name after a bare «آية الله» ending at {@code title}: the next word
     * (after «العظمى»), when no other mention holds it and it is a word of three letters or more,
     * letters only, that opens with no clitic; otherwise {@code title}.
     */
    private static int nameAfterTitle(List<Token> tokens, int title, List<Found> found) {
        int k = title + 1;
        if (k < tokens.size() && tokens.get(k).norm().equals(GRAND)) k++;
        if (k >= tokens.size() || at(found, k) != null) return title;
        Token t = tokens.get(k);
        if (t.segments().get(0).kind() != Segment.Kind.STEM || WordForms.folded(t).length() < 3) return title;
        for (int c = 0; c < t.text().length(); c++) if (!Character.isLetter(t.text().charAt(c))) return title;
        return k;
    }

    private static Found at(List<Found> found, int i) {
        for (Found f : found) if (f.first() <= i && i <= f.last()) return f;
        return null;
    }

    private static Found endingAt(List<Found> found, int i) {
        for (Found f : found) if (f.last() == i) return f;
        return null;
    }
}
