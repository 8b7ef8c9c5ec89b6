package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.AnalysisJson;

/** The ingest, search and story commands end to end, through {@link Main#run}. */
class SearchCommandsTest {
    @TempDir
    static Path dir;
    static Path index;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void ingest() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.write(input, List.of(
                "{\"source\":\"وكالة ألف\",\"url\":\"http://example.test/1\",\"date\":\"2018-03-05\",\"title\":\"لافروف في دمشق\","
                        + "\"content\":\"وصل وزير الخارجية الروسي إلى دمشق في زيارة يبحث خلالها التحضير لمؤتمر سيعقد بموسكو.\"}",
                "{\"source\":\"وكالة باء\",\"url\":\"http://example.test/2\",\"date\":\"2018-04-10\",\"title\":\"أسعار النفط\","
                        + "\"content\":\"ارتفعت أسعار النفط في الأسواق العالمية بعد قرار خفض الإنتاج.\"}"), StandardCharsets.UTF_8);
        index = dir.resolve("index");
        CliRun r = run("ingest", input.toString(), "--index", index.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("ingested 2, skipped as present 0, failed 0");
    }

    @Test void jsonOutputHasTotalHitsAndFacets() throws Exception {
        CliRun r = run("search", "موسكو", "--index", index.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode o = AnalysisJson.MAPPER.readTree(r.out());
        assertThat(o.path("total").asLong()).isEqualTo(1);
        assertThat(o.path("hits").get(0).path("snippet").asText()).contains("<b>بموسكو</b>");
        assertThat(o.path("facets").path("source").get(0).path("value").asText()).isEqualTo("وكالة ألف");
        assertThat(o.path("facets").path("published").path("buckets")).hasSize(1);
    }

    @Test void malformedQueryIsOneLineAndExitTwo() {
        CliRun r = run("search", "موسكو (دمشق", "--index", index.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("marsad search: query error at column 7").doesNotContain("Exception");
    }

    @Test void missingIndexIsAClearError() {
        CliRun r = run("search", "موسكو", "--index", dir.resolve("nowhere").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no Marsad index in").doesNotContain("Exception");
    }

    @Test void storyListsTheCopies() throws Exception {
        JsonNode hit = AnalysisJson.MAPPER.readTree(run("search", "النفط", "--index", index.toString(), "--json").out())
                .path("hits").get(0);
        CliRun r = run("story", hit.path("id").asText(), "--index", index.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1 copies").contains("أسعار النفط");
    }

    @Test void secondIngestSkipsEverything() {
        CliRun r = run("ingest", dir.resolve("in.jsonl").toString(), "--index", index.toString(), "--quiet");
        assertThat(r.out()).contains("ingested 0, skipped as present 2");
    }
}
