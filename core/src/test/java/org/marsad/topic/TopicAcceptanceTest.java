package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.marsad.SharedData;
import org.marsad.article.Keyword;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Analyzer;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 7's acceptance on ../shared/samples/sana-moscow-lavrov.txt, through the standard analyzer. */
class TopicAcceptanceTest {
    private static Analysis sample;

    @BeforeAll
    static void analyse() throws IOException {
        String file = SharedData.path("samples/sana-moscow-lavrov.txt").toString();
        try (RecordStream rs = Inputs.open(file, Format.AUTO, FieldMap.defaults())) {
            sample = Analyzer.standard().analyze(((ReadItem.Ok) rs.next()).article(), Optional.empty());
        }
    }

    @Test
    void topicIsInternationalOrMiddleEast() {
        assertThat(sample.topic()).hasValueSatisfying(t -> assertThat(t.label()).isIn("internationalNews", "middleEast"));
    }

    @Test
    void keywordsNameLavrovAfghanistanAndCounterTerrorism() {
        List<String> k = sample.keywords().stream().map(Keyword::text).toList();
        assertThat(k).hasSizeBetween(5, 10);
        assertThat(k).anyMatch(t -> t.contains("لافروف"));
        assertThat(k).anyMatch(t -> t.contains("أفغانستان") || t.contains("افغانستان"));
        assertThat(k).contains("مكافحة الإرهاب");
    }

    @Test
    void summaryIsWholeBodySentencesCarryingTheLead() {
        String body = sample.body();
        String lead = body.substring(sample.sentences().get(0).start(), sample.sentences().get(0).end());
        assertThat(sample.summary()).hasValueSatisfying(s -> {
            assertThat(s).contains(lead);
            assertThat(s.length()).isLessThanOrEqualTo(300);
            for (var span : sample.sentences()) {
                String sentence = body.substring(span.start(), span.end());
                if (s.contains(sentence)) s = s.replace(sentence, "");
            }
            assertThat(s.strip()).isEmpty();
        });
        assertThat(sample.summary().get()).contains("لافروف").doesNotContain("تيلغرام");
    }
}
