package org.marsad.entity;

import java.util.Arrays;

/**
 * The per-sentence weight updates of {@link PerceptronTrainer}'s three learners, on weights kept
 * as a shared copy plus one per domain ({@link State}); {@code active} names the copies a
 * sentence updates. {@code emit} and {@code tf} are the sentence's label and transition scores
 * under the current weights. Each update also adds its step-weighted change to the running sums
 * that averaging divides by the number of steps. Not thread-safe.
 */
final class SequenceUpdates {
    private SequenceUpdates() {}

    /** Weights, their running sums for averaging, and the learners' scratch space. */
    static final class State {
        final double[][] w;
        final double[][] wsum;
        final double[][] t;
        final double[][] tsum;
        /** AdaGrad's sums of squared gradients (CRF only). */
        final double[][] g2;
        final double[][] tg2;
        /** One copy's update (PA) or data gradient (CRF), dense, with the features it touches. */
        final TagSet tags;
        final double[] delta;
        final double[] tdelta;
        final int[] stamp;
        int[] touched = new int[256];
        int nTouched;
        long step = 1;

        State(TagSet tags, int copies, int F, NerTrainer.Learner learner) {
            this.tags = tags;
            int L = tags.size();
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

    static void perceptron(State st, int[][] x, int[] y, int[] p, int[] active) {
        int L = st.tags.size();
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
    static void passiveAggressive(State st, int[][] x, int[] y, float[] emit, float[] tf, int[] active, double c,
            boolean costAugmented) {
        int L = st.tags.size();
        int n = y.length;
        int[] p;
        if (costAugmented) {
            // decode as if every wrong label had scored its cost higher: the update then also
            // fixes labels that win by less than their cost
            float[] aug = emit.clone();
            for (int i = 0; i < n; i++) for (int l = 0; l < L; l++) if (l != y[i]) aug[i * L + l] += 1;
            p = PerceptronModel.viterbi(st.tags, aug, n, tf);
        } else {
            p = PerceptronModel.viterbi(st.tags, emit, n, tf);
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
    static void crf(State st, int[][] x, int[] y, float[] emit, float[] tf, int[] active, int sentences, double c,
            double rate) {
        int L = st.tags.size();
        int n = y.length;
        double[] alpha = new double[n * L];
        double[] beta = new double[n * L];
        double[] buf = new double[L];
        for (int l = 0; l < L; l++) alpha[l] = st.tags.allowed(-1, l) ? emit[l] + tf[l] : Double.NEGATIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            for (int l = 0; l < L; l++) {
                for (int q = 0; q < L; q++) {
                    buf[q] = st.tags.allowed(q, l) ? alpha[(i - 1) * L + q] + tf[(q + 1) * L + l] : Double.NEGATIVE_INFINITY;
                }
                alpha[i * L + l] = logSumExp(buf) + emit[i * L + l];
            }
        }
        for (int l = 0; l < L; l++) beta[(n - 1) * L + l] = st.tags.canEnd(l) ? 0 : Double.NEGATIVE_INFINITY;
        for (int i = n - 2; i >= 0; i--) {
            for (int q = 0; q < L; q++) {
                for (int l = 0; l < L; l++) {
                    buf[l] = st.tags.allowed(q, l) ? tf[(q + 1) * L + l] + emit[(i + 1) * L + l] + beta[(i + 1) * L + l]
                            : Double.NEGATIVE_INFINITY;
                }
                beta[i * L + q] = logSumExp(buf);
            }
        }
        double[] last = Arrays.copyOfRange(alpha, (n - 1) * L, n * L);
        for (int l = 0; l < L; l++) if (!st.tags.canEnd(l)) last[l] = Double.NEGATIVE_INFINITY;
        double logZ = logSumExp(last);
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
                        if (!st.tags.allowed(q, l)) continue;
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
}
