package org.marsad.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * Month and weekday names as Arabic news writes them: MSA transliterations with their spelling
 * variants, the Levantine/Iraqi (Syriac) months, the Maghrebi (Algerian/Tunisian and Moroccan)
 * months and the Hijri months. Names are matched on folded words ({@link ArabicNormalizer}); a
 * name may span two words («كانون الثاني», «ذو الحجة»). Immutable and thread-safe.
 */
public final class CalendarNames {
    /** A month name: how many words it takes, its number 1-12, and whether it is Hijri. */
    public record Month(int words, int number, boolean hijri, boolean ambiguous) {}

    private static final Map<String, Integer> GREGORIAN = new HashMap<>();
    /** Names that are also common words («آب» father, «ماي», «مارس» practised): need a number or frame. */
    private static final Map<String, Integer> AMBIGUOUS = new HashMap<>();
    private static final Map<String, Integer> HIJRI = new HashMap<>();
    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();

    static {
        gregorian(1, "يناير", "يناير", "ينّاير", "جانفي", "جانفييه", "كانون الثاني", "كانون ثاني", "كانون الثانى");
        gregorian(2, "فبراير", "فبرير", "فيفري", "فيفرى", "شباط");
        gregorian(3, "اذار", "آذار", "مارس");
        gregorian(4, "ابريل", "أبريل", "إبريل", "افريل", "أفريل", "نيسان");
        gregorian(5, "مايو", "مايس", "أيار", "ايار");
        gregorian(6, "يونيو", "يونيه", "جوان", "حزيران");
        gregorian(7, "يوليو", "يوليه", "يوليوز", "جويلية", "جويلييه", "تموز");
        gregorian(8, "اغسطس", "أغسطس", "أغستس", "غشت");
        gregorian(9, "سبتمبر", "ستمبر", "شتنبر", "أيلول", "ايلول");
        gregorian(10, "اكتوبر", "أكتوبر", "تشرين الأول", "تشرين أول", "تشرين الاول");
        gregorian(11, "نوفمبر", "نونبر", "تشرين الثاني", "تشرين ثاني", "تشرين ثان", "تشرين الثانى");
        gregorian(12, "ديسمبر", "دجنبر", "ديسيمبر", "كانون الأول", "كانون أول", "كانون الاول");
        AMBIGUOUS.put(fold("آب"), 8);
        AMBIGUOUS.put(fold("أوت"), 8);
        AMBIGUOUS.put(fold("ماي"), 5);
        hijri(1, "محرم");
        hijri(2, "صفر");
        hijri(3, "ربيع الأول", "ربيع أول");
        hijri(4, "ربيع الثاني", "ربيع الآخر", "ربيع ثاني", "ربيع الاخر");
        hijri(5, "جمادى الأولى", "جمادى الأول", "جمادي الاولى");
        hijri(6, "جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني");
        hijri(7, "رجب");
        hijri(8, "شعبان");
        hijri(9, "رمضان");
        hijri(10, "شوال");
        hijri(11, "ذو القعدة", "ذي القعدة", "ذوالقعدة");
        hijri(12, "ذو الحجة", "ذي الحجة", "ذوالحجة");
        weekday(1, "الاثنين", "الإثنين", "اثنين", "إثنين");
        weekday(2, "الثلاثاء", "ثلاثاء");
        weekday(3, "الأربعاء", "اربعاء", "أربعاء");
        weekday(4, "الخميس", "خميس");
        weekday(5, "الجمعة", "جمعة");
        weekday(6, "السبت", "سبت");
        weekday(7, "الأحد", "أحد");
    }

    private static final java.util.Set<String> TWO_WORD_FIRSTS = new java.util.HashSet<>();

    static {
        for (String k : GREGORIAN.keySet()) if (k.indexOf(' ') > 0) TWO_WORD_FIRSTS.add(k.substring(0, k.indexOf(' ')));
        for (String k : HIJRI.keySet()) if (k.indexOf(' ') > 0) TWO_WORD_FIRSTS.add(k.substring(0, k.indexOf(' ')));
    }

    private CalendarNames() {}

    private static void gregorian(int n, String... names) {
        for (String s : names) GREGORIAN.put(fold(s), n);
    }

    private static void hijri(int n, String... names) {
        for (String s : names) HIJRI.put(fold(s), n);
    }

    private static void weekday(int n, String... names) {
        for (String s : names) WEEKDAYS.put(fold(s), n);
    }

    static String fold(String s) {
        return ArabicNormalizer.normalize(s);
    }

    /**
     * The month named at {@code words[i]} (folded, clitics stripped by the caller), trying two-word
     * names first; null when none. «ثان»/«ثانٍ» fold to the same key as «ثاني».
     */
    public static Month month(String first, String second) {
        if (second != null && TWO_WORD_FIRSTS.contains(first)) {
            String two = first + " " + second;
            Integer g = GREGORIAN.get(two);
            if (g != null) return new Month(2, g, false, false);
            Integer h = HIJRI.get(two);
            if (h != null) return new Month(2, h, true, false);
        }
        Integer g = GREGORIAN.get(first);
        if (g != null) return new Month(1, g, false, g == 3 && first.equals("مارس"));
        Integer a = AMBIGUOUS.get(first);
        if (a != null) return new Month(1, a, false, true);
        Integer h = HIJRI.get(first);
        // «صفر» is also zero and «رجب»/«شعبان»/«رمضان» are given names: Hijri needs a number or هـ.
        if (h != null) return new Month(1, h, true, h != 9);
        return null;
    }

    /** Adds every weekday name and every month name's first word (folded), for the start-word filter. */
    static void addStartWords(java.util.Set<String> out) {
        for (Map<String, Integer> names : List.of(GREGORIAN, AMBIGUOUS, HIJRI, WEEKDAYS)) {
            for (String k : names.keySet()) out.add(k.indexOf(' ') > 0 ? k.substring(0, k.indexOf(' ')) : k);
        }
    }

    /** ISO weekday 1 (Monday) .. 7 (Sunday) for a folded weekday name, or 0. */
    public static int weekday(String folded) {
        return WEEKDAYS.getOrDefault(folded, 0);
    }

    /** All folded Gregorian month names, for tests and documentation. */
    public static List<String> gregorianNames() {
        return new ArrayList<>(GREGORIAN.keySet());
    }
}
