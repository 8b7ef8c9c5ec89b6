package org.marsad.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.search.query.SearchRequest;
import org.marsad.search.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench search}: single-threaded query latency over an index: each query with 10
 * hits, an exact total, snippets, facets (by default on source and topic, as the workload of
 * {@code ../shared/bench/README.md} asks; {@code --facets all} adds people, places and
 * organisations) and a monthly histogram; timed after a warm-up of many passes over the same queries.
 */
@Command(name = "search", description = "Query latency p50/p95/p99, one thread, after warm-up.")
final class BenchSearch implements Callable<Integer> {
    @Option(names = "--index", required = true, description = "index directory")
    Path index;

    @Option(names = "--queries", defaultValue = "../shared/bench/queries-200.txt", description = "one query per line")
    Path queries;

    @Option(names = "--warmup", defaultValue = "30000", description = "queries run before timing (default 30000)")
    int warmup;

    @Option(names = "--rounds", defaultValue = "5", description = "timed passes over the query list (default 5)")
    int rounds;

    @Option(names = "--collapse", description = "collapse story copies (one extra lookup per shown hit)")
    boolean collapse;

    @Option(names = "--limit", defaultValue = "10", description = "hits per query, each with a snippet (default 10)")
    int limit;

    @Option(names = "--facets", defaultValue = "source,topic",
            description = "facets counted per query: the workload's source,topic (default), all, none or a comma list")
    String facets;

    @Override
    public Integer call() throws Exception {
        List<String> qs = Files.readAllLines(queries, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
        try (Searcher s = Searcher.open(index)) {
            System.out.printf("index: %,d articles; %d queries; warm-up %,d; %d timed rounds%n", s.size(), qs.size(), warmup, rounds);
            long totalHits = 0;
            for (int i = 0; i < warmup; i++) totalHits += s.search(request(qs.get(i % qs.size()))).total();
            long[] nanos = new long[qs.size() * rounds];
            long[] cpu = new long[nanos.length];
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            int k = 0;
            long t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (String q : qs) {
                    long c = mx.getCurrentThreadCpuTime();
                    long a = System.nanoTime();
                    totalHits += s.search(request(q)).total();
                    nanos[k] = System.nanoTime() - a;
                    cpu[k++] = mx.getCurrentThreadCpuTime() - c;
                }
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf("wall: %,.0f queries/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (checksum %d)%n",
                    nanos.length / wall, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6, totalHits);
            System.out.printf("thread CPU time per query (unaffected by waiting for a core): mean %.3f ms, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                    Arrays.stream(cpu).average().orElse(0) / 1e6, pct(cpu, 50), pct(cpu, 95), pct(cpu, 99));
            System.out.printf("machine load average during the run: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        }
        return 0;
    }

    private SearchRequest request(String q) {
        return new SearchRequest(q, limit, 0, SearchRequest.Order.RELEVANCE, false, collapse, SearchRequest.facetList(facets),
                SearchRequest.Histogram.MONTH);
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}
