package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TopicEvalTest {
    private static TopicEval sample() {
        TopicEval e = new TopicEval();
        e.add("sport", "sport", 0.9);
        e.add("sport", "sport", 0.8);
        e.add("sport", "economy", 0.6);
        e.add("economy", "economy", 0.7);
        return e;
    }

    @Test
    void accuracyCountsExactLabels() {
        assertThat(sample().accuracy()).isEqualTo(0.75);
    }

    @Test
    void macroF1AveragesPerLabelF1() {
        // sport: tp 2, gold 3, predicted 2 -> 0.8; economy: tp 1, gold 1, predicted 2 -> 0.6667
        assertThat(sample().macroF1()).isCloseTo((0.8 + 2.0 / 3) / 2, within(1e-9));
    }

    @Test
    void summaryLineHasTheExactFormat() {
        assertThat(sample().summaryLine()).isEqualTo("accuracy=0.7500 macro_f1=0.7333");
    }

    @Test
    void matrixHasARowPerGoldLabel() {
        assertThat(sample().matrix().lines()).hasSize(3).anyMatch(l -> l.startsWith("sport") && l.contains("2"));
    }

    @Test
    void articleWithoutTopicIsWrongAndShownAsDash() {
        TopicEval e = sample();
        e.add("culture", "-", 0);
        assertThat(e.accuracy()).isEqualTo(0.6);
        assertThat(e.matrix()).contains("-");
    }

    @Test
    void copiesOfOneArticleUnderTwoLabelsCapTheReachableAccuracy() {
        TopicEval e = new TopicEval();
        e.add("middleEast", "middleEast", 0.9, "https://example.org/a");
        e.add("internationalNews", "middleEast", 0.9, "https://example.org/a");
        e.add("sport", "sport", 0.9, "https://example.org/b");
        e.add("sport", "sport", 0.9, "https://example.org/b");
        e.add("economy", "sport", 0.5, null);
        assertThat(e.urlsWithTwoLabels()).isEqualTo(1);
        // URL a: one of its two copies at best; b: both; the article without URL counts as reachable
        assertThat(e.accuracyCeiling()).isEqualTo(0.8);
        assertThat(e.accuracy()).isEqualTo(0.6);
        // both copies of URL a predicted middleEast, one of its labels: both count; b both right; no-URL one wrong
        assertThat(e.accuracyAnyLabelOfTheUrl()).isEqualTo(0.8);
    }

    @Test
    void aPredictionOutsideEveryLabelOfTheUrlStaysWrong() {
        TopicEval e = new TopicEval();
        e.add("middleEast", "sport", 0.9, "https://example.org/a");
        e.add("internationalNews", "sport", 0.9, "https://example.org/a");
        assertThat(e.accuracyAnyLabelOfTheUrl()).isZero();
    }

    @Test
    void withoutUrlsEveryArticleIsReachable() {
        assertThat(sample().urlsWithTwoLabels()).isZero();
        assertThat(sample().accuracyCeiling()).isEqualTo(1.0);
    }
}
