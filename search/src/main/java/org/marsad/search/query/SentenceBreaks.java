package org.marsad.search.query;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found by one scan for sentence-final punctuation
 * ({@code . ! ? ؟ …}) followed by white space, and for line ends. The JDK's rule-based sentence
 * iterator, which the highlighter uses by default, re-runs its state machine on every
 * {@code preceding}/{@code following} call and was a fifth of a search's time; here those are
 * binary searches over boundaries computed once per text. A boundary is the offset just after the
 * punctuation and the white space that follows it, so a passage starts at a word. Not thread-safe
 * (the highlighter asks for a new instance per use).
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int[] bounds = {0};
    private int at;

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) b.append(c);
        setText(b.toString());
    }

    @Override
    public void setText(String s) {
        text = s;
        int[] out = new int[16];
        int n = 0;
        out[n++] = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            boolean end = c == '\n' || ((c == '.' || c == '!' || c == '?' || c == '؟' || c == '…')
                    && (i + 1 == len || Character.isWhitespace(s.charAt(i + 1))));
            if (!end) continue;
            int j = i + 1;
            while (j < len && Character.isWhitespace(s.charAt(j))) j++;
            if (j < len && j > out[n - 1]) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = j;
            }
            i = j - 1;
        }
        if (len > out[n - 1]) {
            if (n == out.length) out = Arrays.copyOf(out, n + 1);
            out[n++] = len;
        }
        bounds = Arrays.copyOf(out, n);
        at = 0;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        at = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        at = bounds.length - 1;
        return bounds[at];
    }

    @Override
    public int next(int n) {
        return moveTo(at + n);
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        check(offset);
        int i = Arrays.binarySearch(bounds, offset);
        return moveTo(i >= 0 ? i + 1 : -i - 1);    // first boundary > offset
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        int i = Arrays.binarySearch(bounds, offset);
        return moveTo((i >= 0 ? i : -i - 1) - 1);    // last boundary < offset
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        int i = Arrays.binarySearch(bounds, offset);
        if (i >= 0) at = i;
        else following(offset);
        return i >= 0;
    }

    @Override
    public int current() {
        return bounds[at];
    }

    /** Moves to boundary {@code k}; past either end, stays at that end and answers {@link #DONE}. */
    private int moveTo(int k) {
        if (k < 0 || k >= bounds.length) {
            at = k < 0 ? 0 : bounds.length - 1;
            return DONE;
        }
        at = k;
        return bounds[at];
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
    }
}
