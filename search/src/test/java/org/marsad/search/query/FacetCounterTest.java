package org.marsad.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.Fixtures;
import org.marsad.search.analysis.ArabicSearchAnalyzers;
import org.marsad.search.index.Fields;

/** {@link FacetCounter} gives exactly Lucene's {@link SortedSetDocValuesFacetCounts} results. */
class FacetCounterTest {
    @TempDir
    static Path dir;

    @Test
    void sameTopValuesAndCountsAsLucene() throws Exception {
        Path index = Fixtures.smallIndex(dir);
        QueryParser parser = new QueryParser(ArabicSearchAnalyzers.stemmed(), ArabicSearchAnalyzers.normalized());
        List<String> dims = new ArrayList<>(SearchRequest.FACETS);
        dims.addAll(List.of(Fields.DIM_MONTH, Fields.DIM_DAY, "no-such-dimension"));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facets());
            FacetCounter counter = new FacetCounter(state);
            List<Query> queries = new ArrayList<>(List.of(new MatchAllDocsQuery()));
            for (String q : List.of("لافروف", "النفط OR المباراة", "source:CNN", "في", "موسكو OR دمشق OR سوريا", "كلمةلاتوجد")) {
                queries.add(parser.parse(q, false));
            }
            for (Query q : queries) {
                FacetsCollector fc = FacetsCollectorManager.search(searcher, q, 1, new FacetsCollectorManager()).facetsCollector();
                SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, fc);
                for (int round = 0; round < 2; round++) {    // the second round reuses a pooled array: it must be clean
                    FacetCounter.Counts ours = counter.count(fc, dims);
                    for (String dim : dims) {
                        for (int k : new int[] {1, 3, 10}) {
                            assertThat(ours.top(dim, k)).as(q + " " + dim + " top " + k).isEqualTo(lucene(lucene, dim, k));
                        }
                        assertThat(ours.all(dim)).as(q + " " + dim + " all").isEqualTo(lucene(lucene, dim, Integer.MAX_VALUE));
                    }
                }
            }
        }
    }

    @Test
    void countsOnlyTheDimensionsAskedFor() throws Exception {
        Path index = Fixtures.smallIndex(dir);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facets());
            FacetsCollector fc = FacetsCollectorManager.search(searcher, new MatchAllDocsQuery(), 1, new FacetsCollectorManager())
                    .facetsCollector();
            FacetCounter.Counts some = new FacetCounter(state).count(fc, List.of(Fields.SOURCE, Fields.DIM_MONTH));
            assertThat(some.top(Fields.SOURCE, 10)).isNotEmpty();
            assertThat(some.all(Fields.DIM_MONTH)).isNotEmpty();
            assertThat(some.top(Fields.PERSON, 10)).isEmpty();
            assertThat(some.all(Fields.DIM_DAY)).isEmpty();
        }
    }

    private static List<SearchResult.Count> lucene(SortedSetDocValuesFacetCounts counts, String dim, int k) throws Exception {
        List<SearchResult.Count> out = new ArrayList<>();
        FacetResult fr;
        try {
            fr = k == Integer.MAX_VALUE ? counts.getAllChildren(dim) : counts.getTopChildren(k, dim);
        } catch (IllegalArgumentException e) {
            return out;    // a dimension without values in the index
        }
        if (fr != null) for (LabelAndValue lv : fr.labelValues) out.add(new SearchResult.Count(lv.label, lv.value.longValue()));
        return out;
    }
}
