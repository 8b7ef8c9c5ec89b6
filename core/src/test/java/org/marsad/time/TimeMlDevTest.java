package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.article.TimeExpression;

/** Real documents: the 20 TimeML development files in ../shared, read with an XML parser. */
class TimeMlDevTest {
    private static List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(SharedData.path("data/time/timeml-ar"))) {
            return s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
    }

    @Test void readerFindsDctAndGoldSpans() throws Exception {
        for (Path f : files()) {
            TimeMlDocument doc = TimeMlDocument.read(f);
            assertThat(doc.dct()).as(f.toString()).isPresent();
            for (TimeExpression t : doc.gold()) assertThat(doc.text().substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test void devScoresStayAboveTheTargets() throws Exception {
        DateEval eval = new DateEval(new TimexTagger());
        for (Path f : files()) eval.add(TimeMlDocument.read(f), Optional.empty());
        assertThat(eval.f1()).as("relaxed F1; errors %s", eval.errors()).isGreaterThanOrEqualTo(0.85);
        assertThat(eval.valueAccuracy()).as("value accuracy; errors %s", eval.errors()).isGreaterThanOrEqualTo(0.80);
    }

    @Test void malformedFileIsReportedWithItsName(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.tml");
        Files.writeString(bad, "<TimeML><TEXT>اليوم</TimeML>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimeMlDocument.read(bad))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("bad.tml");
    }
}
