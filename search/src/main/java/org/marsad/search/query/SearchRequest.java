package org.marsad.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.search.index.Fields;

/**
 * One search: the query text, paging, order, exact mode, story collapsing, the facet dimensions
 * to count and the date histogram.
 *
 * @param limit     hits to return (0..1000)
 * @param offset    hits to skip (paging)
 * @param collapse  show one hit per story, with its number of copies and their sources
 * @param facets    facet dimensions to count over all matches, in the order they are reported:
 *                  any of {@link #FACETS}; empty for none
 * @param histogram bucket size of the date histogram over all matches, or none
 */
public record SearchRequest(String query, int limit, int offset, Order order, boolean exact, boolean collapse,
                            List<String> facets, Histogram histogram) {
    public enum Order { RELEVANCE, DATE }

    public enum Histogram { NONE, DAY, MONTH }

    /** Every facet dimension a search can count: people, places, organisations, sources, topics. */
    public static final List<String> FACETS = List.of(Fields.PERSON, Fields.PLACE, Fields.ORG, Fields.SOURCE, Fields.TOPIC);

    public SearchRequest {
        if (limit < 0 || limit > 1000) throw new IllegalArgumentException("limit must be 0..1000, not " + limit);
        if (offset < 0 || offset > 100_000) throw new IllegalArgumentException("offset must be 0..100000, not " + offset);
        for (String f : facets) {
            if (!FACETS.contains(f)) throw new IllegalArgumentException("unknown facet '" + f + "'; facets are " + String.join(", ", FACETS));
        }
        facets = List.copyOf(facets);
    }

    /** Ten hits by relevance, collapsed by story, with every facet and a monthly histogram. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, 10, 0, Order.RELEVANCE, false, true, FACETS, Histogram.MONTH);
    }

    /**
     * Facet dimensions from a comma-separated list: {@code true} or {@code all} is every facet,
     * {@code false}, {@code none} or an empty string none; otherwise names from {@link #FACETS}
     * (the constructor rejects unknown names).
     */
    public static List<String> facetList(String spec) {
        String s = spec.strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("all")) return FACETS;
        if (s.isEmpty() || s.equals("false") || s.equals("none")) return List.of();
        List<String> out = new ArrayList<>();
        for (String part : s.split(",")) {
            String f = part.strip();
            if (!out.contains(f)) out.add(f);
        }
        return out;
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, n, offset, order, exact, collapse, facets, histogram);
    }

    public SearchRequest withCollapse(boolean c) {
        return new SearchRequest(query, limit, offset, order, exact, c, facets, histogram);
    }

    public SearchRequest withExact(boolean e) {
        return new SearchRequest(query, limit, offset, order, e, collapse, facets, histogram);
    }

    public SearchRequest withFacets(List<String> f, Histogram h) {
        return new SearchRequest(query, limit, offset, order, exact, collapse, f, h);
    }
}
