package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.index.IngestProgress;
import org.marsad.search.index.Ingester;
import org.marsad.search.query.SearchRequest;

class ArchiveTest {
    @TempDir
    Path dir;

    @Test
    void commitsByAnotherWriterBecomeSearchableWhenWatched() throws Exception {
        Path index = TestArticles.index(dir);
        try (Archive archive = Archive.open(index, TestArticles.pipeline(), false).watch(Duration.ofMillis(100))) {
            assertThat(archive.size()).isEqualTo(6);
            Path more = dir.resolve("more.jsonl");
            Files.writeString(more, TestArticles.line("وكالة أخرى", "http://example.test/other/1", "2024-07-01", "خبر لاحق",
                    "وصل فريق الإنقاذ إلى القرية المنكوبة بعد ساعات من السير.") + "\n", StandardCharsets.UTF_8);
            new Ingester(index, TestArticles.pipeline(), 1, 10, 1000).ingest(List.of(more.toString()), IngestProgress.Listener.NONE);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            // the new searcher is published before the generation moves on (a cache keyed on the new
            // generation must never hold an old searcher's results), so wait for both
            while ((archive.size() == 6 || archive.generation() == 0) && System.nanoTime() < deadline) Thread.sleep(50);
            assertThat(archive.size()).isEqualTo(7);
            assertThat(archive.generation()).isEqualTo(1);
        }
    }

    @Test
    void searchesKeepWorkingWhileIngestsSwapTheSearcher() throws Exception {
        Path index = TestArticles.index(dir);
        try (Archive archive = Archive.open(index, TestArticles.pipeline(), false)) {
            AtomicInteger failures = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread th = new Thread(() -> {
                    for (int i = 0; i < 200; i++) {
                        try {
                            archive.read(s -> s.search(SearchRequest.of("لافروف")));
                            done.incrementAndGet();
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                });
                th.start();
                readers.add(th);
            }
            for (int i = 0; i < 5; i++) {
                archive.ingest(TestArticles.line("وكالة", "http://example.test/swap/" + i, "2024-08-0" + (i + 1), "خبر " + i,
                        "نص قصير رقم " + i + " عن افتتاح مدرسة جديدة في المدينة.") + "\n");
            }
            for (Thread th : readers) th.join();
            assertThat(failures.get()).isZero();
            assertThat(done.get()).isEqualTo(800);
            assertThat(archive.size()).isEqualTo(11);
            assertThat(archive.generation()).isEqualTo(5);
        }
    }
}
