package org.marsad.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.article.Article;
import org.marsad.article.EntityMention;
import org.marsad.article.Source;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.TextStage;

/** Runs the text and entity stages on a body written for a test. */
final class Analyses {
    static final Pipeline PIPELINE = Pipeline.of(List.of(new TextStage(), new EntityStage()));

    private Analyses() {}

    static Analysis of(String body) {
        return PIPELINE.analyze(new Article("test", new Source(null, null, null), "UTF-8", Optional.empty(),
                Optional.empty(), Optional.empty(), body, List.of(), Map.of()));
    }

    /** The first mention whose text is {@code text}. */
    static EntityMention mention(Analysis a, String text) {
        return a.entities().stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention «" + text + "» in " + a.entities()));
    }
}
