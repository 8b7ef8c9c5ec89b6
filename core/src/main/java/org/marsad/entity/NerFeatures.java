package org.marsad.entity;

import java.util.List;

/**
 * Turns a sentence's words into feature hashes per position: the word's own features
 * ({@link WordView}) plus its neighbours' words, stems, clusters and shapes within ±2 and word
 * bigrams. Thread-safe.
 */
final class NerFeatures {
    private static final WordView BOUNDARY = new WordView(FeatureHash.of("<s>"), FeatureHash.of("<s>"),
            FeatureHash.of("<s>"), FeatureHash.of("<s>"), new long[0], -2, FeatureHash.of("<s>"));
    private final WordView.Factory views;

    NerFeatures(WordView.Factory views) {
        this.views = views;
    }

    WordView.Factory views() {
        return views;
    }

    long[][] extract(List<String> words) {
        int n = words.size();
        WordView[] v = new WordView[n];
        for (int i = 0; i < n; i++) v[i] = views.of(words.get(i));
        long[][] out = new long[n][];
        for (int i = 0; i < n; i++) {
            WordView w = v[i];
            long[] f = new long[w.local().length + 28];
            int k = 0;
            f[k++] = FeatureHash.with(Templates.BIAS, 0);
            for (long l : w.local()) f[k++] = l;
            k = neighbours(v, i, f, k);
            WordView l = at(v, i - 1);
            WordView r = at(v, i + 1);
            f[k++] = FeatureHash.with(Templates.BIGRAM_LEFT, l.word(), w.word());
            f[k++] = FeatureHash.with(Templates.BIGRAM_RIGHT, w.word(), r.word());
            f[k++] = FeatureHash.with(Templates.STEM_BIGRAM_LEFT, l.stem(), w.stem());
            f[k++] = FeatureHash.with(Templates.STEM_BIGRAM_RIGHT, w.stem(), r.stem());
            f[k++] = FeatureHash.with(Templates.CLUSTER_BIGRAM_LEFT, l.cluster(), w.cluster());
            f[k++] = FeatureHash.with(Templates.CLUSTER_BIGRAM_RIGHT, w.cluster(), r.cluster());
            out[i] = k == f.length ? f : java.util.Arrays.copyOf(f, k);
        }
        return out;
    }

    /**
     * Context-only features for the {@link StemProfileBuilder}: the neighbours within ±2 and the
     * word's clitic pattern and shape, nothing of its own form, stem, affixes, cluster or
     * gazetteer entries.
     */
    long[][] extractContext(List<String> words) {
        int n = words.size();
        WordView[] v = new WordView[n];
        for (int i = 0; i < n; i++) v[i] = views.of(words.get(i));
        long[][] out = new long[n][];
        for (int i = 0; i < n; i++) {
            long[] f = new long[26];
            int k = 0;
            f[k++] = FeatureHash.with(Templates.BIAS, 0);
            f[k++] = FeatureHash.with(Templates.PATTERN, v[i].pattern());
            f[k++] = FeatureHash.with(Templates.SHAPE, v[i].shape());
            k = neighbours(v, i, f, k);
            WordView l = at(v, i - 1);
            WordView r = at(v, i + 1);
            f[k++] = FeatureHash.with(Templates.CONTEXT_BIGRAM, l.stem(), r.stem());
            f[k++] = FeatureHash.with(Templates.CONTEXT_BIGRAM + 1, at(v, i - 2).stem(), l.stem());
            f[k++] = FeatureHash.with(Templates.CONTEXT_BIGRAM + 2, r.stem(), at(v, i + 2).stem());
            out[i] = java.util.Arrays.copyOf(f, k);
        }
        return out;
    }

    /** Adds the features of the words within ±2 of word {@code i} to {@code f} from {@code k}; returns the new end. */
    private static int neighbours(WordView[] v, int i, long[] f, int k) {
        for (int d = -2; d <= 2; d++) {
            if (d == 0) continue;
            WordView c = at(v, i + d);
            int o = d + 2;
            f[k++] = FeatureHash.with(Templates.CTX_WORD + o, c.word());
            f[k++] = FeatureHash.with(Templates.CTX_STEM + o, c.stem());
            f[k++] = FeatureHash.with(Templates.CTX_CLUSTER + o, c.cluster());
            if (d == -1 || d == 1) {
                f[k++] = FeatureHash.with(Templates.CTX_SHAPE + o, c.shape());
                f[k++] = FeatureHash.with(Templates.CTX_COARSE + o, c.coarse());
                f[k++] = FeatureHash.with(Templates.CTX_PATTERN + o, c.pattern());
            }
        }
        return k;
    }

    private static WordView at(WordView[] v, int i) {
        return i < 0 || i >= v.length ? BOUNDARY : v[i];
    }
}
