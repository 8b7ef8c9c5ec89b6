package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.search.index.IngestProgress;
import org.marsad.search.index.IngestReport;
import org.marsad.search.index.Ingester;
import org.marsad.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad demo}: indexes the project's {@code examples/} (dispatches written for this
 * project) into a fresh directory and serves them, printing the URL to open.
 */
@Command(name = "demo", description = "Index the project's examples/ into a temporary directory and serve them.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "7070", description = "port (default 7070; 0 picks a free one)")
    int port;

    @Option(names = "--index", description = "where to build the demo index (default: a new temporary directory)")
    Path index;

    @Option(names = "--examples", description = "the examples directory (default: examples/ of the project)")
    Path examples;

    @Override
    public Integer call() throws Exception {
        Path ex = examples != null ? examples : exampleDir();
        if (!Files.isDirectory(ex)) {
            System.err.println("marsad demo: no examples directory at " + ex + " (give --examples DIR)");
            return 2;
        }
        Path dir = index != null ? index : Files.createTempDirectory("marsad-demo-");
        IngestReport r = Ingester.standard(dir).ingest(List.of(ex.toString()), IngestProgress.Listener.NONE);
        for (String f : r.failures()) System.err.println("demo: failed: " + f);
        String banner = String.format("Indexed %d example articles from %s into %s (%d already there).",
                r.ingested(), ex, dir, r.skipped());
        ServerConfig c = new ServerConfig(dir, ServerConfig.DEFAULT_HOST, port, ServerConfig.DEFAULT_MAX_BODY, List.of(),
                Optional.ofNullable(System.getenv("MARSAD_API_KEY")), ServerConfig.defaultThreads());
        return ServeCommand.serve(c, false, banner);
    }

    private static Path exampleDir() {
        String root = System.getProperty("marsad.root");
        return (root != null ? Path.of(root) : Path.of("")).resolve("examples").toAbsolutePath().normalize();
    }
}
