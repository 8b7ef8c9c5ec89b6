package org.marsad.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.marsad.article.Article;
import org.marsad.article.RawArticle;
import org.marsad.clean.Cleaner;
import org.marsad.entity.EntityStage;
import org.marsad.quote.QuoteStage;
import org.marsad.text.TextStage;
import org.marsad.time.DateStage;
import org.marsad.topic.Summarizer;
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

    /** The analyzer with every shipped stage and summaries of at most {@code summaryBudget} characters. */
    public static Analyzer standard(int summaryBudget) {
        return new Analyzer(Pipeline.of(standardStages(summaryBudget)));
    }

    /**
     * Every stage Marsad ships, in an order that satisfies their requirements. The models of the
     * entity and topic stages load in parallel: together they are most of a one-article run's
     * start-up time, and they share nothing but the segmenter, which loads first.
     */
    public static List<Stage> standardStages() {
        return standardStages(Summarizer.DEFAULT_BUDGET);
    }

    /** {@link #standardStages()} with summaries of at most {@code summaryBudget} characters (positive). */
    public static List<Stage> standardStages(int summaryBudget) {
        if (summaryBudget < 1) throw new IllegalArgumentException("summary budget must be positive: " + summaryBudget);
        TextStage text = new TextStage();
        CompletableFuture<TopicStage> topic = CompletableFuture.supplyAsync(() -> new TopicStage(true, summaryBudget));
        EntityStage entities = new EntityStage();
        return List.of(text, entities, new QuoteStage(), new DateStage(), join(topic));
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
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
