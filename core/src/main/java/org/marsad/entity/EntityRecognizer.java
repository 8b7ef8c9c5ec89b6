package org.marsad.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.text.CliticSegmenter;

/**
 * The trained named-entity recogniser: labels each word of a sentence with a BIO tag of type
 * PER, LOC, ORG or MISC. Features come from {@link NerFeatures} (words, clitic-stripped stems,
 * affixes, word clusters, knowledge-base gazetteer, ±2 context); the model is an averaged
 * structured perceptron ({@link PerceptronModel}). Thread-safe after construction.
 */
public final class EntityRecognizer {
    public static final String RESOURCE = "/org/marsad/entity/ner-model.bin.gz";
    private final NerFeatures features;
    private final WordScores first;
    private final WordScores second;
    private final int window;

    EntityRecognizer(NerFeatures features, PerceptronModel first, PerceptronModel second, int window) {
        if (first.tags() != second.tags()) {
            throw new IllegalArgumentException("the two passes use different labels: " + first.tags().name() + " and "
                    + second.tags().name());
        }
        this.features = features;
        this.first = new WordScores(first);
        this.second = new WordScores(second);
        this.window = window;
    }

    /** The shipped news model, loaded once. */
    public static EntityRecognizer shipped() {
        return Holder.NEWS;
    }

    /** The shipped model of a domain, loaded once. */
    public static EntityRecognizer shipped(NerDomain domain) {
        return domain == NerDomain.NEWS ? Holder.NEWS : WikipediaHolder.WIKIPEDIA;
    }

    private static final class Holder {
        static final EntityRecognizer NEWS = loadShipped(NerDomain.NEWS.resource());
    }

    private static final class WikipediaHolder {
        static final EntityRecognizer WIKIPEDIA = loadShipped(NerDomain.WIKIPEDIA.resource());
    }

    private static EntityRecognizer loadShipped(String resource) {
        InputStream in = EntityRecognizer.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("NER model " + resource + " is missing; run 'marsad train ner'");
        try (InputStream s = in) {
            return load(s, defaultFeatures());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + resource, e);
        }
    }

    /** The features the shipped model uses: shipped segmenter, clusters and knowledge base. */
    static NerFeatures defaultFeatures() {
        return defaultFeatures(StemProfile.shipped(), NameLists.shipped());
    }

    /** The shipped segmenter, clusters and knowledge base with the given stem profile and name lists. */
    static NerFeatures defaultFeatures(StemProfile profile, NameLists names) {
        return new NerFeatures(new WordView.Factory(CliticSegmenter.shipped(), WordClusters.shipped(),
                KnowledgeBase.shipped().gazetteer(), profile, names));
    }

    static EntityRecognizer load(InputStream gz, NerFeatures features) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(gz, 1 << 16), 1 << 16))) {
            int window = in.readInt();
            PerceptronModel first = PerceptronModel.read(in);
            PerceptronModel second = PerceptronModel.read(in);
            try {
                return new EntityRecognizer(features, first, second, window);
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    /** Loads a model file written by {@link #save}, with the shipped features. */
    public static EntityRecognizer load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, defaultFeatures());
        } catch (IOException e) {
            throw new IOException("cannot read NER model " + file + ": " + e.getMessage(), e);
        }
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16))) {
            out.writeInt(window);
            first.model().write(out);
            second.model().write(out);
        }
    }

    /** The labels this model predicts (BIO or BILOU); {@link #tagDocument} gives BIO tags either way. */
    TagSet tags() {
        return second.model().tags();
    }

    /** The label scheme's name: {@code bio} or {@code bilou}. */
    public String tagScheme() {
        return second.model().tags().name();
    }

    public int features() {
        return first.model().features() + second.model().features();
    }

    /** BIO tags (B-PER, I-LOC, O, ...) for the words of one sentence taken alone. */
    public List<String> tag(List<String> words) {
        return tagDocument(List.of(words)).get(0);
    }

    /**
     * BIO tags for each sentence of a document; how nearby sentences label the same stem
     * informs each decision (see {@link DocumentHistory}).
     */
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        int[][] labels = labels(sentences);
        List<List<String>> out = new ArrayList<>(labels.length);
        for (int[] l : labels) {
            List<String> tags = new ArrayList<>(l.length);
            for (int y : l) tags.add(tags().bio(y));
            out.add(tags);
        }
        return out;
    }

    /** Label indices into {@link #tags}' labels, per sentence. */
    int[][] labels(List<List<String>> sentences) {
        int n = sentences.size();
        WordView[][] views = new WordView[n][];
        long[][][] pairs = new long[n][][];
        long[][] stems = new long[n][];
        int[][] pass = new int[n][];
        for (int s = 0; s < n; s++) {
            views[s] = features.views(sentences.get(s));
            pairs[s] = NerFeatures.pairs(views[s]);
            stems[s] = DocumentHistory.stems(views[s]);
            pass[s] = first.decode(views[s], pairs[s], null);
        }
        long[][][] history = DocumentHistory.features(stems, pass, tags(), window);
        int[][] out = new int[n][];
        for (int s = 0; s < n; s++) out[s] = second.decode(views[s], pairs[s], history[s]);
        return out;
    }
}
