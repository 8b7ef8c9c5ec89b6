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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.article.Token;

/**
 * In how many corpus articles each content word (by stem key) and each phrase of adjacent content
 * words occurs: the reference against which keywords are scored (idf). Built by
 * {@code marsad train topics} from ANT train; words seen in fewer than {@code minDf} articles and
 * phrases in fewer than {@code minPhraseDf} are left out (they count as 0). Immutable after
 * building; thread-safe.
 */
public final class DocumentFrequencies {
    static final String RESOURCE = "keyword-df.tsv.gz";

    private final int docs;
    private final Map<String, Integer> df;

    public DocumentFrequencies(int docs, Map<String, Integer> df) {
        this(docs, Map.copyOf(df), true);
    }

    /** Takes the map as it is: only for one nobody else holds. */
    private DocumentFrequencies(int docs, Map<String, Integer> df, boolean owned) {
        this.docs = docs;
        this.df = df;
    }

    public static DocumentFrequencies shipped() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final DocumentFrequencies INSTANCE = loadResource();
    }

    private static DocumentFrequencies loadResource() {
        try (InputStream in = DocumentFrequencies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("keyword statistics " + RESOURCE + " are missing; run 'marsad train topics'");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read keyword statistics " + RESOURCE, e);
        }
    }

    /** The number of articles counted. */
    public int docs() {
        return docs;
    }

    /** Articles containing {@code key} (a stem key, or stem keys joined by spaces). */
    public int df(String key) {
        Integer n = df.get(key);
        return n == null ? 0 : n;
    }

    /** Smoothed inverse document frequency, always positive. */
    public double idf(String key) {
        return idfOf(df(key));
    }

    /** {@link #idf(String)} of a key whose document frequency {@code df} is already known. */
    public double idfOf(int df) {
        return Math.log((docs + 1.0) / (df + 1.0)) + 1.0;
    }

    public static DocumentFrequencies read(InputStream raw) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        String head = r.readLine();
        if (head == null || !head.startsWith("#docs\t")) throw new IOException("keyword statistics: expected a #docs line");
        int docs = Integer.parseInt(head.substring(6).strip());
        Map<String, Integer> df = new HashMap<>(1 << 18);
        String line;
        while ((line = r.readLine()) != null) {
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) throw new IOException("keyword statistics: bad line '" + line + "'");
            df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
        return new DocumentFrequencies(docs, Collections.unmodifiableMap(df), true);
    }

    /** Counts document frequencies article by article. Not thread-safe. */
    public static final class Builder {
        private final Map<String, int[]> counts = new HashMap<>(1 << 21);
        private int docs;

        public void add(String body, List<Token> tokens, String[] keys) {
            Set<String> seen = new HashSet<>();
            Phrases.forEach(body, tokens, keys, (from, length, key) -> seen.add(key));
            for (String k : seen) counts.computeIfAbsent(k, x -> new int[1])[0]++;
            docs++;
        }

        /** Writes entries at or above the thresholds, sorted by count then key; returns how many. */
        public int write(Path out, int minDf, int minPhraseDf) throws IOException {
            List<Map.Entry<String, int[]>> kept = new ArrayList<>();
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int min = e.getKey().indexOf(' ') >= 0 ? minPhraseDf : minDf;
                if (e.getValue()[0] >= min) kept.add(e);
            }
            kept.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? b.getValue()[0] - a.getValue()[0] : a.getKey().compareTo(b.getKey()));
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
                w.write("#docs\t" + docs + "\n");
                for (Map.Entry<String, int[]> e : kept) w.write(e.getKey() + "\t" + e.getValue()[0] + "\n");
            }
            return kept.size();
        }

        public DocumentFrequencies build(int minDf, int minPhraseDf) {
            Map<String, Integer> m = new HashMap<>();
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int min = e.getKey().indexOf(' ') >= 0 ? minPhraseDf : minDf;
                if (e.getValue()[0] >= min) m.put(e.getKey(), e.getValue()[0]);
            }
            return new DocumentFrequencies(docs, m);
        }
    }
}
