package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.read.ReaderTesting.articles;
import static org.marsad.read.ReaderTesting.failures;

import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.marsad.SharedData;
import org.marsad.article.RawArticle;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
    private static List<ReadItem> readString(String s, FieldMap fields) {
        return ReaderTesting.drain(new JsonLinesReader(new StringReader(s), "t.jsonl", "UTF-8", fields));
    }

    @Test void readsSaudiNewsNetStyleFields() {
        String line = "{\"source\": \"aawsat\", \"url\": \"http://x/1\", \"date_extracted\": \"2015-07-21 02:51:32\", "
                + "\"title\": \"عنوان\", \"author\": \"كاتب\", \"content\": \"نص الخبر.\\n\\nفقرة ثانية.\"}\n";
        RawArticle a = articles(readString(line, FieldMap.defaults())).get(0);
        assertThat(a.source().name()).isEqualTo("aawsat");
        assertThat(a.source().url()).isEqualTo("http://x/1");
        assertThat(a.source().file()).isEqualTo("t.jsonl#1");
        assertThat(a.published()).contains("2015-07-21T02:51:32");
        assertThat(a.title()).contains("عنوان");
        assertThat(a.text()).isEqualTo("نص الخبر.\n\nفقرة ثانية.");
        assertThat(a.field("author")).contains("كاتب");
    }

    @Test void fieldNamesAreConfigurable() {
        FieldMap custom = FieldMap.defaults().with(List.of("body=matn", "title=unwan"));
        RawArticle a = articles(readString("{\"unwan\":\"ع\",\"matn\":\"م\"}", custom)).get(0);
        assertThat(a.title()).contains("ع");
        assertThat(a.text()).isEqualTo("م");
    }

    @Test void badLinesAreReportedWithLineNumbersAndTheRestRead() {
        String s = "{\"content\":\"أ\"}\n{broken\n[1]\n{\"title\":\"no body\"}\n\n{\"content\":\"ب\"}\n";
        List<ReadItem> items = readString(s, FieldMap.defaults());
        assertThat(articles(items)).extracting(RawArticle::text).containsExactly("أ", "ب");
        assertThat(failures(items)).extracting(ReadItem.Failed::input)
                .containsExactly("t.jsonl line 2", "t.jsonl line 3", "t.jsonl line 4");
        assertThat(failures(items).get(0).problem()).startsWith("malformed JSON");
        assertThat(failures(items).get(1).problem()).contains("ARRAY");
        assertThat(failures(items).get(2).problem()).contains("content");
    }

    @Test void unparseableDateIsKeptRawNotInvented() {
        RawArticle a = articles(readString("{\"content\":\"x\",\"date\":\"yesterday-ish\"}", FieldMap.defaults())).get(0);
        assertThat(a.published()).isEmpty();
        assertThat(a.field("publishedRaw")).contains("yesterday-ish");
    }

    @Test void randomLinesNeverThrow() {
        Random r = new Random(5);
        String[] pieces = {"{", "}", "\"content\"", ":", "\"نص\"", ",", "[", "]", "\n", "null", "1", "\"title\"", "\\", "\"\\u06"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(20);
            for (int k = 0; k < n; k++) b.append(pieces[r.nextInt(pieces.length)]);
            for (ReadItem item : readString(b.toString(), FieldMap.defaults())) {
                if (item instanceof ReadItem.Failed f) assertThat(f.input()).startsWith("t.jsonl line ");
            }
        }
    }

    @Test void readsTheRealSaudiNewsNetFileLazily() throws Exception {
        try (RecordStream rs = Inputs.open(SharedData.path("data/news/saudinewsnet/saudinewsnet.jsonl.gz").toString(),
                Format.AUTO, FieldMap.defaults())) {
            int n = 0;
            while (rs.hasNext() && n < 500) {
                ReadItem item = rs.next();
                assertThat(item).isInstanceOf(ReadItem.Ok.class);
                RawArticle a = ((ReadItem.Ok) item).article();
                assertThat(a.text()).isNotBlank();
                assertThat(a.source().url()).startsWith("http");
                assertThat(a.published()).isPresent();
                n++;
            }
            assertThat(n).isEqualTo(500);
        }
    }
}
