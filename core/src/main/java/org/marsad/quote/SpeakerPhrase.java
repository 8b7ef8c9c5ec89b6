package org.marsad.quote;

import java.util.List;
import java.util.Set;
import org.marsad.article.Token;

/**
 * Finds the subject of a reporting verb in Arabic's usual verb-subject order: the words right
 * after the verb up to a preposition, a complementizer (أن، إن), a time word or punctuation
 * («قال وزير الخارجية الروسي سيرغي لافروف خلال ...» → «وزير الخارجية الروسي سيرغي لافروف»).
 * A verb followed directly by such a word («وقال: ...», «وأضاف أن ...») has no named subject.
 * Stateless and thread-safe.
 */
final class SpeakerPhrase {
    private static final int MAX_WORDS = 7;
    private static final Set<String> STOP = Set.of("في", "خلال", "مع", "ان", "انه", "انها", "انهم", "الي", "علي",
            "عن", "من", "امس", "اليوم", "غدا", "بان", "بانه", "بانها", "لان", "ايضا", "امام", "عقب", "بعد", "قبل",
            "اثناء", "لدي", "حول", "الذي", "التي", "الذين", "انما", "فيما", "بينما", "حيث", "لكن", "ولكن",
            "كما", "هو", "هي", "هم", "نحن", "انا", "انت", "لها", "له", "لهم", "الخميس", "الجمعه",
            "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "يوم", "مساء", "صباح", "ظهر", "ليل",
            "بدوره", "بدورها", "اذ", "وان", "بل", "حين", "عندما", "لما", "ما", "لا", "لم", "لن", "قد",
            "كان", "كانت", "ذلك", "هذا", "هذه", "اي", "تلك", "عبر", "لوكاله", "لصحيفه", "لقناه", "لموقع", "لشبكه",
            "لتلفزيون", "لاذاعه", "لمراسل", "لوسائل", "للصحفيين", "بحسب", "وفق", "حسب", "منذ", "بين", "ضمن",
            "بالقول", "انذاك", "الان", "بيان", "تصريح", "تصريحات", "كلمه", "مقابله", "حديث", "مؤتمر");

    private SpeakerPhrase() {}

    /** [first, last] token indices of the subject after the verb at {@code verb}, or null. */
    static int[] after(List<Token> tokens, int verb) {
        int first = verb + 1;
        int j = first;
        while (j < tokens.size() && j - first < MAX_WORDS && isNameWord(tokens.get(j))) j++;
        if (j == first) return null;
        return new int[] {first, j - 1};
    }

    private static boolean isNameWord(Token t) {
        String n = t.norm();
        if (n.isEmpty() || !Character.isLetter(n.charAt(0))) return false;
        if (STOP.contains(n) || n.startsWith("لل") || n.startsWith("بال")) return false;
        if (ReportingVerbs.role(n) != null) return false;
        return !n.startsWith("و") || n.length() < 3 || !isConjoinedClause(n);
    }

    /** «ولكن», «وأن», «وهو»: a conjunction starting a new clause ends the subject. */
    private static boolean isConjoinedClause(String n) {
        String rest = n.substring(1);
        return STOP.contains(rest) || ReportingVerbs.role(rest) != null;
    }
}
