package org.marsad.text;

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
 * Corpus frequencies of words in their light-folded form ({@link CliticSegmenter#lightFold}), the
 * unsupervised evidence the clitic segmenter weighs. Built by {@code marsad train segmentation}
 * from the ANT training corpus and shipped as {@code wordfreq.tsv.gz} (word TAB count). Immutable
 * and thread-safe.
 */
public final class WordFrequencies {
    public static final String RESOURCE = "/org/marsad/text/wordfreq.tsv.gz";
    private static volatile WordFrequencies shipped;

    private final Map<String, Integer> counts;

    public WordFrequencies(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** The frequencies shipped with Marsad (empty if the resource is missing, e.g. before training). */
    public static WordFrequencies shipped() {
        WordFrequencies w = shipped;
        if (w == null) {
            synchronized (WordFrequencies.class) {
                w = shipped;
                if (w == null) {
                    shipped = w = load();
                }
            }
        }
        return w;
    }

    private static WordFrequencies load() {
        InputStream in = WordFrequencies.class.getResourceAsStream(RESOURCE);
        if (in == null) return new WordFrequencies(Map.of());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            Map<String, Integer> m = new HashMap<>(1 << 19);
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) continue;
                m.put(line.substring(0, tab), Integer.parseInt(line, tab + 1, line.length(), 10));
            }
            return new WordFrequencies(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The count of a light-folded word; 0 when unseen. */
    public int count(String word) {
        Integer c = counts.get(word);
        return c == null ? 0 : c;
    }

    public int size() {
        return counts.size();
    }
}
