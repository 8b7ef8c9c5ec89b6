package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entity.DomainGuesser;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.NameLists;
import org.marsad.entity.NerDomain;
import org.marsad.entity.NerSentence;
import org.marsad.entity.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train ner}: rebuilds the shipped NER models (news and Wikipedia, trained together
 * with domain-augmented features), the name-list hashes and the domain guesser, deterministically.
 * Run 'train ner-clusters' and 'train ner-profile' first when their inputs change.
 */
@Command(name = "ner", description = {"Named-entity recognisers for news (ANERcorp train) and Wikipedia (AQMAR train),",
        "trained together (averaged perceptron, domain-augmented features)."})
final class TrainNer implements Callable<Integer> {
    @Option(names = "--data", split = ",", defaultValue = "../shared/data/ner/anercorp/train.conll",
            description = "news training CoNLL files, comma-separated")
    List<Path> data;

    @Option(names = "--wikipedia-data", split = ",", defaultValue = "../shared/data/ner/aqmar/train.conll",
            description = "Wikipedia training CoNLL files, comma-separated")
    List<Path> wikipediaData;

    @Option(names = "--names", defaultValue = "../shared/data/lexicons/anergazet",
            description = "ANERGazet directory; its words are shipped only as hashes ('none': train without name lists)")
    Path names;

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

    @Option(names = "--out", defaultValue = "core/src/main/resources/org/marsad/entity/ner-model.bin.gz",
            description = "the news model; the Wikipedia model, name lists and domain counts are written beside it")
    Path out;

    @Override
    public Integer call() throws Exception {
        NerTrainer.Settings settings = new NerTrainer.Settings(epochs, seed, minFeatureCount, folds, window);
        long t0 = System.nanoTime();
        boolean noNames = names.toString().equals("none");
        NameLists lists = noNames ? NameLists.none() : NameLists.build(names);
        List<Path> nameFiles = noNames ? List.of() : NameLists.files(names);
        lists.write(out.resolveSibling("ner-names.tsv.gz"));
        List<List<NerSentence>> domains = new ArrayList<>();
        domains.add(NerTrainer.read(data));
        domains.add(NerTrainer.read(wikipediaData));
        DomainGuesser.count(domains).write(out.resolveSibling("ner-domains.tsv.gz"));
        EntityRecognizer[] models = NerTrainer.trainDomains(domains, settings, lists,
                e -> System.err.printf("model %d of %d trained%n", e + 1, folds + 1));
        save(models[0], out, data, wikipediaData, settings, NerDomain.NEWS, nameFiles);
        save(models[1], NerDomain.WIKIPEDIA.besides(out), wikipediaData, data, settings, NerDomain.WIKIPEDIA,
                nameFiles);
        System.out.printf("trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static void save(EntityRecognizer model, Path file, List<Path> own, List<Path> other, NerTrainer.Settings settings,
            NerDomain domain, List<Path> nameLists) throws IOException {
        model.save(file);
        Path meta = file.resolveSibling(file.getFileName().toString().replace(".bin.gz", "") + ".meta.json");
        NerTrainer.writeMeta(meta, model, own, settings, domain.label(), other, nameLists);
        System.out.printf("wrote %s (%d features) and %s%n", file, model.features(), meta);
    }
}
