package org.marsad.entity;

import java.util.List;
import java.util.Set;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * One-word names that the words around them read as common words: a verb after a particle that
 * only verbs follow («لم يزد عن 99»: did not exceed, not Yazd), «النيل من» (harming: «محاولة النيل من
 * أمن المملكة», not the Nile), «حماة» before what they protect («حماة الوطن», «حماة لهم»: protectors,
 * not Hama), «المغرب» of a prayer («بعد صلاة المغرب»: the sunset prayer, not Morocco), «شاهد» of «شاهد
 * عيان» (an eyewitness) and «الرباط» of a knee («الرباط الصليبي»: the cruciate ligament, not Rabat). {@link NonNames}
 * drops such mentions of the recogniser, and {@link KbMatcher#at} makes no knowledge-base match of them.
 * Stateless.
 */
final class CommonReadings {
    private CommonReadings() {}

    /**
     * Particles that only a verb follows: «لم», «لن», «قد», «لقد», «سوف», alone or after «و» or «ف». Not
     * «فلم», which is also "a film", nor «فقد», which is also "lost" («فقد أردوغان السيطرة»). Folded.
     */
    private static final Set<String> BEFORE_VERBS = ArabicNormalizer.foldedSet("لم", "لن", "قد", "لقد", "سوف", "ولم", "ولن",
            "وقد", "ولقد", "وسوف", "فلن", "فسوف");

    /** Whether the word at {@code i} comes right after a particle that only verbs follow, and has no article. */
    static boolean verbAfterAParticle(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).article() == null && BEFORE_VERBS.contains(tokens.get(i - 1).norm());
    }

    private static final String NILE = ArabicNormalizer.normalize("النيل");
    private static final String FROM = ArabicNormalizer.normalize("من");

    /** Nouns after which «النيل من» is the river and where it flows from: «مياه النيل من الغرب». Folded, clitics off. */
    private static final Set<String> RIVER_NOUNS = ArabicNormalizer.foldedSet("نهر", "مياه", "ضفاف", "ضفة", "ضفتي", "وادي",
            "دلتا", "حوض", "منابع", "فيضان", "مجرى", "روافد");

    /**
     * Whether the word at {@code i} is «النيل» before «من», the verbal noun of «نال من» (to harm: «يحاول
     * النيل من أمن الوطن», «والنيل من وحدتنا»), not the river; after a noun of the river it stays
     * the Nile («مياه النيل من الغرب إلى الشرق»).
     */
    static boolean harming(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !WordForms.foldedWithoutConjunction(tokens.get(i)).equals(NILE)
                || !tokens.get(i + 1).norm().equals(FROM)) return false;
        return i == 0 || !RIVER_NOUNS.contains(WordForms.foldedStem(tokens.get(i - 1)));
    }

    private static final String HAMA = ArabicNormalizer.normalize("حماة");

    /** What «حماة» protect, after it («حماة الوطن», «حماة الدين», «حماة الشرعية»): folded, with the article. */
    private static final Set<String> PROTECTED = ArabicNormalizer.foldedSet("الوطن", "الأوطان", "الدين", "الأمن", "الشرعية",
            "المسجد", "المساجد", "الحرمين", "الديار", "العقيدة", "البيئة", "الحدود", "الثغور", "ثغور", "المستهلك", "الحمى",
            "الأرض", "العرين", "المقدسات", "الحق", "الثورة", "الدستور", "القانون", "الطبيعة", "التراث");

    /** Stems of what «حماة» protect, with a possessive pronoun or ل («وطننا», «ديننا», «لوطنهم»). Folded. */
    private static final Set<String> PROTECTED_STEMS = ArabicNormalizer.foldedSet("وطن", "دين", "أرض", "عرين", "مقدسات", "حدود");

    /**
     * Whether the word at {@code i} is «حماة» the plural of «حامي» (protectors), read by what follows:
     * what they protect («حماة الوطن», «حماة وطننا»), or «ل» and whom («أن يكونوا حماة لهم», «حماة للوطن»).
     * The city is followed by its region, a list or a verb («حماة الشمالي», «حماة وحمص», «ريف حماة»).
     */
    static boolean protectors(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !WordForms.foldedWithoutConjunction(tokens.get(i)).equals(HAMA)) return false;
        Token next = tokens.get(i + 1);
        if (FOR_THEM.contains(next.norm())) return true;
        // what they protect, with the article, a pronoun or ل before it («حماة الوطن», «حماة وطننا», «حماة للوطن»);
        // not «دخلت إدلب وحماه لإنشاء نقاط مراقبة», the city before a purpose
        return PROTECTED.contains(WordForms.folded(next)) || PROTECTED_STEMS.contains(WordForms.foldedStem(next));
    }

    /** «لهم», «له», «لها», «لنا», «لكم»: "for them" after «حماة». Folded. */
    private static final Set<String> FOR_THEM = ArabicNormalizer.foldedSet("لهم", "له", "لها", "لنا", "لكم");

    private static final String MAGHRIB = ArabicNormalizer.normalize("المغرب");

    /** «صلاة», «أذان», «صلاتي»: what makes «المغرب» the sunset prayer. Folded, clitics off. */
    private static final Set<String> PRAYER = ArabicNormalizer.foldedSet("صلاة", "صلاتي", "أذان", "آذان");
    private static final String AND_EVENING = ArabicNormalizer.normalize("والعشاء");

    /**
     * Whether the word at {@code i} is «المغرب» the sunset prayer, not Morocco: after «صلاة» or «أذان» («بعد
     * صلاة المغرب»), or before «والعشاء» («بين المغرب والعشاء»).
     */
    static boolean sunsetPrayer(List<Token> tokens, int i) {
        if (!WordForms.foldedWithoutConjunction(tokens.get(i)).equals(MAGHRIB)) return false;
        return i > 0 && PRAYER.contains(WordForms.foldedStem(tokens.get(i - 1)))
                || i + 1 < tokens.size() && tokens.get(i + 1).norm().equals(AND_EVENING);
    }

    /** «شاهد», «شهود» (witness, witnesses). Folded. */
    private static final Set<String> WITNESS = ArabicNormalizer.foldedSet("شاهد", "شهود");
    private static final String EYE = ArabicNormalizer.normalize("عيان");

    /** Whether the word at {@code i} is «شاهد» of «شاهد عيان» (an eyewitness: «ويقول شاهد عيان إن ...»), no man called Shahid. */
    static boolean eyewitness(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && WITNESS.contains(WordForms.foldedWithoutConjunction(tokens.get(i)))
                && tokens.get(i + 1).norm().equals(EYE);
    }

    private static final String RABAT = ArabicNormalizer.normalize("الرباط");

    /**
     * What follows «الرباط» when it is a ligament or the guarding of a frontier: the ligament's adjectives
     * («الصليبي», cruciate, and its misspelling «الصلبيي»; «الجانبي», «الداخلي», «المتصالب» ...) and
     * «والاستشهاد», «والجهاد» («فضل الرباط والاستشهاد»). Folded, the conjunction off.
     */
    private static final Set<String> LIGAMENT_OR_FRONTIER = ArabicNormalizer.foldedSet("الصليبي", "الصلبيي", "الجانبي", "الداخلي",
            "الخارجي", "الطرفي", "المتصالب", "الأمامي", "الخلفي", "الاستشهاد", "الجهاد");

    /** Injuries «في الرباط» follows («تمزق في الرباط», «إصابة في الرباط»). Folded stems. */
    private static final Set<String> INJURIES = ArabicNormalizer.foldedSet("تمزق", "تمزقا", "قطع", "قطعا", "إصابة", "تمدد",
            "تمددا", "التواء");
    private static final String IN = ArabicNormalizer.normalize("في");

    /**
     * Whether the word at {@code i} is «الرباط» the ligament («إصابة في الرباط الصليبي»: 26 «الرباط» of the
     * eighteen outputs were Rabat so) or the guarding of a frontier («فضل الرباط والاستشهاد»), not Rabat:
     * before an adjective of a ligament or «والاستشهاد», or after an injury and «في».
     */
    static boolean ligament(List<Token> tokens, int i) {
        if (!tokens.get(i).norm().equals(RABAT)) return false;
        int next = i + 1 < tokens.size() && QuoteMarks.isQuoteMark(tokens.get(i + 1)) ? i + 2 : i + 1;
        if (next < tokens.size() && LIGAMENT_OR_FRONTIER.contains(WordForms.foldedWithoutConjunction(tokens.get(next)))) return true;
        return i >= 2 && tokens.get(i - 1).norm().equals(IN) && INJURIES.contains(WordForms.foldedStem(tokens.get(i - 2)));
    }

    /** Whether the one-word mention at {@code i} is one of the common readings above. */
    static boolean commonHere(List<Token> tokens, int i) {
        return verbAfterAParticle(tokens, i) || harming(tokens, i) || protectors(tokens, i) || sunsetPrayer(tokens, i)
                || eyewitness(tokens, i) || ligament(tokens, i);
    }
}
