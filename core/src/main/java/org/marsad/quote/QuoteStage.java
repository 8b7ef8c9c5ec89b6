package org.marsad.quote;

import java.util.Set;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;

/**
 * The quotes layer: direct and reported quotations with their reporting verb and speaker.
 * Requires {@link Layer#TEXT}; uses {@link Layer#ENTITIES} when an earlier stage provided it (a
 * speaker mention overlapping a linked entity mention gets that entity) and works without it.
 * Provides {@link Layer#QUOTES}; spans are offsets into the body. Thread-safe.
 */
public final class QuoteStage implements Stage {
    private final QuoteExtractor extractor = new QuoteExtractor();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Analysis apply(Analysis in) {
        return in.withQuotes(extractor.extract(in.body(), in.tokens(), in.sentences(), in.entities()));
    }
}
