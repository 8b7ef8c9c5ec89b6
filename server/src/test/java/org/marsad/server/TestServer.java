package org.marsad.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.marsad.json.AnalysisJson;
import org.marsad.pipeline.Analyzer;

/** A server on a free loopback port over an index, and an HTTP client that talks to it. */
final class TestServer implements AutoCloseable {
    static final String KEY = "test-key-0123456789";
    static final long MAX_BODY = 64 * 1024;

    final Archive archive;
    final MarsadServer server;
    final String base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TestServer(Path index, Analyzer analyzer, List<String> corsOrigins) throws IOException {
        archive = Archive.open(index, analyzer.pipeline(), true);
        ServerConfig c = new ServerConfig(index, "127.0.0.1", 0, MAX_BODY, corsOrigins, Optional.of(KEY),
                ServerConfig.defaultThreads());
        server = MarsadServer.start(c, archive, analyzer);
        base = "http://127.0.0.1:" + server.port();
    }

    static TestServer over(Path index) throws IOException {
        return new TestServer(index, TestArticles.analyzer(), List.of());
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return AnalysisJson.MAPPER.readTree(r.body());
    }

    /** Encodes a query parameter value or a path segment (space as %20, valid in both). */
    static String q(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        server.close();
        archive.close();
    }
}
