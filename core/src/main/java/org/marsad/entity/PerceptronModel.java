package org.marsad.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The weights of the averaged structured perceptron: one weight per (feature, label) and per
 * (previous label, label) transition, and first-order Viterbi decoding over its {@link TagSet} with
 * ill-formed sequences forbidden. Immutable after construction; {@link #decode} is thread-safe.
 */
final class PerceptronModel {
    static final int MAGIC = 0x4D4E4552; // "MNER"
    private final TagSet tags;
    private final LongIntMap index;
    private final float[] weights;    // feature * SIZE + label
    private final float[] transitions; // (prev + 1) * SIZE + label; prev -1 is the start

    PerceptronModel(TagSet tags, LongIntMap index, float[] weights, float[] transitions) {
        this.tags = tags;
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
    }

    int features() {
        return index.size();
    }

    TagSet tags() {
        return tags;
    }

    /** The best well-formed label sequence for a sentence's feature hashes. */
    int[] decode(long[][] feats) {
        return decode(scores(feats), feats.length);
    }

    /** Each position's label scores ({@code feats.length} × labels) for a sentence's feature hashes. */
    float[] scores(long[][] feats) {
        int L = tags.size();
        float[] emit = new float[feats.length * L];
        for (int i = 0; i < feats.length; i++) addScores(feats[i], feats[i].length, emit, i * L);
        return emit;
    }

    /** Adds the label scores of the first {@code count} features to {@code scores} from {@code base}. */
    void addScores(long[] feats, int count, float[] scores, int base) {
        int L = tags.size();
        for (int j = 0; j < count; j++) {
            int k = index.get(feats[j]);
            if (k < 0) continue;
            int w = k * L;
            for (int y = 0; y < L; y++) scores[base + y] += weights[w + y];
        }
    }

    /** The best well-formed label sequence for {@code n} positions' label scores ({@code n} × labels). */
    int[] decode(float[] scores, int n) {
        return n == 0 ? new int[0] : viterbi(tags, scores, n, transitions);
    }

    static int[] viterbi(TagSet tags, float[] emit, int n, float[] transitions) {
        int L = tags.size();
        float[] score = new float[n * L];
        int[] back = new int[n * L];
        for (int y = 0; y < L; y++) {
            score[y] = tags.allowed(-1, y) ? emit[y] + transitions[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : tags.predecessors(y)) {
                    float s = score[(i - 1) * L + p] + transitions[(p + 1) * L + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * L + y] = best + emit[i * L + y];
                back[i * L + y] = arg;
            }
        }
        int[] out = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < L; y++) {
            if (tags.canEnd(y) && score[(n - 1) * L + y] > best) {
                best = score[(n - 1) * L + y];
                out[n - 1] = y;
            }
        }
        for (int i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
        return out;
    }

    /**
     * This model without the given share of its live features (those with a non-zero weight), the
     * ones whose largest absolute weight is smallest; ties at the cut are kept. Smaller and
     * faster to decode; {@code share} 0 keeps every live feature.
     */
    PerceptronModel pruned(double share) {
        int L = tags.size();
        long[] keys = index.keysByIndex();
        float[] big = new float[keys.length];
        int live = 0;
        for (int k = 0; k < keys.length; k++) {
            big[k] = biggest(k);
            if (big[k] > 0) live++;
        }
        float floor = Float.MIN_VALUE; // every live feature
        if (share > 0 && live > 0) {
            float[] sorted = new float[live];
            int n = 0;
            for (float b : big) if (b > 0) sorted[n++] = b;
            java.util.Arrays.sort(sorted);
            floor = sorted[(int) Math.min(live - 1, (long) Math.floor(share * live))];
        }
        LongIntMap kept = new LongIntMap(Math.max(16, live));
        float[] w = new float[live * L];
        for (int k = 0; k < keys.length; k++) {
            if (big[k] < floor) continue;
            int j = kept.getOrAdd(keys[k]);
            System.arraycopy(weights, k * L, w, j * L, L);
        }
        return new PerceptronModel(tags, kept, java.util.Arrays.copyOf(w, kept.size() * L), transitions);
    }

    private float biggest(int k) {
        float b = 0;
        for (int y = 0; y < tags.size(); y++) b = Math.max(b, Math.abs(weights[k * tags.size() + y]));
        return b;
    }

    /**
     * Writes the labels, then the non-zero weights sparsely: per feature its hash, a label mask (a
     * short for up to 16 labels, as BIO has; an int for BILOU's 17) and the weights.
     */
    void write(DataOutputStream out) throws IOException {
        int L = tags.size();
        out.writeInt(MAGIC);
        out.writeInt(L);
        for (String l : tags.labels()) out.writeUTF(l);
        for (float t : transitions) out.writeFloat(t);
        long[] keys = index.keysByIndex();
        int live = 0;
        for (int k = 0; k < keys.length; k++) if (mask(k) != 0) live++;
        out.writeInt(live);
        for (int k = 0; k < keys.length; k++) {
            int m = mask(k);
            if (m == 0) continue;
            out.writeLong(keys[k]);
            if (L > 16) out.writeInt(m);
            else out.writeShort(m);
            for (int y = 0; y < L; y++) if ((m & (1 << y)) != 0) out.writeFloat(weights[k * L + y]);
        }
    }

    private int mask(int k) {
        int m = 0;
        for (int y = 0; y < tags.size(); y++) if (weights[k * tags.size() + y] != 0f) m |= 1 << y;
        return m;
    }

    static PerceptronModel read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) throw new IOException("not a Marsad NER model (bad magic number)");
        int L = in.readInt();
        if (L < 1 || L > 32) throw new IOException("model has " + L + " labels");
        java.util.List<String> labels = new java.util.ArrayList<>(L);
        for (int y = 0; y < L; y++) labels.add(in.readUTF());
        TagSet tags;
        try {
            tags = TagSet.ofLabels(labels);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        float[] trans = new float[(L + 1) * L];
        for (int i = 0; i < trans.length; i++) trans[i] = in.readFloat();
        int n = in.readInt();
        LongIntMap index = new LongIntMap(n);
        float[] w = new float[n * L];
        for (int k = 0; k < n; k++) {
            index.put(in.readLong(), k);
            int m = L > 16 ? in.readInt() : in.readShort() & 0xFFFF;
            for (int y = 0; y < L; y++) if ((m & (1 << y)) != 0) w[k * L + y] = in.readFloat();
        }
        return new PerceptronModel(tags, index, w, trans);
    }
}
