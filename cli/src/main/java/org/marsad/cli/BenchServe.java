package org.marsad.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench serve}: a closed-loop HTTP load generator for GET /api/search against a
 * running server (start it with {@code marsad serve}; loopback only). Each client sends the
 * queries of the query file in turn, with facets and a monthly histogram, and waits for each
 * answer; after the warm-up requests it reports requests/s and p50/p95/p99 latency per client count.
 */
@Command(name = "serve", description = "Load-test /api/search of a running server (closed loop, loopback).")
final class BenchServe implements Callable<Integer> {
    @Option(names = "--url", defaultValue = "http://127.0.0.1:7070", description = "server base URL (loopback)")
    String url;

    @Option(names = "--queries", defaultValue = "../shared/bench/queries-200.txt")
    Path queries;

    @Option(names = "--clients", split = ",", defaultValue = "1,32", description = "concurrent clients, one run each")
    List<Integer> clients;

    @Option(names = "--seconds", defaultValue = "30", description = "timed seconds per run")
    int seconds;

    @Option(names = "--warmup", defaultValue = "30000", description = "requests sent before the first timed run")
    int warmup;

    @Option(names = "--params", defaultValue = "limit=10&facets=source,topic&histogram=month&collapse=true",
            description = "query parameters added to each request (default: the workload of ../shared/bench/README.md)")
    String params;

    @Override
    public Integer call() throws Exception {
        URI base = URI.create(url);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            System.err.println("marsad bench serve: only loopback servers may be load-tested, not " + base.getHost());
            return 2;
        }
        List<URI> uris = new ArrayList<>();
        for (String q : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
            if (!q.isBlank()) uris.add(base.resolve("/api/search?q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8) + "&" + params));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("%d queries from %s against %s (%s)%n", uris.size(), queries, base, params);
        Run w = run(http, uris, 8, Long.MAX_VALUE, warmup);
        System.out.printf("warm-up: %,d requests, %,d errors%n", w.count(), w.errors);
        System.out.println("| clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int c : clients) {
            Run r = run(http, uris, c, seconds * 1_000_000_000L, Long.MAX_VALUE);
            long[] l = r.latencies();
            System.out.printf("| %d | %,d | %,d | %,.0f | %.2f | %.2f | %.2f | %.2f |%n", c, l.length, r.errors,
                    l.length / (r.nanos / 1e9), pct(l, 50), pct(l, 95), pct(l, 99), l.length == 0 ? 0 : l[l.length - 1] / 1e6);
        }
        return 0;
    }

    /** One run: {@code clients} threads until {@code nanos} pass or {@code maxRequests} are sent. */
    private static Run run(HttpClient http, List<URI> uris, int clients, long nanos, long maxRequests) throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long[][] lat = new long[clients][];
        int[] counts = new int[clients];
        long t0 = System.nanoTime();
        Thread[] threads = new Thread[clients];
        for (int t = 0; t < clients; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                int next = me * 7;
                while (System.nanoTime() - t0 < nanos && sent.incrementAndGet() <= maxRequests) {
                    URI u = uris.get(next++ % uris.size());
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(u).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
                    mine[n++] = System.nanoTime() - s;
                }
                lat[me] = mine;
                counts[me] = n;
            });
            threads[t].start();
        }
        for (Thread t : threads) t.join();
        return new Run(lat, counts, errors.get(), System.nanoTime() - t0);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private record Run(long[][] lat, int[] counts, long errors, long nanos) {
        long count() {
            return Arrays.stream(counts).sum();
        }

        long[] latencies() {
            long[] all = new long[(int) count()];
            int k = 0;
            for (int i = 0; i < lat.length; i++) {
                System.arraycopy(lat[i], 0, all, k, counts[i]);
                k += counts[i];
            }
            Arrays.sort(all);
            return all;
        }
    }
}
