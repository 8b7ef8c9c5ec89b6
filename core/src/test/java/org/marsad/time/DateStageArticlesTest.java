package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.article.TimeExpression;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Analyzer;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;

/** Real articles: one ANT dev file through the standard analyzer; dates are valid and anchored to publication. */
class DateStageArticlesTest {
    @Test void antArticlesGetValidDates() throws Exception {
        String file = SharedData.path("data/news/ant/dev/SkyNews-middleEast.sgml.gz").toString();
        Analyzer analyzer = Analyzer.standard();
        int articles = 0;
        int dates = 0;
        try (RecordStream records = Inputs.open(file, Format.AUTO, FieldMap.defaults())) {
            while (records.hasNext() && articles < 60) {
                if (!(records.next() instanceof ReadItem.Ok ok)) continue;
                Analysis a = analyzer.analyze(ok.article(), Optional.empty());
                articles++;
                for (TimeExpression t : a.dates()) {
                    dates++;
                    assertThat(a.body().substring(t.start(), t.end())).isEqualTo(t.text());
                    assertThat(t.value()).matches("[0-9X]{2,4}(-.*)?|P.*|.*_REF|XXXX.*");
                }
                String yesterday = java.time.LocalDate.parse(a.article().published().orElseThrow().substring(0, 10)).minusDays(1).toString();
                a.dates().stream().filter(t -> t.text().equals("أمس")).forEach(t -> assertThat(t.value()).isEqualTo(yesterday));
            }
        }
        assertThat(articles).isEqualTo(60);
        assertThat(dates).isGreaterThan(60);
    }
}
