package org.marsad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.marsad.article.RawArticle;
import org.marsad.article.Source;
import org.marsad.json.AnalysisJson;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Analyzer;

/**
 * The endpoints that take a body: POST /api/analyze (analyse, store nothing) and POST
 * /api/articles (ingest; requires the API key). Bodies are size-limited before they are read
 * ({@link #checkSize}); a missing or wrong key is a 401. Thread-safe.
 */
final class WriteApi {
    private final Archive archive;
    private final Analyzer analyzer;
    private final Optional<byte[]> apiKey;
    private final long maxBody;

    WriteApi(Archive archive, Analyzer analyzer, Optional<String> apiKey, long maxBody) {
        this.archive = archive;
        this.analyzer = analyzer;
        this.apiKey = apiKey.map(k -> k.getBytes(StandardCharsets.UTF_8));
        this.maxBody = maxBody;
    }

    /** Bodies up to this size are read and dropped before a 413, so that the client sees the answer. */
    static final long DRAIN_LIMIT = 8L << 20;

    /**
     * Before any body is read: a declared length over the limit is refused without being parsed.
     * Up to {@link #DRAIN_LIMIT} bytes, the body is first read and dropped. If the server closed the
     * connection with the body unread, the client's TCP stack could get a reset instead of the 413
     * while it is still sending, and would report a broken connection rather than the reason.
     */
    void checkSize(Context ctx) {
        long declared = ctx.contentLength();
        if (declared > maxBody) {
            if (declared <= DRAIN_LIMIT) drain(ctx);
            throw new ApiException(413, "payload_too_large", "the request body has " + declared
                    + " bytes; this server accepts at most " + maxBody);
        }
    }

    private static void drain(Context ctx) {
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // dropped
            }
        } catch (java.io.IOException e) {
            // the client went away: nothing to answer
        }
    }

    /**
     * POST /api/analyze: {@code text/plain} body, or JSON {@code {"text", "title", "published"}}.
     * Answers the analysis JSON contract.
     */
    void analyze(Context ctx) {
        String body = body(ctx);
        String text = body;
        Optional<String> title = Optional.empty();
        Optional<String> published = Optional.empty();
        if (isJson(ctx)) {
            JsonNode o = parse(body);
            if (!o.isObject()) throw ApiException.badRequest("expected a JSON object {\"text\": ...}");
            text = textField(o, "text").or(() -> textField(o, "body")).or(() -> textField(o, "content"))
                    .orElseThrow(() -> ApiException.badRequest("the JSON object has no \"text\" field"));
            title = textField(o, "title");
            published = textField(o, "published").or(() -> textField(o, "date"));
        }
        if (text.isBlank()) throw ApiException.badRequest("the text to analyse is empty");
        RawArticle raw = new RawArticle(new Source(null, null, "api"), "UTF-8", title, text, published, Map.of());
        Analysis a = analyzer.analyze(raw, Optional.empty());
        ReadApi.json(ctx, AnalysisJson.tree(a, Params.bool(ctx, "tokens", false)));
    }

    /**
     * POST /api/articles: one JSON article object or an array of them (fields title, content or
     * text or body, url, published or date, source), analysed, indexed and committed.
     */
    void ingest(Context ctx) throws Exception {
        requireKey(ctx);
        JsonNode n = parse(body(ctx));
        StringBuilder lines = new StringBuilder();
        int count = 0;
        for (JsonNode o : n.isArray() ? n : AnalysisJson.MAPPER.createArrayNode().add(n)) {
            count++;
            if (!o.isObject()) throw ApiException.badRequest("article " + count + " is not a JSON object");
            if (textField(o, "content").or(() -> textField(o, "text")).or(() -> textField(o, "body")).isEmpty()) {
                throw ApiException.badRequest("article " + count + " has no text (\"content\", \"text\" or \"body\")");
            }
            lines.append(o).append('\n');
        }
        if (count == 0) throw ApiException.badRequest("no article in the request");
        Archive.Ingested done = archive.ingest(lines.toString());
        ObjectNode out = AnalysisJson.MAPPER.createObjectNode();
        out.put("ingested", done.report().ingested());
        out.put("skipped", done.report().skipped());
        out.put("failed", done.report().failed());
        out.set("failures", AnalysisJson.MAPPER.valueToTree(done.report().failures()));
        out.set("ids", AnalysisJson.MAPPER.valueToTree(done.ids()));
        ctx.status(done.report().failed() > 0 && done.report().ingested() == 0 ? 422 : 200);
        ReadApi.json(ctx, out);
    }

    private void requireKey(Context ctx) {
        if (apiKey.isEmpty()) {
            throw new ApiException(401, "unauthorized", "this server accepts no writes: start it with MARSAD_API_KEY set");
        }
        String given = ctx.header("X-API-Key");
        String auth = ctx.header("Authorization");
        if (given == null && auth != null && auth.startsWith("Bearer ")) given = auth.substring(7).strip();
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), apiKey.get())) {
            throw new ApiException(401, "unauthorized", "a valid API key is required (header X-API-Key or Authorization: Bearer)");
        }
    }

    private String body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > maxBody) {
            throw new ApiException(413, "payload_too_large", "the request body is over " + maxBody + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean isJson(Context ctx) {
        String ct = ctx.contentType();
        return ct != null && ct.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode n = AnalysisJson.MAPPER.readTree(body);
            if (n == null || n.isMissingNode()) throw ApiException.badRequest("the request body is empty");
            return n;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    private static Optional<String> textField(JsonNode o, String name) {
        JsonNode v = o.get(name);
        return v != null && v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }
}
