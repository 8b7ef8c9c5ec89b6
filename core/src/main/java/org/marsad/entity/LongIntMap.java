package org.marsad.entity;

/**
 * An open-addressing map from feature hashes to dense indices, without boxing. Each slot is two
 * adjacent longs, the key and the value plus one (0 marks an empty slot), so a probe touches one
 * cache line: decoding looks up some forty features per token in a table of megabytes, and with
 * keys, values and occupancy in three arrays every look-up cost three cache misses (a fifth of all
 * ingest CPU went to them). Most features a model is asked about are ones it never kept, so a
 * one-bit-per-hash filter, 16 bits per slot (a few hundred KB, cache-resident), answers most
 * absent keys without touching the table. Reads are thread-safe once writing has stopped; writes
 * are not.
 */
final class LongIntMap {
    /** key, value + 1, key, value + 1, ... */
    private long[] slots;
    /** One bit per {@link #mark} value of every key present; 16 bits per slot. */
    private long[] filter;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[2 * cap];
        filter = new long[cap / 4];
    }

    int size() {
        return size;
    }

    /** The index of {@code key}, or -1. */
    int get(long key) {
        long[] f = filter;
        int bit = mark(key, f.length);
        if ((f[bit >>> 6] & (1L << bit)) == 0) return -1;
        long[] s = slots;
        int mask = (s.length >>> 1) - 1;
        for (int i = spread(key) & mask; ; i = (i + 1) & mask) {
            long v = s[2 * i + 1];
            if (v == 0) return -1;
            if (s[2 * i] == key) return (int) (v - 1);
        }
    }

    /** The index of {@code key}, adding it with index {@link #size()} when absent. */
    int getOrAdd(long key) {
        int v = get(key);
        if (v >= 0) return v;
        put(key, size);
        return size - 1;
    }

    void put(long key, int value) {
        if ((size + 1) * 2 > slots.length >>> 1) grow();
        long[] s = slots;
        int mask = (s.length >>> 1) - 1;
        int i = spread(key) & mask;
        while (s[2 * i + 1] != 0) {
            if (s[2 * i] == key) {
                s[2 * i + 1] = value + 1L;
                return;
            }
            i = (i + 1) & mask;
        }
        s[2 * i] = key;
        s[2 * i + 1] = value + 1L;
        int bit = mark(key, filter.length);
        filter[bit >>> 6] |= 1L << bit;
        size++;
    }

    /** The keys in index order (index i holds the key mapped to i). */
    long[] keysByIndex() {
        long[] out = new long[size];
        for (int i = 0; i < slots.length; i += 2) if (slots[i + 1] != 0) out[(int) (slots[i + 1] - 1)] = slots[i];
        return out;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        filter = new long[filter.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) if (old[i + 1] != 0) put(old[i], (int) (old[i + 1] - 1));
    }

    /** The key's filter bit among {@code words} × 64, from other hash bits than the slot's. */
    private static int mark(long key, int words) {
        long h = key * 0xC2B2AE3D27D4EB4FL;
        return (int) (h >>> 32) & (words * 64 - 1);
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
