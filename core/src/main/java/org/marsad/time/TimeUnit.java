package org.marsad.time;

import java.util.HashMap;
import java.util.Map;

/**
 * Calendar and clock units with their Arabic forms (singular, accusative, dual, plural, with or
 * without the article) and their TIMEX3 duration letters.
 */
enum TimeUnit {
    SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEK("W", false),
    MONTH("M", false), YEAR("Y", false), DECADE("DE", false), CENTURY("CE", false);

    final String letter;
    final boolean clock;

    TimeUnit(String letter, boolean clock) {
        this.letter = letter;
        this.clock = clock;
    }

    /** A unit word: the unit, how many it says by itself (1, 2 for a dual, 0 for a plural), definiteness. */
    record Form(TimeUnit unit, int count, boolean definite) {}

    private static final Map<String, Form> FORMS = new HashMap<>();

    static {
        forms(DAY, new String[] {"يوم", "يوما"}, new String[] {"يومين", "يومان"}, new String[] {"ايام"});
        forms(WEEK, new String[] {"اسبوع", "اسبوعا"}, new String[] {"اسبوعين", "اسبوعان"}, new String[] {"اسابيع"});
        forms(MONTH, new String[] {"شهر", "شهرا"}, new String[] {"شهرين", "شهران"}, new String[] {"اشهر", "شهور"});
        forms(YEAR, new String[] {"عام", "عاما", "سنه"}, new String[] {"عامين", "عامان", "سنتين", "سنتان"},
                new String[] {"اعوام", "سنوات", "سنين", "اعواما"});
        forms(HOUR, new String[] {"ساعه"}, new String[] {"ساعتين", "ساعتان"}, new String[] {"ساعات"});
        forms(MINUTE, new String[] {"دقيقه"}, new String[] {"دقيقتين", "دقيقتان"}, new String[] {"دقائق", "دقايق"});
        forms(SECOND, new String[] {"ثانيه"}, new String[] {"ثانيتين"}, new String[] {"ثوان", "ثواني"});
        forms(DECADE, new String[] {"عقد", "عقدا"}, new String[] {"عقدين", "عقدان"}, new String[] {"عقود"});
        forms(CENTURY, new String[] {"قرن", "قرنا"}, new String[] {"قرنين", "قرنان"}, new String[] {"قرون"});
    }

    private static void forms(TimeUnit u, String[] singular, String[] dual, String[] plural) {
        for (String s : singular) put(s, new Form(u, 1, false));
        for (String s : dual) put(s, new Form(u, 2, false));
        for (String s : plural) put(s, new Form(u, 0, false));
    }

    private static void put(String s, Form f) {
        FORMS.put(s, f);
        FORMS.put("ال" + s, new Form(f.unit(), f.count(), true));
    }

    /** Adds every unit word, bare and with the article (for the start-word filter). */
    static void addForms(java.util.Set<String> out) {
        out.addAll(FORMS.keySet());
    }

    /** The unit form of a folded base word, or null. */
    static Form of(String base) {
        return FORMS.get(base);
    }

    /** The TIMEX3 duration value for {@code n} of this unit: P3D, PT24H, P2Y, PXM (n &lt; 0 = unknown). */
    String duration(int n) {
        String q = n < 0 ? "X" : Integer.toString(n);
        return switch (this) {
            case DECADE -> n < 0 ? "PXDE" : "P" + (n * 10) + "Y";
            case CENTURY -> n < 0 ? "PXCE" : "P" + (n * 100) + "Y";
            default -> (clock ? "PT" : "P") + q + letter;
        };
    }
}
