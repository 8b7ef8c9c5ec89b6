package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/analyze and POST /api/articles over real HTTP, with the key and size checks. */
class WriteApiTest {
    @TempDir
    static Path dir;
    static TestServer srv;

    @BeforeAll
    static void start() throws Exception {
        srv = TestServer.over(dir.resolve("fresh-index"));    // created empty by the server
    }

    @AfterAll
    static void stop() {
        srv.close();
    }

    static String article(String url, String title, String content) {
        return TestArticles.line("وكالة الاختبار", url, "2024-05-01T10:00:00Z", title, content);
    }

    @Test
    void analyzeTakesPlainText() throws Exception {
        HttpResponse<String> r = srv.post("/api/analyze", "text/plain; charset=utf-8",
                "قال لافروف في موسكو: \"المحادثات كانت مفيدة\".");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = TestServer.json(r);
        assertThat(a.path("entities").toString()).contains("سيرغي لافروف", "موسكو");
        assertThat(a.path("quotes").get(0).path("text").asText()).isEqualTo("المحادثات كانت مفيدة");
        assertThat(a.has("tokens")).isFalse();
    }

    @Test
    void analyzeTakesJsonWithTitleAndDate() throws Exception {
        HttpResponse<String> r = srv.post("/api/analyze?tokens=true", "application/json",
                "{\"title\": \"عنوان\", \"text\": \"وصل غوتيريش إلى جنيف.\", \"published\": \"2024-02-03\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = TestServer.json(r);
        assertThat(a.path("title").asText()).isEqualTo("عنوان");
        assertThat(a.path("published").asText()).isEqualTo("2024-02-03");
        assertThat(a.path("tokens").size()).isGreaterThan(3);
    }

    @Test
    void analyzeRefusesEmptyOrMalformedBodies() throws Exception {
        assertThat(ReadApiTest.error(srv.post("/api/analyze", "text/plain", "   "), 400)).contains("empty");
        assertThat(ReadApiTest.error(srv.post("/api/analyze", "application/json", "{\"text\": "), 400)).contains("not valid JSON");
        assertThat(ReadApiTest.error(srv.post("/api/analyze", "application/json", "{\"title\": \"x\"}"), 400)).contains("\"text\"");
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        String big = "ا".repeat((int) TestServer.MAX_BODY);    // two bytes each in UTF-8
        assertThat(ReadApiTest.error(srv.post("/api/analyze", "text/plain", big), 413)).isNotBlank();
        String bigArticle = article("http://example.test/big", "كبير", big);
        assertThat(ReadApiTest.error(srv.post("/api/articles", "application/json", bigArticle, "X-API-Key", TestServer.KEY), 413))
                .isNotBlank();
    }

    @Test
    void ingestWithoutOrWithAWrongKeyIs401() throws Exception {
        String body = article("http://example.test/k", "عنوان", "نص قصير عن الطقس.");
        assertThat(ReadApiTest.error(srv.post("/api/articles", "application/json", body), 401)).contains("API key");
        assertThat(ReadApiTest.error(srv.post("/api/articles", "application/json", body, "X-API-Key", "wrong"), 401)).contains("API key");
        assertThat(ReadApiTest.error(srv.post("/api/articles", "application/json", body, "Authorization", "Bearer wrong"), 401))
                .contains("API key");
    }

    @Test
    void ingestedArticlesAreSearchableAtOnceAndIngestIsIdempotent() throws Exception {
        String body = "[" + article("http://example.test/w/1", "افتتاح جسر جديد فوق النهر",
                "افتتحت البلدية جسرا جديدا فوق النهر يربط الحيين الشرقي والغربي.") + ","
                + article("http://example.test/w/2", "مهرجان الزيتون السنوي", "انطلق مهرجان الزيتون السنوي بمشاركة مئات المزارعين.") + "]";
        HttpResponse<String> r = srv.post("/api/articles", "application/json", body, "Authorization", "Bearer " + TestServer.KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode done = TestServer.json(r);
        assertThat(done.path("ingested").asInt()).isEqualTo(2);
        assertThat(done.path("ids").size()).isEqualTo(2);
        JsonNode found = TestServer.json(srv.get("/api/search?q=" + TestServer.q("الزيتون")));
        assertThat(found.path("total").asLong()).isEqualTo(1);
        assertThat(found.path("hits").get(0).path("id").asText()).isEqualTo(done.path("ids").get(1).asText());
        JsonNode again = TestServer.json(srv.post("/api/articles", "application/json", body, "X-API-Key", TestServer.KEY));
        assertThat(again.path("ingested").asInt()).isZero();
        assertThat(again.path("skipped").asInt()).isEqualTo(2);
    }

    @Test
    void ingestRefusesArticlesWithoutText() throws Exception {
        assertThat(ReadApiTest.error(srv.post("/api/articles", "application/json", "{\"title\": \"بلا نص\"}",
                "X-API-Key", TestServer.KEY), 400)).contains("no text");
        assertThat(ReadApiTest.error(srv.post("/api/articles", "application/json", "[]", "X-API-Key", TestServer.KEY), 400))
                .contains("no article");
        assertThat(ReadApiTest.error(srv.post("/api/articles", "application/json", "[1]", "X-API-Key", TestServer.KEY), 400))
                .contains("not a JSON object");
    }
}
