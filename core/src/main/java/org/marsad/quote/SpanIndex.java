package org.marsad.quote;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Spans (quote-mark pairs, direct quotations) indexed for O(log n) look-ups: starts sorted, and
 * the furthest end among the spans that start at or before each one, so nested and overlapping
 * spans are answered correctly. Immutable.
 */
final class SpanIndex {
    private final int[] starts;
    private final int[] maxEnd;

    <T> SpanIndex(List<T> spans, ToIntFunction<T> start, ToIntFunction<T> end) {
        long[] packed = new long[spans.size()];
        for (int i = 0; i < packed.length; i++) {
            T s = spans.get(i);
            packed[i] = ((long) start.applyAsInt(s) << 32) | (end.applyAsInt(s) & 0xFFFFFFFFL);
        }
        Arrays.sort(packed);
        starts = new int[packed.length];
        maxEnd = new int[packed.length];
        for (int i = 0; i < packed.length; i++) {
            starts[i] = (int) (packed[i] >>> 32);
            maxEnd[i] = Math.max((int) packed[i], i > 0 ? maxEnd[i - 1] : Integer.MIN_VALUE);
        }
    }

    /** Index of the first span starting at or after {@code pos}. */
    private int firstFrom(int pos) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Whether a span starts in [pos, pos + slack]. */
    boolean startsWithin(int pos, int slack) {
        int i = firstFrom(pos);
        return i < starts.length && starts[i] <= pos + slack;
    }

    /** The start of the first span starting after {@code pos}, or -1. */
    int nextStartAfter(int pos) {
        int i = firstFrom(pos + 1);
        return i < starts.length ? starts[i] : -1;
    }

    /** Whether a span has start < {@code end} and end > {@code start}; with start == end, whether it strictly contains that offset. */
    boolean overlaps(int start, int end) {
        int i = firstFrom(end);
        return i > 0 && maxEnd[i - 1] > start;
    }
}
