package org.marsad.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Corpus frequencies of words in their light-folded form ({@link CliticSegmenter#lightFold}), the
 * unsupervised evidence the clitic segmenter weighs. Built by {@code marsad train segmentation}
 * from ANT train and SaudiNewsNet and shipped as {@code wordfreq.tsv.gz} (word TAB count, one a
 * line), with its data hashes and settings in {@code wordfreq.meta.json}.
 *
 * <p>Held in an open-addressing table of strings and ints (no boxing), and parsed straight from the
 * decompressed bytes, since the CLI loads it at every start. Immutable and thread-safe.
 */
public final class WordFrequencies {
    public static final String RESOURCE = "/org/marsad/text/wordfreq.tsv.gz";
    private static volatile WordFrequencies shipped;

    private final String[] keys;
    private final int[] counts;
    private final int mask;
    private final int shift;
    private final int size;

    public WordFrequencies(Map<String, Integer> counts) {
        this(counts.size());
        counts.forEach(this::put);
    }

    private WordFrequencies(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[cap];
        counts = new int[cap];
        mask = cap - 1;
        shift = 32 - Integer.numberOfTrailingZeros(cap);
        size = expected;
    }

    private void put(String word, int count) {
        for (int i = slot(word); ; i = (i + 1) & mask) {
            if (keys[i] == null || keys[i].equals(word)) {
                keys[i] = word;
                counts[i] = count;
                return;
            }
        }
    }

    private int slot(String word) {
        return word.hashCode() * 0x9E3779B9 >>> shift;
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
        byte[] data;
        try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
            data = gz.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        int lines = 0;
        for (byte b : data) if (b == '\n') lines++;
        WordFrequencies w = new WordFrequencies(lines);
        int at = 0;
        while (at < data.length) {
            int tab = at;
            while (tab < data.length && data[tab] != '\t' && data[tab] != '\n') tab++;
            int end = tab;
            int count = 0;
            if (tab < data.length && data[tab] == '\t') {
                end = tab + 1;
                while (end < data.length && data[end] >= '0' && data[end] <= '9') count = count * 10 + (data[end++] - '0');
            }
            if (tab > at && count > 0) w.put(new String(data, at, tab - at, StandardCharsets.UTF_8), count);
            while (end < data.length && data[end] != '\n') end++;
            at = end + 1;
        }
        return w;
    }

    /** The count of a light-folded word; 0 when unseen. */
    public int count(String word) {
        for (int i = slot(word); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) return 0;
            if (k.equals(word)) return counts[i];
        }
    }

    /**
     * The share of a light-folded word's uses written with the article ال (a common noun's is high,
     * a given name's low), or -1 when neither form was seen.
     */
    public float articleShare(String word) {
        int bare = count(word);
        int withArticle = count("ال" + word);
        return bare + withArticle == 0 ? -1 : (float) withArticle / (bare + withArticle);
    }

    /** The number of words listed. */
    public int size() {
        return size;
    }
}
