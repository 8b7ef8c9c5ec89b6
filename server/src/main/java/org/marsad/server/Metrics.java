package org.marsad.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Server metrics in Prometheus format (Micrometer): a timer per route, method and status
 * ({@code http_server_requests_seconds}), the number of indexed articles, and JVM metrics.
 * Thread-safe.
 */
final class Metrics {
    private static final String STARTED = "marsad.started";
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final java.util.concurrent.ConcurrentHashMap<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    Metrics(Archive archive) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("marsad.index.articles", archive, Archive::size)
                .description("articles in the served index").register(registry);
    }

    void install(JavalinConfig config) {
        config.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        config.routes.after(this::record);
    }

    private void record(Context ctx) {
        Long t0 = ctx.attribute(STARTED);
        if (t0 == null) return;
        Endpoint e = ctx.endpoints().matchedHttpEndpoint();
        String route = e == null ? (ctx.statusCode() == 404 ? "unmatched" : "static") : e.path;
        String method = ctx.method().name();
        int status = ctx.statusCode();
        // one map look-up per request instead of building tags and asking the registry each time
        timers.computeIfAbsent(method + ' ' + status + ' ' + route, k -> Timer.builder("http.server.requests")
                        .tag("method", method).tag("route", route).tag("status", Integer.toString(status)).register(registry))
                .record(System.nanoTime() - t0, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** The Prometheus text exposition of every metric. */
    String scrape() {
        return registry.scrape();
    }
}
