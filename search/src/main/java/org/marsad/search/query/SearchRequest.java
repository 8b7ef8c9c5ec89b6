package org.marsad.search.query;

/**
 * One search: the query text, paging, order, exact mode, story collapsing and facets.
 *
 * @param limit     hits to return (1..1000)
 * @param offset    hits to skip (paging)
 * @param collapse  show one hit per story, with its number of copies and their sources
 * @param facets    count facets and the date histogram over all matches
 * @param histogram bucket size of the date histogram
 */
public record SearchRequest(String query, int limit, int offset, Order order, boolean exact, boolean collapse,
                            boolean facets, Histogram histogram) {
    public enum Order { RELEVANCE, DATE }

    public enum Histogram { DAY, MONTH }

    public SearchRequest {
        if (limit < 0 || limit > 1000) throw new IllegalArgumentException("limit must be 0..1000, not " + limit);
        if (offset < 0 || offset > 100_000) throw new IllegalArgumentException("offset must be 0..100000, not " + offset);
    }

    /** Ten hits by relevance, collapsed by story, with facets and a monthly histogram. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, 10, 0, Order.RELEVANCE, false, true, true, Histogram.MONTH);
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
}
