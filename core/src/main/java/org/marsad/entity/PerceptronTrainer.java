package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains the {@link PerceptronModel}'s weights with one of three linear sequence learners over the
 * same features, first-order transitions and a {@link TagSet}, sentences visited in an order
 * shuffled by a fixed seed, so the same data and settings give the same model bit for bit.
 * Features seen fewer than {@code minFeatureCount} times in the training data are dropped.
 * <ul>
 *   <li>{@link NerTrainer.Learner#PERCEPTRON}: averaged structured perceptron (Collins 2002) with
 *       Viterbi decoding.</li>
 *   <li>{@link NerTrainer.Learner#PA}: averaged passive-aggressive / 1-best MIRA (Crammer et al.
 *       2006): after decoding, the step makes the gold sequence beat the prediction by its Hamming
 *       loss over the labels, at most {@code c} per sentence (PA-I). With cost-augmented decoding
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
    private final TagSet tags;

    PerceptronTrainer(int epochs, long seed, int minFeatureCount) {
        this(epochs, seed, minFeatureCount, NerTrainer.Learner.PERCEPTRON, 0, 0, false, TagSet.BIO);
    }

    /**
     * {@code c}: PA's largest step per sentence, or the CRF's L2 weight (the whole data set's
     * regulariser, spread over its sentences); {@code rate}: the CRF's AdaGrad base step;
     * {@code costAugmented}: PA decodes with each wrong label's Hamming cost added to its score;
     * {@code tags}: the labels the gold indices and the model use.
     */
    PerceptronTrainer(int epochs, long seed, int minFeatureCount, NerTrainer.Learner learner, double c, double rate,
            boolean costAugmented, TagSet tags) {
        this.tags = tags;
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
        for (int d = 0; d < domains; d++) out[d] = new PerceptronModel(tags, index, sum[d][0], sum[d][1]);
        return out;
    }

    /** Per domain its folded averaged weights and transitions. */
    private float[][][] train(List<int[][]> ids, List<int[]> gold, int[] domainOf, int domains, int F) {
        int L = tags.size();
        // weights[0] general; weights[1 + d] domain d's copy (only when there are several domains)
        int copies = domains == 1 ? 1 : domains + 1;
        SequenceUpdates.State st = new SequenceUpdates.State(tags, copies, F, learner);
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
                    case PERCEPTRON -> SequenceUpdates.perceptron(st, x, y, PerceptronModel.viterbi(tags, emit, n, tf), active);
                    case PA -> SequenceUpdates.passiveAggressive(st, x, y, emit, tf, active, c, costAugmented);
                    case CRF -> SequenceUpdates.crf(st, x, y, emit, tf, active, order.length, c, rate);
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
