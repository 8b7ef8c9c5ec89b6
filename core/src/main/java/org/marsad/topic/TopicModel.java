package org.marsad.topic;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.article.Topic;

/**
 * A linear topic classifier: per feature an idf and one weight per label, learnt by logistic
 * regression ({@link TopicTrainer}). A document's vector is sublinear tf × idf, L2-normalised;
 * label probabilities are a softmax of the decision values divided by a temperature fitted on
 * held-out data, so {@link Topic#score()} is a calibrated probability. Immutable, thread-safe.
 *
 * <p><b>Outlets.</b> A model may also hold per-outlet weights, learnt because each outlet files
 * stories by its own convention (one site's "international" section holds the region's news that
 * another files under "Middle East"): rows named {@code @outlet|feature} add to the shared
 * feature's weights when the article comes from that outlet, and {@code @outlet|bias} shifts the
 * outlet's label prior. Their idf column holds the scale of the outlet copy. An article from an
 * outlet the model does not know, or with no outlet, is scored by the shared weights alone, exactly
 * as in training (the copies never enter the vector's norm).
 *
 * <p>File format (gzip TSV, written by {@link #write}): a {@code #labels} line, a {@code #bias}
 * line, a {@code #temperature} line, then {@code feature idf w_1 ... w_L} per feature.
 */
public final class TopicModel {
    static final String RESOURCE = "topic-model.tsv.gz";
    /** Marks a per-outlet row: {@code @outlet|feature}. */
    static final char OUTLET_MARK = '@';
    static final String OUTLET_BIAS = "bias";

    private final List<String> labels;
    private final Map<String, Integer> index;
    private final float[] idf;
    private final float[] weights;
    private final float[] bias;
    private final double temperature;
    /** Open-addressing table from a feature's 64-bit hash to its row: fewer memory hops than a HashMap. */
    private final long[] hashes;
    private final int[] rows;
    /** Outlets with their own weights: their key's FNV state after "@outlet|", and their bias row. */
    private final Map<String, long[]> outlets;

    public TopicModel(List<String> labels, Map<String, Integer> index, float[] idf, float[] weights, float[] bias,
                      double temperature) {
        this(labels, Map.copyOf(index), idf.clone(), weights.clone(), bias.clone(), temperature, true);
    }

    /** Takes the arrays and map as they are: only for ones nobody else holds. */
    private TopicModel(List<String> labels, Map<String, Integer> index, float[] idf, float[] weights, float[] bias,
                       double temperature, boolean owned) {
        if (weights.length != idf.length * labels.size() || bias.length != labels.size() || index.size() != idf.length) {
            throw new IllegalArgumentException("topic model sizes disagree: " + index.size() + " features, "
                    + labels.size() + " labels, " + weights.length + " weights");
        }
        this.labels = List.copyOf(labels);
        this.index = index;
        this.idf = idf;
        this.weights = weights;
        this.bias = bias;
        this.temperature = temperature;
        int size = Integer.highestOneBit(Math.max(4, index.size() * 2)) * 2;
        this.hashes = new long[size];
        this.rows = new int[size];
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            long h = hash(e.getKey());
            int pos = (int) h & (size - 1);
            while (hashes[pos] != 0) {
                if (hashes[pos] == h) throw new IllegalArgumentException("topic model: two features share a hash: " + e.getKey());
                pos = (pos + 1) & (size - 1);
            }
            hashes[pos] = h;
            rows[pos] = e.getValue();
        }
        Map<String, long[]> known = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            String outlet = outletOfBias(e.getKey());
            if (outlet != null) known.put(outlet, new long[] {fnv(FNV_START, outletPrefix(outlet)), e.getValue()});
        }
        this.outlets = Map.copyOf(known);
    }

    /** The key an outlet's rows are stored under: its name, lower-cased, letters and digits only; null for none. */
    public static String outletKey(String sourceName) {
        if (sourceName == null) return null;
        StringBuilder b = new StringBuilder(sourceName.length());
        sourceName.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.length() == 0 ? null : b.toString();
    }

    /** The prefix of an outlet's feature rows: {@code @outlet|}. */
    static String outletPrefix(String outlet) {
        return OUTLET_MARK + outlet + "|";
    }

    /** The outlet whose bias row {@code feature} is ({@code @outlet|bias}), or null for any other row. */
    static String outletOfBias(String feature) {
        String suffix = "|" + OUTLET_BIAS;
        return feature.charAt(0) == OUTLET_MARK && feature.endsWith(suffix)
                ? feature.substring(1, feature.length() - suffix.length()) : null;
    }

    /** The outlets that have their own weights, sorted. */
    public List<String> outlets() {
        return outlets.keySet().stream().sorted().toList();
    }

    /** The model shipped with Marsad. */
    public static TopicModel shipped() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final TopicModel INSTANCE = loadResource();
    }

    private static TopicModel loadResource() {
        try (InputStream in = TopicModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("topic model " + RESOURCE + " is missing; run 'marsad train topics'");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic model " + RESOURCE, e);
        }
    }

    public List<String> labels() {
        return labels;
    }

    public int features() {
        return idf.length;
    }

    public double temperature() {
        return temperature;
    }

    /** This model with another softmax temperature. */
    public TopicModel withTemperature(double t) {
        return new TopicModel(labels, index, idf, weights, bias, t, true);
    }

    /** True when at least one of the document's features is in the model. */
    public boolean knows(Map<String, Integer> counts) {
        for (String f : counts.keySet()) if (row(f) >= 0) return true;
        return false;
    }

    private static final long FNV_START = 0xcbf29ce484222325L;

    /** FNV-1a over the UTF-16 code units, finished with a mixer; never 0 (0 marks an empty slot). */
    static long hash(String s) {
        return mix(fnv(FNV_START, s));
    }

    /** FNV-1a state {@code h} continued over {@code s}: hash(a + b) == mix(fnv(fnv(START, a), b)). */
    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
        return h;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** The feature's row, or -1 when the model does not have it. */
    private int row(String feature) {
        return rowOf(hash(feature));
    }

    private int rowOf(long h) {
        int mask = hashes.length - 1;
        for (int pos = (int) h & mask; hashes[pos] != 0; pos = (pos + 1) & mask) {
            if (hashes[pos] == h) return rows[pos];
        }
        return -1;
    }

    /** Raw decision values (one per label) of a document given its feature counts, shared weights only. */
    public double[] decisions(Map<String, Integer> counts) {
        return decisions(counts, null);
    }

    /**
     * Raw decision values of a document from {@code outlet} (an {@link #outletKey}; null or
     * unknown: shared weights only).
     */
    public double[] decisions(Map<String, Integer> counts, String outlet) {
        int n = labels.size();
        double[] dec = new double[n];
        long[] own = outlet == null ? null : outlets.get(outlet);
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int i = row(e.getKey());
            if (i < 0) continue;
            double v = (1 + Math.log(e.getValue())) * idf[i];
            norm += v * v;
            int base = i * n;
            for (int c = 0; c < n; c++) dec[c] += v * weights[base + c];
            if (own == null) continue;
            int j = rowOf(mix(fnv(own[0], e.getKey())));
            if (j < 0) continue;
            double u = v * idf[j];
            base = j * n;
            for (int c = 0; c < n; c++) dec[c] += u * weights[base + c];
        }
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (int c = 0; c < n; c++) dec[c] = dec[c] * scale + bias[c];
        if (own != null) {
            int b = (int) own[1];
            for (int c = 0; c < n; c++) dec[c] += idf[b] * weights[b * n + c];
        }
        return dec;
    }

    /** Label probabilities: softmax of decision values over the temperature. */
    public double[] probabilities(double[] dec) {
        return softmax(dec, temperature);
    }

    static double[] softmax(double[] dec, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double d : dec) max = Math.max(max, d / temperature);
        double[] p = new double[dec.length];
        double sum = 0;
        for (int c = 0; c < dec.length; c++) {
            p[c] = Math.exp(dec[c] / temperature - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) p[c] /= sum;
        return p;
    }

    /** The topic of a document given its feature counts, shared weights only. */
    public Topic classify(Map<String, Integer> counts) {
        return classify(counts, null);
    }

    /** The topic of a document from {@code outlet} (an {@link #outletKey}; null or unknown: shared weights only). */
    public Topic classify(Map<String, Integer> counts, String outlet) {
        double[] p = probabilities(decisions(counts, outlet));
        int best = 0;
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int c = 0; c < p.length; c++) {
            if (p[c] > p[best]) best = c;
            scores.put(labels.get(c), Math.round(p[c] * 1e4) / 1e4);
        }
        return new Topic(labels.get(best), Math.round(p[best] * 1e4) / 1e4, scores);
    }

    /** Writes the model; the bytes depend only on its content (features in the given order). */
    public void write(Path out, List<String> featureOrder) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        int n = labels.size();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            w.write("#labels\t" + String.join("\t", labels) + "\n");
            StringBuilder b = new StringBuilder("#bias");
            for (float x : bias) b.append('\t').append(fmt(x));
            w.write(b + "\n");
            w.write("#temperature\t" + String.format(Locale.ROOT, "%.4f", temperature) + "\n");
            for (String f : featureOrder) {
                int i = index.get(f);
                b.setLength(0);
                b.append(f).append('\t').append(fmt(idf[i]));
                for (int c = 0; c < n; c++) b.append('\t').append(fmt(weights[i * n + c]));
                w.write(b.append('\n').toString());
            }
        }
    }

    private static String fmt(float x) {
        return String.format(Locale.ROOT, "%.4g", x);
    }

    /** Reads a model written by {@link #write}; a malformed file fails naming the line. */
    public static TopicModel read(InputStream raw) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        String[] head = header(r.readLine(), "#labels");
        List<String> labels = List.of(head).subList(1, head.length);
        int n = labels.size();
        float[] bias = floats(header(r.readLine(), "#bias"), 1, n, 2);
        double temperature = Double.parseDouble(header(r.readLine(), "#temperature")[1]);
        Map<String, Integer> index = new HashMap<>(1 << 18);
        FloatList idf = new FloatList();
        FloatList weights = new FloatList();
        String line;
        int lineNo = 3;
        while ((line = r.readLine()) != null) {
            lineNo++;
            String[] parts = line.split("\t");
            if (parts.length != n + 2) throw new IOException("topic model line " + lineNo + ": expected " + (n + 2) + " fields");
            index.put(parts[0], index.size());
            idf.add(Float.parseFloat(parts[1]));
            for (int c = 0; c < n; c++) weights.add(Float.parseFloat(parts[c + 2]));
        }
        return new TopicModel(labels, index, idf.toArray(), weights.toArray(), bias, temperature);
    }

    private static float parse(String line, int from, int to, int lineNo) throws IOException {
        try {
            return Float.parseFloat(line.substring(from, to));
        } catch (NumberFormatException e) {
            throw new IOException("topic model line " + lineNo + ": not a number '" + line.substring(from, to) + "'");
        }
    }

    private static String[] header(String line, String name) throws IOException {
        if (line == null || !line.startsWith(name + "\t")) throw new IOException("topic model: expected a " + name + " line");
        return line.split("\t");
    }

    private static float[] floats(String[] parts, int from, int count, int lineNo) throws IOException {
        if (parts.length != from + count) throw new IOException("topic model line " + lineNo + ": expected " + count + " values");
        float[] out = new float[count];
        for (int i = 0; i < count; i++) out[i] = Float.parseFloat(parts[from + i]);
        return out;
    }

    /** A growable float array (the model has a few hundred thousand weights). */
    private static final class FloatList {
        private float[] a = new float[1 << 16];
        private int size;

        void add(float x) {
            if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
            a[size++] = x;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(a, size);
        }
    }
}
