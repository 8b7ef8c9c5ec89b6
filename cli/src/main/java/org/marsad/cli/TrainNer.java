package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train ner}: rebuilds the shipped NER model, deterministically. */
@Command(name = "ner", description = "Named-entity recogniser from ANERcorp train (averaged perceptron).")
final class TrainNer implements Callable<Integer> {
    @Option(names = "--data", split = ",", defaultValue = "../shared/data/ner/anercorp/train.conll",
            description = "training CoNLL files, comma-separated")
    List<Path> data;

    @Option(names = "--wikipedia-data", split = ",", defaultValue = "../shared/data/ner/aqmar/train.conll",
            description = "Wikipedia-domain training CoNLL files, comma-separated; empty for a news-only model")
    List<Path> wikipediaData;

    @Option(names = "--epochs", defaultValue = "10")
    int epochs;

    @Option(names = "--seed", defaultValue = "20170207")
    long seed;

    @Option(names = "--min-feature-count", defaultValue = "2")
    int minFeatureCount;

    @Option(names = "--folds", defaultValue = "5", description = "jackknife folds for the first-pass labels the second pass learns from")
    int folds;

    @Option(names = "--window", defaultValue = "20", description = "sentences on either side whose labels inform the second pass")
    int window;

    @Option(names = "--out", defaultValue = "core/src/main/resources/org/marsad/entity/ner-model.bin.gz")
    Path out;

    private static void save(EntityRecognizer model, Path out, List<Path> data, NerTrainer.Settings settings) throws java.io.IOException {
        model.save(out);
        Path meta = out.resolveSibling(out.getFileName().toString().replace(".bin.gz", "") + ".meta.json");
        NerTrainer.writeMeta(meta, model, data, settings);
        System.out.printf("wrote %s (%d features) and %s%n", out, model.features(), meta);
    }

    @Override
    public Integer call() throws Exception {
        NerTrainer.Settings settings = new NerTrainer.Settings(epochs, seed, minFeatureCount, folds, window);
        long t0 = System.nanoTime();
        List<List<org.marsad.entity.NerSentence>> domains = new java.util.ArrayList<>();
        domains.add(NerTrainer.read(data));
        boolean wiki = wikipediaData != null && !wikipediaData.isEmpty() && !wikipediaData.get(0).toString().isEmpty();
        if (wiki) domains.add(NerTrainer.read(wikipediaData));
        EntityRecognizer[] models = NerTrainer.trainDomains(domains, settings, e -> System.err.printf("model %d of %d trained%n", e + 1, folds + 1));
        save(models[0], out, data, settings);
        if (wiki) save(models[1], out.resolveSibling(out.getFileName().toString().replace(".bin.gz", "") + "-wikipedia.bin.gz"), wikipediaData, settings);
        System.out.printf("trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
