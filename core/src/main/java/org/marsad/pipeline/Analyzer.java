package org.marsad.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marsad.article.Article;
import org.marsad.article.RawArticle;
import org.marsad.clean.Cleaner;
import org.marsad.entity.EntityStage;
import org.marsad.quote.QuoteStage;
import org.marsad.text.TextStage;
import org.marsad.time.DateStage;
import org.marsad.topic.TopicStage;

/**
 * Marsad's main job for one article: clean it, then run the pipeline's stages. The standard
 * pipeline holds every stage Marsad ships, in dependency order. Thread-safe.
 */
public final class Analyzer {
    private final Cleaner cleaner = new Cleaner();
    private final Pipeline pipeline;

    public Analyzer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The analyzer with every shipped stage. */
    public static Analyzer standard() {
        return new Analyzer(Pipeline.of(standardStages()));
    }

    /** Every stage Marsad ships, in an order that satisfies their requirements. */
    public static List<Stage> standardStages() {
        return List.of(new TextStage(), new EntityStage(), new QuoteStage(), new DateStage(), new TopicStage());
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Cleans and analyses one article; {@code referenceDate} (the CLI's --date) replaces the
     * publication date, which relative dates are resolved against.
     */
    public Analysis analyze(RawArticle raw, Optional<LocalDate> referenceDate) {
        Article article = cleaner.clean(raw);
        if (referenceDate.isPresent()) article = article.withPublished(referenceDate.map(LocalDate::toString));
        return pipeline.analyze(article);
    }
}
