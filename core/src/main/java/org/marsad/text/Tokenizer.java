package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.article.Span;

/**
 * Splits text into word, number, URL and punctuation tokens with exact offsets. A word is a run of
 * letters, digits and combining marks (so diacritics and tatweel stay inside the word), and
 * underscores between Latin letters or digits (an underscore between Arabic words, as in a
 * hashtag, is a token of its own); a number
 * keeps its decimal and thousands separators (3.5, 1,000, ٣٫٥); a URL or e-mail address is one
 * token; every other non-space character is a token of its own, except that runs of the same
 * punctuation ("..", "!!") stay together. Stateless and thread-safe.
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Span> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokens of {@code text[from, to)}, offsets relative to {@code text}. */
    public static List<Span> tokenize(CharSequence text, int from, int to) {
        List<Span> out = new ArrayList<>(Math.max(8, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int start = i;
            int emailEnd = c < 128 && isWordChar(c) ? latinEmailEnd(text, i, to) : -1;
            if (startsUrl(text, i, to)) {
                while (i < to && !isSpace(text.charAt(i))) i++;
                while (i > start + 1 && isTrailingUrlPunct(text.charAt(i - 1))) i--;
            } else if (emailEnd > 0) {
                i = emailEnd; // «sherif.kandil@al-madina.com»: dots before the @ and hyphens after it stay inside
            } else if (isWordChar(c) && (c != '_' || joinsLatin(text, i, from, to))) {
                i++;
                boolean email = false;
                while (i < to) {
                    char d = text.charAt(i);
                    if (isWordChar(d) && (d != '_' || joinsLatin(text, i, from, to))) {
                        i++;
                    } else if (isNumberSeparator(d) && i + 1 < to && isDigit(text.charAt(i - 1))
                            && isDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else if (d == '@' && !email && i + 1 < to && isWordChar(text.charAt(i + 1)) && looksLikeEmail(text, i, to)) {
                        email = true;
                        i++;
                    } else if (email && d == '.' && i + 1 < to && isWordChar(text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
            } else {
                i++;
                while (i < to && text.charAt(i) == c && !Character.isLetterOrDigit(c)) i++;
            }
            out.add(new Span(start, i));
        }
        return out;
    }

    /**
     * Whether the underscore at {@code i} joins the Latin letters or digits on both its sides
     * («Nsawya_FM», «kalii_b»). Between Arabic words it is a separator of its own: a hashtag
     * («#هيفاء_وهبي», «#الصحة_النفسية») is read as its words, so that its names are found and a
     * search for «هيفاء» matches it.
     */
    private static boolean joinsLatin(CharSequence text, int i, int from, int to) {
        return i > from && i + 1 < to && latinWordChar(text.charAt(i - 1)) && latinWordChar(text.charAt(i + 1));
    }

    private static boolean latinWordChar(char c) {
        return c < 0x80 && isWordChar(c);
    }

    /** Per-char class bits, precomputed from the rules below so the hot loop is one table lookup. */
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];
    private static final byte SPACE = 1;
    private static final byte WORD = 2;

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            CLASS[i] = (byte) ((computeIsSpace(c) ? SPACE : 0) | (computeIsWordChar(c) ? WORD : 0));
        }
    }

    public static boolean isSpace(char c) {
        return (CLASS[c] & SPACE) != 0;
    }

    /** Letters, digits, combining marks, tatweel and the zero-width joiners found inside words. */
    public static boolean isWordChar(char c) {
        return (CLASS[c] & WORD) != 0;
    }

    /**
     * Spaces, and the invisible bidirectional marks a web page leaves between words (LRM, RLM, ALM, the
     * embeddings and isolates): «عبدالملك\u200F الخيبري» is one name, which a mark read as punctuation would cut.
     */
    private static boolean computeIsSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u200B'
                || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f' || Character.isSpaceChar(c)
                || c == '\u200E' || c == '\u200F' || c == '\u061C' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean computeIsWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        if (c == '\u200C' || c == '\u200D') return true;
        if (Character.isLetterOrDigit(c)) return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9';
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C' || c == '/' || c == ':';
    }

    private static boolean startsUrl(CharSequence t, int i, int to) {
        char c = t.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') return false; // cheap pre-check, same result
        return regionMatches(t, i, to, "http://") || regionMatches(t, i, to, "https://")
                || regionMatches(t, i, to, "www.");
    }

    private static boolean isTrailingUrlPunct(char c) {
        return c == '.' || c == ',' || c == ')' || c == '(' || c == '؛' || c == '،' || c == ':' || c == '"'
                || c == '\u201D' || c == '\u201C' || c == '\u00BB';
    }

    /** A Latin e-mail address: a local part of letters, digits and «._%+-», «@», then dotted labels. */
    private static final java.util.regex.Pattern LATIN_EMAIL =
            java.util.regex.Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    /** Where a Latin e-mail address that starts at {@code i} ends, or -1. */
    private static int latinEmailEnd(CharSequence t, int i, int to) {
        int at = -1;
        for (int j = i; j < to && j < i + 64; j++) {
            char d = t.charAt(j);
            if (d == '@') {
                at = j;
                break;
            }
            if (d >= 128 || !(Character.isLetterOrDigit(d) || "._%+-".indexOf(d) >= 0)) return -1;
        }
        if (at < 0) return -1;
        java.util.regex.Matcher m = LATIN_EMAIL.matcher(t).region(i, to);
        if (!m.lookingAt()) return -1;
        int end = m.end();
        while (end > at + 1 && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-')) end--;
        return end;
    }

    private static boolean looksLikeEmail(CharSequence t, int at, int to) {
        for (int j = at + 1; j < to && isWordChar(t.charAt(j)) || j < to && t.charAt(j) == '.'; j++) {
            if (t.charAt(j) == '.') return true;
        }
        return false;
    }

    static boolean regionMatches(CharSequence t, int i, int to, String s) {
        if (i + s.length() > to) return false;
        for (int k = 0; k < s.length(); k++) {
            if (Character.toLowerCase(t.charAt(i + k)) != s.charAt(k)) return false;
        }
        return true;
    }
}
