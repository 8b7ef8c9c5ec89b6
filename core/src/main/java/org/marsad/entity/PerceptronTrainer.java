package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Trains the {@link PerceptronModel}: averaged structured perceptron (Collins 2002) with Viterbi
 * decoding, sentences visited in an order shuffled by a fixed seed, so the same data and settings
 * give the same model bit for bit. Features seen fewer than {@code minFeatureCount} times in the
 * training data are dropped. Not thread-safe.
 */
final class PerceptronTrainer {
    private final int epochs;
    private final long seed;
    private final int minFeatureCount;

    PerceptronTrainer(int epochs, long seed, int minFeatureCount) {
        this.epochs = epochs;
        this.seed = seed;
        this.minFeatureCount = minFeatureCount;
    }

    /** Trains on sentences given as feature hashes per token and gold label indices. */
    PerceptronModel train(List<long[][]> hashed, List<int[]> gold, IntConsumer epochDone) {
        int L = TagSet.SIZE;
        LongIntMap counts = new LongIntMap(1 << 20);
        int[] freq = new int[1 << 20];
        for (long[][] f : hashed) {
            for (long[] row : f) {
                for (long h : row) {
                    int k = counts.getOrAdd(h);
                    if (k >= freq.length) freq = java.util.Arrays.copyOf(freq, freq.length * 2);
                    freq[k]++;
                }
            }
        }
        LongIntMap index = new LongIntMap(counts.size());
        long[] keys = counts.keysByIndex();
        for (int k = 0; k < keys.length; k++) if (freq[k] >= minFeatureCount) index.getOrAdd(keys[k]);
        List<int[][]> ids = new ArrayList<>(hashed.size());
        for (int s = 0; s < hashed.size(); s++) {
            long[][] f = hashed.get(s);
            int[][] row = new int[f.length][];
            for (int i = 0; i < f.length; i++) {
                int[] r = new int[f[i].length];
                int n = 0;
                for (long h : f[i]) {
                    int k = index.get(h);
                    if (k >= 0) r[n++] = k;
                }
                row[i] = java.util.Arrays.copyOf(r, n);
            }
            ids.add(row);
        }
        int F = index.size();
        double[] w = new double[F * L];
        double[] wsum = new double[F * L];
        double[] t = new double[(L + 1) * L];
        double[] tsum = new double[(L + 1) * L];
        long c = 1;
        int[] order = new int[hashed.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random random = new Random(seed);
        for (int e = 0; e < epochs; e++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int s : order) {
                int[][] x = ids.get(s);
                int[] y = gold.get(s);
                int n = y.length;
                if (n == 0) continue;
                float[] emit = new float[n * L];
                for (int i = 0; i < n; i++) {
                    for (int k : x[i]) for (int l = 0; l < L; l++) emit[i * L + l] += (float) w[k * L + l];
                }
                float[] tf = new float[t.length];
                for (int i = 0; i < t.length; i++) tf[i] = (float) t[i];
                int[] p = PerceptronModel.viterbi(emit, n, tf);
                for (int i = 0; i < n; i++) {
                    int gp = i == 0 ? -1 : y[i - 1];
                    int pp = i == 0 ? -1 : p[i - 1];
                    if (y[i] == p[i] && gp == pp) continue;
                    if (y[i] != p[i]) {
                        for (int k : x[i]) {
                            w[k * L + y[i]] += 1;
                            wsum[k * L + y[i]] += c;
                            w[k * L + p[i]] -= 1;
                            wsum[k * L + p[i]] -= c;
                        }
                    }
                    t[(gp + 1) * L + y[i]] += 1;
                    tsum[(gp + 1) * L + y[i]] += c;
                    t[(pp + 1) * L + p[i]] -= 1;
                    tsum[(pp + 1) * L + p[i]] -= c;
                }
                c++;
            }
            epochDone.accept(e + 1);
        }
        float[] avg = new float[F * L];
        for (int i = 0; i < avg.length; i++) avg[i] = (float) (w[i] - wsum[i] / c);
        float[] tavg = new float[t.length];
        for (int i = 0; i < t.length; i++) tavg[i] = (float) (t[i] - tsum[i] / c);
        return new PerceptronModel(index, avg, tavg);
    }
}
