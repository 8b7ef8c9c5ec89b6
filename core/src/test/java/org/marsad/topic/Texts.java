package org.marsad.topic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.article.Article;
import org.marsad.article.Source;
import org.marsad.pipeline.Analysis;
import org.marsad.text.TextStage;

/** Test helpers: an article and its text layer from a body written for the test. */
final class Texts {
    static final TextStage TEXT = new TextStage();

    private Texts() {}

    static Article article(String title, String body) {
        return new Article("test", Source.ofFile("test"), "UTF-8", Optional.empty(), Optional.empty(),
                Optional.ofNullable(title), body, List.of(), Map.of());
    }

    static Analysis withText(String body) {
        return TEXT.apply(Analysis.of(article(null, body)));
    }

    static Analysis withText(String title, String body) {
        return TEXT.apply(Analysis.of(article(title, body)));
    }
}
