package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.liblinear.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-outlet feature copies: which are kept, and that they leave the shared part of a vector alone. */
class FeatureSpaceTest {
    private static LabelledCorpus.Doc doc(String outlet, String label, Map<String, Integer> f) {
        return new LabelledCorpus.Doc(null, label, outlet, List.of(), new String[0], f);
    }

    private static List<LabelledCorpus.Doc> docs() {
        List<LabelledCorpus.Doc> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out.add(doc("Alpha", "sport", Map.of("w:مباراه", 1, "w:فريق", 2)));
            out.add(doc("Beta", "economy", Map.of("w:بورصه", 1, "w:فريق", 1)));
        }
        return out;
    }

    private static TopicTrainer.Settings settings(boolean outlets) {
        TopicTrainer.Settings d = TopicTrainer.Settings.defaults();
        return new TopicTrainer.Settings(3, 3, true, true, false, 0.9, 20, d.cGrid(), d.eps(), outlets, 0.5, false);
    }

    @Test
    void outletCopiesFollowTheFrequencyCutWithinTheOutlet() {
        FeatureSpace s = FeatureSpace.build(docs(), settings(true));
        assertThat(s.order()).contains("@alpha|bias", "@alpha|w:مباراه", "@alpha|w:فريق", "@beta|w:بورصه", "@beta|bias")
                .doesNotContain("@beta|w:مباراه");
        assertThat(s.idf()[s.index().get("@alpha|w:فريق")]).isEqualTo(0.5f);
    }

    @Test
    void copiesDoNotChangeTheSharedValues() {
        FeatureSpace s = FeatureSpace.build(docs(), settings(true));
        Map<String, Integer> counts = Map.of("w:مباراه", 1, "w:فريق", 2);
        Feature[] shared = s.vector(counts, null);
        Feature[] withOutlet = s.vector(counts, "alpha");
        assertThat(withOutlet).hasSize(shared.length + 3);
        for (Feature f : shared) {
            assertThat(List.of(withOutlet)).anyMatch(g -> g.getIndex() == f.getIndex() && g.getValue() == f.getValue());
        }
        for (int i = 1; i < withOutlet.length; i++) assertThat(withOutlet[i].getIndex()).isGreaterThan(withOutlet[i - 1].getIndex());
        assertThat(s.vector(counts, "gamma")).isEqualTo(shared);
    }

    @Test
    void noOutletSettingMeansNoCopies() {
        assertThat(FeatureSpace.build(docs(), settings(false)).order()).noneMatch(f -> f.startsWith("@"));
    }
}
