package org.marsad.text;

import java.util.Arrays;

/**
 * A lock-free, insert-only cache from folded words (as char ranges, so a lookup allocates nothing)
 * to their clitic analyses. Open addressing with linear probing over a fixed table; once it is 3/4
 * full, new words are analysed each time instead of stored. Entries are immutable and published by
 * a single reference write, so racing readers see either nothing (and recompute) or a whole entry.
 */
final class AnalysisCache {
    /** A cached word. {@code forms} remembers the segment strings of the last spelling seen. */
    static final class Entry {
        final char[] key;
        final int hash;
        final CliticAnalysis analysis;
        /** Racy on purpose: a reader sees null, an older or a newer immutable value, all valid. */
        Forms forms;

        Entry(char[] key, int hash, CliticAnalysis analysis) {
            this.key = key;
            this.hash = hash;
            this.analysis = analysis;
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

    /** The cache entry of {@code s[0, n)} with hash {@code h}, or null. */
    Entry get(char[] s, int n, int h) {
        Entry[] t = table;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            Entry e = t[i];
            if (e == null) return null;
            if (e.hash == h && e.key.length == n && Arrays.equals(e.key, 0, n, s, 0, n)) return e;
        }
    }

    /** Stores and returns the entry, or returns a transient one when the table is full. */
    Entry put(char[] s, int n, int h, CliticAnalysis a) {
        if (size >= limit) return new Entry(Arrays.copyOf(s, n), h, a);
        Entry[] t = table;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            Entry e = t[i];
            if (e == null) {
                Entry fresh = new Entry(Arrays.copyOf(s, n), h, a);
                t[i] = fresh;
                size++;
                return fresh;
            }
            if (e.hash == h && e.key.length == n && Arrays.equals(e.key, 0, n, s, 0, n)) return e;
        }
    }
}
