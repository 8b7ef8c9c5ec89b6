package org.marsad.entity;

import java.util.List;

/**
 * Turns a sentence's words into feature hashes per position: the word's own features
 * ({@link WordView}) plus its neighbours' words, stems, clusters and shapes within ±2 and word
 * bigrams. Thread-safe.
 */
final class NerFeatures {
    /** The word before a sentence's first and after its last; as frequent as any, so always cached. */
    private static final WordView BOUNDARY = new WordView(FeatureHash.of("<s>"), FeatureHash.of("<s>"),
            FeatureHash.of("<s>"), FeatureHash.of("<s>"), new long[0], -2, FeatureHash.of("<s>"), Integer.MAX_VALUE);
    /** How many features a word gives the word at offset ±1 and ±2 from it, and how many join two words. */
    private static final int NEAR = 6;
    private static final int FAR = 3;
    static final int PAIRS = 6;
    private final WordView.Factory views;

    NerFeatures(WordView.Factory views) {
        this.views = views;
    }

    WordView.Factory views() {
        return views;
    }

    /** The words' views, in order. */
    WordView[] views(List<String> words) {
        WordView[] v = new WordView[words.size()];
        for (int i = 0; i < v.length; i++) v[i] = views.of(words.get(i));
        return v;
    }

    long[][] extract(List<String> words) {
        return extract(views(words));
    }

    /**
     * Per position: the bias and the word's own features, its neighbours' (see {@link #asNeighbour}),
     * then the {@link #pairs} features. Every feature but the pairs depends on one word and its
     * offset alone, which is what lets {@link WordScores} score a word once for all its positions.
     */
    long[][] extract(WordView[] v) {
        int n = v.length;
        long[][] out = new long[n][];
        for (int i = 0; i < n; i++) {
            long[] f = new long[v[i].local().length + 1 + 2 * NEAR + 2 * FAR + PAIRS];
            int k = asNeighbour(v[i], 0, f, 0);
            for (int d = -2; d <= 2; d++) if (d != 0) k = asNeighbour(at(v, i + d), d, f, k);
            k = pairs(v, i, f, k);
            out[i] = k == f.length ? f : java.util.Arrays.copyOf(f, k);
        }
        return out;
    }

    /**
     * The features word {@code c} gives the labelled word when it stands {@code d} places from it
     * ({@code d} < 0: before it): at 0 the bias and its own features, otherwise its word, stem and
     * cluster, and at ±1 also its shape, coarse cluster and clitic pattern. Written into {@code f}
     * from {@code k}; returns the new end.
     */
    static int asNeighbour(WordView c, int d, long[] f, int k) {
        if (d == 0) {
            f[k++] = FeatureHash.with(Templates.BIAS, 0);
            for (long l : c.local()) f[k++] = l;
            return k;
        }
        int o = d + 2;
        f[k++] = FeatureHash.with(Templates.CTX_WORD + o, c.word());
        f[k++] = FeatureHash.with(Templates.CTX_STEM + o, c.stem());
        f[k++] = FeatureHash.with(Templates.CTX_CLUSTER + o, c.cluster());
        if (d == -1 || d == 1) {
            f[k++] = FeatureHash.with(Templates.CTX_SHAPE + o, c.shape());
            f[k++] = FeatureHash.with(Templates.CTX_COARSE + o, c.coarse());
            f[k++] = FeatureHash.with(Templates.CTX_PATTERN + o, c.pattern());
        }
        return k;
    }

    /** The word bigram features of position {@code i} (its word, stem and cluster with each neighbour's). */
    static int pairs(WordView[] v, int i, long[] f, int k) {
        WordView w = v[i];
        WordView l = at(v, i - 1);
        WordView r = at(v, i + 1);
        f[k++] = FeatureHash.with(Templates.BIGRAM_LEFT, l.word(), w.word());
        f[k++] = FeatureHash.with(Templates.BIGRAM_RIGHT, w.word(), r.word());
        f[k++] = FeatureHash.with(Templates.STEM_BIGRAM_LEFT, l.stem(), w.stem());
        f[k++] = FeatureHash.with(Templates.STEM_BIGRAM_RIGHT, w.stem(), r.stem());
        f[k++] = FeatureHash.with(Templates.CLUSTER_BIGRAM_LEFT, l.cluster(), w.cluster());
        f[k++] = FeatureHash.with(Templates.CLUSTER_BIGRAM_RIGHT, w.cluster(), r.cluster());
        return k;
    }

    /** Only the {@link #pairs} features, per position. */
    static long[][] pairs(WordView[] v) {
        long[][] out = new long[v.length][];
        for (int i = 0; i < v.length; i++) pairs(v, i, out[i] = new long[PAIRS], 0);
        return out;
    }

    /**
     * Context-only features for the {@link StemProfileBuilder}: the neighbours within ±2 and the
     * word's clitic pattern and shape, nothing of its own form, stem, affixes, cluster or
     * gazetteer entries.
     */
    long[][] extractContext(List<String> words) {
        WordView[] v = views(words);
        int n = v.length;
        long[][] out = new long[n][];
        for (int i = 0; i < n; i++) {
            long[] f = new long[26];
            int k = 0;
            f[k++] = FeatureHash.with(Templates.BIAS, 0);
            f[k++] = FeatureHash.with(Templates.PATTERN, v[i].pattern());
            f[k++] = FeatureHash.with(Templates.SHAPE, v[i].shape());
            for (int d = -2; d <= 2; d++) if (d != 0) k = asNeighbour(at(v, i + d), d, f, k);
            WordView l = at(v, i - 1);
            WordView r = at(v, i + 1);
            f[k++] = FeatureHash.with(Templates.CONTEXT_BIGRAM, l.stem(), r.stem());
            f[k++] = FeatureHash.with(Templates.CONTEXT_BIGRAM + 1, at(v, i - 2).stem(), l.stem());
            f[k++] = FeatureHash.with(Templates.CONTEXT_BIGRAM + 2, r.stem(), at(v, i + 2).stem());
            out[i] = java.util.Arrays.copyOf(f, k);
        }
        return out;
    }

    static WordView at(WordView[] v, int i) {
        return i < 0 || i >= v.length ? BOUNDARY : v[i];
    }
}
