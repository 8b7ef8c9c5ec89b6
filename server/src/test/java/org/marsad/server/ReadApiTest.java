package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read endpoints over real HTTP: search, articles, stories, entity profiles, health. */
class ReadApiTest {
    @TempDir
    static Path dir;
    static TestServer srv;

    @BeforeAll
    static void start() throws Exception {
        srv = TestServer.over(TestArticles.index(dir));
    }

    @AfterAll
    static void stop() {
        srv.close();
    }

    static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return TestServer.json(r);
    }

    static String firstId(String query) throws Exception {
        return ok(srv.get("/api/search?q=" + TestServer.q(query))).path("hits").get(0).path("id").asText();
    }

    @Test
    void healthCountsTheArticles() throws Exception {
        JsonNode h = ok(srv.get("/api/health"));
        assertThat(h.path("status").asText()).isEqualTo("ok");
        assertThat(h.path("articles").asInt()).isEqualTo(6);
        assertThat(h.path("layers").asText()).contains("entities", "quotes");
    }

    @Test
    void searchFindsCliticAttachedWordsAndHighlightsThem() throws Exception {
        JsonNode r = ok(srv.get("/api/search?q=" + TestServer.q("النفط")));
        assertThat(r.path("total").asLong()).isEqualTo(1);
        JsonNode hit = r.path("hits").get(0);
        assertThat(hit.path("title").asText()).isEqualTo("ارتفاع أسعار النفط");
        assertThat(hit.path("snippet").asText()).contains("<b>النفط</b>");
    }

    @Test
    void searchCollapsesStoryCopiesWithTheirSources() throws Exception {
        JsonNode r = ok(srv.get("/api/search?q=" + TestServer.q("مؤتمر الحوار")));
        List<Integer> copies = new ArrayList<>();
        r.path("hits").forEach(h -> copies.add(h.path("copies").asInt()));
        assertThat(copies).contains(2);
        JsonNode story = null;
        for (JsonNode h : r.path("hits")) if (h.path("copies").asInt() == 2) story = h;
        assertThat(story.path("copySources").toString()).contains("وكالة الشرق", "صحيفة النهار");
    }

    @Test
    void searchCountsFacetsAndTheMonthlyHistogram() throws Exception {
        JsonNode r = ok(srv.get("/api/search?q=" + TestServer.q("from:2024")));
        assertThat(r.path("total").asLong()).isEqualTo(6);
        assertThat(r.path("facets").path("person").toString()).contains("سيرغي لافروف");
        assertThat(r.path("facets").path("source").toString()).contains("وكالة الشرق");
        List<String> months = new ArrayList<>();
        r.path("histogram").forEach(b -> months.add(b.path("value").asText()));
        assertThat(months).containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
    }

    @Test
    void searchCountsOnlyTheFacetsAskedFor() throws Exception {
        JsonNode some = ok(srv.get("/api/search?q=from:2024&facets=source,topic&histogram=day"));
        List<String> dims = new ArrayList<>();
        some.path("facets").fieldNames().forEachRemaining(dims::add);
        assertThat(dims).containsExactly("source", "topic");
        assertThat(some.path("histogram").get(0).path("value").asText()).matches("2024-\\d{2}-\\d{2}");
        JsonNode none = ok(srv.get("/api/search?q=from:2024&facets=false"));
        assertThat(none.path("facets").size()).isZero();
        assertThat(none.path("histogram").size()).isZero();
        assertThat(none.path("total").asLong()).isEqualTo(some.path("total").asLong());
    }

    @Test
    void facetFilterNarrowsTheResults() throws Exception {
        JsonNode r = ok(srv.get("/api/search?q=" + TestServer.q("from:2024 person:\"سيرغي لافروف\"") + "&collapse=false"));
        assertThat(r.path("total").asLong()).isEqualTo(4);
    }

    @Test
    void searchPagesAndSortsByDate() throws Exception {
        JsonNode p1 = ok(srv.get("/api/search?q=from:2024&sort=date&limit=2&collapse=false"));
        JsonNode p2 = ok(srv.get("/api/search?q=from:2024&sort=date&limit=2&offset=2&collapse=false"));
        assertThat(p1.path("hits").get(0).path("published").asText()).startsWith("2024-04-10");
        assertThat(p1.path("hits").get(1).path("published").asText()).startsWith("2024-04-02");
        assertThat(p2.path("hits").get(0).path("published").asText()).startsWith("2024-03-20");
    }

    @Test
    void articleReturnsTheStoredAnalysisWithEveryLayer() throws Exception {
        String id = firstId("غوتيريش");
        JsonNode a = ok(srv.get("/api/articles/" + id));
        assertThat(a.path("id").asText()).isEqualTo(id);
        assertThat(a.path("title").asText()).isEqualTo("غوتيريش يدعو إلى الحوار في جنيف");
        assertThat(a.path("entities").toString()).contains("Q9002", "Antonio Guterres");
        JsonNode quote = a.path("quotes").get(0);
        assertThat(quote.path("text").asText()).startsWith("الحوار هو الطريق الوحيد");
        assertThat(quote.path("speaker").path("entity").path("id").asText()).isEqualTo("Q9002");
    }

    @Test
    void storyListsBothCopiesOldestFirst() throws Exception {
        String id = firstId("\"بلاده تأمل\"");
        JsonNode s = ok(srv.get("/api/stories/" + id));
        assertThat(s.path("copies").asInt()).isEqualTo(2);
        assertThat(s.path("articles").get(0).path("source").asText()).isEqualTo("وكالة الشرق");
        JsonNode byStory = ok(srv.get("/api/stories/" + TestServer.q(s.path("story").asText())));
        assertThat(byStory.path("copies").asInt()).isEqualTo(2);
    }

    @Test
    void entityProfileOfALinkedPerson() throws Exception {
        JsonNode p = ok(srv.get("/api/entities/Q9001"));
        assertThat(p.path("name").asText()).isEqualTo("سيرغي لافروف");
        assertThat(p.path("nameEn").asText()).isEqualTo("Sergey Lavrov");
        assertThat(p.path("articles").asInt()).isEqualTo(4);
        List<String> months = new ArrayList<>();
        p.path("perMonth").forEach(b -> months.add(b.path("date").asText() + "=" + b.path("articles").asInt()));
        assertThat(months).containsExactly("2024-01=2", "2024-02=1", "2024-04=1");
        assertThat(p.path("coMentioned").toString()).contains("Q9010", "دمشق");
        List<String> said = new ArrayList<>();
        p.path("quotes").forEach(q -> said.add(q.path("text").asText()));
        assertThat(said).anyMatch(t -> t.startsWith("نريد أن يكون المؤتمر"));
        assertThat(said).noneMatch(t -> t.startsWith("الحوار هو الطريق"));    // Guterres said that
        assertThat(p.path("latest").get(0).path("title").asText()).isEqualTo("لافروف يستقبل وفدا في موسكو");
    }

    @Test
    void entityProfileOfAnUnlinkedNameUsesTypeAndName() throws Exception {
        JsonNode p = ok(srv.get("/api/entities/" + TestServer.q("PER:مريم الخطيب")));
        assertThat(p.path("linked").asBoolean()).isFalse();
        assertThat(p.path("articles").asInt()).isEqualTo(1);
        assertThat(p.path("quotes").get(0).path("text").asText()).startsWith("القافلة تحمل غذاء");
    }

    @Test
    void unknownArticleStoryAndEntityAre404WithAJsonError() throws Exception {
        for (String path : List.of("/api/articles/nope", "/api/stories/nope", "/api/entities/Q424242",
                "/api/entities/" + TestServer.q("PER:لا أحد"))) {
            HttpResponse<String> r = srv.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(TestServer.json(r).path("error").asText()).isEqualTo("not_found");
            assertThat(TestServer.json(r).path("detail").asText()).isNotBlank();
        }
    }

    @Test
    void entityIdsWithSlashesAndColonsReachTheApi() throws Exception {
        HttpResponse<String> r = srv.get("/api/entities/" + TestServer.q("kb:per/sergey-lavrov"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
        assertThat(TestServer.json(r).path("detail").asText()).contains("kb:per/sergey-lavrov");
        HttpResponse<String> a = srv.get("/api/articles/" + TestServer.q("a/b"));
        assertThat(TestServer.json(a).path("detail").asText()).contains("'a/b'");
    }

    @Test
    void badQueryIs400NamingTheColumn() throws Exception {
        HttpResponse<String> r = srv.get("/api/search?q=" + TestServer.q("لافروف AND (دمشق"));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode e = TestServer.json(r);
        assertThat(e.path("error").asText()).isEqualTo("bad_query");
        assertThat(e.path("detail").asText()).contains("column 12").contains("never closed");
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        assertThat(error(srv.get("/api/search"), 400)).contains("'q'");
        assertThat(error(srv.get("/api/search?q=x&limit=5000"), 400)).contains("'limit'");
        assertThat(error(srv.get("/api/search?q=x&limit=ten"), 400)).contains("'limit'");
        assertThat(error(srv.get("/api/search?q=x&sort=popular"), 400)).contains("'sort'");
        assertThat(error(srv.get("/api/search?q=x&exact=maybe"), 400)).contains("'exact'");
        assertThat(error(srv.get("/api/search?q=x&facets=source,colour"), 400)).contains("'facets'").contains("colour");
        assertThat(error(srv.get("/api/search?q=x&histogram=year"), 400)).contains("'histogram'");
        assertThat(error(srv.get("/api/search?q=" + TestServer.q("from:2024-13")), 400)).contains("2018-07");
    }

    static String error(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode e = TestServer.json(r);
        assertThat(e.path("error").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("\tat ", "Exception");
        return e.path("detail").asText();
    }
}
