package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains the {@link PerceptronModel}: averaged structured perceptron (Collins 2002) with Viterbi
 * decoding, sentences visited in an order shuffled by a fixed seed, so the same data and settings
 * give the same model bit for bit. Features seen fewer than {@code minFeatureCount} times in the
 * training data are dropped.
 *
 * <p>With more than one domain (news, Wikipedia) it learns Daumé's "frustratingly easy" domain
 * adaptation: every feature, transitions included, has a general weight shared by all domains and
 * one more weight per domain, updated together; a sentence is scored with the general weights
 * plus its own domain's. Since the model is linear, the two fold into one plain model per domain
 * ({@link #train} returns one per domain), so decoding costs no more than with one domain.
 * Not thread-safe.
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


    /** One domain: trains on sentences given as feature hashes per token and gold label indices. */
    PerceptronModel train(List<long[][]> hashed, List<int[]> gold) {
        return train(hashed, gold, new int[hashed.size()], 1)[0];
    }

    /**
     * Trains on sentences given as feature hashes per token, gold label indices and each sentence's
     * domain (0 to {@code domains - 1}); returns the folded model of each domain.
     */
    PerceptronModel[] train(List<long[][]> hashed, List<int[]> gold, int[] domainOf, int domains) {
        LongIntMap index = index(hashed);
        List<int[][]> ids = ids(hashed, index);
        float[][][] sum = train(ids, gold, domainOf, domains, index.size());
        PerceptronModel[] out = new PerceptronModel[domains];
        for (int d = 0; d < domains; d++) out[d] = new PerceptronModel(index, sum[d][0], sum[d][1]);
        return out;
    }

    /** Per domain its folded averaged weights and transitions. */
    private float[][][] train(List<int[][]> ids, List<int[]> gold, int[] domainOf, int domains, int F) {
        int L = TagSet.SIZE;
        // weights[0] general; weights[1 + d] domain d's copy (only when there are several domains)
        int copies = domains == 1 ? 1 : domains + 1;
        double[][] w = new double[copies][F * L];
        double[][] wsum = new double[copies][F * L];
        double[][] t = new double[copies][(L + 1) * L];
        double[][] tsum = new double[copies][(L + 1) * L];
        long c = 1;
        int[] order = new int[ids.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random random = new Random(seed);
        float[] tf = new float[(L + 1) * L];
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
                int[] active = copies == 1 ? new int[] {0} : new int[] {0, 1 + domainOf[s]};
                float[] emit = new float[n * L];
                for (int a : active) {
                    double[] wa = w[a];
                                        for (int i = 0; i < n; i++) {
                        for (int k : x[i]) for (int l = 0; l < L; l++) emit[i * L + l] += (float) wa[k * L + l];
                    }
                }
                java.util.Arrays.fill(tf, 0f);
                for (int a : active) for (int i = 0; i < tf.length; i++) tf[i] += (float) t[a][i];
                int[] p = PerceptronModel.viterbi(emit, n, tf);
                for (int i = 0; i < n; i++) {
                    int gp = i == 0 ? -1 : y[i - 1];
                    int pp = i == 0 ? -1 : p[i - 1];
                    if (y[i] == p[i] && gp == pp) continue;
                    for (int a : active) {
                        double[] wa = w[a];
                        double[] sa = wsum[a];
                                                                        if (y[i] != p[i]) {
                            for (int k : x[i]) {
                                wa[k * L + y[i]] += 1;
                                sa[k * L + y[i]] += c;
                                wa[k * L + p[i]] -= 1;
                                sa[k * L + p[i]] -= c;
                            }
                        }
                        t[a][(gp + 1) * L + y[i]] += 1;
                        tsum[a][(gp + 1) * L + y[i]] += c;
                        t[a][(pp + 1) * L + p[i]] -= 1;
                        tsum[a][(pp + 1) * L + p[i]] -= c;
                    }
                }
                c++;
            }
        }
        float[][][] out = new float[domains][][];
        for (int d = 0; d < domains; d++) {
            int[] fold = copies == 1 ? new int[] {0} : new int[] {0, 1 + d};
            float[] avg = new float[F * L];
            float[] tavg = new float[(L + 1) * L];
            for (int a : fold) {
                                for (int i = 0; i < avg.length; i++) avg[i] += (float) (w[a][i] - wsum[a][i] / c);
                for (int i = 0; i < tavg.length; i++) tavg[i] += (float) (t[a][i] - tsum[a][i] / c);
            }
            out[d] = new float[][] {avg, tavg};
        }
        return out;
    }

    /** Dense indices of the features seen at least {@code minFeatureCount} times. */
    private LongIntMap index(List<long[][]> hashed) {
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
        return index;
    }

    private static List<int[][]> ids(List<long[][]> hashed, LongIntMap index) {
        List<int[][]> ids = new ArrayList<>(hashed.size());
        for (long[][] f : hashed) {
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
        return ids;
    }
}
