package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.marsad.json.AnalysisJson;

/**
 * The shipped NER models were trained on the knowledge base's words as they are now: an edit to
 * {@code entities.tsv} or {@code countries.tsv} that changes the gazetteer features (a name that is
 * neither '+', '~' nor a person's) needs {@code ./marsad train ner} before it is committed.
 */
class ShippedModelsTest {
    @Test
    void theShippedModelsSawTheGazetteerOfTheKnowledgeBaseTheyShipWith() throws Exception {
        String now = KnowledgeBase.shipped().gazetteer().sha256();
        for (String meta : new String[] {"ner-model.meta.json", "ner-model-wikipedia.meta.json"}) {
            try (InputStream in = ShippedModelsTest.class.getResourceAsStream("/org/marsad/entity/" + meta)) {
                JsonNode m = AnalysisJson.MAPPER.readTree(in);
                assertThat(m.path("gazetteerSha256").asText())
                        .as("%s: the gazetteer words changed since the model was trained; run ./marsad train ner", meta)
                        .isEqualTo(now);
            }
        }
    }

    @Test
    void theShippedModelsWereTrainedOnTheShippedClustersProfilesAndWordCounts() throws Exception {
        // a rebuilt clusters, profile or word-frequency file changes the features: ./marsad train ner must follow
        for (String meta : new String[] {"ner-model.meta.json", "ner-model-wikipedia.meta.json"}) {
            try (InputStream in = ShippedModelsTest.class.getResourceAsStream("/org/marsad/entity/" + meta)) {
                JsonNode resources = AnalysisJson.MAPPER.readTree(in).path("resources");
                for (String r : new String[] {"/org/marsad/entity/clusters.tsv.gz", "/org/marsad/entity/ner-profile.tsv.gz",
                        "/org/marsad/text/wordfreq.tsv.gz", "/org/marsad/entity/ner-names.tsv.gz"}) {
                    try (InputStream shipped = ShippedModelsTest.class.getResourceAsStream(r)) {
                        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(shipped.readAllBytes()));
                        assertThat(resources.path(r).asText()).as("%s: %s changed since the model was trained; run ./marsad train ner", meta, r)
                                .isEqualTo(sha);
                    }
                }
            }
        }
    }

    @Test
    void theDigestChangesWithAWordOrALabel() {
        Gazetteer a = Gazetteer.of(java.util.Map.of("LOC", java.util.List.of("الرياض")));
        Gazetteer b = Gazetteer.of(java.util.Map.of("ORG", java.util.List.of("الرياض")));
        Gazetteer c = Gazetteer.of(java.util.Map.of("LOC", java.util.List.of("الرياض", "جدة")));
        assertThat(a.sha256()).isEqualTo(Gazetteer.of(java.util.Map.of("LOC", java.util.List.of("الرياض"))).sha256())
                .isNotEqualTo(b.sha256()).isNotEqualTo(c.sha256());
    }
}
