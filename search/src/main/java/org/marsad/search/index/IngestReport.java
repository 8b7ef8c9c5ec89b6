package org.marsad.search.index;

import java.util.List;

/**
 * What an ingest run did. Every article counted in {@code ingested} is committed to the index.
 *
 * @param ingested articles added and committed
 * @param skipped  articles already in the index (same id), or repeated within this run
 * @param failed   records or inputs that could not be read or analysed
 * @param failures the first failures, each "input: problem"
 * @param words    words of the ingested articles' bodies
 * @param seconds  wall time of the run
 */
public record IngestReport(long ingested, long skipped, long failed, List<String> failures, long words,
                           double seconds) {
    public IngestReport {
        failures = List.copyOf(failures);
    }
}
