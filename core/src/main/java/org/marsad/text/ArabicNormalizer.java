package org.marsad.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Folds Arabic text into the form used for matching: alef and hamza-carrier variants to bare
 * letters, alef maqsura to ya, teh marbuta to heh, Persian ya/kaf to Arabic, Arabic-Indic and
 * Persian digits to ASCII, curly quotes and guillemets to ASCII quotes, Latin to lower case, and
 * removes diacritics (including the dagger alef), Quranic marks and tatweel. Presentation forms
 * (ligatures such as ﻻ) are decomposed with NFKC first.
 *
 * <p>The folded form is for matching only: the text a person sees is never changed, and offsets
 * always refer to the original. Stateless and thread-safe.
 */
public final class ArabicNormalizer {
    /** Returned by {@link #fold(char)} for a character that matching ignores. */
    public static final char DELETE = '\0';

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private ArabicNormalizer() {}

    /** {@link #computeFold} for every char, so the hot loops do one table lookup per char. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) FOLD[i] = computeFold((char) i);
    }

    /** The folded form of one character, or {@link #DELETE} when matching ignores it. */
    public static char fold(char c) {
        return FOLD[c];
    }

    private static char computeFold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        switch (c) {
            case '\u0622': case '\u0623': case '\u0625': case '\u0671': case '\u0672': case '\u0673':
                return '\u0627';                       // آ أ إ ٱ -> ا
            case '\u0624': return '\u0648';            // ؤ -> و
            case '\u0626': return '\u064A';            // ئ -> ي
            case '\u0649': case '\u06CC': case '\u06D2': return '\u064A'; // ى ی ے -> ي
            case '\u0629': case '\u06C3': return '\u0647'; // ة -> ه
            case '\u06BE': case '\u06C0': case '\u06C1': case '\u06C2':
                return '\u0647';                       // Persian/Urdu heh forms ھ ۀ ہ ۂ -> ه
            case '\u06A9': case '\u06AA': return '\u0643'; // ک -> ك
            case '\u0640': return DELETE;              // tatweel
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
            case '\u2033': return '"';
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': return '\'';
            case '\u200C': case '\u200D': case '\u200E': case '\u200F': case '\u061C': case '\u00AD':
                return DELETE;                         // joiners, direction marks, soft hyphen
            default:
                break;
        }
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c >= '\u0610' && c <= '\u061A'
                || c >= '\u06D6' && c <= '\u06ED' && c != '\u06E5' && c != '\u06E6') {
            return DELETE;                             // harakat, dagger alef, Quranic marks
        }
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        if (c >= '\u0100' && c < '\u0600') return Character.toLowerCase(c);
        return c;
    }

    /**
     * {@code s} with its Arabic presentation forms written as the letters they show («ﻭﺃﻛﺪ» →
     * «وأكد», «ﻻ» → «لا»; NFKC on those characters only), as text from legacy encoders and PDF
     * copies carries them; everything else is left as it is. The same string when there are none.
     */
    public static String withoutPresentationForms(String s) {
        int i = 0;
        while (i < s.length() && !isPresentationForm(s.charAt(i))) i++;
        if (i == s.length()) return s;
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPresentationForm(c) && c != '\uFEFF') b.append(NFKC.normalize(String.valueOf(c)));
            else b.append(c);
        }
        return b.toString();
    }

    /** True for Arabic presentation-form characters, which need NFKC before folding. */
    static boolean isPresentationForm(char c) {
        return c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF';
    }

    /**
     * Whether {@code s} carries tanween (ً ٌ ٍ), the mark of an indefinite noun or adverb
     * («شعراً», «لاحقاً»), which folding deletes.
     */
    public static boolean hasTanween(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u064B' && c <= '\u064D') return true;
        }
        return false;
    }

    /** Whether {@code s} carries any short-vowel mark, tanween, shadda or sukun (U+064B–U+0652). */
    public static boolean hasVowelMarks(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u064B' && c <= '\u0652') return true;
        }
        return false;
    }

    /**
     * {@code s} as written, without its vowel marks (U+064B–U+0652) and tatweel, letters unfolded:
     * for words that folding would merge with others («على» and the name «علي», «شقيقة» and «شقيقه»).
     */
    public static String withoutMarks(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\u0640' && (c < '\u064B' || c > '\u0652')) b.append(c);
        }
        return b.toString();
    }

    /** The folded forms of single words, as an immutable set (for word lists written in plain Arabic). */
    public static java.util.Set<String> foldedSet(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) out.add(normalize(w).strip());
        return java.util.Set.copyOf(out);
    }

    /** The folded form of {@code s}; may be shorter than {@code s} (deleted marks). */
    public static String normalize(CharSequence s) {
        return normalize(s, 0, s.length());
    }

    /** The folded form of {@code s[start, end)}. */
    public static String normalize(CharSequence s, int start, int end) {
        int i = start;
        // fast path: the prefix that folding leaves unchanged is not copied char by char
        while (i < end) {
            char c = s.charAt(i);
            if (FOLD[c] != c || isPresentationForm(c)) break;
            i++;
        }
        if (i == end) return s.subSequence(start, end).toString();
        // a char[] rather than a StringBuilder, which would start Latin-1 and inflate on the first Arabic char
        char[] out = new char[end - start + 8];
        int n = 0;
        for (int k = start; k < i; k++) out[n++] = s.charAt(k);
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (isPresentationForm(c)) {
                String d = NFKC.normalize(String.valueOf(c));
                for (int k = 0; k < d.length(); k++) {
                    char f = fold(d.charAt(k));
                    if (f == DELETE || f == ' ') continue;
                    if (n == out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
                    out[n++] = f;
                }
                continue;
            }
            char f = FOLD[c];
            if (f != DELETE) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
                out[n++] = f;
            }
        }
        return new String(out, 0, n);
    }
}
