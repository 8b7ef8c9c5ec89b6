package org.marsad.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.marsad.text.Tokenizer;

/**
 * Pairs the quotation marks of a text: “ ” and the inverted ” “ of Arabic typesetting, « », „ ‟
 * and ASCII " (and ″ closing one, see {@link #DOUBLE_PRIME}). Whether a mark opens or closes is
 * read from its surroundings, not its shape (a
 * mark followed by a word opens, one after a word closes; one glued on both sides, as in
 * «السوري”مضيفا», closes when a quote is open), except that « always opens and » always closes.
 * Pairs nest; only the outermost pairs are returned. A quotation left open at the end of a
 * paragraph is closed there: news reopens a quotation that runs over several paragraphs at the
 * start of each, and a mark left unclosed («مضيفا في تصريحات "أن هناك دعوة ... مضيفا "ونحن جاهزون
 * لهذا".») must not pair with a mark paragraphs later and swallow the text between. When whole
 * quotations of a few words were closed inside the open one, the open mark was a stray one, and
 * they are returned instead. Stateless and thread-safe.
 */
final class QuoteMarks {
    /** An outermost quoted stretch: marks at {@code open} and {@code close} (close may be a paragraph end). */
    record Pair(int open, int close, boolean closedByMark) {
        int contentStart() {
            return open + 1;
        }
    }

    /**
     * ″, the inch sign, which web text typeset by WordPress writes for a " after a digit: it closes
     * an open quotation («“ويندوز 10″»), and is no mark otherwise («شاشة 5″»).
     */
    private static final char DOUBLE_PRIME = '\u2033';

    private QuoteMarks() {}

    static boolean isMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E' || c == '\u201F';
    }

    static List<Pair> pairs(String text) {
        List<Pair> out = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        // quotations of a few words or more closed right inside the one still open
        List<Pair> inside = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && !open.isEmpty()) {
                closeAtParagraphEnd(open, inside, i, out);
                continue;
            }
            boolean prime = c == DOUBLE_PRIME && !open.isEmpty() && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            if (!prime && !isMark(c)) continue;
            if (!prime && opens(text, i, !open.isEmpty())) {
                open.push(i);
            } else if (!open.isEmpty()) {
                int o = open.pop(); // «“غالاكسي نوت 5″»: WordPress turns a " after a digit into ″
                if (open.isEmpty()) {
                    out.add(new Pair(o, i, true));
                    inside.clear();
                } else if (open.size() == 1 && words(text, o + 1, i) >= MIN_INSIDE_WORDS) {
                    inside.add(new Pair(o, i, true));
                }
            }
        }
        if (!open.isEmpty()) closeAtParagraphEnd(open, inside, n, out);
        out.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return out;
    }

    /** Words a quotation closed inside an open one must have to show that the open mark was a stray one. */
    private static final int MIN_INSIDE_WORDS = 4;

    /**
     * Closes the quotation still open at a paragraph's end {@code end}. When whole quotations were
     * closed inside it, its mark was a stray one («عبر المسافات في "أنابيب إلى مواقع ...» with no
     * closing mark, and «"ادع إلى سبيل ربك ..."» further on): those quotations are returned, not it.
     */
    private static void closeAtParagraphEnd(Deque<Integer> open, List<Pair> inside, int end, List<Pair> out) {
        if (inside.isEmpty()) out.add(new Pair(open.peekLast(), end, false));
        else out.addAll(inside);
        open.clear();
        inside.clear();
    }

    private static int words(String text, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int k = from; k < to; k++) {
            boolean space = Tokenizer.isSpace(text.charAt(k));
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }

    private static boolean opens(String text, int i, boolean quoteOpen) {
        char c = text.charAt(i);
        if (c == '\u00AB') return true;
        if (c == '\u00BB') return false;
        boolean spaceBefore = i == 0 || isBreak(text.charAt(i - 1)) || conjunctionBefore(text, i);
        boolean spaceAfter = i + 1 >= text.length() || isBreak(text.charAt(i + 1)) || isClosingPunct(text.charAt(i + 1));
        if (spaceBefore && !spaceAfter) return true;
        if (!spaceBefore && spaceAfter) return false;
        if (spaceBefore) return !quoteOpen || c == '\u201C' && !closesHere(text, i);
        return !quoteOpen;
    }

    /** «و”التحالف”»: a one-letter conjunction or preposition glued before the mark. */
    private static boolean conjunctionBefore(String text, int i) {
        if (i < 1) return false;
        char p = text.charAt(i - 1);
        boolean clitic = p == 'و' || p == 'ف' || p == 'ب' || p == 'ل' || p == 'ك';
        return clitic && (i < 2 || Tokenizer.isSpace(text.charAt(i - 2)));
    }

    private static boolean closesHere(String text, int i) {
        return i + 1 < text.length() && isClosingPunct(text.charAt(i + 1));
    }

    private static boolean isBreak(char c) {
        return Tokenizer.isSpace(c) || c == '(' || c == ':' || c == '.' || c == '،' || c == ',' || c == '-' || c == '…'
                || c == '[' || c == '؛';
    }

    private static boolean isClosingPunct(char c) {
        return c == '.' || c == '،' || c == ',' || c == ':' || c == '؛' || c == ')' || c == '!' || c == '؟' || c == '?'
                || c == '…' || c == ']';
    }
}
