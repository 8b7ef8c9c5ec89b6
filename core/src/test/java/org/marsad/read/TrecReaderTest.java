package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.read.ReaderTesting.articles;
import static org.marsad.read.ReaderTesting.failures;
import static org.marsad.read.ReaderTesting.read;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.marsad.SharedData;
import org.marsad.article.RawArticle;
import org.junit.jupiter.api.Test;

class TrecReaderTest {
    private static final String ANT_STYLE = """
            <DOC>
            <DOCNO>XX-sport-1-20180218</DOCNO>
            <URL>http://example.org/a1</URL>
            <SRC>BBC</SRC>
            <CAT>sport</CAT>
            <TITLE>فوز الفريق &amp; تأهله</TITLE>
            <TIME>Sun, 18 Feb 2018 01:00:09 GMT</TIME>
            <AUTHOR></AUTHOR>
            <ABSTRACT>
            ملخص قصير.
            </ABSTRACT>
            <TEXT>
            فاز الفريق بالمباراة.
            وتأهل إلى النهائي.
            </TEXT>
            </DOC>
            <DOC>
            <DOCNO>XX-sport-2-20180219</DOCNO>
            <TEXT>
            خبر ثان.
            </TEXT>
            </DOC>
            """;

    private static List<ReadItem> readString(String s) {
        return ReaderTesting.drain(new TrecReader(new StringReader(s), "test.sgml", "UTF-8"));
    }

    @Test void readsAntFields() {
        List<RawArticle> a = articles(readString(ANT_STYLE));
        assertThat(a).hasSize(2);
        RawArticle first = a.get(0);
        assertThat(first.title()).contains("فوز الفريق & تأهله");
        assertThat(first.text()).isEqualTo("فاز الفريق بالمباراة.\nوتأهل إلى النهائي.");
        assertThat(first.published()).contains("2018-02-18T01:00:09Z");
        assertThat(first.source().name()).isEqualTo("BBC");
        assertThat(first.source().url()).isEqualTo("http://example.org/a1");
        assertThat(first.field("category")).contains("sport");
        assertThat(first.field("docno")).contains("XX-sport-1-20180218");
        assertThat(first.field("abstract")).contains("ملخص قصير.");
    }

    @Test void readsGigawordShape() {
        String giga = """
                <DOC id="AFP_ARB_20010101.0001" type="story" >
                <HEADLINE>
                عنوان الخبر
                </HEADLINE>
                <DATELINE>
                القاهرة 1-1 (اف ب)
                </DATELINE>
                <TEXT>
                <P>
                الفقرة الأولى.
                </P>
                <P>
                الفقرة الثانية.
                </P>
                </TEXT>
                </DOC>
                """;
        RawArticle a = articles(readString(giga)).get(0);
        assertThat(a.title()).contains("عنوان الخبر");
        assertThat(a.text()).isEqualTo("الفقرة الأولى.\nالفقرة الثانية.");
        assertThat(a.field("docno")).contains("AFP_ARB_20010101.0001");
        assertThat(a.field("type")).contains("story");
        assertThat(a.field("dateline")).contains("القاهرة 1-1 (اف ب)");
        assertThat(a.published()).contains("2001-01-01");
        assertThat(a.source().name()).isEqualTo("AFP");
    }

    @Test void truncatedRecordIsReportedAndEarlierOnesKept() {
        List<ReadItem> items = readString(ANT_STYLE + "<DOC>\n<DOCNO>cut</DOCNO>\n<TEXT>\nمقطوع");
        assertThat(articles(items)).hasSize(2);
        assertThat(failures(items)).singleElement().satisfies(f -> {
            assertThat(f.input()).contains("test.sgml record 3");
            assertThat(f.problem()).contains("truncated");
        });
    }

    @Test void recordWithoutTextIsReportedByDocno() {
        List<ReadItem> items = readString("<DOC>\n<DOCNO>N1</DOCNO>\n<TITLE>t</TITLE>\n</DOC>\n" + ANT_STYLE);
        assertThat(failures(items)).singleElement().satisfies(f -> assertThat(f.problem()).contains("<TEXT>").contains("N1"));
        assertThat(articles(items)).hasSize(2);
    }

    @Test void deeplyNestedMarkupDoesNotOverflow() {
        String nested = "<DOC><DOCNO>N</DOCNO><TEXT>" + "<a>".repeat(200_000) + "نص" + "</a>".repeat(200_000) + "</TEXT></DOC>";
        assertThat(articles(readString(nested))).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("نص"));
    }

    @Test void undecodedBytesFailTheRecordOnly() {
        String bad = ANT_STYLE.replace("خبر ثان.", "خبر \uFFFD ثان.");
        List<ReadItem> items = readString(bad);
        assertThat(articles(items)).hasSize(1);
        assertThat(failures(items)).singleElement().satisfies(f -> assertThat(f.problem()).contains("undecodable"));
    }

    @Test void randomInputNeverThrowsAndAccountsForEveryDoc() {
        Random r = new Random(3);
        String[] pieces = {"<DOC>", "</DOC>", "<TEXT>", "</TEXT>", "<DOCNO>x</DOCNO>", "<P>", "نص عربي", "\n", "<", ">", "&amp;", "&#xZZ;", "<TITLE>"};
        for (int i = 0; i < 1500; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(30);
            for (int k = 0; k < n; k++) b.append(pieces[r.nextInt(pieces.length)]);
            List<ReadItem> items = readString(b.toString());
            for (ReadItem item : items) {
                if (item instanceof ReadItem.Failed f) assertThat(f.problem()).isNotBlank();
            }
        }
    }

    @Test void streamsARealAntFileRecordByRecord() throws Exception {
        byte[] gz = java.nio.file.Files.readAllBytes(SharedData.path("data/news/ant/dev/BBC-sport.sgml.gz"));
        List<ReadItem> items = read(gz, "BBC-sport.sgml.gz");
        assertThat(failures(items)).isEmpty();
        List<RawArticle> a = articles(items);
        assertThat(a).hasSizeGreaterThan(10);
        assertThat(a).allSatisfy(x -> {
            assertThat(x.field("category")).contains("sport");
            assertThat(x.source().name()).isEqualTo("BBC");
            assertThat(x.published()).isPresent();
            assertThat(x.text()).isNotBlank().doesNotContain("<TEXT>", "</DOC>");
            assertThat(x.encoding()).isEqualTo(StandardCharsets.UTF_8.name());
        });
    }
}
