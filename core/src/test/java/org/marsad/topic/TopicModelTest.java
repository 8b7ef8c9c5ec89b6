package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.marsad.article.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicModelTest {
    /** Two labels, two features: «مباراة» points to sport, «بورصة» to economy. */
    private static TopicModel tiny(double temperature) {
        return new TopicModel(List.of("economy", "sport"), Map.of("w:مباراه", 0, "w:بورصه", 1),
                new float[] {1f, 1f}, new float[] {-2f, 2f, 2f, -2f}, new float[] {0f, 0f}, temperature);
    }

    @Test
    void probabilitiesSumToOneAndFollowTheEvidence() {
        Topic t = tiny(1).classify(Map.of("w:مباراه", 2));
        assertThat(t.label()).isEqualTo("sport");
        assertThat(t.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(t.score()).isEqualTo(t.scores().get("sport"));
    }

    @Test
    void temperatureSoftensScoresButKeepsTheLabel() {
        Topic sharp = tiny(0.5).classify(Map.of("w:بورصه", 1));
        Topic soft = tiny(4).classify(Map.of("w:بورصه", 1));
        assertThat(soft.label()).isEqualTo(sharp.label()).isEqualTo("economy");
        assertThat(soft.score()).isLessThan(sharp.score());
    }

    /**
     * «بورصه» points to economy for everyone; outlet "alpha" files «مباراه» stories under economy
     * (its copy outweighs the shared sport weight) and leans to economy by its bias.
     */
    private static TopicModel withOutlet() {
        return new TopicModel(List.of("economy", "sport"),
                Map.of("w:مباراه", 0, "w:بورصه", 1, "@alpha|w:مباراه", 2, "@alpha|bias", 3),
                new float[] {1f, 1f, 1f, 1f}, new float[] {-2f, 2f, 2f, -2f, 5f, -5f, 0.5f, -0.5f}, new float[] {0f, 0f}, 1);
    }

    @Test
    void outletWeightsApplyOnlyToTheirOutlet() {
        TopicModel m = withOutlet();
        assertThat(m.outlets()).containsExactly("alpha");
        assertThat(m.classify(Map.of("w:مباراه", 1), "alpha").label()).isEqualTo("economy");
        assertThat(m.classify(Map.of("w:مباراه", 1), "beta").label()).isEqualTo("sport");
        assertThat(m.classify(Map.of("w:مباراه", 1), null)).isEqualTo(m.classify(Map.of("w:مباراه", 1)));
    }

    @Test
    void unknownOutletIsScoredByTheSharedWeightsAlone() {
        TopicModel m = withOutlet();
        assertThat(m.decisions(Map.of("w:مباراه", 2, "w:بورصه", 1), "somewhere-else"))
                .containsExactly(m.decisions(Map.of("w:مباراه", 2, "w:بورصه", 1), null));
        assertThat(m.decisions(Map.of("w:مباراه", 1), null))
                .containsExactly(tiny(1).decisions(Map.of("w:مباراه", 1)));
    }

    @Test
    void outletKeyIsLowerCaseLettersAndDigits() {
        assertThat(TopicModel.outletKey("France24")).isEqualTo("france24");
        assertThat(TopicModel.outletKey(" Sky News ")).isEqualTo("skynews");
        assertThat(TopicModel.outletKey("?")).isNull();
        assertThat(TopicModel.outletKey(null)).isNull();
    }

    @Test
    void outletWeightsSurviveWriteAndRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("m.tsv.gz");
        withOutlet().write(f, List.of("@alpha|bias", "@alpha|w:مباراه", "w:بورصه", "w:مباراه"));
        TopicModel back = TopicModel.read(Files.newInputStream(f));
        assertThat(back.outlets()).containsExactly("alpha");
        assertThat(back.classify(Map.of("w:مباراه", 1), "alpha")).isEqualTo(withOutlet().classify(Map.of("w:مباراه", 1), "alpha"));
    }

    @Test
    void unknownFeaturesAreNotKnown() {
        assertThat(tiny(1).knows(Map.of("w:غيمه", 3))).isFalse();
        assertThat(tiny(1).knows(Map.of("w:بورصه", 1))).isTrue();
    }

    @Test
    void writeThenReadGivesTheSameModel(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("m.tsv.gz");
        tiny(1.5).write(f, List.of("w:بورصه", "w:مباراه"));
        TopicModel back = TopicModel.read(Files.newInputStream(f));
        assertThat(back.labels()).containsExactly("economy", "sport");
        assertThat(back.temperature()).isEqualTo(1.5);
        assertThat(back.classify(Map.of("w:مباراه", 1))).isEqualTo(tiny(1.5).classify(Map.of("w:مباراه", 1)));
    }

    @Test
    void malformedFileFailsNamingTheProblem() {
        assertThatThrownBy(() -> TopicModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
    }

    @Test
    void shippedModelIsSmallAndHasTheSixAntLabels() throws IOException {
        assertThat(TopicModel.shipped().labels())
                .containsExactlyInAnyOrder("culture", "economy", "internationalNews", "middleEast", "sport", "technology");
        try (var in = TopicModel.class.getResourceAsStream(TopicModel.RESOURCE)) {
            assertThat(in.readAllBytes().length).isLessThan(20 << 20);
        }
    }
}
