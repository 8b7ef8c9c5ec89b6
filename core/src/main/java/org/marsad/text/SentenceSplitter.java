package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.article.Span;

/**
 * Splits text into sentences at . ؟ ? ! ؛ and line breaks. A terminator ends a sentence only when
 * whitespace (or the end) follows it, after any closing quote marks or brackets, which stay in the
 * sentence; so «3.5», «..”إن» glued to a quote, and URLs do not split; but a period between two
 * Arabic words where a scraper lost the space does ({@link #spaceLost}), and so does a question or
 * exclamation mark between two Arabic letters («المتحدة؟وهل»). A period after a one-letter
 * word or a known abbreviation (د. م. ص. ق.م) does not end a sentence. Sentence spans are trimmed
 * of surrounding whitespace. Stateless and thread-safe.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("ق.م", "ت", "هـ", "ج", "مج", "ط", "ع", "د", "م",
            "ص", "أ", "ا", "إلخ", "الخ", "Dr", "Mr", "Mrs", "St", "Jr", "U.S", "Inc", "Co", "Ltd");

    private SentenceSplitter() {}

    public static List<Span> split(CharSequence text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                add(out, text, start, i);
                start = i + 1;
                i++;
                continue;
            }
            if (isTerminator(c)) {
                int j = i + 1;
                while (j < n && (isTerminator(text.charAt(j)) || text.charAt(j) == '.')) j++;
                while (j < n && isCloser(text.charAt(j))) j++;
                boolean atBoundary = j >= n || Tokenizer.isSpace(text.charAt(j)) || c == '.' && j == i + 1 && spaceLost(text, i)
                        || (c == '؟' || c == '?' || c == '!') && arabicLetter(text.charAt(j)) && i > 0 && arabicLetter(text.charAt(i - 1));
                if (atBoundary && !(c == '.' && j == i + 1 && (isAbbreviationBefore(text, i) || spacedLetterChain(text, i)))) {
                    add(out, text, start, j);
                    start = j;
                }
                i = j;
                continue;
            }
            i++;
        }
        add(out, text, start, n);
        return out;
    }

    /** Words a period joins to a site's name («تاونهول.كوم»). */
    private static final Set<String> DOMAINS = Set.of("كوم", "نت", "اورغ", "أورغ", "اورج", "أورج");

    /**
     * Whether the period at {@code dot} ends a sentence though no space follows it, as where a
     * scraper lost the space («الأسبوع القادم.من جهة ثانية», «يوميًا.وأوضح», «2015م.وأكدت»): an
     * Arabic word of three letters or more (or a year's «م», «هـ» after its digits) before it, an
     * Arabic letter after it, and neither word part of a dotted chain («إيه.تي.آر», «بي.بي.سي»)
     * or a site's name («بيت.كوم», «"فيش.مي"»). Abbreviations («د.حسن», «ص.ب») have fewer letters.
     */
    private static boolean spaceLost(CharSequence text, int dot) {
        int n = text.length();
        if (dot + 1 >= n || !arabicLetter(text.charAt(dot + 1))) return false;
        int b = dot;
        int letters = 0;
        while (b > 0 && Tokenizer.isWordChar(text.charAt(b - 1)) && !Tokenizer.isDigit(text.charAt(b - 1))) {
            if (arabicLetter(text.charAt(b - 1))) letters++;
            else if (!isMark(text.charAt(b - 1))) return false;
            b--;
        }
        if (b > 0 && text.charAt(b - 1) == '.') return false;
        boolean year = b > 0 && Tokenizer.isDigit(text.charAt(b - 1)) && YEAR_SUFFIXES.contains(text.subSequence(b, dot).toString());
        if (letters < 3 && !year) return false;
        int a = dot + 1;
        while (a < n && Tokenizer.isWordChar(text.charAt(a)) && !Tokenizer.isDigit(text.charAt(a))) a++;
        if (a < n && text.charAt(a) == '.') return false;
        // «"فيش.مي"»: a name in quote marks, one word with its period
        if (b > 0 && a < n && isCloser(text.charAt(b - 1)) && isCloser(text.charAt(a))) return false;
        return !DOMAINS.contains(text.subSequence(dot + 1, a).toString());
    }

    private static final Set<String> YEAR_SUFFIXES = Set.of("م", "هـ", "ه");

    /**
     * Whether the period at {@code dot} is inside a name spelt as letters with a space after each
     * period («“إف. بي. آي”», «قناة “إم. بي. سي”»): a letter's name ({@link LetterNames}) before
     * it, and after the space another, followed by a period or a closing mark; or the last of two
     * initials or more before a surname («أو. بي. سينغ», «إي.إل. دوكتورو»).
     */
    private static boolean spacedLetterChain(CharSequence text, int dot) {
        int b = letterNameBefore(text, dot);
        if (b < 0) return false;
        int a = dot + 1;
        if (a >= text.length() || text.charAt(a) != ' ') return false;
        int start = ++a;
        while (a < text.length() && arabicLetter(text.charAt(a))) a++;
        if (a == start || a >= text.length()) return false;
        if (!LetterNames.contains(ArabicNormalizer.normalize(text.subSequence(start, a)))) {
            // «نوّه أو. بي. سينغ»: two initials or more, then the surname (not «و», «ف»: a new sentence's conjunction)
            char first = text.charAt(start);
            boolean glued = b >= 1 && text.charAt(b - 1) == '.' && letterNameBefore(text, b - 1) >= 0; // «إي.إل. دوكتورو»
            boolean spaced = b >= 2 && text.charAt(b - 1) == ' ' && text.charAt(b - 2) == '.' && letterNameBefore(text, b - 2) >= 0;
            return (glued || spaced) && first != 'و' && first != 'ف';
        }
        return text.charAt(a) == '.' || isCloser(text.charAt(a));
    }

    /** Where the letter's name that ends right before {@code end} begins, or -1 when no letter's name ends there. */
    private static int letterNameBefore(CharSequence text, int end) {
        int b = end;
        while (b > 0 && arabicLetter(text.charAt(b - 1))) b--;
        return b < end && LetterNames.contains(ArabicNormalizer.normalize(text.subSequence(b, end))) ? b : -1;
    }

    private static boolean arabicLetter(char c) {
        return c >= 'ء' && c <= 'ي' || c >= 'ٱ' && c <= 'ۓ';
    }

    /** Vowel marks, tanween and tatweel, which do not count as letters. */
    private static boolean isMark(char c) {
        return c == 'ـ' || c >= 'ً' && c <= 'ٟ' || c == 'ٰ';
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '؟' || c == '?' || c == '!' || c == '؛' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u201C' || c == '\u00BB' || c == '\u00AB' || c == ')'
                || c == ']' || c == '\'' || c == '\u2019';
    }

    private static boolean isAbbreviationBefore(CharSequence text, int dot) {
        int k = dot;
        while (k > 0 && (Tokenizer.isWordChar(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) k--;
        if (k == dot) return false;
        String word = text.subSequence(k, dot).toString();
        if (word.length() == 1 && !Tokenizer.isDigit(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word);
    }

    private static void add(List<Span> out, CharSequence text, int start, int end) {
        while (start < end && Tokenizer.isSpace(text.charAt(start))) start++;
        while (end > start && Tokenizer.isSpace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Span(start, end));
    }
}
