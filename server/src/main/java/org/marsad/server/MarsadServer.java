package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.marsad.pipeline.Analyzer;

/**
 * The Marsad HTTP server: the REST API under {@code /api}, the OpenAPI document at
 * {@code /openapi.json}, Prometheus metrics at {@code /metrics}, and the Arabic web UI (static
 * files) at {@code /}. Wires the handlers to Javalin and nothing more; what each endpoint does
 * lives in {@link ReadApi}, {@link WriteApi} and {@link EntityProfiles}, errors in {@link Errors}.
 * Every response carries a strict Content-Security-Policy, so even a rendering mistake in the UI
 * cannot run a script from article text.
 */
public final class MarsadServer implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    /** Every route the server answers, for the OpenAPI document and its test. */
    public static final List<String> ROUTES = List.of("GET /api/search", "GET /api/articles/{id}",
            "GET /api/stories/{id}", "GET /api/entities/{id}", "POST /api/analyze", "POST /api/articles",
            "GET /api/health", "GET /metrics", "GET /openapi.json");
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private final Javalin app;
    private final Archive archive;

    private MarsadServer(Javalin app, Archive archive) {
        this.app = app;
        this.archive = archive;
    }

    /**
     * Starts a server over {@code archive} ({@code config.port()} 0 picks a free port). The
     * analyzer serves POST /api/analyze; the archive's pipeline analyses ingested articles.
     */
    public static MarsadServer start(ServerConfig config, Archive archive, Analyzer analyzer) {
        String layers = analyzer.pipeline().stages().stream().flatMap(s -> s.provides().stream())
                .map(l -> l.name().toLowerCase(java.util.Locale.ROOT)).distinct().collect(Collectors.joining(","));
        ReadApi read = new ReadApi(archive, layers);
        WriteApi write = new WriteApi(archive, analyzer, config.apiKey(), config.maxBodyBytes());
        EntityProfiles entities = new EntityProfiles(archive);
        Metrics metrics = new Metrics(archive);
        String openapi = resource("/openapi.json");
        Javalin app = Javalin.create(c -> {
            configure(c, config);
            metrics.install(c);
            Errors.install(c);
            c.routes.before("/api/*", write::checkSize);
            c.routes.get("/api/search", read::search);
            c.routes.get("/api/articles/{id}", read::article);
            c.routes.get("/api/stories/{id}", read::story);
            c.routes.get("/api/entities/{id}", entities::handle);
            c.routes.post("/api/analyze", write::analyze);
            c.routes.post("/api/articles", write::ingest);
            c.routes.get("/api/health", read::health);
            c.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
            c.routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
        });
        app.start(config.host(), config.port());
        return new MarsadServer(app, archive);
    }

    private static void configure(JavalinConfig c, ServerConfig config) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.maxRequestSize = config.maxBodyBytes();
        QueuedThreadPool pool = new QueuedThreadPool(config.threads(), Math.min(8, config.threads()));
        pool.setName("marsad-http");
        c.jetty.threadPool = pool;
        c.http.defaultContentType = "application/json; charset=utf-8";
        c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        c.staticFiles.add(s -> {
            s.hostedPath = "/";
            s.directory = "/web";
            s.location = Location.CLASSPATH;
            s.headers = SECURITY_HEADERS;
        });
        c.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        if (!config.corsOrigins().isEmpty()) {
            c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                for (String o : config.corsOrigins()) rule.allowHost(o);
            }));
        }
    }

    private static String resource(String name) {
        try (InputStream in = MarsadServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " is missing from the server jar");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    public Archive archive() {
        return archive;
    }

    /** Stops the server; the archive stays open (its owner closes it). */
    @Override
    public void close() {
        app.stop();
    }
}
