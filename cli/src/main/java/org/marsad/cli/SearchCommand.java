package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.json.AnalysisJson;
import org.marsad.search.query.QueryException;
import org.marsad.search.query.SearchRequest;
import org.marsad.search.query.SearchResult;
import org.marsad.search.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad search}: runs one query against an index and prints a readable listing or, with
 * {@code --json}, one JSON object {total, hits, facets}. A malformed query prints one line naming
 * the column and exits 2.
 */
@Command(name = "search", description = "Search an index. Query syntax: words, \"phrases\", AND OR NOT, ( ), "
        + "person: place: org: source: topic: speaker: title: quote: from: to: story: id:")
final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "the query")
    String query;

    @Option(names = "--index", required = true, description = "index directory")
    Path index;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--limit", defaultValue = "10", description = "hits to show (default 10)")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "hits to skip, for paging")
    int offset;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance (default) or date (newest first)")
    String sort;

    @Option(names = "--exact", description = "match words as written (still folding spelling variants), no stemming")
    boolean exact;

    @Option(names = "--no-collapse", description = "list every copy of a story, not one hit per story")
    boolean noCollapse;

    @Option(names = "--histogram", defaultValue = "month", description = "date histogram by month (default), day or none")
    String histogram;

    @Option(names = "--facets", defaultValue = "all",
            description = "facets to count: all (default), none, or a comma list of person,place,org,source,topic")
    String facets;

    @Override
    public Integer call() throws Exception {
        SearchRequest.Order order;
        SearchRequest.Histogram hist;
        try {
            order = SearchRequest.Order.valueOf(sort.toUpperCase(Locale.ROOT));
            hist = SearchRequest.Histogram.valueOf(histogram.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("marsad search: --sort is relevance or date, --histogram is month, day or none");
            return 2;
        }
        SearchRequest req;
        try {
            req = new SearchRequest(query, limit, offset, order, exact, !noCollapse, SearchRequest.facetList(facets), hist);
        } catch (IllegalArgumentException e) {
            System.err.println("marsad search: " + e.getMessage());
            return 2;
        }
        try (Searcher s = Searcher.open(index)) {
            SearchResult r = s.search(req);
            System.out.println(json ? toJson(r, hist) : listing(r));
            return 0;
        } catch (QueryException e) {
            System.err.println("marsad search: query error at " + e.getMessage());
            System.err.println("  " + query);
            System.err.println("  " + " ".repeat(Math.max(0, e.column() - 1)) + "^");
            return 2;
        } catch (java.io.IOException e) {
            System.err.println("marsad search: " + e.getMessage());
            return 2;
        }
    }

    static String toJson(SearchResult r, SearchRequest.Histogram hist) throws Exception {
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("total", r.total());
        ArrayNode hits = o.putArray("hits");
        for (SearchResult.Hit h : r.hits()) {
            ObjectNode n = hits.addObject();
            n.put("id", h.id());
            n.put("title", h.title());
            n.put("source", h.source());
            n.put("published", h.published());
            n.put("score", h.score());
            n.put("snippet", h.snippet());
            n.put("story", h.story());
            n.put("copies", h.copies());
            n.set("copySources", AnalysisJson.MAPPER.valueToTree(h.copySources()));
        }
        ObjectNode facets = o.putObject("facets");
        for (Map.Entry<String, List<SearchResult.Count>> e : r.facets().entrySet()) counts(facets.putArray(e.getKey()), e.getValue());
        ObjectNode h = facets.putObject("published");
        h.put("interval", hist.name().toLowerCase(Locale.ROOT));
        counts(h.putArray("buckets"), r.histogram());
        return AnalysisJson.MAPPER.writeValueAsString(o);
    }

    private static void counts(ArrayNode arr, List<SearchResult.Count> counts) {
        for (SearchResult.Count c : counts) arr.addObject().put("value", c.value()).put("count", c.count());
    }

    static String listing(SearchResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%,d matching articles%n", r.total()));
        int i = 1;
        for (SearchResult.Hit h : r.hits()) {
            b.append(String.format("%n%d. %s%n", i++, h.title() == null ? "(no title)" : h.title()));
            b.append(String.format("   %s  %s  id %s  score %.2f%n", h.source() == null ? "-" : h.source(),
                    h.published() == null ? "-" : h.published().substring(0, 10), h.id(), h.score()));
            if (h.copies() > 1) {
                b.append(String.format("   %d copies from sources %s (marsad story %s)%n", h.copies(),
                        String.join(", ", h.copySources()), h.story()));
            }
            if (!h.snippet().isEmpty()) b.append("   ").append(h.snippet().replace("<b>", "[").replace("</b>", "]")).append('\n');
        }
        for (Map.Entry<String, List<SearchResult.Count>> e : r.facets().entrySet()) {
            if (e.getValue().isEmpty()) continue;
            b.append(String.format("%n%s: ", e.getKey()));
            b.append(String.join(", ", e.getValue().stream().map(c -> c.value() + " (" + c.count() + ")").toList()));
        }
        if (!r.histogram().isEmpty()) {
            b.append(String.format("%npublished: "));
            b.append(String.join(", ", r.histogram().stream().map(c -> c.value() + " (" + c.count() + ")").toList()));
        }
        return b.toString();
    }
}
