package org.marsad.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.search.index.IngestProgress;
import org.marsad.search.index.IngestReport;
import org.marsad.search.index.Ingester;

/**
 * The project's {@code examples/} (dispatches written for the project, what {@code marsad demo}
 * serves) indexed with the real standard pipeline: entities with linking, quotations with
 * speakers, dates, topic, keywords and summary.
 */
final class ExampleArchive {
    private ExampleArchive() {}

    /** The examples directory, found from the module's working directory upwards. */
    static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/demo-archive.jsonl"))) return p.resolve("examples");
        }
        throw new IllegalStateException("no examples/demo-archive.jsonl above " + Path.of("").toAbsolutePath());
    }

    /** Indexes the examples into {@code dir}/index with {@link Ingester#standard}. */
    static Path index(Path dir) throws IOException {
        Path index = dir.resolve("index");
        IngestReport r = Ingester.standard(index).ingest(List.of(examples().toString()), IngestProgress.Listener.NONE);
        if (!r.failures().isEmpty()) throw new IllegalStateException("examples failed to ingest: " + r.failures());
        return index;
    }
}
