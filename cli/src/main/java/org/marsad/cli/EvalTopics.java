package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.ZipException;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.Inputs;
import org.marsad.text.TextStage;
import org.marsad.topic.DocumentFrequencies;
import org.marsad.topic.StopWords;
import org.marsad.topic.Summarizer;
import org.marsad.topic.TopicEval;
import org.marsad.topic.TopicModel;
import org.marsad.topic.TopicStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad eval topics --gold PATH [--model FILE]}: topic accuracy on TREC-style files with
 * CAT labels, for the shipped model or one written by {@code marsad train topics --out DIR}.
 */
@Command(name = "topics", description = "Topic accuracy and macro-F1 against CAT labels (TREC-style files or a directory of them).")
final class EvalTopics implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "gold file(s) or directory, e.g. ../shared/data/news/ant/dev")
    List<String> gold;

    @Option(names = "--ignore-outlet", description = "score every article as from an outlet the model never saw (shared weights only)")
    boolean ignoreOutlet;

    @Option(names = "--model", paramLabel = "FILE",
            description = "a topic-model.tsv.gz written by 'marsad train topics --out DIR' (default: the shipped model);"
                    + " the stopwords.txt beside it, when there is one, replaces the shipped list")
    Path model;

    @Override
    public Integer call() throws Exception {
        TopicStage stage;
        if (model == null) {
            stage = new TopicStage(!ignoreOutlet);
        } else {
            try {
                stage = stageFor(model);
            } catch (IOException | RuntimeException e) {
                System.err.println("marsad eval topics: cannot read model " + model + ": " + reason(e));
                return 1;
            }
        }
        int[] problems = new int[1];
        TopicEval eval = TopicEval.evaluate(Inputs.expand(gold), Pipeline.of(List.of(new TextStage(), stage)), p -> {
            if (problems[0]++ < 10) System.err.println("marsad eval topics: " + p);
        });
        if (problems[0] > 10) System.err.printf("marsad eval topics: ... %d problems in all%n", problems[0]);
        if (eval.total() == 0) {
            System.err.println("marsad eval topics: no labelled article in " + gold + " (records need a CAT field)");
            return 1;
        }
        System.out.printf("articles=%d expected_calibration_error=%.4f%n", eval.total(), eval.expectedCalibrationError());
        System.out.print(eval.matrix());
        System.out.printf("urls_with_two_labels=%d accuracy_ceiling=%.4f accuracy_any_label_of_url=%.4f%n",
                eval.urlsWithTwoLabels(), eval.accuracyCeiling(), eval.accuracyAnyLabelOfTheUrl());
        System.out.println(eval.summaryLine());
        return 0;
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof ZipException) return "not a gzip file (" + e.getMessage() + ")";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The stage for a model file; the stop words written beside it by the same training run, else the shipped ones. */
    private TopicStage stageFor(Path file) throws IOException {
        TopicModel m;
        try (InputStream in = Files.newInputStream(file)) {
            m = TopicModel.read(in);
        }
        Path stopFile = file.resolveSibling("stopwords.txt");
        StopWords stop = Files.isRegularFile(stopFile)
                ? new StopWords(Files.readAllLines(stopFile, StandardCharsets.UTF_8)) : StopWords.shipped();
        return new TopicStage(m, DocumentFrequencies.shipped(), stop, Summarizer.DEFAULT_BUDGET, new TextStage(), !ignoreOutlet);
    }
}
