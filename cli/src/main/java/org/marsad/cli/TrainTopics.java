package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.read.Inputs;
import org.marsad.topic.TopicTrainer;
import org.marsad.topic.TopicTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train topics}: the topic model, keyword statistics and stop words, from ANT. */
@Command(name = "topics", description = "Topic classifier (tuned on dev) + keyword document frequencies, from ANT train.")
final class TrainTopics implements Callable<Integer> {
    @Option(names = "--train", defaultValue = "../shared/data/news/ant/train", description = "training files or directory")
    List<String> train;

    @Option(names = "--dev", defaultValue = "../shared/data/news/ant/dev", description = "dev files or directory (tuning)")
    List<String> dev;

    @Option(names = "--stopwords", defaultValue = "../shared/data/lexicons/stopwords-mohataher/list.txt",
            description = "stop-word list added to Marsad's news words")
    Path stopwords;

    @Option(names = "--out", defaultValue = "core/src/main/resources/org/marsad/topic",
            description = "folder for the model, keyword statistics, stop words and meta file (default: the shipped resources);"
                    + " score a model written elsewhere with 'marsad eval topics --model DIR/topic-model.tsv.gz'")
    Path out;

    @Option(names = "--c", split = ",", description = "regularisation values to try on dev (default 4,8,16,32)")
    List<Double> cGrid;

    @Option(names = "--no-pairs", description = "leave out word-pair features")
    boolean noPairs;

    @Option(names = "--no-titles", description = "leave out title features")
    boolean noTitles;

    @Option(names = "--no-outlet-filter", description = "keep features that identify the outlet")
    boolean noOutletFilter;

    @Option(names = "--exclude", split = ",", description = "train files left out of the classifier (default Alarabia-internationalNews.sgml.gz; 'none' for none)")
    List<String> exclude;

    @Option(names = "--no-outlets", description = "shared weights only: no per-outlet weights (the model then ignores the outlet)")
    boolean noOutlets;

    @Option(names = "--outlet-scale", description = "value of an outlet's copy of a feature relative to the shared one (default 1)")
    Double outletScale;

    @Option(names = "--train-only", description = "ship the model trained on train only (default: refit on train + dev with the C and temperature chosen on dev)")
    boolean trainOnly;

    @Option(names = "--compare", description = "also train OpenNLP's maxent doccat on the same features and report its dev accuracy")
    boolean compare;

    @Override
    public Integer call() throws Exception {
        TopicTrainer.Settings d = TopicTrainer.Settings.defaults();
        TopicTrainer.Settings s = new TopicTrainer.Settings(d.minDf(), d.minPairDf(), !noPairs, !noTitles, !noOutletFilter,
                d.outletShare(), d.outletMinDf(), cGrid == null ? d.cGrid() : cGrid, d.eps(), !noOutlets,
                outletScale == null ? d.outletScale() : outletScale, !trainOnly);
        TopicTraining.Report r = new TopicTraining(s, compare, exclude == null ? TopicTraining.DEFAULT_EXCLUDED
                : exclude.contains("none") ? List.of() : exclude).run(Inputs.expand(train), Inputs.expand(dev), stopwords, out);
        System.out.printf("train=%d dev=%d features=%d outlet_leaks_dropped=%d keyword_df_entries=%d%n",
                r.trainDocs(), r.devDocs(), r.features(), r.leaks(), r.dfEntries());
        System.out.println("outlet leaks (first 40): " + String.join(" | ", r.leakExamples()));
        for (Map.Entry<Double, Double> e : r.devAccuracyByC().entrySet()) {
            System.out.printf("liblinear L2R_LR C=%s dev_accuracy=%.4f%n", e.getKey(), e.getValue());
        }
        System.out.printf("dev_accuracy=%.4f (chosen C, train-only model) dev_accuracy_outlet_withheld=%.4f%n",
                r.devAccuracy(), r.devSharedOnlyAccuracy());
        System.out.printf("shipped model fitted on %d articles (%s)%n", r.fitArticles(), r.refitted() ? "train + dev" : "train only");
        if (r.doccatDevAccuracy() != null) System.out.printf("opennlp doccat maxent dev_accuracy=%.4f%n", r.doccatDevAccuracy());
        System.out.printf("chosen C=%s temperature=%.4f; wrote %s%n", r.c(), r.temperature(), out);
        return 0;
    }
}
