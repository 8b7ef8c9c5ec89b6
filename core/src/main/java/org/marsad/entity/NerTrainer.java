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
    public record Settings(int epochs, long seed, int minFeatureCount) {}

    private NerTrainer() {}

    public static EntityRecognizer train(List<Path> files, Settings settings, IntConsumer epochDone) throws IOException {
        List<NerSentence> data = new ArrayList<>();
        for (Path f : files) data.addAll(ConllNer.read(f));
        NerFeatures features = EntityRecognizer.defaultFeatures();
        PerceptronModel m = new PerceptronTrainer(settings.epochs(), settings.seed(), settings.minFeatureCount())
                .train(features, data, epochDone);
        return new EntityRecognizer(features, m);
    }

    /** Writes {@code meta} (JSON) describing how {@code model} was made. */
    public static void writeMeta(Path meta, EntityRecognizer model, List<Path> files, Settings settings) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", "Marsad NER: averaged structured perceptron, BIO over PER/LOC/ORG/MISC");
        m.put("command", "marsad train ner");
        m.put("epochs", settings.epochs());
        m.put("seed", settings.seed());
        m.put("minFeatureCount", settings.minFeatureCount());
        m.put("features", model.features());
        m.put("clusters", WordClusters.RESOURCE);
        m.put("knowledgeBase", KnowledgeBase.RESOURCE_DIR);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Path f : files) hashes.put(f.normalize().toString().replaceFirst("^.*?shared/", "../shared/"), WordFrequencyBuilder.sha256(f));
        m.put("data", hashes);
        AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(meta.toFile(), m);
    }
}
