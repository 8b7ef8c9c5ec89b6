package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.json.AnalysisJson;
import org.marsad.read.Inputs;

/**
 * The shipped topic model was trained on the features the text layer gives today: an edit to the
 * cleaner, tokenizer or segmenter that changes them needs {@code ./marsad train topics} before it is
 * committed (the model shipped until 2026-12-07 had drifted from its command unnoticed).
 */
class TopicModelReproducibleTest {
    @Test
    void theShippedModelSawTheFeaturesTheTextLayerGivesNow() throws Exception {
        List<String> train = Inputs.expand(List.of(SharedData.path("data/news/ant/train").toString()));
        String now = TopicTraining.featureSample(train, StopWords.shipped());
        try (InputStream in = TopicModelReproducibleTest.class.getResourceAsStream("/org/marsad/topic/topic-model.meta.json")) {
            JsonNode meta = AnalysisJson.MAPPER.readTree(in);
            assertThat(meta.path("featureSampleSha256").asText())
                    .as("the text layer's topic features changed since the topic model was trained; run ./marsad train topics")
                    .isEqualTo(now);
        }
    }

    @Test
    void theDigestChangesWithTheStopWords() throws Exception {
        List<String> train = Inputs.expand(List.of(SharedData.path("data/news/ant/train").toString()));
        java.util.List<String> words = new java.util.ArrayList<>(StopWords.shipped().sorted());
        String before = TopicTraining.featureSample(train, new StopWords(words));
        // «في» ("in") becomes a content word, and a feature of nearly every article
        assertThat(words.remove(org.marsad.text.ArabicNormalizer.normalize("في"))).isTrue();
        assertThat(TopicTraining.featureSample(train, new StopWords(words))).isNotEqualTo(before);
    }
}
