package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private InputStream oldIn;
    @TempDir Path dir;

    @BeforeEach void capture() {
        oldOut = System.out;
        oldErr = System.err;
        oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
    }

    private String stdout() { return out.toString(StandardCharsets.UTF_8); }
    private String stderr() { return err.toString(StandardCharsets.UTF_8); }

    private List<JsonNode> jsonLines() throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        for (String line : stdout().split("\n")) if (!line.isBlank()) docs.add(JSON.readTree(line));
        return docs;
    }

    @Test void analyzesTheSampleDispatchAsOneJsonDocument() throws Exception {
        int code = Main.run("analyze", SharedData.path("samples/sana-moscow-lavrov.txt").toString(), "--date", "2017-02-07");
        assertThat(code).isZero();
        List<JsonNode> docs = jsonLines();
        assertThat(docs).hasSize(1);
        JsonNode d = docs.get(0);
        assertThat(d.get("dateline").get("place").asText()).isEqualTo("موسكو");
        assertThat(d.get("dateline").get("agency").asText()).isEqualTo("SANA");
        assertThat(d.get("published").asText()).isEqualTo("2017-02-07");
        assertThat(d.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(d.get("boilerplate")).hasSize(5);
        assertThat(d.get("sentences").size()).isGreaterThanOrEqualTo(10);
        for (String field : List.of("id", "source", "title", "body", "entities", "quotes", "dates", "topic", "keywords", "summary")) {
            assertThat(d.has(field)).as(field).isTrue();
        }
        String body = d.get("body").asText();
        for (JsonNode s : d.get("sentences")) {
            assertThat(s.get("end").asInt()).isLessThanOrEqualTo(body.length());
        }
        assertThat(stderr()).isEmpty();
    }

    @Test void tokensCarryCliticSegmentsWithOffsetsIntoTheBody() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "وصل الوزير بموسكو اليوم.");
        assertThat(Main.run("analyze", "--tokens", f.toString())).isZero();
        JsonNode d = jsonLines().get(0);
        String body = d.get("body").asText();
        for (JsonNode t : d.get("tokens")) {
            assertThat(body.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
        }
        JsonNode bimoscow = d.get("tokens").get(2);
        assertThat(bimoscow.get("segments")).hasSize(2);
        assertThat(bimoscow.get("segments").get(1).get("form").asText()).isEqualTo("موسكو");
    }

    @Test void directoriesGiveJsonLinesAndBadFilesAreReportedWithoutStoppingTheRest() throws Exception {
        Files.writeString(dir.resolve("1.txt"), "القاهرة (رويترز) - قال مسؤول إن المحادثات مستمرة.");
        Files.write(dir.resolve("2.txt"), new byte[0]);
        Files.writeString(dir.resolve("3.jsonl"), "{\"content\":\"نص أول.\"}\n{oops\n{\"content\":\"نص ثان.\"}\n");
        int code = Main.run("analyze", dir.toString());
        assertThat(code).isEqualTo(1);
        assertThat(jsonLines()).hasSize(3);
        assertThat(stderr()).contains("2.txt: empty input").contains("3.jsonl line 2: malformed JSON")
                .contains("3 article(s) analysed, 2 failed").doesNotContain("Exception", "\tat ");
    }

    @Test void readsStdin() throws Exception {
        System.setIn(new ByteArrayInputStream("دمشق-سانا\nأكد الوزير أهمية التعاون.".getBytes(StandardCharsets.UTF_8)));
        assertThat(Main.run("analyze", "-")).isZero();
        JsonNode d = jsonLines().get(0);
        assertThat(d.get("source").get("file").asText()).isEqualTo("-");
        assertThat(d.get("dateline").get("agency").asText()).isEqualTo("SANA");
    }

    @Test void textFormatShowsDatelineBodyAndRemovedBoilerplate() {
        assertThat(Main.run("analyze", "--format", "text", SharedData.path("samples/sana-moscow-lavrov.txt").toString())).isZero();
        assertThat(stdout()).contains("dateline: موسكو-سانا").contains("agency: SANA")
                .contains("removed boilerplate (5)").contains("✗ https://telegram.me/SyrianArabNewsAgency");
    }

    @Test void unknownFormatIsAUsageError() {
        assertThat(Main.run("analyze", "--format", "xml", "x.txt")).isEqualTo(2);
        assertThat(stderr()).contains("unknown --format 'xml'");
    }

    @Test void badDateIsAUsageErrorWithoutStackTrace() {
        assertThat(Main.run("analyze", "--date", "07/02/2017", "x.txt")).isEqualTo(2);
        assertThat(stderr()).contains("--date").doesNotContain("\tat ");
    }

    @Test void shippedExamplesAllAnalyseCleanly() throws Exception {
        // surefire runs in the module directory; the examples live at the project root
        Path examples = Path.of("").toAbsolutePath().resolve("../examples").normalize();
        assertThat(Main.run("analyze", examples.toString())).isZero();
        List<JsonNode> docs = jsonLines();
        assertThat(docs).hasSizeGreaterThanOrEqualTo(7);
        assertThat(docs).allSatisfy(d -> assertThat(d.get("dateline").get("agency").asText()).isNotBlank());
    }
    @Test void summaryBudgetBoundsTheSummaryAndNeverCutsASentence() throws Exception {
        Path f = dir.resolve("budget.txt");
        String first = "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة حمص يضم مئتي سرير وقسما للطوارئ.";
        String second = "وقال الوزير إن المستشفى سيخدم سكان الريف الشرقي الذين كانوا يقطعون مسافات طويلة للعلاج.";
        Files.writeString(f, first + " " + second);
        assertThat(Main.run("analyze", f.toString())).isZero();
        assertThat(jsonLines().get(0).get("summary").asText()).isEqualTo(first + " " + second);
        out.reset();
        assertThat(Main.run("analyze", "--summary-budget", String.valueOf(first.length()), f.toString())).isZero();
        assertThat(jsonLines().get(0).get("summary").asText()).isEqualTo(first);
        out.reset();
        assertThat(Main.run("analyze", "--summary-budget", "40", f.toString())).isZero();
        assertThat(jsonLines().get(0).get("summary").isNull()).isTrue();
    }

    @Test void nonPositiveSummaryBudgetIsAUsageError() {
        assertThat(Main.run("analyze", "--summary-budget", "0", "x.txt")).isEqualTo(2);
        assertThat(stderr()).contains("--summary-budget must be positive");
    }
}
