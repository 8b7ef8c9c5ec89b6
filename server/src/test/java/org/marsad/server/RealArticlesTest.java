package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.SharedData;
import org.marsad.article.Article;
import org.marsad.clean.Cleaner;
import org.marsad.pipeline.Analyzer;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import org.marsad.search.index.IngestProgress;
import org.marsad.search.index.Ingester;

/** The API over real ANT dev articles (read from ../shared), analysed with the standard pipeline. */
class RealArticlesTest {
    @TempDir
    static Path dir;
    static TestServer srv;
    static final List<Article> articles = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        String file = SharedData.path("data/news/ant/dev/BBC-culture.sgml.gz").toString();
        Cleaner cleaner = new Cleaner();
        try (RecordStream rs = Inputs.open(file, Format.AUTO, FieldMap.defaults())) {
            while (rs.hasNext()) if (rs.next() instanceof ReadItem.Ok ok) articles.add(cleaner.clean(ok.article()));
        }
        Path index = dir.resolve("index");
        Analyzer standard = Analyzer.standard();
        new Ingester(index, standard.pipeline(), 2, 100, 10_000).ingest(List.of(file), IngestProgress.Listener.NONE);
        srv = new TestServer(index, standard, List.of());
    }

    @AfterAll
    static void stop() {
        if (srv != null) srv.close();
    }

    @Test
    void everyArticleIsFoundByTheLongestWordOfItsTitleAndServedWhole() throws Exception {
        assertThat(articles).isNotEmpty();
        assertThat(TestServer.json(srv.get("/api/health")).path("articles").asInt()).isEqualTo(articles.size());
        for (Article a : articles) {
            if (a.title().isEmpty()) continue;
            String word = List.of(a.title().get().split("[^\\p{L}]+")).stream().max(Comparator.comparingInt(String::length)).orElseThrow();
            JsonNode r = TestServer.json(srv.get("/api/search?collapse=false&limit=100&q=" + TestServer.q("title:" + word)));
            List<String> ids = new ArrayList<>();
            r.path("hits").forEach(h -> ids.add(h.path("id").asText()));
            assertThat(ids).as(word).contains(a.id());
            JsonNode full = TestServer.json(srv.get("/api/articles/" + TestServer.q(a.id())));
            assertThat(full.path("body").asText()).isEqualTo(a.body());
            assertThat(srv.get("/api/stories/" + TestServer.q(a.id())).statusCode()).isEqualTo(200);
        }
    }
}
