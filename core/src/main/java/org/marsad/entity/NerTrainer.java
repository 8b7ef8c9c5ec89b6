package org.marsad.entity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.marsad.json.AnalysisJson;
import org.marsad.text.WordFrequencyBuilder;

/**
 * Trains the recogniser from CoNLL files and writes the model with a {@code .meta.json} beside it
 * (data files' SHA-256, settings, feature count). Deterministic: same data and settings give the
 * same model. Not thread-safe.
 */
public final class NerTrainer {
    /** Training settings. */
    public record Settings(int epochs, long seed, int minFeatureCount, int folds, int window) {}

    private NerTrainer() {}

    public static EntityRecognizer trainFiles(List<Path> files, Settings settings, IntConsumer epochDone) throws IOException {
        List<NerSentence> data = new ArrayList<>();
        for (Path f : files) data.addAll(ConllNer.read(f));
        return train(data, settings, epochDone);
    }

    /** Trains on sentences in the given order; {@code modelDone} hears 0..folds as each model is trained. */
    public static EntityRecognizer train(List<NerSentence> data, Settings settings, IntConsumer epochDone) {
        NerFeatures features = EntityRecognizer.defaultFeatures();
        int n = data.size();
        List<long[][]> feats = new ArrayList<>(n);
        List<int[]> gold = new ArrayList<>(n);
        long[][] stems = new long[n][];
        for (int s = 0; s < n; s++) {
            NerSentence sentence = data.get(s);
            feats.add(features.extract(sentence.words()));
            stems[s] = DocumentHistory.stems(sentence.words(), features.views());
            int[] g = new int[sentence.size()];
            for (int i = 0; i < g.length; i++) g[i] = TagSet.index(sentence.tags().get(i));
            gold.add(g);
        }
        PerceptronTrainer trainer = new PerceptronTrainer(settings.epochs(), settings.seed(), settings.minFeatureCount());
        PerceptronModel first = trainer.train(feats, gold, e -> { });
        epochDone.accept(0);
        // first-pass labels for the training data come from models that did not see it (jackknife)
        int[][] pass = new int[n][];
        for (int k = 0; k < settings.folds(); k++) {
            int from = (int) ((long) n * k / settings.folds());
            int to = (int) ((long) n * (k + 1) / settings.folds());
            List<long[][]> rf = new ArrayList<>(feats.subList(0, from));
            rf.addAll(feats.subList(to, n));
            List<int[]> rg = new ArrayList<>(gold.subList(0, from));
            rg.addAll(gold.subList(to, n));
            PerceptronModel m = trainer.train(rf, rg, e -> { });
            for (int s = from; s < to; s++) pass[s] = m.decode(feats.get(s));
            epochDone.accept(k + 1);
        }
        long[][][] extended = DocumentHistory.extend(feats.toArray(new long[0][][]), stems, pass, settings.window());
        PerceptronModel second = trainer.train(java.util.Arrays.asList(extended), gold, e -> { });
        return new EntityRecognizer(features, first, second, settings.window());
    }

    private static String resourceSha256(String resource) throws IOException {
        try (java.io.InputStream in = NerTrainer.class.getResourceAsStream(resource)) {
            if (in == null) return "missing";
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(in.readAllBytes()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * Writes {@code meta} (JSON) describing how {@code model} was made: settings, the training files'
     * SHA-256, and the SHA-256 of the shipped resources its features read (clusters, knowledge
     * base, segmenter lexicon).
     */
    public static void writeMeta(Path meta, EntityRecognizer model, List<Path> files, Settings settings) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", "Marsad NER: two-pass averaged structured perceptron (second pass sees first-pass labels of the same stem nearby), BIO over PER/LOC/ORG/MISC");
        m.put("command", "marsad train ner");
        m.put("epochs", settings.epochs());
        m.put("seed", settings.seed());
        m.put("minFeatureCount", settings.minFeatureCount());
        m.put("jackknifeFolds", settings.folds());
        m.put("historyWindowSentences", settings.window());
        m.put("features", model.features());
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String r : List.of(WordClusters.RESOURCE, KnowledgeBase.RESOURCE_DIR + "countries.tsv",
                KnowledgeBase.RESOURCE_DIR + "entities.tsv", org.marsad.text.WordFrequencies.RESOURCE)) {
            inputs.put(r, resourceSha256(r));
        }
        m.put("resources", inputs);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Path f : files) hashes.put(f.normalize().toString().replaceFirst("^.*?shared/", "../shared/"), WordFrequencyBuilder.sha256(f));
        m.put("data", hashes);
        AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(meta.toFile(), m);
    }
}
