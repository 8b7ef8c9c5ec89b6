package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains the {@link PerceptronModel}'s weights with one of three linear sequence learners over the
 * same features, first-order transitions and {@link TagSet}, sentences visited in an order
 * shuffled by a fixed seed, so the same data and settings give the same model bit for bit.
 * Features seen fewer than {@code minFeatureCount} times in the training data are dropped.
 * <ul>
 *   <li>{@link NerTrainer.Learner#PERCEPTRON}: averaged structured perceptron (Collins 2002) with
 *       Viterbi decoding.</li>
 *   <li>{@link NerTrainer.Learner#PA}: averaged passive-aggressive / 1-best MIRA (Crammer et al.
 *       2006): after decoding, the step makes the gold sequence beat the prediction by its Hamming
 *       loss over BIO labels, at most {@code c} per sentence (PA-I). With cost-augmented decoding
 *       (the default of {@code train ner}) the prediction is the sequence that most violates that
 *       margin (best score plus Hamming cost), not the best-scoring one.</li>
 *   <li>{@link NerTrainer.Learner#CRF}: linear-chain CRF (forward-backward over the well-formed
 *       label sequences), per-sentence log-likelihood gradient with L2 ({@code c} / sentences per
 *       touched weight) and AdaGrad steps of base rate {@code rate}, weights averaged.</li>
 * </ul>
 * All three yield one weight per (feature, label) and per transition, decoded by the same Viterbi.
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
    private final NerTrainer.Learner learner;
    private final double c;
    private final double rate;
    private final boolean costAugmented;

    PerceptronTrainer(int epochs, long seed, int minFeatureCount) {
        this(epochs, seed, minFeatureCount, NerTrainer.Learner.PERCEPTRON, 0, 0, false);
    }

    /**
     * {@code c}: PA's largest step per sentence, or the CRF's L2 weight (the whole data set's
     * regulariser, spread over its sentences); {@code rate}: the CRF's AdaGrad base step;
     * {@code costAugmented}: PA decodes with each wrong label's Hamming cost added to its score.
     */
    PerceptronTrainer(int epochs, long seed, int minFeatureCount, NerTrainer.Learner learner, double c, double rate,
            boolean costAugmented) {
        this.epochs = epochs;
        this.seed = seed;
        this.minFeatureCount = minFeatureCount;
        this.learner = learner;
        this.c = c;
        this.rate = rate;
        this.costAugmented = costAugmented;
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
        State st = new State(copies, F, learner);
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
                    double[] wa = st.w[a];
                    for (int i = 0; i < n; i++) {
                        for (int k : x[i]) for (int l = 0; l < L; l++) emit[i * L + l] += (float) wa[k * L + l];
                    }
                }
                Arrays.fill(tf, 0f);
                for (int a : active) for (int i = 0; i < tf.length; i++) tf[i] += (float) st.t[a][i];
                switch (learner) {
                    case PERCEPTRON -> perceptron(st, x, y, PerceptronModel.viterbi(emit, n, tf), active);
                    case PA -> passiveAggressive(st, x, y, emit, tf, active);
                    case CRF -> crf(st, x, y, emit, tf, active, order.length);
                }
                st.step++;
            }
        }
        float[][][] out = new float[domains][][];
        for (int d = 0; d < domains; d++) {
            int[] fold = copies == 1 ? new int[] {0} : new int[] {0, 1 + d};
            float[] avg = new float[F * L];
            float[] tavg = new float[(L + 1) * L];
            for (int a : fold) {
                for (int i = 0; i < avg.length; i++) avg[i] += (float) (st.w[a][i] - st.wsum[a][i] / st.step);
                for (int i = 0; i < tavg.length; i++) tavg[i] += (float) (st.t[a][i] - st.tsum[a][i] / st.step);
            }
            out[d] = new float[][] {avg, tavg};
        }
        return out;
    }

    /** Weights, their running sums for averaging, and the learners' scratch space. */
    private static final class State {
        final double[][] w;
        final double[][] wsum;
        final double[][] t;
        final double[][] tsum;
        /** AdaGrad's sums of squared gradients (CRF only). */
        final double[][] g2;
        final double[][] tg2;
        /** One copy's update (PA) or data gradient (CRF), dense, with the features it touches. */
        final double[] delta;
        final double[] tdelta;
        final int[] stamp;
        int[] touched = new int[256];
        int nTouched;
        long step = 1;

        State(int copies, int F, NerTrainer.Learner learner) {
            int L = TagSet.SIZE;
            w = new double[copies][F * L];
            wsum = new double[copies][F * L];
            t = new double[copies][(L + 1) * L];
            tsum = new double[copies][(L + 1) * L];
            boolean crf = learner == NerTrainer.Learner.CRF;
            g2 = crf ? new double[copies][F * L] : null;
            tg2 = crf ? new double[copies][(L + 1) * L] : null;
            boolean scratch = learner != NerTrainer.Learner.PERCEPTRON;
            delta = scratch ? new double[F * L] : null;
            tdelta = new double[(L + 1) * L];
            stamp = scratch ? new int[F] : null;
        }

        /** Marks feature {@code k} touched in this step. */
        void touch(int k) {
            int mark = (int) step;
            if (stamp[k] == mark) return;
            stamp[k] = mark;
            if (nTouched == touched.length) touched = Arrays.copyOf(touched, nTouched * 2);
            touched[nTouched++] = k;
        }
    }

    private static void perceptron(State st, int[][] x, int[] y, int[] p, int[] active) {
        int L = TagSet.SIZE;
        long c = st.step;
        for (int i = 0; i < y.length; i++) {
            int gp = i == 0 ? -1 : y[i - 1];
            int pp = i == 0 ? -1 : p[i - 1];
            if (y[i] == p[i] && gp == pp) continue;
            for (int a : active) {
                double[] wa = st.w[a];
                double[] sa = st.wsum[a];
                if (y[i] != p[i]) {
                    for (int k : x[i]) {
                        wa[k * L + y[i]] += 1;
                        sa[k * L + y[i]] += c;
                        wa[k * L + p[i]] -= 1;
                        sa[k * L + p[i]] -= c;
                    }
                }
                st.t[a][(gp + 1) * L + y[i]] += 1;
                st.tsum[a][(gp + 1) * L + y[i]] += c;
                st.t[a][(pp + 1) * L + p[i]] -= 1;
                st.tsum[a][(pp + 1) * L + p[i]] -= c;
            }
        }
    }

    /**
     * PA-I: w += min(c, loss / |Φ(y) - Φ(p)|²) (Φ(y) - Φ(p)), loss = s(p) - s(y) + Hamming(y, p),
     * p the best sequence by score, or by score plus Hamming cost when cost-augmented.
     */
    private void passiveAggressive(State st, int[][] x, int[] y, float[] emit, float[] tf, int[] active) {
        int L = TagSet.SIZE;
        int n = y.length;
        int[] p;
        if (costAugmented) {
            // decode as if every wrong label had scored its cost higher: the update then also
            // fixes labels that win by less than their cost
            float[] aug = emit.clone();
            for (int i = 0; i < n; i++) for (int l = 0; l < L; l++) if (l != y[i]) aug[i * L + l] += 1;
            p = PerceptronModel.viterbi(aug, n, tf);
        } else {
            p = PerceptronModel.viterbi(emit, n, tf);
        }
        int hamming = 0;
        double margin = 0;
        for (int i = 0; i < n; i++) {
            if (p[i] != y[i]) hamming++;
            int gp = i == 0 ? -1 : y[i - 1];
            int pp = i == 0 ? -1 : p[i - 1];
            margin += emit[i * L + p[i]] + tf[(pp + 1) * L + p[i]] - emit[i * L + y[i]] - tf[(gp + 1) * L + y[i]];
        }
        if (hamming == 0) return;
        double[] d = st.delta;
        double[] td = st.tdelta;
        st.nTouched = 0;
        Arrays.fill(td, 0);
        for (int i = 0; i < n; i++) {
            int gp = i == 0 ? -1 : y[i - 1];
            int pp = i == 0 ? -1 : p[i - 1];
            td[(gp + 1) * L + y[i]] += 1;
            td[(pp + 1) * L + p[i]] -= 1;
            if (y[i] == p[i]) continue;
            for (int k : x[i]) {
                st.touch(k);
                d[k * L + y[i]] += 1;
                d[k * L + p[i]] -= 1;
            }
        }
        double norm = 0;
        for (int j = 0; j < st.nTouched; j++) {
            int base = st.touched[j] * L;
            for (int l = 0; l < L; l++) norm += d[base + l] * d[base + l];
        }
        for (double v : td) norm += v * v;
        norm *= active.length; // every active copy carries the same features
        double loss = margin + hamming;
        double tau = norm == 0 ? 0 : Math.min(c, loss / norm);
        double ct = st.step * tau;
        for (int a : active) {
            double[] wa = st.w[a];
            double[] sa = st.wsum[a];
            for (int j = 0; j < st.nTouched; j++) {
                int base = st.touched[j] * L;
                for (int l = 0; l < L; l++) {
                    double v = d[base + l];
                    if (v == 0) continue;
                    wa[base + l] += tau * v;
                    sa[base + l] += ct * v;
                }
            }
            for (int i = 0; i < td.length; i++) {
                if (td[i] == 0) continue;
                st.t[a][i] += tau * td[i];
                st.tsum[a][i] += ct * td[i];
            }
        }
        for (int j = 0; j < st.nTouched; j++) Arrays.fill(d, st.touched[j] * L, st.touched[j] * L + L, 0);
    }

    /** One AdaGrad step on the sentence's negative log-likelihood plus its share of the L2 term. */
    private void crf(State st, int[][] x, int[] y, float[] emit, float[] tf, int[] active, int sentences) {
        int L = TagSet.SIZE;
        int n = y.length;
        double[] alpha = new double[n * L];
        double[] beta = new double[n * L];
        double[] buf = new double[L];
        for (int l = 0; l < L; l++) alpha[l] = TagSet.allowed(-1, l) ? emit[l] + tf[l] : Double.NEGATIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            for (int l = 0; l < L; l++) {
                for (int q = 0; q < L; q++) {
                    buf[q] = ALLOWED[q][l] ? alpha[(i - 1) * L + q] + tf[(q + 1) * L + l] : Double.NEGATIVE_INFINITY;
                }
                alpha[i * L + l] = logSumExp(buf) + emit[i * L + l];
            }
        }
        for (int l = 0; l < L; l++) beta[(n - 1) * L + l] = 0;
        for (int i = n - 2; i >= 0; i--) {
            for (int q = 0; q < L; q++) {
                for (int l = 0; l < L; l++) {
                    buf[l] = ALLOWED[q][l] ? tf[(q + 1) * L + l] + emit[(i + 1) * L + l] + beta[(i + 1) * L + l]
                            : Double.NEGATIVE_INFINITY;
                }
                beta[i * L + q] = logSumExp(buf);
            }
        }
        double logZ = logSumExp(Arrays.copyOfRange(alpha, (n - 1) * L, n * L));
        double[] d = st.delta;
        double[] td = st.tdelta;
        Arrays.fill(td, 0);
        st.nTouched = 0;
        // gradient of the negative log-likelihood: expected minus observed counts
        double[] marg = new double[L];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < L; l++) {
                double a = alpha[i * L + l];
                marg[l] = a == Double.NEGATIVE_INFINITY ? 0 : Math.exp(a + beta[i * L + l] - logZ);
            }
            marg[y[i]] -= 1;
            for (int k : x[i]) {
                st.touch(k);
                int base = k * L;
                for (int l = 0; l < L; l++) d[base + l] += marg[l];
            }
            int gp = i == 0 ? -1 : y[i - 1];
            td[(gp + 1) * L + y[i]] -= 1;
            if (i == 0) {
                for (int l = 0; l < L; l++) {
                    if (alpha[l] != Double.NEGATIVE_INFINITY) td[l] += Math.exp(alpha[l] + beta[l] - logZ);
                }
            } else {
                for (int q = 0; q < L; q++) {
                    double aq = alpha[(i - 1) * L + q];
                    if (aq == Double.NEGATIVE_INFINITY) continue;
                    for (int l = 0; l < L; l++) {
                        if (!ALLOWED[q][l]) continue;
                        td[(q + 1) * L + l] += Math.exp(aq + tf[(q + 1) * L + l] + emit[i * L + l] + beta[i * L + l] - logZ);
                    }
                }
            }
        }
        double lambda = c / sentences;
        double cs = st.step;
        for (int a : active) {
            double[] wa = st.w[a];
            double[] sa = st.wsum[a];
            double[] ga = st.g2[a];
            for (int j = 0; j < st.nTouched; j++) {
                int base = st.touched[j] * L;
                for (int l = 0; l < L; l++) {
                    int q = base + l;
                    double g = d[q] + lambda * wa[q];
                    if (g == 0) continue;
                    ga[q] += g * g;
                    double u = rate * g / Math.sqrt(ga[q]);
                    wa[q] -= u;
                    sa[q] -= cs * u;
                }
            }
            for (int q = 0; q < td.length; q++) {
                double g = td[q] + lambda * st.t[a][q];
                if (g == 0) continue;
                st.tg2[a][q] += g * g;
                double u = rate * g / Math.sqrt(st.tg2[a][q]);
                st.t[a][q] -= u;
                st.tsum[a][q] -= cs * u;
            }
        }
        for (int j = 0; j < st.nTouched; j++) Arrays.fill(d, st.touched[j] * L, st.touched[j] * L + L, 0);
    }

    private static double logSumExp(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) if (x > max) max = x;
        if (max == Double.NEGATIVE_INFINITY) return max;
        double s = 0;
        for (double x : v) s += Math.exp(x - max);
        return max + Math.log(s);
    }

    private static final boolean[][] ALLOWED = new boolean[TagSet.SIZE][TagSet.SIZE];

    static {
        for (int p = 0; p < TagSet.SIZE; p++) for (int q = 0; q < TagSet.SIZE; q++) ALLOWED[p][q] = TagSet.allowed(p, q);
    }

    /** Dense indices of the features seen at least {@code minFeatureCount} times. */
    private LongIntMap index(List<long[][]> hashed) {
        LongIntMap counts = new LongIntMap(1 << 20);
        int[] freq = new int[1 << 20];
        for (long[][] f : hashed) {
            for (long[] row : f) {
                for (long h : row) {
                    int k = counts.getOrAdd(h);
                    if (k >= freq.length) freq = Arrays.copyOf(freq, freq.length * 2);
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
                row[i] = Arrays.copyOf(r, n);
            }
            ids.add(row);
        }
        return ids;
    }
}
