package org.marsad.text;

import java.util.Arrays;

/**
 * A lock-free, insert-only cache from folded words (as char ranges, so a lookup allocates nothing)
 * to their clitic analyses. Open addressing with linear probing over a fixed table; once it is 3/4
 * full, new words are analysed each time instead of stored. Entries are immutable and published by
 * a single reference write, so racing readers see either nothing (and recompute) or a whole entry.
 */
final class AnalysisCache {
    private static final class Entry {
        final char[] key;
        final int hash;
        final CliticAnalysis analysis;

        Entry(char[] key, int hash, CliticAnalysis analysis) {
            this.key = key;
            this.hash = hash;
            this.analysis = analysis;
        }
    }

    private final Entry[] table;
    private final int mask;
    private final int limit;
    private int size; // racy count: only bounds growth, exactness does not matter

    AnalysisCache(int capacityPowerOfTwo) {
        table = new Entry[1 << capacityPowerOfTwo];
        mask = table.length - 1;
        limit = table.length / 4 * 3;
    }

    static int hash(char[] s, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) h = 31 * h + s[i];
        return h ^ (h >>> 16);
    }

    /** The cached analysis of {@code s[0, n)} with hash {@code h}, or null. */
    CliticAnalysis get(char[] s, int n, int h) {
        Entry[] t = table;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            Entry e = t[i];
            if (e == null) return null;
            if (e.hash == h && e.key.length == n && Arrays.equals(e.key, 0, n, s, 0, n)) return e.analysis;
        }
    }

    void put(char[] s, int n, int h, CliticAnalysis a) {
        if (size >= limit) return;
        Entry[] t = table;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            Entry e = t[i];
            if (e == null) {
                t[i] = new Entry(Arrays.copyOf(s, n), h, a);
                size++;
                return;
            }
            if (e.hash == h && e.key.length == n && Arrays.equals(e.key, 0, n, s, 0, n)) return;
        }
    }
}
