package org.marsad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.Inputs;
import org.marsad.text.TextStage;
import org.marsad.topic.TopicEval;
import org.marsad.topic.TopicStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval topics --gold PATH}: topic accuracy on TREC-style files with CAT labels. */
@Command(name = "topics", description = "Topic accuracy and macro-F1 against CAT labels (TREC-style files or a directory of them).")
final class EvalTopics implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "gold file(s) or directory, e.g. ../shared/data/news/ant/dev")
    List<String> gold;

    @Option(names = "--ignore-outlet", description = "score every article as from an outlet the model never saw (shared weights only)")
    boolean ignoreOutlet;

    @Override
    public Integer call() throws Exception {
        int[] problems = new int[1];
        TopicEval eval = TopicEval.evaluate(Inputs.expand(gold), Pipeline.of(List.of(new TextStage(), new TopicStage(!ignoreOutlet))), p -> {
            if (problems[0]++ < 10) System.err.println("marsad eval topics: " + p);
        });
        if (problems[0] > 10) System.err.printf("marsad eval topics: ... %d problems in all%n", problems[0]);
        if (eval.total() == 0) {
            System.err.println("marsad eval topics: no labelled article in " + gold + " (records need a CAT field)");
            return 1;
        }
        System.out.printf("articles=%d expected_calibration_error=%.4f%n", eval.total(), eval.expectedCalibrationError());
        System.out.print(eval.matrix());
        System.out.println(eval.summaryLine());
        return 0;
    }
}
