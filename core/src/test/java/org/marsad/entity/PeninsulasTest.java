package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** Peninsulas and «الجزيرة» as land ({@link Peninsulas}), on sentences written for these tests. */
class PeninsulasTest {
    @Test
    void aPeninsulaIsOnePlaceWithItsAdjectiveOrName() {
        // {sentence, first token, last token}: the recogniser took «الجزيرة» for the channel
        EntityLinker.Result r = linkedAs("وانتشرت الزراعة في شبه الجزيرة الإيطالية قديما.", EntityType.ORG, new int[][] {{0, 4, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("شبه الجزيرة الإيطالية", EntityType.LOC));
        // the place after an indefinite «جزيرة» is in the peninsula's name
        r = linkedAs("وعاش الرعاة في شبه جزيرة عمان قرونا.", EntityType.LOC, new int[][] {{0, 5, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("شبه جزيرة عمان", EntityType.LOC));
        // one the recogniser did not find at all, and one the knowledge base knows
        r = linkedAs("وفي شرق شبه الجزيرة كانت المراعي واسعة.", EntityType.LOC, new int[][] {});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("شبه الجزيرة", EntityType.LOC));
        r = linkedAs("وتصاعد التوتر في شبه الجزيرة الكورية أمس.", EntityType.ORG, new int[][] {{0, 4, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("شبه الجزيرة الكورية", "kb:loc/korean-peninsula"));
    }

    @Test
    void theIslandAfterADirectionIsLandAndElsewhereTheChannelStays() {
        EntityLinker.Result r = linkedAs("وكانت القبائل في شمال الجزيرة ترعى الإبل.", EntityType.ORG, new int[][] {{0, 4, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("الجزيرة", EntityType.LOC));
        r = linkedAs("وقال المتحدث لقناة الجزيرة إن الوفد وصل.", EntityType.ORG, new int[][] {{0, 3, 3}});
        assertThat(r.mentions()).extracting(EntityMention::type).containsExactly(EntityType.ORG);
        // an indefinite peninsula before a name the recogniser did not find is no name by itself
        assertThat(linkedAs("وسجلت شبه جزيرة باناك درجات قياسية.", EntityType.LOC, new int[][] {}).mentions()).isEmpty();
        // «شبه» that is "likeness" before no land makes no place
        assertThat(linkedAs("ولا شبه بين الحالتين.", EntityType.LOC, new int[][] {}).mentions()).isEmpty();
    }
}
