package org.marsad.search.analysis;

import org.marsad.text.WordFrequencies;

/**
 * A light stemmer for folded Arabic stems (clitics already removed): feminine, sound-plural and
 * «يا» country endings are stripped so «سوريه/سوريا/سوري», «حكومه/حكومات» and «مسوولون/مسوولين»
 * meet, and three frequent broken-plural patterns are mapped to their singular when the corpus
 * knows that singular: أفعال → فعل («اخبار» → «خبر»), فعول → فعل («ملوك» → «ملك»), فعلاء → فعيل
 * («وزراء» → «وزير»). Works on folded text ({@code ArabicNormalizer}); stateless and thread-safe.
 */
public final class LightStemmer {
    /** A singular must be at least this frequent in the shipped corpus counts to be trusted. */
    private static final int MIN_SINGULAR_COUNT = 20;
    private final WordFrequencies freq;

    public LightStemmer(WordFrequencies freq) {
        this.freq = freq;
    }

    public static LightStemmer shipped() {
        return new LightStemmer(WordFrequencies.shipped());
    }

    /** The stem of a folded word; returns {@code w} itself when no rule applies. */
    public String stem(String w) {
        String plural = brokenPlural(w);
        if (plural != null) return plural;
        int n = w.length();
        if (n >= 5 && (w.endsWith("ات") || w.endsWith("ون") || w.endsWith("ين"))) return w.substring(0, n - 2);
        if (n >= 4 && w.endsWith("يا")) return w.substring(0, n - 1);
        if (n >= 4 && w.endsWith("ه")) return w.substring(0, n - 1);
        return w;
    }

    private String brokenPlural(String w) {
        int n = w.length();
        String singular = null;
        String check = null;
        if (n == 5 && w.charAt(0) == 'ا' && w.charAt(3) == 'ا' && isLetter(w, 1, 2, 4)) {
            singular = "" + w.charAt(1) + w.charAt(2) + w.charAt(4);             // اخبار -> خبر
        } else if (n == 4 && w.charAt(2) == 'و' && isLetter(w, 0, 1, 3)) {
            singular = "" + w.charAt(0) + w.charAt(1) + w.charAt(3);             // ملوك -> ملك
        } else if (n == 5 && w.charAt(3) == 'ا' && w.charAt(4) == 'ء' && isLetter(w, 0, 1, 2)) {
            singular = "" + w.charAt(0) + w.charAt(1) + 'ي' + w.charAt(2);       // وزراء -> وزير
            check = singular;
        }
        if (singular == null) return null;
        return freq.count(check == null ? singular : check) >= MIN_SINGULAR_COUNT ? singular : null;
    }

    private static boolean isLetter(String w, int... at) {
        for (int i : at) {
            char c = w.charAt(i);
            if (c < '\u0621' || c > '\u064A' || c == 'ا' || c == 'ء') return false;
        }
        return true;
    }
}
