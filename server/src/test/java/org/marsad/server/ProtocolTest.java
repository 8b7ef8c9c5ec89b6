package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Analyzer;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Stage;
import org.marsad.text.TextStage;

/** What every endpoint shares: error format, no stack traces, metrics, OpenAPI, CORS, security headers, UI. */
class ProtocolTest {
    @TempDir
    static Path dir;
    static TestServer srv;

    /** A stage with a bug: it throws on a marker text, to check what a client sees of a 500. */
    static final class BuggyStage implements Stage {
        @Override public String name() { return "buggy"; }
        @Override public Set<Layer> requires() { return Set.of(Layer.TEXT); }
        @Override public Set<Layer> provides() { return Set.of(Layer.SUMMARY); }
        @Override public Analysis apply(Analysis in) {
            if (in.body().contains("BUG-MARKER")) throw new IllegalStateException("secret internal state at line 42");
            return in;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Analyzer buggy = new Analyzer(Pipeline.of(List.of(new TextStage(), new GazetteerStage(), new BuggyStage())));
        srv = new TestServer(TestArticles.index(dir), buggy, List.of());
    }

    @AfterAll
    static void stop() {
        srv.close();
    }

    @Test
    void aServerBugIsA500WithoutAStackTrace() throws Exception {
        HttpResponse<String> r = srv.post("/api/analyze", "text/plain", "نص فيه BUG-MARKER للاختبار");
        assertThat(r.statusCode()).isEqualTo(500);
        JsonNode e = TestServer.json(r);
        assertThat(e.path("error").asText()).isEqualTo("internal");
        assertThat(r.body()).doesNotContain("secret", "IllegalStateException", "at org.", "BuggyStage");
    }

    @Test
    void unknownPathsAndMethodsGetJsonErrors() throws Exception {
        HttpResponse<String> r = srv.get("/api/nothing-here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(TestServer.json(r).path("error").asText()).isEqualTo("not_found");
        HttpResponse<String> d = srv.http.send(HttpRequest.newBuilder(URI.create(srv.base + "/api/search?q=x"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(d.statusCode()).isIn(404, 405);
        assertThat(TestServer.json(d).path("error").asText()).isNotBlank();
    }

    @Test
    void aMalformedUriStillGetsAJsonError() throws Exception {
        try (java.net.Socket sock = new java.net.Socket("127.0.0.1", srv.server.port())) {
            sock.getOutputStream().write("GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(sock.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/json").contains("\"error\":\"bad_request\"")
                    .doesNotContain("<html", "Exception");
        }
    }

    @Test
    void metricsAreInPrometheusFormat() throws Exception {
        srv.get("/api/health");
        HttpResponse<String> r = srv.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(r.body()).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/health\",status=\"200\"}")
                .contains("marsad_index_articles 6.0").contains("jvm_memory_used_bytes");
    }

    @Test
    void openApiDocumentListsEveryRoute() throws Exception {
        HttpResponse<String> r = srv.get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = TestServer.json(r);
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        for (String route : MarsadServer.ROUTES) {
            String[] mp = route.split(" ");
            assertThat(doc.path("paths").path(mp[1]).has(mp[0].toLowerCase(Locale.ROOT))).as(route).isTrue();
        }
        assertThat(doc.path("paths").size()).isEqualTo(MarsadServer.ROUTES.size());
    }

    @Test
    void corsIsOffUnlessConfigured() throws Exception {
        HttpResponse<String> r = srv.get("/api/health", "Origin", "http://elsewhere.example");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        try (TestServer cors = new TestServer(srv.archive.dir(), TestArticles.analyzer(), List.of("http://allowed.example"))) {
            HttpResponse<String> ok = cors.get("/api/health", "Origin", "http://allowed.example");
            assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://allowed.example");
            HttpResponse<String> other = cors.get("/api/health", "Origin", "http://elsewhere.example");
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void pagesAreServedInArabicRightToLeftWithAStrictContentSecurityPolicy() throws Exception {
        for (String page : List.of("/", "/article.html", "/entity.html")) {
            HttpResponse<String> r = srv.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).contains("<html lang=\"ar\" dir=\"rtl\">");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
        }
        assertThat(srv.get("/api/health").headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theUiNeverAssignsHtmlFromData() throws Exception {
        for (String js : List.of("common", "search", "article", "entity")) {
            String src = srv.get("/js/" + js + ".js").body();
            assertThat(src).as(js).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        }
    }
}
