package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityType;

class NerScorerTest {
    @Test
    void chunksFollowConllevalIncludingStrayInsideTags() {
        assertThat(NerScorer.chunks(List.of("B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "I-PER")))
                .containsExactly(new NerScorer.Chunk(0, 2, EntityType.PER), new NerScorer.Chunk(3, 5, EntityType.LOC),
                        new NerScorer.Chunk(5, 6, EntityType.ORG), new NerScorer.Chunk(6, 7, EntityType.PER));
    }

    @Test
    void onlyExactSpansOfTheRightTypeCount() {
        NerScorer s = new NerScorer();
        s.add(List.of("B-PER", "I-PER", "O", "B-LOC"), List.of("B-PER", "O", "O", "B-LOC"));
        s.add(List.of("B-ORG", "O"), List.of("B-LOC", "O"));
        assertThat(s.truePositives(EntityType.LOC)).isEqualTo(1);
        assertThat(s.predicted(EntityType.LOC)).isEqualTo(2);
        assertThat(s.recall(EntityType.PER)).isZero();
        assertThat(s.precision()).isEqualTo(1.0 / 3);
        assertThat(s.recall()).isEqualTo(1.0 / 3);
        assertThat(s.f1()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    }
}
