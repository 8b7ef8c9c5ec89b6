package org.marsad.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Quote;
import org.marsad.article.RawArticle;
import org.marsad.article.Source;
import org.marsad.article.TimeExpression;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Analyzer;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {
    private static Analysis sample() {
        RawArticle raw = new RawArticle(new Source("SANA", "http://sana/1", "f#1"), "UTF-8", Optional.of("عنوان"),
                "موسكو-سانا\nقال لافروف اليوم إن العلاقات جيدة.\nتابعونا على تويتر", Optional.empty(), Map.of("format", "wire"));
        Analysis a = Analyzer.standard().analyze(raw, Optional.of(java.time.LocalDate.of(2017, 2, 7)));
        EntityRef lavrov = new EntityRef("kb:lavrov", "سيرغي لافروف", Optional.of("Sergey Lavrov"), EntityType.PER, Optional.of("Q80137"));
        return a.withEntities(List.of(new EntityMention(4, 10, "لافروف", EntityType.PER, Optional.of(lavrov), Optional.empty())), List.of())
                .withQuotes(List.of(new Quote(14, 33, "إن العلاقات جيدة.", Quote.Kind.REPORTED, "قال",
                        Optional.of(new Quote.Speaker(4, 10, "لافروف", Optional.of(lavrov))))))
                .withDates(List.of(new TimeExpression(11, 16, "اليوم", TimeExpression.Type.DATE, "2017-02-07", Optional.empty())));
    }

    @Test void writesTheContractFieldsInOrder() throws Exception {
        JsonNode o = AnalysisJson.MAPPER.readTree(AnalysisJson.write(sample(), false));
        assertThat(o.fieldNames()).toIterable().startsWith("id", "source", "encoding", "dateline", "published", "title",
                "body", "boilerplate", "sentences", "entities", "entitySummary", "nationalities", "quotes", "dates",
                "topic", "keywords", "summary");
        assertThat(o.get("dateline").get("agency").asText()).isEqualTo("SANA");
        assertThat(o.get("published").asText()).isEqualTo("2017-02-07");
        assertThat(o.get("quotes").get(0).get("kind").asText()).isEqualTo("reported");
        assertThat(o.get("entitySummary").get(0).get("mentions").asInt()).isEqualTo(1);
        assertThat(o.get("topic").isNull() || o.get("topic").get("label").isTextual()).isTrue();
        assertThat(o.get("layers")).extracting(JsonNode::asText).contains("text", "entities", "quotes", "dates");
        assertThat(o.has("tokens")).isFalse();
        assertThat(o.get("boilerplate").get(0).asText()).isEqualTo("تابعونا على تويتر");
    }

    @Test void tokensOnlyWhenAsked() throws Exception {
        JsonNode o = AnalysisJson.MAPPER.readTree(AnalysisJson.write(sample(), true));
        assertThat(o.get("tokens").get(0).get("segments")).isNotEmpty();
    }

    @Test void roundTripsEveryLayer() {
        Analysis a = sample();
        Analysis back = AnalysisJson.read(AnalysisJson.write(a, true));
        assertThat(back).isEqualTo(a);
    }

    @Test void garbageIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> AnalysisJson.read("{not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a Marsad analysis document");
    }
}
