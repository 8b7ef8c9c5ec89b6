package org.marsad.search.index;

import java.nio.file.Path;
import java.util.List;
import org.marsad.pipeline.Analyzer;

/**
 * The child JVM of {@link IngestCrashTest}: ingests one file, committing often, and prints
 * "committed N" after every commit so the parent knows what was acknowledged before it kills us.
 */
public final class IngestChild {
    private IngestChild() {}

    public static void main(String[] args) throws Exception {
        Ingester ingester = new Ingester(Path.of(args[0]), Analyzer.standard().pipeline(), 2, 25, 60_000);
        ingester.ingest(List.of(args[1]), p -> {
            System.out.println("committed " + p.ingested());
            System.out.flush();
        });
        System.out.println("done");
    }
}
