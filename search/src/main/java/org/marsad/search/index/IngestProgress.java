package org.marsad.search.index;

/**
 * A progress report during ingest, sent after each commit and when an input file is finished.
 *
 * @param ingested  articles committed so far
 * @param skipped   articles skipped as already present
 * @param failed    failures so far
 * @param fraction  estimated share of the input done (by bytes of finished files), 0..1, or -1 if unknown
 * @param seconds   time since the run started
 */
public record IngestProgress(long ingested, long skipped, long failed, double fraction, double seconds) {
    /** Receives progress reports; called from the index writer thread. */
    public interface Listener {
        void progress(IngestProgress p);

        Listener NONE = p -> { };
    }
}
