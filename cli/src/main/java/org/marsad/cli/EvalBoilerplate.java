package org.marsad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.marsad.article.Article;
import org.marsad.clean.Boilerplate;
import org.marsad.clean.Cleaner;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad eval boilerplate}: how many lines the cleaner removes from real articles, by
 * reason, with a random sample of removed lines to read by hand (there is no gold standard).
 */
@Command(name = "boilerplate", description = "Count and sample the lines the cleaner removes from a corpus.")
final class EvalBoilerplate implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<String> inputs;

    @Option(names = "--limit", defaultValue = "300", description = "articles per input file")
    int limit;

    @Option(names = "--show", defaultValue = "30", description = "removed lines to print (random sample, seed 1)")
    int show;

    @Override
    public Integer call() throws Exception {
        Cleaner cleaner = new Cleaner();
        Boilerplate classifier = new Boilerplate();
        long articles = 0;
        long lines = 0;
        long removed = 0;
        long withRemoval = 0;
        Map<String, Integer> byReason = new TreeMap<>();
        List<String> samples = new ArrayList<>();
        int failed = 0;
        for (String input : Inputs.expand(inputs)) {
            int n = 0;
            try (RecordStream rs = Inputs.open(input, Format.AUTO, FieldMap.defaults())) {
                while (rs.hasNext() && n < limit) {
                    ReadItem item = rs.next();
                    if (!(item instanceof ReadItem.Ok ok)) {
                        // reported, and the other inputs still counted; the exit code tells
                        if (failed++ < 10) System.err.println("marsad eval boilerplate: " + item);
                        continue;
                    }
                    n++;
                    Article a = cleaner.clean(ok.article());
                    articles++;
                    lines += a.body().split("\n").length + a.boilerplate().size();
                    removed += a.boilerplate().size();
                    if (!a.boilerplate().isEmpty()) withRemoval++;
                    for (String l : a.boilerplate()) {
                        String reason = classifier.classify(l);
                        byReason.merge(reason == null ? "related-title" : reason, 1, Integer::sum);
                        samples.add(a.source().file() + "\t" + l);
                    }
                }
            }
        }
        java.util.Collections.shuffle(samples, new Random(1));
        samples.stream().limit(show).forEach(s -> System.out.println("removed: " + s));
        System.out.println("by reason: " + byReason);
        System.out.printf("articles=%d lines=%d removed=%d (%.2f%%) articles_with_removal=%d%n", articles, lines, removed,
                lines == 0 ? 0 : 100.0 * removed / lines, withRemoval);
        if (failed > 10) System.err.printf("marsad eval boilerplate: ... %d inputs or records failed in all%n", failed);
        return failed == 0 ? 0 : 1;
    }
}
