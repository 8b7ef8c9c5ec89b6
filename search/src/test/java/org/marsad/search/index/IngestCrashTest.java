package org.marsad.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.Fixtures;

/**
 * Kills a child JVM with destroyForcibly (SIGKILL) in the middle of an ingest, then checks that
 * the index is intact, holds at least everything the child reported as committed, and that a
 * second run completes it with exactly one copy of each article.
 */
class IngestCrashTest {
    private static final int ARTICLES = 1000;

    @TempDir
    Path dir;

    @Test
    void killMinus9MidIngestLosesNothingAcknowledgedAndResumes() throws Exception {
        Path input = syntheticArticles(dir.resolve("many.jsonl"));
        Path index = dir.resolve("index");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        String shared = System.getProperty("marsad.shared");
        if (shared != null) cmd.add("-Dmarsad.shared=" + shared);
        cmd.addAll(List.of(IngestChild.class.getName(), index.toString(), input.toString()));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        AtomicLong acknowledged = new AtomicLong();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (line.startsWith("committed ")) {
                    acknowledged.set(Long.parseLong(line.substring(10)));
                    if (acknowledged.get() >= 100) break;     // well into the run: kill it now
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged.get()).as("child output: %s", output).isGreaterThanOrEqualTo(100).isLessThan(ARTICLES);

        try (var d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
            assertThat(check.checkIndex().clean).isTrue();
        }
        int afterKill = distinctIds(index);
        assertThat(afterKill).isGreaterThanOrEqualTo((int) acknowledged.get()).isLessThan(ARTICLES);

        IngestReport resumed = Fixtures.ingest(index, List.of(input.toString()));
        assertThat(resumed.skipped()).isEqualTo(afterKill);
        assertThat(resumed.ingested()).isEqualTo(ARTICLES - afterKill);
        assertThat(distinctIds(index)).isEqualTo(ARTICLES);
        try (var d = FSDirectory.open(index); var r = DirectoryReader.open(d)) {
            assertThat(r.numDocs()).isEqualTo(ARTICLES);
        }
    }

    /** Counts distinct ids, failing if any id occurs twice. */
    private static int distinctIds(Path index) throws Exception {
        Set<String> ids = new HashSet<>();
        try (var d = FSDirectory.open(index); var r = DirectoryReader.open(d)) {
            for (LeafReaderContext ctx : r.leaves()) {
                SortedDocValues v = ctx.reader().getSortedDocValues(Fields.ID);
                var live = ctx.reader().getLiveDocs();
                for (int doc = 0; doc < ctx.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    assertThat(v.advanceExact(doc)).isTrue();
                    assertThat(ids.add(v.lookupOrd(v.ordValue()).utf8ToString())).as("duplicate id").isTrue();
                }
            }
        }
        return ids.size();
    }

    /** Generated articles of random words (seeded), each with its own URL. */
    static Path syntheticArticles(Path f) throws Exception {
        String[] words = ("الحكومة وزير الخارجية مؤتمر موسكو دمشق القاهرة اجتماع المفاوضات الرئيس قال أعلن "
                + "السلام الأمن الاقتصاد النفط الأسعار المنتخب المباراة بموسكو لروسيا والخارجية سيعقد").split(" ");
        Random rnd = new Random(7);
        List<String> lines = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < 60; k++) body.append(words[rnd.nextInt(words.length)]).append(k % 12 == 11 ? ". " : " ");
            var o = org.marsad.json.AnalysisJson.MAPPER.createObjectNode();
            o.put("source", "test").put("url", "http://example.test/n/" + i).put("date", "2018-06-01")
                    .put("title", "خبر " + i).put("content", body.toString());
            lines.add(o.toString());
        }
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }
}
