package org.marsad.entity;

/**
 * Second-pass features from the rest of the document: how a first pass labelled other occurrences
 * of the same stem within {@code window} sentences on either side («الأهلي» tagged ORG twice
 * nearby makes the third, untagged one likely ORG too). Types ignore where in a name a word is;
 * the token itself is not counted. Stateless; thread-safe.
 */
final class DocumentHistory {
    private DocumentHistory() {}

    /**
     * Adds history features to {@code feats} (per sentence, per token), given first-pass labels.
     * {@code stems} holds each token's stem hash; {@code tags} reads the first-pass labels.
     */
    static long[][][] extend(long[][][] feats, long[][] stems, int[][] firstPass, TagSet tags, int window) {
        long[][][] history = features(stems, firstPass, tags, window);
        long[][][] out = new long[feats.length][][];
        for (int s = 0; s < feats.length; s++) {
            out[s] = new long[feats[s].length][];
            for (int i = 0; i < feats[s].length; i++) {
                long[] f = feats[s][i];
                long[] h = history[s][i];
                long[] g = java.util.Arrays.copyOf(f, f.length + h.length);
                System.arraycopy(h, 0, g, f.length, h.length);
                out[s][i] = g;
            }
        }
        return out;
    }

    /**
     * The history features alone, per sentence and token: what {@link #extend} adds.
     * {@code stems} holds each token's stem hash; {@code tags} reads the first-pass labels.
     */
    static long[][][] features(long[][] stems, int[][] firstPass, TagSet tags, int window) {
        int n = stems.length;
        // one slot per distinct stem of the document; counts[slot * 5 + type] over a sliding window
        LongIntMap slots = new LongIntMap(64);
        int[][] slotOf = new int[n][];
        for (int s = 0; s < n; s++) {
            slotOf[s] = new int[stems[s].length];
            for (int i = 0; i < stems[s].length; i++) slotOf[s][i] = slots.getOrAdd(stems[s][i]);
        }
        int[] counts = new int[slots.size() * 5];
        long[][][] out = new long[n][][];
        int from = 0;
        int to = 0;
        int[] c = new int[5];
        long[] g = new long[7];
        for (int s = 0; s < n; s++) {
            int newFrom = Math.max(0, s - window);
            int newTo = Math.min(n, s + window + 1);
            for (; to < newTo; to++) count(counts, slotOf[to], firstPass[to], tags, 1);
            for (; from < newFrom; from++) count(counts, slotOf[from], firstPass[from], tags, -1);
            out[s] = new long[stems[s].length][];
            for (int i = 0; i < stems[s].length; i++) {
                System.arraycopy(counts, slotOf[s][i] * 5, c, 0, 5);
                int self = tags.typeOf(firstPass[s][i]);
                c[self]--;
                int k = 0;
                int total = 0;
                for (int y = 1; y < 5; y++) total += c[y];
                for (int y = 1; y < 5; y++) {
                    if (c[y] > 0) g[k++] = FeatureHash.with(Templates.HISTORY, y * 4 + Math.min(c[y], 3));
                }
                if (total > 0 && c[0] > 0) g[k++] = FeatureHash.with(Templates.HISTORY, 100 + Math.min(c[0], 3));
                g[k++] = FeatureHash.with(Templates.FIRST_PASS, firstPass[s][i]);
                if (total > 0) g[k++] = FeatureHash.with(Templates.HISTORY, 200 + self * 8 + Math.min(total, 3));
                out[s][i] = java.util.Arrays.copyOf(g, k);
            }
        }
        return out;
    }

    private static void count(int[] counts, int[] slots, int[] labels, TagSet tags, int delta) {
        for (int i = 0; i < slots.length; i++) counts[slots[i] * 5 + tags.typeOf(labels[i])] += delta;
    }

    /** Each word's stem hash, the key the history counts by. */
    static long[] stems(WordView[] views) {
        long[] out = new long[views.length];
        for (int i = 0; i < out.length; i++) out[i] = views[i].stem();
        return out;
    }
}
