package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.article.Quote;
import org.marsad.article.TimeExpression;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Analyzer;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;

/** The acceptance checks on ../shared/samples/sana-moscow-lavrov.txt with --date 2017-02-07. */
class LavrovSampleTest {
    private static Analysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        String file = SharedData.path("samples/sana-moscow-lavrov.txt").toString();
        try (RecordStream records = Inputs.open(file, Format.AUTO, FieldMap.defaults())) {
            ReadItem.Ok ok = (ReadItem.Ok) records.next();
            analysis = Analyzer.standard().analyze(ok.article(), Optional.of(LocalDate.of(2017, 2, 7)));
        }
    }

    private static List<Quote> direct() {
        return analysis.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    private static Quote quoteStarting(String prefix) {
        return analysis.quotes().stream().filter(q -> q.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting «" + prefix + "» in " + analysis.quotes()));
    }

    @Test void fourDirectLavrovQuotes() {
        String[] starts = {"حالما تتشكل إدارة الرئيس الامريكي", "على الأقل لأن إدارة ترامب", "إن الاتصالات عن طريق",
                "لكن بعد تولي ترامب"};
        assertThat(direct()).hasSize(4);
        for (int k = 0; k < 4; k++) assertThat(direct().get(k).text()).startsWith(starts[k]);
        assertThat(direct()).allSatisfy(q -> assertThat(q.speaker().orElseThrow().text()).endsWith("لافروف"));
    }

    @Test void participleAndContinuedVerbFrames() {
        assertThat(quoteStarting("على الأقل لأن إدارة ترامب").verb()).isEqualTo("مضيفا");
        assertThat(quoteStarting("إن الاتصالات عن طريق").verb()).isEqualTo("تابع");
    }

    @Test void reportedStatementsOfLavrov() {
        Quote q = quoteStarting("ادارة الرئيس الامريكي السابق");
        assertThat(q.kind()).isEqualTo(Quote.Kind.REPORTED);
        assertThat(q.speaker().orElseThrow().text()).endsWith("لافروف");
        long lavrovReported = analysis.quotes().stream().filter(x -> x.kind() == Quote.Kind.REPORTED)
                .filter(x -> x.speaker().map(s -> s.text().endsWith("لافروف")).orElse(false)).count();
        assertThat(lavrovReported).isGreaterThanOrEqualTo(5);
    }

    @Test void rabbaniStatement() {
        Quote q = quoteStarting("إن كابول تنوي تعميق التعاون مع روسيا");
        assertThat(q.kind()).isEqualTo(Quote.Kind.REPORTED);
        assertThat(q.speaker().orElseThrow().text()).isEqualTo("رباني");
    }

    @Test void quotedNamesAreNotQuotations() {
        assertThat(analysis.quotes()).noneMatch(q -> q.text().equals("داعش") || q.text().equals("التحالف")
                || q.text().equals("مراقبة وقف اطلاق النار"));
    }

    private static TimeExpression date(String text) {
        return analysis.dates().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no date «" + text + "» in " + analysis.dates()));
    }

    @Test void dates() {
        assertThat(date("اليوم").value()).isEqualTo("2017-02-07");
        assertThat(date("أيلول العام الماضي").value()).isEqualTo("2016-09");
        TimeExpression mid = date("منتصف شباط الحالي");
        assertThat(mid.value()).isEqualTo("2017-02");
        assertThat(mid.mod()).contains("MID");
        TimeExpression weekly = date("أسبوعيا");
        assertThat(weekly.type()).isEqualTo(TimeExpression.Type.SET);
        assertThat(weekly.value()).isEqualTo("P1W");
    }

    @Test void spansPointIntoTheBody() {
        String body = analysis.body();
        assertThat(analysis.quotes()).allSatisfy(q -> assertThat(body.substring(q.start(), q.end())).isEqualTo(q.text()));
        assertThat(analysis.dates()).allSatisfy(t -> assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text()));
    }
}
