package org.marsad.entity;

/**
 * 64-bit hashes naming features without building strings: FNV-1a over the characters of a value,
 * then mixed with a template number (which feature: word at -1, stem suffix, ...). Collisions are
 * possible in principle and harmless in practice at 64 bits. Stateless.
 */
final class FeatureHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {}

    static long of(CharSequence s) {
        return of(s, 0, s.length());
    }

    static long of(CharSequence s, int start, int end) {
        long h = OFFSET;
        for (int i = start; i < end; i++) {
            h ^= s.charAt(i);
            h *= PRIME;
        }
        return h;
    }

    /** The feature "template {@code t} has value {@code value}". */
    static long with(int t, long value) {
        long h = value + 0x9E3779B97F4A7C15L * (t + 1);
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    /** The conjunction of two values under template {@code t}. */
    static long with(int t, long a, long b) {
        return with(t, a * 31 + with(97, b));
    }
}
