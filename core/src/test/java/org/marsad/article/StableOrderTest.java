package org.marsad.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON output is the same from run to run: maps keep a fixed order, not the per-run order of Map.copyOf. */
class StableOrderTest {
    @Test
    void topicScoresKeepTheModelsLabelOrder() {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String label : List.of("culture", "economy", "internationalNews", "middleEast", "sport", "technology")) {
            scores.put(label, 1 / 6.0);
        }
        assertThat(new Topic("sport", 1 / 6.0, scores).scores().keySet())
                .containsExactly("culture", "economy", "internationalNews", "middleEast", "sport", "technology");
    }

    @Test
    void recordFieldsAreSortedByName() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of("url", "author", "docno", "category", "abstract", "dateline")) fields.put(name, "x");
        Article a = new Article("id", Source.ofFile("f"), "UTF-8", Optional.empty(), Optional.empty(), Optional.empty(),
                "نص", List.of(), fields);
        assertThat(a.fields().keySet()).containsExactly("abstract", "author", "category", "dateline", "docno", "url");
        RawArticle r = new RawArticle(Source.ofFile("f"), "UTF-8", Optional.empty(), "نص", Optional.empty(), fields);
        assertThat(r.fields().keySet()).containsExactly("abstract", "author", "category", "dateline", "docno", "url");
    }
}
