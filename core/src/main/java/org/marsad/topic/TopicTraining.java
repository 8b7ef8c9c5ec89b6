package org.marsad.topic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.json.AnalysisJson;
import org.marsad.text.TextStage;
import org.marsad.text.WordFrequencyBuilder;

/**
 * {@code marsad train topics}: builds the stop-word list, trains the topic model on the train
 * files (tuned on dev), counts keyword document frequencies on the train files, and writes the
 * three resources plus {@code topic-model.meta.json} (data SHA-256s, settings, dev figures) to
 * one folder. The same data and settings give the same bytes.
 */
public final class TopicTraining {
    /** What one training run produced, for the command to print. */
    public record Report(int trainDocs, int devDocs, int features, int leaks, double c, double temperature,
                         Map<Double, Double> devAccuracyByC, double devAccuracy, double devSharedOnlyAccuracy,
                         boolean refitted, int fitArticles, Double doccatDevAccuracy, int dfEntries, List<String> leakExamples) {}

    private final TopicTrainer.Settings settings;
    private final boolean compare;
    private final List<String> excluded;

    /**
     * @param excluded training file names whose articles count for keyword statistics but not for
     *                 the classifier (see {@link #DEFAULT_EXCLUDED})
     */
    public TopicTraining(TopicTrainer.Settings settings, boolean compare, List<String> excluded) {
        this.settings = settings;
        this.compare = compare;
        this.excluded = List.copyOf(excluded);
    }

    /**
     * Al Arabiya has no Middle East section in ANT, so its "internationalNews" file holds the
     * region's news too and teaches the classifier that Syria or Yemen stories are international;
     * leaving it out raised dev accuracy (see docs/EVALUATION.md).
     */
    public static final List<String> DEFAULT_EXCLUDED = List.of("Alarabia-internationalNews.sgml.gz");

    public Report run(List<String> trainFiles, List<String> devFiles, Path stopWordFile, Path outDir) throws IOException {
        List<String> entries = new ArrayList<>(StopWords.NEWS_WORDS);
        if (stopWordFile != null) entries.addAll(Files.readAllLines(stopWordFile, StandardCharsets.UTF_8));
        StopWords stop = new StopWords(entries);
        TopicFeatures features = new TopicFeatures(new ContentWords(stop));
        LabelledCorpus corpus = new LabelledCorpus(new TextStage(), features);
        DocumentFrequencies.Builder dfBuilder = new DocumentFrequencies.Builder();
        List<LabelledCorpus.Doc> train = new ArrayList<>();
        corpus.read(trainFiles, d -> {
            dfBuilder.add(d.article().body(), d.tokens(), d.keys());
            String file = String.valueOf(d.article().source().file());
            if (excluded.stream().noneMatch(file::contains)) train.add(slim(d));
        });
        List<LabelledCorpus.Doc> dev = new ArrayList<>();
        corpus.read(devFiles, d -> dev.add(slim(d)));
        TopicTrainer.Result result = new TopicTrainer(settings).train(train, dev);
        Double doccat = compare ? DoccatComparison.devAccuracy(train, dev, new HashSet<>(result.featureOrder()), 100) : null;

        Files.createDirectories(outDir);
        List<String> header = List.of("# Arabic stop words, folded: the Alrefaie list (github.com/mohataher/arabic-stop-words,",
                "# MIT, (c) 2016 Mohamed Taher Alrefaie) plus Marsad's news words. Written by 'marsad train topics'.");
        List<String> lines = new ArrayList<>(header);
        lines.addAll(stop.sorted());
        Files.write(outDir.resolve(StopWords.RESOURCE), lines, StandardCharsets.UTF_8);
        result.model().write(outDir.resolve(TopicModel.RESOURCE), result.featureOrder());
        int dfEntries = dfBuilder.write(outDir.resolve(DocumentFrequencies.RESOURCE), 2, KeywordExtractor.MIN_PHRASE_DF);

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("model", "topic classifier (liblinear L2R_LR one-vs-rest, softmax temperature"
                + (settings.outlets() ? ", shared + per-outlet weights" : "") + ") + keyword document frequencies");
        meta.put("command", "marsad train topics");
        meta.put("settings", settings);
        meta.put("excludedFromClassifier", excluded);
        meta.put("trainArticles", train.size());
        meta.put("devArticles", dev.size());
        meta.put("features", result.featureOrder().size());
        meta.put("outletLeaksDropped", result.leaks().size());
        meta.put("chosenC", result.c());
        meta.put("temperature", result.model().temperature());
        meta.put("devAccuracyByC", result.devAccuracyByC());
        meta.put("devAccuracy", result.devModelAccuracy());
        meta.put("devAccuracyOutletWithheld", result.devSharedOnlyAccuracy());
        meta.put("outletsWithOwnWeights", result.model().outlets());
        meta.put("refittedOnTrainPlusDev", result.refitted());
        meta.put("devFiguresAreOf", result.refitted()
                ? "the train-only model at the chosen C; the shipped model was then refitted on train + dev with that C and temperature"
                : "the shipped model (trained on train only)");
        meta.put("fitArticles", result.fitArticles());
        if (doccat != null) meta.put("opennlpDoccatDevAccuracy", doccat);
        meta.put("keywordDfEntries", dfEntries);
        meta.put("featureSampleSha256", featureSample(trainFiles, stop));
        meta.put("stopWords", stop.size());
        meta.put("train", hashes(trainFiles));
        meta.put("dev", hashes(devFiles));
        if (stopWordFile != null) meta.put("stopWordList", Map.of(stopWordFile.getFileName().toString(), WordFrequencyBuilder.sha256(stopWordFile)));
        AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(outDir.resolve("topic-model.meta.json").toFile(), meta);
        return new Report(train.size(), dev.size(), result.featureOrder().size(), result.leaks().size(), result.c(),
                result.model().temperature(), result.devAccuracyByC(), result.devModelAccuracy(), result.devSharedOnlyAccuracy(),
                result.refitted(), result.fitArticles(), doccat, dfEntries,
                result.leaks().stream().limit(40).toList());
    }

    /** How many articles of the first training file {@link #featureSample} reads. */
    static final int SAMPLE_ARTICLES = 200;

    /**
     * A SHA-256 of the topic features the text layer gives the first {@link #SAMPLE_ARTICLES} articles of
     * the first of {@code trainFiles}, in their order. It changes when an edit to the cleaner, tokenizer
     * or segmenter changes what the model was trained on, which {@code ./marsad train topics} must then
     * follow: {@code TopicModelReproducibleTest} compares it with the shipped model's.
     */
    public static String featureSample(List<String> trainFiles, StopWords stop) throws IOException {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        LabelledCorpus corpus = new LabelledCorpus(new TextStage(), new TopicFeatures(new ContentWords(stop)));
        corpus.read(trainFiles.subList(0, Math.min(1, trainFiles.size())), SAMPLE_ARTICLES, d -> {
            for (Map.Entry<String, Integer> f : new java.util.TreeMap<>(d.features()).entrySet()) {
                sha.update((f.getKey() + "=" + f.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
        });
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /** Keeps what training needs, so 26,000 articles' tokens are not all held at once. */
    private static LabelledCorpus.Doc slim(LabelledCorpus.Doc d) {
        return new LabelledCorpus.Doc(null, d.label(), d.outlet(), List.of(), new String[0], d.features());
    }

    private static Map<String, String> hashes(List<String> files) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : files) out.put(Path.of(f).getFileName().toString(), WordFrequencyBuilder.sha256(Path.of(f)));
        return out;
    }
}
