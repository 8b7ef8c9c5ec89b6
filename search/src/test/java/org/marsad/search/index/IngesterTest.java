package org.marsad.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.pipeline.Analysis;
import org.marsad.search.Fixtures;
import org.marsad.search.query.Searcher;

class IngesterTest {
    @TempDir
    Path dir;

    private List<String> inputs() throws Exception {
        List<String> in = new ArrayList<>(Fixtures.antDev());
        in.add(Fixtures.writtenArticles(dir).toString());
        return in;
    }

    private static int docs(Path index) throws Exception {
        try (var d = FSDirectory.open(index); var r = DirectoryReader.open(d)) {
            return r.numDocs();
        }
    }

    private static long records(List<String> inputs) throws Exception {
        long n = 0;
        for (String f : inputs) {
            try (var rs = org.marsad.read.Inputs.open(f, org.marsad.read.Format.AUTO, org.marsad.read.FieldMap.defaults())) {
                while (rs.hasNext()) if (rs.next() instanceof org.marsad.read.ReadItem.Ok) n++;
            }
        }
        return n;
    }

    @Test
    void ingestsRealAndWrittenArticles() throws Exception {
        IngestReport r = Fixtures.ingest(dir.resolve("ix"), inputs());
        assertThat(r.failed()).isZero();
        long records = records(inputs());
        assertThat(r.ingested() + r.skipped()).isEqualTo(records);
        assertThat(r.ingested()).isGreaterThan(records / 2);
        assertThat(docs(dir.resolve("ix"))).isEqualTo((int) r.ingested());
        assertThat(r.words()).isPositive();
    }

    @Test
    void ingestingTwiceLeavesOneCopy() throws Exception {
        Path ix = dir.resolve("ix");
        IngestReport first = Fixtures.ingest(ix, inputs());
        IngestReport second = Fixtures.ingest(ix, inputs());
        assertThat(second.ingested()).isZero();
        assertThat(second.skipped()).isEqualTo(first.ingested() + first.skipped());
        assertThat(docs(ix)).isEqualTo((int) first.ingested());
    }

    @Test
    void theSameInputTwiceInOneRunIsSkippedOnce() throws Exception {
        String f = Fixtures.writtenArticles(dir).toString();
        IngestReport r = Fixtures.ingest(dir.resolve("ix"), List.of(f, f));
        assertThat(r.ingested()).isEqualTo(5);
        assertThat(r.skipped()).isEqualTo(5);
    }

    @Test
    void aMissingInputIsReportedAndTheRestIngested() throws Exception {
        String missing = dir.resolve("nope.jsonl").toString();
        IngestReport r = Fixtures.ingest(dir.resolve("ix"), List.of(missing, Fixtures.writtenArticles(dir).toString()));
        assertThat(r.failed()).isEqualTo(1);
        assertThat(r.failures()).singleElement().asString().contains("nope.jsonl").contains("no such file");
        assertThat(r.ingested()).isEqualTo(5);
    }

    @Test
    void theStoredAnalysisComesBackWithoutReanalysis() throws Exception {
        Path ix = dir.resolve("ix");
        Fixtures.ingest(ix, List.of(Fixtures.writtenArticles(dir).toString()));
        try (Searcher s = Searcher.open(ix)) {
            String id = s.search(org.marsad.search.query.SearchRequest.of("النفط")).hits().get(0).id();
            Analysis a = s.analysis(id).orElseThrow();
            assertThat(a.body()).startsWith("ارتفعت أسعار النفط");
            assertThat(a.article().title()).contains("ارتفاع أسعار النفط");
        }
    }

    @Test
    void aWireDispatchIsFoundByItsDatelineAgencyAndPlace() throws Exception {
        Path wire = dir.resolve("dispatch.txt");
        java.nio.file.Files.writeString(wire, "موسكو-سانا\nوصل وزير الخارجية إلى العاصمة في زيارة رسمية تستمر يومين.\n");
        Path ix = dir.resolve("ix");
        assertThat(Fixtures.ingest(ix, List.of(wire.toString())).ingested()).isEqualTo(1);
        try (Searcher s = Searcher.open(ix)) {
            assertThat(s.search(org.marsad.search.query.SearchRequest.of("source:SANA place:موسكو")).total()).isEqualTo(1);
        }
    }

    @Test
    void publicationTimesOfEveryReaderFormatAreUnderstood() {
        assertThat(ArticleFields.epochMillis("2018-03-05T09:00:00Z")).contains(1520240400000L);
        assertThat(ArticleFields.epochMillis("2015-07-21 02:51:32")).isPresent();
        assertThat(ArticleFields.epochMillis("Tue, 3 Jul 2018 10:00:00 +0300")).isPresent();
        assertThat(ArticleFields.epochMillis("2018-07-03")).isPresent();
        assertThat(ArticleFields.epochMillis("yesterday")).isEmpty();
    }
}
