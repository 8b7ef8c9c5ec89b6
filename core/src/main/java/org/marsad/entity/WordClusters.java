package org.marsad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word clusters learned without labels from news text ({@link ClusterBuilder}): for a folded stem,
 * its cluster number at each granularity, coarse to fine. Words of similar distribution (place
 * names, given names, organisation heads) share clusters, which lets the recogniser generalise to
 * names it never saw labelled. Shipped as {@code clusters.tsv.gz} ({@code word TAB c1 TAB c2 ...}).
 * Immutable and thread-safe.
 */
public final class WordClusters {
    public static final String RESOURCE = "/org/marsad/entity/clusters.tsv.gz";
    private final Map<String, int[]> clusters;

    public WordClusters(Map<String, int[]> clusters) {
        this.clusters = Map.copyOf(clusters);
    }

    public static WordClusters none() {
        return new WordClusters(Map.of());
    }

    /** The shipped clusters, or none when the resource is absent (before the first training). */
    public static WordClusters shipped() {
        InputStream in = WordClusters.class.getResourceAsStream(RESOURCE);
        if (in == null) return none();
        try (InputStream s = in) {
            return read(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static WordClusters read(InputStream gz) throws IOException {
        Map<String, int[]> m = new HashMap<>(1 << 17);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t");
                if (cols.length < 2) continue;
                int[] c = new int[cols.length - 1];
                for (int i = 1; i < cols.length; i++) c[i - 1] = Integer.parseInt(cols[i]);
                m.put(cols[0], c);
            }
        }
        return new WordClusters(m);
    }

    /** Cluster numbers of a folded word, coarse to fine, or null when unknown. */
    public int[] of(String fold) {
        return clusters.get(fold);
    }

    public int size() {
        return clusters.size();
    }
}
