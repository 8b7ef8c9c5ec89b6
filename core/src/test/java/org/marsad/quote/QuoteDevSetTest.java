package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.article.Article;

/**
 * Real articles: the hand-annotated quotations of ANT dev articles (offsets only in the project;
 * the articles are read from ../shared). Guards the targets on the tuning set; the
 * held-out set's figures are reported in docs, not asserted.
 */
class QuoteDevSetTest {
    private static QuoteEval evaluate(String resource) throws Exception {
        Path gold = Path.of(QuoteDevSetTest.class.getResource(resource).toURI());
        List<QuoteEval.Gold> golds = QuoteEval.readGold(gold);
        Map<String, List<QuoteEval.Gold>> byDoc = golds.stream()
                .collect(Collectors.groupingBy(QuoteEval.Gold::docno, LinkedHashMap::new, Collectors.toList()));
        Map<String, Article> articles = QuoteEval.articles(SharedData.path("data/news/ant/dev"), byDoc.keySet());
        assertThat(articles.keySet()).containsExactlyInAnyOrderElementsOf(byDoc.keySet());
        QuoteEval eval = new QuoteEval();
        byDoc.forEach((doc, g) -> eval.add(articles.get(doc), g));
        return eval;
    }

    @Test void devSetMeetsTheTargets() throws Exception {
        QuoteEval eval = evaluate("quotes-ant-dev.tsv");
        assertThat(eval.gold()).isGreaterThanOrEqualTo(60);
        assertThat(eval.recall()).as("recall; errors: %s", eval.errors()).isGreaterThanOrEqualTo(0.85);
        assertThat(eval.speakerAccuracy()).as("speaker accuracy; errors: %s", eval.errors()).isGreaterThanOrEqualTo(0.90);
    }

    @Test void heldOutSetSpansAreValidAndMostlyFound() throws Exception {
        QuoteEval eval = evaluate("quotes-ant-dev-heldout.tsv");
        assertThat(eval.matched()).isGreaterThan(eval.gold() / 2);
    }
}
