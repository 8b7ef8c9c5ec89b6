package org.marsad.entity;

import java.util.List;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.KinshipWords;

/**
 * The words before a person's name that tell a word after them is a given name, where the word is
 * elsewhere a common one: a personal title («الدكتورة ملحة عبدالله»: "salty"), a calling or a
 * nationality before «علي» (Ali, not «على» "on", in an article that writes «على» with ya) and before
 * «باسم» (Bassem, not "in the name of"). Used by {@link PersonEdges}; split from it. Stateless.
 */
final class TitledNames {
    private TitledNames() {}

    /**
     * Whether the «علي» before the name at {@code first} follows a title or a nationality with the article
     * («الرئيس اليمني علي عبد الله صالح», «الحكومة الانتقالية الصومالية علي محمد جيدي», «والحارس علي
     * خصيف»): there it is the name Ali even in an article that writes «على» ("on") as «علي», where
     * «حصل علي محمد» is "got Mohammed". The caller checks that «علي» is there ({@link PersonEdges#aliBefore}).
     */
    static boolean aliAfterTitle(List<Token> tokens, int first, KnowledgeBase kb) {
        if (first < 2) return false;
        String before = WordForms.foldedWithoutConjunction(tokens.get(first - 2));
        return PERSONAL_TITLES.contains(before) || Roles.isTitleWord(before) || CALLINGS.contains(before)
                || before.startsWith("ال") && kb.byAdjective(before).isPresent();
    }

    static final String BASSEM = ArabicNormalizer.normalize("باسم");

    /**
     * Whether «باسم» before the name at {@code first} is the given name Bassem: news writes the word
     * far more often as "in the name of" («المتحدث باسم البيت الأبيض», «المعروف باسم أبو همام»), so only
     * where a personal title, a calling or a nationality with the article stands before it («الدكتور
     * باسم عوض الله», «المصري باسم يوسف»), or a mark that ends a phrase («اللاعبين؛ باسم المنتشري»).
     */
    static boolean bassemBefore(List<Token> tokens, int first, KnowledgeBase kb) {
        if (first < 2 || !tokens.get(first - 1).norm().equals(BASSEM) || ArabicNormalizer.hasVowelMarks(tokens.get(first - 1).text())) {
            return false;
        }
        String mark = tokens.get(first - 2).text();
        if (mark.equals(":") || mark.equals("؛") || mark.equals(";")) return true;
        String before = WordForms.foldedWithoutConjunction(tokens.get(first - 2));
        return PERSONAL_TITLES.contains(before) || CALLINGS.contains(before) || CountryAdjectives.nationality(tokens.get(first - 2), kb);
    }

    private static final String AMIR = ArabicNormalizer.normalize("أمير");

    /**
     * Whether «أمير» right before a one-word person's name is the given name Amir: «أكد أمير كرارة»,
     * «أبلغ أمير الكناني», where the recogniser began the name at the surname. As a title news writes
     * «الأمير» with the article, or «أمير» before a place («أمير قطر», «أمير منطقة الرياض»), which
     * the recogniser does not read as a person; so only «أمير» written alone or after «و», without
     * vowel marks, before a name the knowledge base knows as nothing but a person.
     */
    static boolean amirBefore(List<Token> tokens, int first, KbMatcher matcher) {
        if (first < 1) return false;
        Token before = tokens.get(first - 1);
        String n = before.norm();
        if (!n.equals(AMIR) && !n.equals("و" + AMIR) || ArabicNormalizer.hasVowelMarks(before.text())) return false;
        return matcher.lookup(tokens, first, first).stream().allMatch(e -> e.ref().type() == org.marsad.article.EntityType.PER);
    }

    /** Callings that stand before a name in news: «الحارس علي ...», «الفنان علي ...». Folded. */
    static final java.util.Set<String> CALLINGS = ArabicNormalizer.foldedSet("الحارس", "اللاعب", "المهاجم", "المدافع",
            "النجم", "الفنان", "الشاعر", "الكاتب", "الطبيب", "الزميل");

    /**
     * Titles that stand right before a person's full name: «الدكتورة ملحة عبدالله», «الأستاذ مساعد
     * الزويهري», «اللواء فضل حسن» (not «الرائد», «الفريق»: also "the pioneer", "the team").
     */
    static final java.util.Set<String> PERSONAL_TITLES = ArabicNormalizer.foldedSet("الدكتور", "الدكتورة", "الأستاذ", "الأستاذة",
            "المهندس", "المهندسة", "الشيخ", "الشيخة", "اللواء", "العميد", "العقيد", "المقدم");

    /**
     * Whether the word before the name at {@code first} is a given name because a personal title
     * stands right before it: «الدكتورة ملحة عبدالله», «الأستاذ مساعد الزويهري», «د. مها أمين خياط», where the word is a
     * noun elsewhere ("salty", "assistant") and the lists or the article share reject it. The word is
     * written alone (no clitic, no article), is no title or office («الشيخ رئيس ...»), no kinship
     * word, no particle and no word of a rank ({@link RankedNames#isRankWord}).
     */
    static boolean afterPersonalTitle(List<Token> tokens, int first) {
        if (first < 2) return false;
        Token before = tokens.get(first - 1);
        if (!wordAlone(before) || RankedNames.isRankWord(before.norm())) return false;
        return PERSONAL_TITLES.contains(WordForms.foldedWithoutConjunction(tokens.get(first - 2))) || doctorAbbreviated(tokens, first - 2);
    }

    /** Whether «د.» (for «الدكتور») ends at token {@code dot}: «د. مها أمين خياط». */
    static boolean doctorAbbreviated(List<Token> tokens, int dot) {
        return dot >= 1 && tokens.get(dot).text().equals(".") && tokens.get(dot - 1).text().equals("د")
                && tokens.get(dot).start() == tokens.get(dot - 1).end();
    }

    /**
     * Whether a token could be a given name written alone: one piece (no clitic, no article), three
     * letters or more, and no particle, title or office, or kinship word.
     */
    static boolean wordAlone(Token t) {
        if (t.segments().size() != 1 || t.segments().get(0).kind() != Segment.Kind.STEM) return false;
        String n = t.norm();
        return n.length() >= 3 && !n.startsWith("ال") && Character.isLetter(n.charAt(0)) && !WordForms.isParticle(n)
                && !Roles.isTitleWord(n) && !KinshipWords.contains(n);
    }
}
