package org.marsad.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;

/**
 * The dates layer: TIMEX3 expressions (DATE, TIME, DURATION, SET) with values normalised against
 * the article's publication date ({@code Article.published()}, which the CLI's {@code --date}
 * replaces). Requires {@link Layer#TEXT}; provides {@link Layer#DATES}. Spans are offsets into the
 * body. Thread-safe.
 */
public final class DateStage implements Stage {
    private final TimexTagger tagger = new TimexTagger();

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.DATES);
    }

    @Override
    public Analysis apply(Analysis in) {
        return in.withDates(tagger.tag(in.body(), in.tokens(), reference(in.article().published())));
    }

    /** The reference date of an ISO date or date-time, or empty when there is none or it is unreadable. */
    static Optional<LocalDate> reference(Optional<String> published) {
        if (published.isEmpty() || published.get().length() < 10) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(published.get().substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // an unreadable date anchors nothing: relative values become *_REF
        }
    }
}
