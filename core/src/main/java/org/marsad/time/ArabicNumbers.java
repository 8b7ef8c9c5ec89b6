package org.marsad.time;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers in time expressions: ASCII and Arabic-Indic digits (already folded to ASCII by
 * {@link org.marsad.text.ArabicNormalizer}), cardinal words (ثلاثة، عشرين) and ordinal words
 * (الثامن، الحادي عشر) in folded form. Stateless and thread-safe.
 */
public final class ArabicNumbers {
    private static final Map<String, Integer> CARDINALS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    private static final Map<String, Integer> TENS = new HashMap<>();
    /** The units of 11 and 12, which stand only before «عشر/عشرة»: «أحد عشر», «اثنتي عشرة». Folded. */
    private static final Map<String, Integer> TEEN_UNITS = Map.of("احد", 1, "احدي", 1, "اثنا", 2, "اثني", 2, "اثنتا", 2, "اثنتي", 2);

    static {
        cardinal(1, "واحد", "واحده");
        cardinal(2, "اثنين", "اثنان", "اثنتين", "اثنتان");
        cardinal(3, "ثلاث", "ثلاثه");
        cardinal(4, "اربع", "اربعه");
        cardinal(5, "خمس", "خمسه");
        cardinal(6, "ست", "سته");
        cardinal(7, "سبع", "سبعه");
        cardinal(8, "ثماني", "ثمان", "ثمانيه");
        cardinal(9, "تسع", "تسعه");
        cardinal(10, "عشر", "عشره");
        cardinal(100, "مئه", "مائه", "مايه");
        cardinal(1000, "الف");
        String[] tens = {"عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"};
        for (int i = 0; i < tens.length; i++) {
            TENS.put(tens[i], 20 + 10 * i);
            TENS.put(tens[i].substring(0, tens[i].length() - 2) + "ون", 20 + 10 * i);
            CARDINALS.put(tens[i], 20 + 10 * i);
            CARDINALS.put(tens[i].substring(0, tens[i].length() - 2) + "ون", 20 + 10 * i);
        }
        ordinal(1, "الاول", "الاولي", "الحادي", "الحاديه", "الواحد");
        ordinal(2, "الثاني", "الثانيه");
        ordinal(3, "الثالث", "الثالثه");
        ordinal(4, "الرابع", "الرابعه");
        ordinal(5, "الخامس", "الخامسه");
        ordinal(6, "السادس", "السادسه");
        ordinal(7, "السابع", "السابعه");
        ordinal(8, "الثامن", "الثامنه");
        ordinal(9, "التاسع", "التاسعه");
        ordinal(10, "العاشر", "العاشره");
        for (Map.Entry<String, Integer> e : TENS.entrySet()) ORDINALS.put("ال" + e.getKey(), e.getValue());
    }

    private ArabicNumbers() {}

    private static void cardinal(int n, String... words) {
        for (String w : words) CARDINALS.put(w, n);
    }

    private static void ordinal(int n, String... words) {
        for (String w : words) ORDINALS.put(w, n);
    }

    /** Adds every ordinal word (for the start-word filter). */
    static void addOrdinals(java.util.Set<String> out) {
        out.addAll(ORDINALS.keySet());
    }

    /** Adds every cardinal word, and the units of 11 and 12 (for the start-word filter). */
    static void addCardinals(java.util.Set<String> out) {
        out.addAll(CARDINALS.keySet());
        out.addAll(TEEN_UNITS.keySet());
    }

    /** The value of a folded token of digits («15», «2017», «٢٠١٧» folded), or -1. */
    public static int digits(String folded) {
        if (folded.isEmpty() || folded.length() > 6) return -1;
        int v = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A cardinal word's value (ثلاثة → 3, عشرين → 20), or -1. */
    public static int cardinal(String folded) {
        return CARDINALS.getOrDefault(folded, -1);
    }

    /** A tens word's value (عشرين → 20, والعشرين → 20), or -1. */
    public static int tens(String folded) {
        String w = folded.startsWith("و") ? folded.substring(1) : folded;
        if (w.startsWith("ال")) w = w.substring(2);
        return TENS.getOrDefault(w, -1);
    }

    /** A simple ordinal word's value (الثامن → 8, العشرين → 20), or -1. */
    public static int ordinal(String folded) {
        return ORDINALS.getOrDefault(folded, -1);
    }

    /** The unit of 11 or 12 («أحد» → 1, «اثنتي» → 2), which counts only before «عشر/عشرة», or -1. */
    public static int teenUnit(String folded) {
        return TEEN_UNITS.getOrDefault(folded, -1);
    }

    /** True for the word «عشر/عشرة» that follows a units word in 11-19. */
    public static boolean isTeen(String folded) {
        return folded.equals("عشر") || folded.equals("عشره");
    }
}
