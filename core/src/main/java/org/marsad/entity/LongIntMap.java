package org.marsad.entity;

import java.util.Arrays;

/**
 * An open-addressing map from feature hashes to dense indices, without boxing. Reads are
 * thread-safe once writing has stopped; writes are not.
 */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        used = new boolean[cap];
    }

    int size() {
        return size;
    }

    /** The index of {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        int i = spread(key) & mask;
        while (used[i]) {
            if (keys[i] == key) return values[i];
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** The index of {@code key}, adding it with index {@link #size()} when absent. */
    int getOrAdd(long key) {
        int v = get(key);
        if (v >= 0) return v;
        if ((size + 1) * 2 > keys.length) grow();
        put(key, size);
        return size - 1;
    }

    void put(long key, int value) {
        int mask = keys.length - 1;
        int i = spread(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
        size++;
    }

    /** The keys in index order (index i holds the key mapped to i). */
    long[] keysByIndex() {
        long[] out = new long[size];
        for (int i = 0; i < keys.length; i++) if (used[i]) out[values[i]] = keys[i];
        return out;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        boolean[] u = used;
        keys = new long[k.length * 2];
        values = new int[k.length * 2];
        used = new boolean[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) if (u[i]) put(k[i], v[i]);
        Arrays.fill(u, false);
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
