package org.marsad.text;

import java.util.Arrays;

/**
 * A lock-free, insert-only cache from folded words (as char ranges, so a lookup allocates nothing)
 * to their clitic analyses. Open addressing with linear probing over a fixed table; once it is 3/4
 * full, new words are analysed each time instead of stored.
 *
 * <p>Laid out for the CPU caches, since a corpus's vocabulary is far larger than they are: hashes
 * sit in their own int array, so a probe that misses touches no entry, and words of up to eight
 * letters (most of them) are packed into two longs inside the entry instead of a separate array.
 *
 * <p>Entries are immutable (bar the racy {@link Entry#forms} memo) and published by a single
 * reference write after their hash; a racing reader sees either nothing (and recomputes) or a
 * whole entry, because all its identity fields are final.
 */
final class AnalysisCache {
    private static final int PACKED = 8;

    /** A cached word. {@code forms} remembers the segment strings of the last spelling seen. */
    static final class Entry {
        final int length;
        final long k0;
        final long k1;
        final char[] longKey;
        final CliticAnalysis analysis;
        /** Racy on purpose: a reader sees null, an older or a newer immutable value, all valid. */
        Forms forms;

        Entry(char[] s, int n, CliticAnalysis analysis) {
            this.length = n;
            this.k0 = pack(s, 0, n);
            this.k1 = pack(s, 4, n);
            this.longKey = n > PACKED ? Arrays.copyOf(s, n) : null;
            this.analysis = analysis;
        }

        boolean matches(char[] s, int n) {
            if (n != length || k0 != pack(s, 0, n) || k1 != pack(s, 4, n)) return false;
            return n <= PACKED || Arrays.equals(longKey, 0, n, s, 0, n);
        }
    }

    /** The segment forms of one spelling (the token's chars, diacritics included) of a cached word. */
    record Forms(char[] surface, String[] forms) {
        boolean matches(CharSequence text, int start, int end) {
            if (surface.length != end - start) return false;
            for (int i = 0; i < surface.length; i++) if (surface[i] != text.charAt(start + i)) return false;
            return true;
        }
    }

    private final int[] hashes;
    private final Entry[] table;
    private final int mask;
    private final int shift;
    private final int limit;
    private int size; // racy count: only bounds growth, exactness does not matter

    AnalysisCache(int capacityPowerOfTwo) {
        hashes = new int[1 << capacityPowerOfTwo];
        table = new Entry[1 << capacityPowerOfTwo];
        mask = table.length - 1;
        shift = 32 - capacityPowerOfTwo;
        limit = table.length / 4 * 3;
    }

    /** A non-zero hash of {@code s[0, n)} (zero marks an empty slot). */
    static int hash(char[] s, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) h = 31 * h + s[i];
        // Fibonacci hashing: words differing in their last letter would otherwise fill adjacent
        // slots and make long probe runs
        h *= 0x9E3779B9;
        return h == 0 ? 1 : h;
    }

    private static long pack(char[] s, int from, int n) {
        long k = 0;
        for (int i = from, end = Math.min(n, from + 4); i < end; i++) k = k << 16 | s[i];
        return k;
    }

    /** The cache entry of {@code s[0, n)} with hash {@code h}, or null. */
    Entry get(char[] s, int n, int h) {
        for (int i = h >>> shift; ; i = (i + 1) & mask) {
            int stored = hashes[i];
            if (stored == 0) return null;
            if (stored == h) {
                Entry e = table[i];
                if (e != null && e.matches(s, n)) return e;
            }
        }
    }

    /** Stores and returns the entry, or returns a transient one when the table is full. */
    Entry put(char[] s, int n, int h, CliticAnalysis a) {
        if (size >= limit) return new Entry(s, n, a);
        for (int i = h >>> shift; ; i = (i + 1) & mask) {
            int stored = hashes[i];
            if (stored == 0) {
                Entry fresh = new Entry(s, n, a);
                table[i] = fresh;
                hashes[i] = h;
                size++;
                return fresh;
            }
            if (stored == h) {
                Entry e = table[i];
                if (e != null && e.matches(s, n)) return e;
            }
        }
    }
}
