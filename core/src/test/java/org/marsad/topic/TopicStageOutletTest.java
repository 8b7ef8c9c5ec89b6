package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.article.Article;
import org.marsad.article.Source;
import org.marsad.article.Topic;
import org.junit.jupiter.api.Test;

/**
 * The shipped model through the stage: the article's source name picks that outlet's weights,
 * and a source the model never saw (or none) gets exactly the shared-weights topic.
 */
class TopicStageOutletTest {
    private static final String BODY = "قال وزير المالية إن الحكومة ستخفض الضرائب على الشركات الصغيرة العام المقبل، "
            + "بعد أن تراجع النمو الاقتصادي وارتفعت أسعار النفط في الأسواق العالمية. وأضاف أن البنك المركزي سيبقي أسعار الفائدة دون تغيير.";

    private static Topic topic(TopicStage stage, String sourceName) {
        Article a = new Article("test", new Source(sourceName, null, "test"), "UTF-8", Optional.empty(), Optional.empty(),
                Optional.empty(), BODY, List.of(), Map.of());
        return stage.apply(Texts.TEXT.apply(org.marsad.pipeline.Analysis.of(a))).topic().orElseThrow();
    }

    @Test
    void shippedModelHasTheAntOutlets() {
        assertThat(TopicModel.shipped().outlets()).contains("bbc", "cnn", "france24", "skynews");
    }

    @Test
    void unknownOrMissingOutletScoresLikeTheOutletIgnored() {
        Topic ignored = topic(new TopicStage(false), "france24");
        assertThat(topic(new TopicStage(), "Al Somewhere Times")).isEqualTo(ignored);
        assertThat(topic(new TopicStage(), null)).isEqualTo(ignored);
    }

    @Test
    void knownOutletChangesTheScores() {
        TopicStage stage = new TopicStage();
        Topic shared = topic(stage, "Al Somewhere Times");
        Topic france24 = topic(stage, "France24");
        assertThat(france24.scores()).isNotEqualTo(shared.scores());
        assertThat(topic(stage, "france 24")).isEqualTo(france24);
    }
}
