package org.marsad.entity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.marsad.article.Segment;
import org.marsad.article.Span;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.Tokenizer;

/**
 * Learns {@link WordClusters} from unlabelled text: each frequent stem is described by the stems
 * seen just before and after it (among the {@code contexts} most frequent, left and right kept
 * apart), weighted by positive PMI, projected to {@code dims} dimensions by a seeded random
 * projection, and grouped by spherical k-means at several granularities. Deterministic for a
 * given text order and seed. Not thread-safe.
 */
public final class ClusterBuilder {
    /** Settings: vocabulary floor, context vocabulary size, projection size, k per level, rounds, seed. */
    public record Settings(int minCount, int contexts, int dims, int[] ks, int iterations, long seed) {}

    private final Settings settings;
    private final CliticSegmenter segmenter;
    private final Map<String, Integer> ids = new HashMap<>(1 << 20);
    private final List<String> words = new ArrayList<>();
    private int[] counts = new int[1 << 20];
    private int[] sequence = new int[1 << 22];
    private int length;

    public ClusterBuilder(Settings settings, CliticSegmenter segmenter) {
        this.settings = settings;
        this.segmenter = segmenter;
    }

    /** Adds one text (an article body); sentence-level context is approximated by the whole text. */
    public void addText(String text) {
        add(-1);
        for (Span s : Tokenizer.tokenize(text)) {
            String stem = stem(text, s.start(), s.end());
            Integer id = ids.get(stem);
            if (id == null) {
                id = words.size();
                ids.put(stem, id);
                words.add(stem);
                if (id >= counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
            }
            counts[id]++;
            add(id);
        }
    }

    /** The folded stem the recogniser looks clusters up by (see {@link WordView}). */
    String stem(String text, int start, int end) {
        for (Segment seg : segmenter.segment(text, start, end)) {
            if (seg.kind() == Segment.Kind.STEM) {
                String f = ArabicNormalizer.normalize(seg.form());
                if (!f.isEmpty()) return f;
            }
        }
        return ArabicNormalizer.normalize(text, start, end);
    }

    private void add(int id) {
        if (length == sequence.length) sequence = Arrays.copyOf(sequence, sequence.length * 2);
        sequence[length++] = id;
    }

    public long tokens() {
        return length;
    }

    /** Clusters every stem seen at least minCount times; writes {@code word TAB c1 TAB c2...} gzip. */
    public int write(Path out) throws IOException {
        Integer[] byFreq = new Integer[words.size()];
        for (int i = 0; i < byFreq.length; i++) byFreq[i] = i;
        Arrays.sort(byFreq, (a, b) -> counts[a] != counts[b] ? counts[b] - counts[a] : words.get(a).compareTo(words.get(b)));
        int[] ctx = new int[words.size()];
        Arrays.fill(ctx, -1);
        int C = Math.min(settings.contexts(), byFreq.length);
        for (int i = 0; i < C; i++) ctx[byFreq[i]] = i;
        int[] row = new int[words.size()];
        Arrays.fill(row, -1);
        int V = 0;
        while (V < byFreq.length && counts[byFreq[V]] >= settings.minCount()) {
            row[byFreq[V]] = V;
            V++;
        }
        float[][] m = contextMatrix(row, ctx, V, C);
        float[][] x = project(ppmi(m, C), settings.dims());
        List<int[]> levels = new ArrayList<>();
        for (int k : settings.ks()) levels.add(kmeans(x, Math.min(k, V), settings.iterations(), settings.seed() + k));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            for (int r = 0; r < V; r++) {
                StringBuilder b = new StringBuilder(words.get(byFreq[r]));
                for (int[] level : levels) b.append('\t').append(level[r]);
                w.write(b.append('\n').toString());
            }
        }
        return V;
    }

    private float[][] contextMatrix(int[] row, int[] ctx, int V, int C) {
        float[][] m = new float[V][2 * C];
        for (int i = 0; i < length; i++) {
            int w = sequence[i];
            if (w < 0 || row[w] < 0) continue;
            if (i > 0 && sequence[i - 1] >= 0 && ctx[sequence[i - 1]] >= 0) m[row[w]][ctx[sequence[i - 1]]]++;
            if (i + 1 < length && sequence[i + 1] >= 0 && ctx[sequence[i + 1]] >= 0) m[row[w]][C + ctx[sequence[i + 1]]]++;
        }
        return m;
    }

    private static float[][] ppmi(float[][] m, int C) {
        int cols = 2 * C;
        double[] colSum = new double[cols];
        double total = 0;
        double[] rowSum = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < cols; c++) {
                colSum[c] += m[r][c];
                rowSum[r] += m[r][c];
            }
            total += rowSum[r];
        }
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < cols; c++) {
                if (m[r][c] == 0) continue;
                double pmi = Math.log(m[r][c] * total / (rowSum[r] * Math.pow(colSum[c], 0.75) * Math.pow(total, 0.25)));
                m[r][c] = (float) Math.max(0, pmi);
            }
        }
        return m;
    }

    private float[][] project(float[][] m, int dims) {
        int cols = m.length == 0 ? 0 : m[0].length;
        Random rnd = new Random(settings.seed());
        float[][] p = new float[cols][dims];
        for (float[] r : p) for (int d = 0; d < dims; d++) r[d] = (float) rnd.nextGaussian();
        float[][] x = new float[m.length][dims];
        for (int r = 0; r < m.length; r++) {
            float[] out = x[r];
            float[] in = m[r];
            for (int c = 0; c < cols; c++) {
                float v = in[c];
                if (v == 0) continue;
                float[] pc = p[c];
                for (int d = 0; d < dims; d++) out[d] += v * pc[d];
            }
            normalize(out);
        }
        return x;
    }

    private static void normalize(float[] v) {
        double n = 0;
        for (float f : v) n += f * f;
        if (n == 0) return;
        float inv = (float) (1 / Math.sqrt(n));
        for (int i = 0; i < v.length; i++) v[i] *= inv;
    }

    /** Spherical k-means seeded with k distinct rows chosen by a seeded generator. */
    static int[] kmeans(float[][] x, int k, int iterations, long seed) {
        int n = x.length;
        int dims = x[0].length;
        float[][] centre = new float[k][];
        Random rnd = new Random(seed);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
            centre[i] = x[perm[i]].clone();
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                float best = Float.NEGATIVE_INFINITY;
                float[] xi = x[i];
                for (int c = 0; c < k; c++) {
                    float[] cc = centre[c];
                    float s = 0;
                    for (int d = 0; d < dims; d++) s += xi[d] * cc[d];
                    if (s > best) {
                        best = s;
                        assign[i] = c;
                    }
                }
            }
            for (float[] c : centre) Arrays.fill(c, 0);
            for (int i = 0; i < n; i++) {
                float[] c = centre[assign[i]];
                for (int d = 0; d < dims; d++) c[d] += x[i][d];
            }
            for (float[] c : centre) normalize(c);
        }
        return assign;
    }
}
