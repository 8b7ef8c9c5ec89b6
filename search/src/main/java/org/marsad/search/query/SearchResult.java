package org.marsad.search.query;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total     number of matching articles (exact)
 * @param hits      the requested page of hits
 * @param facets    top values per dimension (person, place, org, source, topic), most frequent first
 * @param histogram matches per day or month, in date order
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<Count>> facets, List<Count> histogram) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        histogram = List.copyOf(histogram);
    }

    /**
     * One hit. {@code snippet} marks matched words with {@code <b>..</b>}; {@code copies} is the
     * number of articles in the hit's story (1 when alone) and {@code copySources} their sources.
     */
    public record Hit(String id, String title, String source, String published, float score, String snippet,
                      String story, int copies, List<String> copySources) {
        public Hit {
            copySources = List.copyOf(copySources);
        }
    }

    /** A facet value or histogram bucket with its count. */
    public record Count(String value, long count) {}
}
