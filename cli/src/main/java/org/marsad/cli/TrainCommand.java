package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.read.Inputs;
import org.marsad.text.WordFrequencyBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train ...}: rebuilds the shipped models from ../shared/data, deterministically. */
@Command(name = "train", description = "Rebuild a shipped model from the shared data.",
        subcommands = {TrainCommand.Segmentation.class, TrainNer.class, TrainNerClusters.class, TrainNerProfile.class, TrainTopics.class})
final class TrainCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("marsad train: name the model, e.g. 'marsad train segmentation'");
    }

    @Command(name = "segmentation", description = "Word frequencies for the clitic segmenter, from ANT train and SaudiNewsNet.")
    static final class Segmentation implements Callable<Integer> {
        @Option(names = "--corpus", defaultValue = "../shared/data/news/ant/train,../shared/data/news/saudinewsnet/saudinewsnet.jsonl.gz",
                split = ",", description = "corpus files or directories (comma-separated)")
        List<String> corpus;

        @Option(names = "--min-count", defaultValue = "2")
        int minCount;

        @Option(names = "--out", defaultValue = "core/src/main/resources/org/marsad/text/wordfreq.tsv.gz")
        Path out;

        @Override
        public Integer call() throws Exception {
            List<String> files = Inputs.expand(corpus);
            WordFrequencyBuilder b = new WordFrequencyBuilder(minCount);
            b.addCorpus(files);
            int kept = b.write(out, files);
            System.out.printf("wrote %s: %d words (min count %d) from %d files%n", out, kept, minCount, files.size());
            return 0;
        }
    }
}
