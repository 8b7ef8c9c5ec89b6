package org.marsad.entity;

/**
 * One model's label scores per word, computed once and reused wherever the word occurs. Every
 * feature of {@link NerFeatures} except the {@link NerFeatures#pairs} depends on one word and its
 * offset from the word being labelled, so a word's scores at the five offsets (−2 … 2) are fixed:
 * a position's scores are the sum of its five neighbours' blocks plus its pair features (and, in
 * the second pass, its {@link DocumentHistory} features). Looking up some forty features per token
 * in a table of megabytes was a third of all analysis CPU; with the scores cached a token costs
 * the pairs' six look-ups and five additions of a label vector.
 *
 * <p>The cache is direct-mapped ({@value #SLOTS} slots, a word's slot by its hash; about 12 MB per
 * model when full, 85 floats per word with BILOU's 17 labels) and holds immutable entries, so
 * threads share it without locks: a reader sees an entry for another word, which fails the identity
 * check and is recomputed, or a complete one. Frequent words stay; rare ones evict each other (see
 * {@link #of}). Sums are in another order than {@link PerceptronModel#decode(long[][])} makes them,
 * so scores can differ in the last bits of a float (on ANT dev and the SaudiNewsNet sample the
 * output of {@code analyze} is byte-identical). Thread-safe.
 */
final class WordScores {
    static final int SLOTS = 1 << 15;
    private final PerceptronModel model;
    private final int labels;
    private final Entry[] cache = new Entry[SLOTS];

    private record Entry(WordView word, float[] scores) {}

    WordScores(PerceptronModel model) {
        this.model = model;
        this.labels = model.tags().size();
    }

    PerceptronModel model() {
        return model;
    }

    /** Labels for a sentence's word views, with per-position features beyond the words' own. */
    int[] decode(WordView[] v, long[][] pairs, long[][] more) {
        return model.decode(scores(v, pairs, more), v.length);
    }

    /**
     * Each position's label scores ({@code v.length} × labels): the words' cached blocks plus the
     * scores of {@code pairs} and of {@code more} (null for none) at each position.
     */
    float[] scores(WordView[] v, long[][] pairs, long[][] more) {
        int n = v.length;
        int L = labels;
        float[][] blocks = new float[n + 4][];
        blocks[0] = blocks[1] = blocks[n + 2] = blocks[n + 3] = of(NerFeatures.at(v, -1));
        for (int i = 0; i < n; i++) blocks[i + 2] = of(v[i]);
        float[] emit = new float[n * L];
        for (int i = 0; i < n; i++) {
            int base = i * L;
            for (int d = -2; d <= 2; d++) {
                float[] s = blocks[i + 2 + d];
                int from = (2 + d) * L;
                for (int y = 0; y < L; y++) emit[base + y] += s[from + y];
            }
            model.addScores(pairs[i], pairs[i].length, emit, base);
            if (more != null) model.addScores(more[i], more[i].length, emit, base);
        }
        return emit;
    }

    /**
     * The word's scores when it stands at offset −2, −1, 0, 1, 2 from the labelled word (block
     * {@code 2 + d} of {@code labels} scores for offset {@code d}). A word takes its slot from a
     * rarer one, never from a more frequent one (by {@link WordView#count}), so each slot settles on
     * the most frequent word that hashes to it and the tokens of rare words pay the look-ups.
     */
    float[] of(WordView w) {
        long h = w.word();
        int slot = (int) (h ^ (h >>> 32)) & (SLOTS - 1);
        Entry e = cache[slot];
        if (e != null && e.word == w) return e.scores;
        float[] s = new float[5 * labels];
        long[] f = new long[Math.max(w.local().length + 1, 6)];
        for (int d = -2; d <= 2; d++) model.addScores(f, NerFeatures.asNeighbour(w, d, f, 0), s, (2 + d) * labels);
        if (e == null || e.word.count() <= w.count()) cache[slot] = new Entry(w, s);
        return s;
    }
}
