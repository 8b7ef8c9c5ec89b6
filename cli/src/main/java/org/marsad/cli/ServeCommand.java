package org.marsad.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.pipeline.Analyzer;
import org.marsad.server.Archive;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad serve}: the REST API and the web UI over an index. Settings come from flags, then
 * the environment (MARSAD_INDEX, MARSAD_PORT, MARSAD_HOST, MARSAD_MAX_BODY, MARSAD_CORS_ORIGINS,
 * MARSAD_CONFIG), then the config file; the API key for writes only from MARSAD_API_KEY.
 */
@Command(name = "serve", description = "Serve the REST API and the Arabic web UI over an index.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--index", description = "index directory (env MARSAD_INDEX)")
    Path index;

    @Option(names = "--port", description = "port (default 7070; 0 picks a free one; env MARSAD_PORT)")
    Integer port;

    @Option(names = "--host", description = "address to listen on (default 127.0.0.1; env MARSAD_HOST)")
    String host;

    @Option(names = "--max-body", description = "largest request body, e.g. 1m (default 1m; env MARSAD_MAX_BODY)")
    String maxBody;

    @Option(names = "--cors-origin", description = "allow browser calls from this origin (repeatable; default: CORS off)")
    List<String> corsOrigins;

    @Option(names = "--threads", description = "most request threads (default 4 per core, at least 8; env MARSAD_THREADS)")
    Integer threads;

    @Option(names = "--config", description = "properties file with index, host, port, max-body, cors-origins, threads (env MARSAD_CONFIG)")
    Path config;

    @Option(names = "--create", description = "create an empty index when DIR has none")
    boolean create;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new HashMap<>();
        if (index != null) flags.put("index", index.toString());
        if (port != null) flags.put("port", port.toString());
        if (host != null) flags.put("host", host);
        if (maxBody != null) flags.put("max-body", maxBody);
        if (corsOrigins != null) flags.put("cors-origins", String.join(",", corsOrigins));
        if (config != null) flags.put("config", config.toString());
        if (threads != null) flags.put("threads", threads.toString());
        ServerConfig c;
        try {
            c = ServerConfig.resolve(flags, System.getenv());
        } catch (ServerConfig.ConfigException e) {
            System.err.println("marsad serve: " + e.getMessage());
            return 2;
        }
        return serve(c, create, null);
    }

    /** Opens the archive, starts the server, prints its URL, and runs until the JVM is stopped. */
    static int serve(ServerConfig c, boolean create, String banner) throws Exception {
        Analyzer analyzer = Analyzer.standard();
        Archive archive;
        try {
            archive = Archive.open(c.index(), analyzer.pipeline(), create).watch(java.time.Duration.ofSeconds(5));
        } catch (java.io.IOException e) {
            System.err.println("marsad serve: " + e.getMessage());
            return 2;
        }
        MarsadServer server;
        try {
            server = MarsadServer.start(c, archive, analyzer);
        } catch (RuntimeException e) {
            archive.close();
            System.err.println("marsad serve: cannot listen on " + c.host() + ":" + c.port() + ": " + rootMessage(e));
            return 2;
        }
        String host = c.host().equals("0.0.0.0") ? "localhost" : c.host();
        if (banner != null) System.out.println(banner);
        System.out.printf("Marsad is serving %,d articles from %s%n", archive.size(), c.index());
        System.out.println("Open http://" + host + ":" + server.port() + "/  (API: /api/search?q=..., docs: /openapi.json; Ctrl-C stops)");
        if (c.apiKey().isEmpty()) System.out.println("Writes (POST /api/articles) are off: set MARSAD_API_KEY to enable them.");
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            archive.close();
            stopped.countDown();
        }, "marsad-shutdown"));
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
