package org.marsad.entity;

import java.util.List;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * A country's name that is the feminine of its own adjective («السعودية», «سورية») where it
 * qualifies the noun before it: «المرأة السعودية» is Saudi, «عائلة سورية» Syrian, neither the
 * country. {@link NonNames} drops such mentions and {@link MentionSpans} adds no knowledge-base
 * mention there; split from {@link NonNames}. Stateless.
 */
final class CountryAdjectives {
    private CountryAdjectives() {}

    /**
     * «وزارة الداخلية السعودية», «المرأة السعودية», «للشركات السعودية»: a country the knowledge base
     * names by its own adjective («السعودية»), right after a definite feminine word (the article
     * written or eaten by «ل»; the stem folded ending «ه», or a plural in «ات»), is that word's
     * adjective, Saudi, not Saudi Arabia; {@link
     * NationalityFinder} reports it. ANERcorp train marks it so 3 times of 3, and marks «السعودية» a
     * place 11 times of 13 after a preposition or a verb. So does a plural of things, which takes
     * a feminine adjective: a broken plural by its pattern ({@link #brokenPlural}: «الأسهم
     * السعودية», «البنوك السعودية», «المدارس السعودية»), and a feminine noun without «ة» («السوق
     * السعودية»). After a masculine word it stays the country («يزور الرئيس الأمريكي السعودية»).
     */
    static boolean countryAsAdjective(List<Token> tokens, int i, KnowledgeBase kb) {
        if (i == 0) return false;
        Token t = tokens.get(i);
        String word = t.norm();
        if (!word.startsWith("ال") || !WordForms.folded(t).equals(word) || kb.byAdjective(word).isEmpty()) return false;
        if (kb.byName(word).stream().noneMatch(e -> e.ref().id().startsWith("kb:country/"))) return false;
        // definite, written with the article or after a preposition that ate its alef («للشركات»)
        Token before = tokens.get(i - 1);
        if (before.article() == null) return false;
        String stem = WordForms.foldedStem(before);
        return stem.endsWith("ه") || stem.endsWith("ات") || FEMININE_WITHOUT_TEH.contains(stem) || brokenPlural(stem);
    }

    /**
     * «عائلة سورية», «لاجئة سورية», «بلدة سورية»: a country's name that is also the feminine of its
     * adjective («سورية», Syria), right after an indefinite feminine word (no article, no clitic,
     * ending in «ة») or a feminine plural («مروحيات سورية», «جنسيات سورية»), is that word's
     * adjective, "Syrian", not Syria. Elsewhere («في سورية», «زار سورية») it stays the country.
     */
    static boolean countryNameAsIndefiniteAdjective(List<Token> tokens, int i, KnowledgeBase kb) {
        String folded = WordForms.folded(tokens.get(i));
        if (i == 0 || !folded.endsWith("ه") || folded.startsWith("ال")) return false;
        if (kb.byName(folded).stream().noneMatch(e -> e.ref().id().startsWith("kb:country/"))) return false;
        if (kb.byAdjective(folded.substring(0, folded.length() - 1)).isEmpty()) return false;
        Token before = tokens.get(i - 1);
        String n = before.norm();
        return before.segments().size() == 1 && before.article() == null && !n.startsWith("ال")
                && (n.length() >= 3 && n.endsWith("ه") || n.length() >= 5 && n.endsWith("ات"));
    }

    /**
     * Whether the token is a nationality written with the article, as the knowledge base knows it
     * («البرازيلي», «الأرجنتينية», «الفرنسيون», «السعودية») or as {@link #BRITISH} lists it («الويلزي»).
     */
    static boolean withArticle(Token t, KnowledgeBase kb) {
        String folded = WordForms.folded(t);
        return folded.startsWith("ال") && (kb.byAdjective(folded).isPresent() || BRITISH.contains(folded));
    }

    /** Whether the token is a nationality with the article ({@link #withArticle}) and no name of its own («السعودية» is also the country). */
    static boolean nationality(Token t, KnowledgeBase kb) {
        return withArticle(t, kb) && kb.byName(WordForms.folded(t)).isEmpty();
    }

    /**
     * English, Scottish and Welsh, which the knowledge base does not list as the United Kingdom's
     * adjectives: as adjectives their plurals would become gazetteer features of peoples, and the
     * models trained with them scored 0.3 point lower on AQMAR dev (three seeds). Folded.
     */
    private static final java.util.Set<String> BRITISH = ArabicNormalizer.foldedSet("الإنجليزي", "الإنجليزية", "الإنكليزي",
            "الإنكليزية", "الاسكتلندي", "الاسكتلندية", "الإسكتلندي", "الاسكوتلندي", "الويلزي", "الويلزية");

    /** Feminine nouns written without «ة» that a country's adjective follows: «السوق السعودية». Folded. */
    private static final java.util.Set<String> FEMININE_WITHOUT_TEH = ArabicNormalizer.foldedSet("سوق", "حرب", "أرض", "دار");

    /** Broken plurals of the pattern فُعَل, of three letters, too alike to singulars to tell by shape: «الغرف», «المدن». Folded. */
    private static final java.util.Set<String> SHORT_PLURALS = ArabicNormalizer.foldedSet("غرف", "مدن", "أسر", "فرق", "صحف",
            "سلع", "طرق", "قوى", "دول");

    /**
     * Whether a folded stem (without the article) has the shape of a broken plural: أفعال («اسهم»
     * is أفعُل, «افلام», «اسماء»), أفاعل («اراضي», «اماكن»), فُعول («بنوك», «حدود»), فواعل («كوادر»,
     * «شوارع»), مفاعل and مفاعيل («مصارف», «مدارس», «مشاريع»), فعاليل («جماهير», «صناديق»), or
     * one of {@link #SHORT_PLURALS}. Singulars of these shapes exist («أمير», «محامي», «دخول»), but
     * they are people, which take the masculine adjective, or verbal nouns, after which «السعودية»
     * still qualifies the noun before («تأشيرة الدخول السعودية»).
     */
    static boolean brokenPlural(String stem) {
        int n = stem.length();
        if (n == 3) return SHORT_PLURALS.contains(stem);
        char first = stem.charAt(0);
        if (n == 4) return first == 'ا' || stem.charAt(2) == 'و';
        if (n == 5) {
            return first == 'ا' && (stem.charAt(3) == 'ا' || stem.charAt(2) == 'ا') // أفعال, أفاعل
                    || stem.charAt(1) == 'و' && stem.charAt(2) == 'ا' // فواعل
                    || first == 'م' && stem.charAt(2) == 'ا'; // مفاعل
        }
        return n == 6 && stem.charAt(2) == 'ا' && stem.charAt(4) == 'ي'; // مفاعيل, فعاليل
    }
}
