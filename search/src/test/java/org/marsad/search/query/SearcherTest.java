package org.marsad.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.Fixtures;

/** Searches over a small index of the written dispatches and two real ANT dev files. */
class SearcherTest {
    @TempDir
    static Path dir;
    static Searcher searcher;

    @BeforeAll
    static void index() throws Exception {
        searcher = Searcher.open(Fixtures.smallIndex(dir));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static SearchResult search(String q) throws Exception {
        return searcher.search(SearchRequest.of(q).withLimit(20).withCollapse(false));
    }

    private static List<String> titles(String q) throws Exception {
        return search(q).hits().stream().map(SearchResult.Hit::title).toList();
    }

    @Test void cliticQueryFindsBareWordAndBack() throws Exception {
        assertThat(titles("موسكو")).contains("فوز كبير في المباراة النهائية");
        assertThat(titles("بموسكو")).contains("فوز كبير في المباراة النهائية");
    }

    @Test void syriaSpellingsFindEachOther() throws Exception {
        assertThat(titles("سوريا")).contains("لافروف يصل إلى دمشق", "الخارجية تعلن موعد المؤتمر");
    }

    @Test void phraseNeedsAdjacentWords() throws Exception {
        assertThat(titles("\"أسعار النفط\"")).containsExactly("ارتفاع أسعار النفط");
        assertThat(titles("\"النفط أسعار\"")).isEmpty();
    }

    @Test void booleanOperatorsAndParentheses() throws Exception {
        assertThat(titles("النفط OR المباراة")).hasSize(2);
        assertThat(titles("(النفط OR المباراة) NOT أوبك")).containsExactly("فوز كبير في المباراة النهائية");
    }

    @Test void sourceAndDateFilters() throws Exception {
        assertThat(titles("source:\"وكالة جيم\"")).hasSize(2);
        assertThat(titles("source:\"وكالة جيم\" from:2018-05")).containsExactly("الخارجية تعلن موعد المؤتمر");
        assertThat(titles("لافروف to:2018-03-05")).hasSize(2);
        assertThat(titles("لافروف from:2018-03-06")).isEmpty();
    }

    @Test void exactModeDoesNotStripClitics() throws Exception {
        SearchRequest exact = SearchRequest.of("موسكو").withExact(true).withCollapse(false);
        assertThat(searcher.search(exact).hits()).extracting(SearchResult.Hit::title)
                .doesNotContain("فوز كبير في المباراة النهائية");
    }

    @Test void facetsCountSourcesTopicsAndMonths() throws Exception {
        SearchResult r = search("في");
        assertThat(r.facets().get("source")).extracting(SearchResult.Count::value).contains("وكالة ألف", "CNN");
        assertThat(r.facets().get("topic")).extracting(SearchResult.Count::value).contains("technology");
        assertThat(r.histogram()).extracting(SearchResult.Count::value).contains("2018-03", "2018-04", "2018-05");
        long inMonths = r.histogram().stream().mapToLong(SearchResult.Count::count).sum();
        assertThat(inMonths).isEqualTo(r.total());
    }

    @Test void onlyTheAskedFacetsAndHistogramAreCounted() throws Exception {
        SearchResult r = searcher.search(SearchRequest.of("في").withFacets(List.of("topic", "source"), SearchRequest.Histogram.DAY));
        assertThat(r.facets()).containsOnlyKeys("topic", "source");
        assertThat(r.facets().keySet()).containsExactly("topic", "source");
        assertThat(r.histogram()).isNotEmpty().allSatisfy(c -> assertThat(c.value()).matches("\\d{4}-\\d{2}-\\d{2}"));
        SearchResult none = searcher.search(SearchRequest.of("في").withFacets(List.of(), SearchRequest.Histogram.NONE));
        assertThat(none.facets()).isEmpty();
        assertThat(none.histogram()).isEmpty();
        assertThat(none.total()).isEqualTo(r.total());
    }

    @Test void unknownFacetsAreRefusedByName() {
        assertThatThrownBy(() -> SearchRequest.of("في").withFacets(SearchRequest.facetList("source,colour"), SearchRequest.Histogram.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'colour'");
    }

    @Test void snippetsHighlightMatchedWords() throws Exception {
        SearchResult r = search("النفط");
        assertThat(r.hits().get(0).snippet()).contains("<b>النفط</b>");
    }

    @Test void dateOrderIsNewestFirst() throws Exception {
        SearchRequest byDate = new SearchRequest("في", 50, 0, SearchRequest.Order.DATE, false, false, List.of(),
                SearchRequest.Histogram.MONTH);
        List<String> dates = searcher.search(byDate).hits().stream().map(SearchResult.Hit::published).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test void pagingReturnsTheNextHits() throws Exception {
        SearchRequest first = new SearchRequest("في", 2, 0, SearchRequest.Order.RELEVANCE, false, false, List.of(), SearchRequest.Histogram.MONTH);
        SearchRequest second = new SearchRequest("في", 2, 2, SearchRequest.Order.RELEVANCE, false, false, List.of(), SearchRequest.Histogram.MONTH);
        List<String> a = searcher.search(first).hits().stream().map(SearchResult.Hit::id).toList();
        List<String> b = searcher.search(second).hits().stream().map(SearchResult.Hit::id).toList();
        assertThat(a).hasSize(2).doesNotContainAnyElementsOf(b);
    }

    @Test void realRepublishedCopiesAreGrouped() throws Exception {
        // CNN published some ANT dev articles under both http and https URLs: same text, two ids
        SearchResult r = searcher.search(SearchRequest.of("source:CNN").withLimit(50));
        assertThat(r.hits()).anySatisfy(h -> assertThat(h.copies()).isGreaterThan(1));
    }

    @Test void copyCountsAndSourcesAgreeWithTheStoryLookup() throws Exception {
        // collapsing counts copies from per-reader tables; story() searches the index: both must agree
        SearchResult r = searcher.search(SearchRequest.of("source:CNN OR لافروف").withLimit(100));
        assertThat(r.hits()).isNotEmpty();
        for (SearchResult.Hit h : r.hits()) {
            List<SearchResult.Hit> copies = searcher.story(h.id());
            assertThat(h.copies()).as(h.id()).isEqualTo(copies.size());
            assertThat(h.copySources()).as(h.id()).containsExactlyInAnyOrderElementsOf(
                    copies.stream().map(SearchResult.Hit::source).filter(java.util.Objects::nonNull).distinct().limit(8).toList());
        }
    }

    @Test void storyCopiesCollapseIntoOneHit() throws Exception {
        SearchResult collapsed = searcher.search(SearchRequest.of("لافروف"));
        assertThat(collapsed.total()).isEqualTo(2);
        assertThat(collapsed.hits()).singleElement().satisfies(h -> {
            assertThat(h.copies()).isEqualTo(2);
            assertThat(h.copySources()).containsExactlyInAnyOrder("وكالة ألف", "وكالة باء");
        });
        String story = collapsed.hits().get(0).story();
        assertThat(searcher.story(story)).hasSize(2);
        assertThat(searcher.story(collapsed.hits().get(0).id())).hasSize(2);
    }

    @Test void differentStoriesStayApart() throws Exception {
        SearchResult r = search("source:وكالة");
        assertThat(r.hits()).hasSize(5);
        long stories = r.hits().stream().map(SearchResult.Hit::story).distinct().count();
        assertThat(stories).isEqualTo(4);     // only the two Lavrov copies share one
    }

    @Test void randomQueriesNeverThrowAnythingButQueryErrors() throws Exception {
        String[] parts = {"موسكو", "بموسكو", "\"وزير الخارجية\"", "AND", "OR", "NOT", "-", "(", ")", "\"", "«", "»",
            "person:", "place:دمشق", "source:", "from:2018", "to:2018-04-31", "topic:sport", "x:", ":", "في", "*", "?",
            "~", "^2", "\\", "title:النفط", "story:abc", "id:1", "speaker:\"", "2018", "٢٠١٨", "ـ", "ُ", "AND(", "OR)"};
        Random rnd = new Random(20180807);
        int ok = 0;
        int errors = 0;
        for (int i = 0; i < 400; i++) {
            StringBuilder q = new StringBuilder();
            int n = 1 + rnd.nextInt(6);
            for (int k = 0; k < n; k++) q.append(parts[rnd.nextInt(parts.length)]).append(rnd.nextInt(4) == 0 ? "" : " ");
            try {
                searcher.search(SearchRequest.of(q.toString()));
                ok++;
            } catch (QueryException e) {
                assertThat(e.getMessage()).startsWith("column ").doesNotContain("\n");
                errors++;
            }
        }
        assertThat(ok).isPositive();
        assertThat(errors).isPositive();
    }
}
