package org.marsad.entity;

import java.util.List;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.KinshipWords;

/**
 * A man's whole name after a military or police rank («الشهيد العريف أول جمعة جوهر جمعة الحمادي»), whose
 * first names the recogniser often leaves out; and the words that go on a rank, not a name («بحري»,
 * «ركن»). Split from {@link PersonEdges}. Stateless.
 */
final class RankedNames {
    private RankedNames() {}

    /** Words that go on a rank or title, not a name: «اللواء دكتور», «العميد بحري», «اللواء طيار», «الفريق ركن». */
    private static final java.util.Set<String> RANK_WORDS = ArabicNormalizer.foldedSet("دكتور", "بحري", "طيار", "ركن", "متقاعد",
            "مهندس", "بري", "جوي", "مستشار", "متدرب", "رقيب", "عريف", "أركان");

    /** Whether a word, as written, goes on a rank or title and is no name ({@link #RANK_WORDS}). */
    static boolean isRankWord(String norm) {
        return RANK_WORDS.contains(norm);
    }

    /** Military and police ranks that a man's whole name follows, first name included. Folded. */
    private static final java.util.Set<String> RANKS = ArabicNormalizer.foldedSet("العريف", "الرقيب", "الجندي", "جندي", "المجند",
            "النقيب", "الملازم", "الوكيل", "العميد", "العقيد", "المقدم", "اللواء", "الجنرال", "الأميرال", "المشير");

    /** «أول», «ثاني»: the grade that follows a rank («الجندي أول», «الملازم ثاني»). */
    private static final java.util.Set<String> GRADES = ArabicNormalizer.foldedSet("أول", "ثاني");

    /**
     * Where a person's name begins when one to three words that can be names ({@link #nameAfterRank})
     * stand between it and a rank («الشهيد العريف أول جمعة جوهر جمعة الحمادي», «6 – العريف/ عيد ماطر الشهراني», «المقدم بحري
     * شايع القحطاني»): at the first of them, the man's given names, which are common words too
     * («جمعة» Friday, «عيد» a feast, «سلطان»), so the lists alone do not take them. The rank may
     * carry its grade, words of a rank ({@link #RANK_WORDS}) and a slash. {@code first} if there
     * is no such rank, or a word between is taken.
     */
    static int start(List<Token> tokens, int first, boolean[] covered) {
        int k = first;
        while (k > 0 && first - k < 3 && !covered[k - 1] && nameAfterRank(tokens.get(k - 1)) && !rankWord(tokens, k - 1)) k--;
        if (k == first) return first;
        int r = k - 1;
        if (r >= 1 && tokens.get(r).text().equals("/")) r--;
        while (r >= 1 && rankWord(tokens, r)) r--;
        return r >= 0 && RANKS.contains(WordForms.foldedWithoutConjunction(tokens.get(r))) ? k : first;
    }

    /**
     * Whether a word after a rank can be one of the man's names: written alone ({@link TitledNames#wordAlone}), or
     * a name whose «ف» the segmenter took for the conjunction («فاهم» read as ف + «اهم»; not «بسيارته»,
     * "in his car", nor «بحضور», "in the presence of"), which is no particle, title or kinship word.
     */
    private static boolean nameAfterRank(Token t) {
        if (TitledNames.wordAlone(t)) return true;
        String n = t.norm();
        return t.segments().size() == 2 && n.startsWith("ف") && n.length() >= 4 && n.chars().allMatch(Character::isLetter)
                && !WordForms.isParticle(n) && !Roles.isTitleWord(n) && !KinshipWords.contains(n);
    }

    private static final String STAFF = ArabicNormalizer.normalize("أركان");
    private static final String WAR = ArabicNormalizer.normalize("حرب");

    /**
     * Whether the word at {@code i} goes on a rank: a grade, a word of {@link #RANK_WORDS} («الوكيل رقيب»),
     * or the «حرب» of «أركان حرب» (general staff: «اللواء أركان حرب»), which elsewhere is the surname Harb.
     */
    private static boolean rankWord(List<Token> tokens, int i) {
        String n = tokens.get(i).norm();
        return RANK_WORDS.contains(n) || GRADES.contains(n) || n.equals(WAR) && i > 0 && tokens.get(i - 1).norm().equals(STAFF);
    }
}
