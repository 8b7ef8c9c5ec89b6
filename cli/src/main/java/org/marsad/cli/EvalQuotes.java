package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marsad.SharedData;
import org.marsad.article.Article;
import org.marsad.quote.QuoteEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval quotes --gold FILE}: quotation precision, recall and speaker accuracy against hand-annotated articles. */
@Command(name = "quotes", description = "Score quotations against a gold TSV (DOCNO, start, end, kind, speaker) over ANT articles.")
final class EvalQuotes implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "gold TSV, e.g. core/src/test/resources/org/marsad/quote/quotes-ant-dev.tsv")
    Path goldFile;

    @Option(names = "--corpus", description = "directory of ANT .sgml.gz files (default ../shared/data/news/ant/dev)")
    Path corpus;

    @Option(names = "--errors", defaultValue = "0", description = "print up to N missed, spurious and mis-attributed quotations")
    int errors;

    @Override
    public Integer call() {
        try {
            List<QuoteEval.Gold> gold = QuoteEval.readGold(goldFile);
            Map<String, List<QuoteEval.Gold>> byDoc = gold.stream()
                    .collect(Collectors.groupingBy(QuoteEval.Gold::docno, LinkedHashMap::new, Collectors.toList()));
            Path dir = corpus != null ? corpus : SharedData.path("data/news/ant/dev");
            Map<String, Article> articles = QuoteEval.articles(dir, byDoc.keySet());
            QuoteEval eval = new QuoteEval();
            for (Map.Entry<String, List<QuoteEval.Gold>> e : byDoc.entrySet()) {
                Article a = articles.get(e.getKey());
                if (a == null) {
                    System.err.println("marsad eval quotes: " + e.getKey() + " not found in " + dir);
                    return 1;
                }
                eval.add(a, e.getValue());
            }
            eval.errors().stream().limit(errors).forEach(System.out::println);
            System.out.printf("articles=%d gold=%d system=%d matched=%d kind_accuracy=%.4f f1=%.4f%n", byDoc.size(),
                    eval.gold(), eval.system(), eval.matched(), eval.kindAccuracy(), eval.f1());
            System.out.printf("precision=%.4f recall=%.4f speaker_accuracy=%.4f%n", eval.precision(), eval.recall(), eval.speakerAccuracy());
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("marsad eval quotes: " + Main.problem(e));
            return 1;
        }
    }
}
