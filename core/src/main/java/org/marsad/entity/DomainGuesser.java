package org.marsad.entity;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.text.ArabicNormalizer;

/**
 * Says which {@link NerDomain} a text's words look like: a multinomial naive-Bayes classifier over
 * folded words (add-one smoothing), whose counts come from each domain's NER training files
 * (written by {@code marsad train ner} as {@code ner-domains.tsv.gz}: word hash and one count per
 * domain, words seen at least twice). Reads only the words, never a file name or the tags.
 * Immutable and thread-safe.
 */
public final class DomainGuesser {
    static final String RESOURCE = "/org/marsad/entity/ner-domains.tsv.gz";
    private final Map<Long, int[]> counts;
    private final long[] totals;

    private DomainGuesser(Map<Long, int[]> counts, long[] totals) {
        this.counts = counts;
        this.totals = totals;
    }

    /** Counts the words of each domain's sentences; {@code byDomain} is in {@link NerDomain} order. */
    public static DomainGuesser count(List<List<NerSentence>> byDomain) {
        int D = NerDomain.values().length;
        Map<Long, int[]> all = new TreeMap<>();
        for (int d = 0; d < byDomain.size(); d++) {
            for (NerSentence s : byDomain.get(d)) {
                for (String w : s.words()) all.computeIfAbsent(FeatureHash.of(ArabicNormalizer.normalize(w)), k -> new int[D])[d]++;
            }
        }
        Map<Long, int[]> kept = new TreeMap<>();
        long[] totals = new long[D];
        all.forEach((k, v) -> {
            int sum = 0;
            for (int c : v) sum += c;
            if (sum < 2) return;
            kept.put(k, v);
            for (int d = 0; d < D; d++) totals[d] += v[d];
        });
        return new DomainGuesser(kept, totals);
    }

    /** The shipped counts; without them (before the first training) every text is news. */
    public static DomainGuesser shipped() {
        InputStream in = DomainGuesser.class.getResourceAsStream(RESOURCE);
        if (in == null) return new DomainGuesser(Map.of(), new long[NerDomain.values().length]);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            Map<Long, int[]> m = new java.util.HashMap<>();
            long[] totals = new long[NerDomain.values().length];
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t");
                if (c.length != 1 + totals.length) throw new IOException("bad line '" + line + "'");
                int[] v = new int[totals.length];
                for (int d = 0; d < v.length; d++) {
                    v[d] = Integer.parseInt(c[1 + d]);
                    totals[d] += v[d];
                }
                m.put(Long.parseUnsignedLong(c[0], 16), v);
            }
            return new DomainGuesser(m, totals);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public void write(Path out) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
                StandardCharsets.UTF_8))) {
            for (var e : new TreeMap<>(counts).entrySet()) {
                StringBuilder b = new StringBuilder(Long.toHexString(e.getKey()));
                for (int c : e.getValue()) b.append('\t').append(c);
                w.write(b.append('\n').toString());
            }
        }
    }

    /** The domain whose word distribution makes {@code words} most likely; news on a tie or without counts. */
    public NerDomain guess(Iterable<String> words) {
        int D = totals.length;
        double[] score = new double[D];
        int V = counts.size();
        for (String w : words) {
            int[] c = counts.get(FeatureHash.of(ArabicNormalizer.normalize(w)));
            if (c == null) continue;
            for (int d = 0; d < D; d++) score[d] += Math.log((c[d] + 1.0) / (totals[d] + V));
        }
        int best = 0;
        for (int d = 1; d < D; d++) if (score[d] > score[best]) best = d;
        return NerDomain.values()[best];
    }
}
