package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random queries, entity ids and bodies (seeded): answers are 200 or a 4xx JSON error, never a 500. */
class RandomQueryTest {
    static final String[] PIECES = {"لافروف", "دمشق", "\"", "«", "»", "(", ")", ":", "person:", "from:", "to:", "2024",
        "2024-13", "OR", "AND", "NOT", "-", "+", " ", " ", "*", "?", "\\", "%", "<b>", "ـ", "ً", "speaker:", "id:", "x"};
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

    static String random(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) b.append(r.nextInt(10) == 0 ? (char) r.nextInt(0x700) : PIECES[r.nextInt(PIECES.length)]);
        return b.toString();
    }

    static void answered(HttpResponse<String> r, String what) throws Exception {
        assertThat(r.statusCode()).as(what + " -> " + r.body()).isIn(200, 400, 404, 413);
        JsonNode j = TestServer.json(r);
        if (r.statusCode() != 200) assertThat(j.path("error").asText()).as(what).isNotBlank();
    }

    @Test
    void randomInputNeverBreaksTheServer() throws Exception {
        Random r = new Random(20240601L);
        for (int i = 0; i < 300; i++) {
            String s = random(r);
            answered(srv.get("/api/search?q=" + TestServer.q(s) + "&sort=" + (i % 2 == 0 ? "date" : "relevance")), "q=" + s);
            if (i % 3 == 0 && !s.isBlank()) answered(srv.get("/api/entities/" + TestServer.q(s.replace("/", "x"))), "entity " + s);
            if (i % 5 == 0) answered(srv.post("/api/analyze", i % 2 == 0 ? "application/json" : "text/plain", s), "analyze " + s);
        }
    }
}
