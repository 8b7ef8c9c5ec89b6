package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.search.index.IngestReport;
import org.marsad.search.index.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench ingest}: ingests a corpus into a fresh index with the full standard
 * pipeline and reports articles/s, words/s and the index size per 1,000 articles.
 */
@Command(name = "ingest", description = "Ingest throughput and index size, full pipeline, fresh index.")
final class BenchIngest implements Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "../shared/data/news/ant/train", split = ",", description = "inputs (comma-separated)")
    List<String> corpus;

    @Option(names = "--index", required = true, description = "index directory; must be empty or absent")
    Path index;

    @Option(names = "--threads", description = "analysis threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (Files.exists(index) && Files.list(index).findAny().isPresent()) {
            System.err.println("marsad bench ingest: " + index + " is not empty; give a fresh directory");
            return 2;
        }
        Ingester ingester = new Ingester(index, org.marsad.pipeline.Analyzer.standard().pipeline(), threads, 5000, 60_000);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        IngestReport r = ingester.ingest(corpus, p -> { });
        double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
        long bytes = size(index);
        System.out.printf("stages: %s; threads: %d%n", org.marsad.pipeline.Analyzer.standard().pipeline().stages().stream()
                .map(st -> st.name()).toList(), threads);
        System.out.printf("ingested %,d (skipped %,d as present, failed %,d) in %.1f s: %,.0f articles/s, %,.0f words/s%n",
                r.ingested(), r.skipped(), r.failed(), r.seconds(), r.ingested() / r.seconds(), r.words() / r.seconds());
        System.out.printf("process CPU time %.1f s (%.1f ms per article); machine load average %s%n", cpuSeconds,
                cpuSeconds * 1000 / Math.max(1, r.ingested() + r.skipped()), Files.readString(Path.of("/proc/loadavg")).strip());
        for (String f : r.failures()) System.out.println("failed: " + f);
        System.out.printf("index: %.1f MB, %.2f MB per 1,000 articles%n", bytes / 1e6, bytes / 1e6 / Math.max(1, r.ingested()) * 1000);
        return 0;
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
