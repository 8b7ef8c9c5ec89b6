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
        "trained together (domain-augmented features), by default refitted on train + dev."})
final class TrainNer implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", split = ",", defaultValue = "../shared/data/ner/anercorp/train.conll",
            description = "news training CoNLL files, comma-separated")
    List<Path> data;

    @Option(names = "--wikipedia-data", split = ",", defaultValue = "../shared/data/ner/aqmar/train.conll",
            description = "Wikipedia training CoNLL files, comma-separated")
    List<Path> wikipediaData;

    @Option(names = "--dev-data", split = ",", defaultValue = "../shared/data/ner/anercorp/dev.conll",
            description = "news dev CoNLL files, added to the news training data unless --train-only")
    List<Path> devData;

    @Option(names = "--wikipedia-dev-data", split = ",", defaultValue = "../shared/data/ner/aqmar/dev.conll",
            description = "Wikipedia dev CoNLL files, added to the Wikipedia training data unless --train-only")
    List<Path> wikipediaDevData;

    @Option(names = "--train-only",
            description = "train on the training files only (for dev figures); by default the shipped models are refitted on train + dev")
    boolean trainOnly;

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

    @Option(names = "--learner", defaultValue = "pa",
            description = "pa (default: averaged passive-aggressive, Hamming cost), perceptron (averaged) or crf (linear-chain, AdaGrad + L2)")
    String learner;

    @Option(names = "--c", defaultValue = "-1",
            description = "pa: the largest step per sentence (default 0.01); crf: the L2 weight (default 1)")
    double c;

    @Option(names = "--cost-augmented", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "pa: update against the sequence with the best score plus Hamming cost (default; --no-cost-augmented: the best score)")
    boolean costAugmented;

    @Option(names = "--rate", defaultValue = "0.1", description = "crf: AdaGrad base step")
    double rate;

    @Option(names = "--prune", defaultValue = "0.7",
            description = "share of each finished model's live features to drop, those with the smallest largest weight (0: none)")
    double prune;

    @Option(names = "--news-tags", defaultValue = "bilou",
            description = "labels of the news model: bilou (default: begin, inside, last, one-word names) or bio")
    String newsTags;

    @Option(names = "--wikipedia-tags", defaultValue = "bio",
            description = "labels of the Wikipedia model: bio (default) or bilou; a scheme different from the news model's trains the two domains once more")
    String wikipediaTags;

    @Option(names = "--out", defaultValue = "core/src/main/resources/org/marsad/entity/ner-model.bin.gz",
            description = "the news model; the Wikipedia model, name lists and domain counts are written beside it")
    Path out;

    @Override
    public Integer call() throws Exception {
        NerTrainer.Learner l = switch (learner) {
            case "perceptron" -> NerTrainer.Learner.PERCEPTRON;
            case "pa" -> NerTrainer.Learner.PA;
            case "crf" -> NerTrainer.Learner.CRF;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--learner must be perceptron, pa or crf, not '" + learner + "'");
        };
        double cc = c >= 0 ? c : l == NerTrainer.Learner.CRF ? 1 : 0.01;
        NerTrainer.Settings settings;
        try {
            settings = new NerTrainer.Settings(epochs, seed, minFeatureCount, folds, window, l, cc, rate,
                    costAugmented && l == NerTrainer.Learner.PA, prune, List.of(newsTags, wikipediaTags));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long t0 = System.nanoTime();
        boolean noNames = names.toString().equals("none");
        NameLists lists = noNames ? NameLists.none() : NameLists.build(names);
        List<Path> nameFiles = noNames ? List.of() : NameLists.files(names);
        lists.write(out.resolveSibling("ner-names.tsv.gz"));
        List<Path> news = new ArrayList<>(data);
        List<Path> wikipedia = new ArrayList<>(wikipediaData);
        if (!trainOnly) {
            news.addAll(devData);
            wikipedia.addAll(wikipediaDevData);
        }
        List<List<NerSentence>> domains = new ArrayList<>();
        domains.add(NerTrainer.read(news));
        domains.add(NerTrainer.read(wikipedia));
        DomainGuesser.count(domains).write(out.resolveSibling("ner-domains.tsv.gz"));
        EntityRecognizer[] models = NerTrainer.trainDomains(domains, settings, lists,
                e -> System.err.printf("model %d of %d trained%n", e + 1, folds + 1)); // once per label scheme
        save(models[0], out, news, wikipedia, settings, NerDomain.NEWS, nameFiles, !trainOnly);
        save(models[1], NerDomain.WIKIPEDIA.besides(out), wikipedia, news, settings, NerDomain.WIKIPEDIA,
                nameFiles, !trainOnly);
        System.out.printf("trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static void save(EntityRecognizer model, Path file, List<Path> own, List<Path> other, NerTrainer.Settings settings,
            NerDomain domain, List<Path> nameLists, boolean refit) throws IOException {
        model.save(file);
        Path meta = file.resolveSibling(file.getFileName().toString().replace(".bin.gz", "") + ".meta.json");
        NerTrainer.writeMeta(meta, model, own, settings, domain.label(), other, nameLists, refit);
        System.out.printf("wrote %s (%d features) and %s%n", file, model.features(), meta);
    }
}
