package org.marsad.time;

import java.util.Set;

/** Folded function words the time rules share: relative adjectives, demonstratives, modifiers. */
final class Lexicon {
    private Lexicon() {}

    static final Set<String> PAST = Set.of("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته",
            "السابق", "السابقه", "الماضيين", "الماضيتين", "المنقضي", "المنقضيه");
    static final Set<String> FUTURE = Set.of("المقبل", "المقبله", "القادم", "القادمه", "المقبلين", "القادمين",
            "المقبلتين", "القادمتين");
    static final Set<String> PRESENT = Set.of("الجاري", "الجاريه", "الحالي", "الحاليه", "الراهن", "الراهنه", "الحاضر");
    static final Set<String> LAST = Set.of("الاخيره", "الاخير", "الاخيرين", "الاخيرتين");
    static final Set<String> THIS = Set.of("هذا", "هذه");
    static final Set<String> THAT = Set.of("ذلك", "تلك", "ذاك", "تيك");
    static final Set<String> START = Set.of("مطلع", "بدايه", "بدايات", "اوائل", "مستهل");
    static final Set<String> MID = Set.of("منتصف", "اواسط", "وسط");
    static final Set<String> END = Set.of("نهايه", "اواخر", "اخر", "ختام", "نهايات", "خواتيم");
    static final Set<String> FUTURE_CUES = Set.of("سوف", "المقرر", "المنتظر", "المرتقب", "يعتزم", "تعتزم",
            "سيتم", "ستعقد", "سيعقد", "ستبدا", "سيبدا", "ستنطلق", "ستقام", "سيقام", "سيكون", "ستكون", "سيزور",
            "سيصل", "ستصل", "سيلتقي", "سيشارك", "ستشارك", "يفتتح", "سيفتتح", "ستجري", "سيجري", "غدا");

    /** -1 for a past adjective (الماضي), +1 future (المقبل), 0 present (الجاري), or null when none. */
    static Integer direction(String b) {
        if (PAST.contains(b)) return -1;
        if (FUTURE.contains(b)) return 1;
        if (PRESENT.contains(b)) return 0;
        return null;
    }

    /** START, MID or END for a position word (مطلع، منتصف، نهاية), else null. */
    static String mod(String b) {
        if (START.contains(b)) return "START";
        if (MID.contains(b)) return "MID";
        if (END.contains(b)) return "END";
        return null;
    }
}
