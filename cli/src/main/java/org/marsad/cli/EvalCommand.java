package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.eval.Conllu;
import org.marsad.eval.SegmentationEval;
import org.marsad.text.CliticSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval ...}: accuracy against gold data; each prints its summary as the last line. */
@Command(name = "eval", description = "Score Marsad against gold data.",
        subcommands = {EvalCommand.Segmentation.class, EvalBoilerplate.class, EvalStories.class, EvalSearchAnalysis.class})
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("marsad eval: name what to evaluate, e.g. 'marsad eval segmentation --gold FILE.conllu'");
    }

    @Command(name = "segmentation", description = "Clitic segmentation F1 against a UD CoNLL-U file (CoNLL 2018 'words').")
    static final class Segmentation implements Callable<Integer> {
        @Option(names = "--gold", required = true, description = "gold CoNLL-U file")
        Path gold;

        @Option(names = "--errors", defaultValue = "0", description = "print up to N mis-segmented tokens")
        int errors;

        @Override
        public Integer call() throws Exception {
            List<List<Conllu.GoldToken>> sentences = Conllu.read(gold);
            SegmentationEval eval = new SegmentationEval(CliticSegmenter.shipped());
            sentences.forEach(eval::add);
            eval.errors().stream().limit(errors).forEach(System.out::println);
            System.out.printf("sentences=%d gold_words=%d system_words=%d correct=%d%n", sentences.size(),
                    eval.goldWords(), eval.systemWords(), eval.correctWords());
            System.out.printf("f1=%.4f precision=%.4f recall=%.4f%n", eval.f1(), eval.precision(), eval.recall());
            return 0;
        }
    }
}
