package org.marsad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.marsad.json.AnalysisJson;
import org.marsad.pipeline.Analysis;
import org.marsad.search.query.SearchRequest;
import org.marsad.search.query.SearchResult;

/**
 * The read endpoints: search, one article's stored analysis, the copies of a story, and the
 * health check. Handlers translate HTTP to the search module's {@code Searcher} and back;
 * they decide nothing themselves. Thread-safe.
 */
final class ReadApi {
    static final int MAX_LIMIT = 100;
    private final Archive archive;
    private final String pipelineLayers;

    ReadApi(Archive archive, String pipelineLayers) {
        this.archive = archive;
        this.pipelineLayers = pipelineLayers;
    }

    /** GET /api/search?q=...&limit&offset&sort&exact&collapse&facets&histogram (facets=false also drops the histogram) */
    void search(Context ctx) throws Exception {
        SearchRequest r = new SearchRequest(Params.required(ctx, "q"),
                Params.integer(ctx, "limit", 10, 0, MAX_LIMIT),
                Params.integer(ctx, "offset", 0, 0, 10_000),
                Params.choice(ctx, "sort", List.of("relevance", "date"), "relevance").equals("date")
                        ? SearchRequest.Order.DATE : SearchRequest.Order.RELEVANCE,
                Params.bool(ctx, "exact", false),
                Params.bool(ctx, "collapse", true),
                Params.facets(ctx, "facets"),
                // facets=false, as before facet lists existed, also turns the histogram off unless one is asked for
                SearchRequest.Histogram.valueOf(Params.choice(ctx, "histogram", List.of("day", "month", "none"),
                        "false".equalsIgnoreCase(ctx.queryParam("facets")) ? "none" : "month").toUpperCase(java.util.Locale.ROOT)));
        SearchResult res = archive.read(s -> s.search(r));
        // written straight to bytes: a JSON tree first would build and walk the result twice
        ctx.contentType("application/json; charset=utf-8").result(AnalysisJson.MAPPER.writeValueAsBytes(res));
    }

    /** GET /api/articles/{id}: the full stored analysis (the analyze JSON contract). */
    void article(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        Optional<Analysis> a = archive.read(s -> s.analysis(id));
        if (a.isEmpty()) throw ApiException.notFound("no article with id '" + id + "' in the index");
        json(ctx, AnalysisJson.tree(a.get(), false));
    }

    /** GET /api/stories/{id}: every copy of the story of article or story {@code id}, oldest first. */
    void story(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        List<SearchResult.Hit> copies = archive.read(s -> s.story(id));
        if (copies.isEmpty()) throw ApiException.notFound("no article or story with id '" + id + "' in the index");
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("story", copies.get(0).story());
        o.put("copies", copies.size());
        ArrayNode arr = o.putArray("articles");
        for (SearchResult.Hit h : copies) arr.add(AnalysisJson.MAPPER.valueToTree(h));
        json(ctx, o);
    }

    /** GET /api/health */
    void health(Context ctx) {
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("status", "ok");
        o.put("articles", archive.size());
        o.put("version", MarsadServer.VERSION);
        o.put("layers", pipelineLayers);
        json(ctx, o);
    }

    static void json(Context ctx, Object tree) {
        ctx.contentType("application/json; charset=utf-8").result(tree.toString());
    }
}
