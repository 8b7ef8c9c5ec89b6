package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** Link-only names joined by «و» to a mention of their type ({@link CoordinatedNames}), on sentences written for these tests. */
class CoordinatedNamesTest {
    private static org.assertj.core.api.AbstractListAssert<?, java.util.List<? extends org.assertj.core.groups.Tuple>, org.assertj.core.groups.Tuple, org.assertj.core.api.ObjectAssert<org.assertj.core.groups.Tuple>> mentions(
            String body, EntityType type, int[]... spans) {
        return assertThat(linkedAs(body, type, spans).mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().id());
    }

    @Test
    void aLinkOnlyNameAfterAMentionAndAndIsAName() {
        // {sentence, first token, last token} of the recogniser's mention: «طالبان», «السنغال», «أبين»
        mentions("وانسحب مقاتلو طالبان والقاعدة من المدينة.", EntityType.ORG, new int[] {0, 2, 2})
                .containsExactly(tuple("طالبان", "kb:org/taliban"), tuple("القاعدة", "kb:org/al-qaeda"));
        mentions("وعمل مستشارا في السنغال ومالي.", EntityType.LOC, new int[] {0, 3, 3})
                .containsExactly(tuple("السنغال", "kb:country/sn"), tuple("مالي", "kb:country/ml"));
        // the span starts after «و», though «لحج» looks like ل + «حج»
        mentions("وتقدمت القوات في محافظتي أبين ولحج.", EntityType.LOC, new int[] {0, 4, 4})
                .containsExactly(tuple("أبين", "kb:loc/abyan"), tuple("لحج", "kb:loc/lahij"));
        // but a name whose «و» is its own keeps it: «واس», the Saudi Press Agency, not «اس»
        mentions("وقالت وكالة الأنباء السعودية واس إن الخطوة جاءت في وقتها.", EntityType.ORG, new int[] {0, 1, 3})
                .containsExactly(tuple("وكالة الأنباء السعودية", "kb:org/spa"), tuple("واس", "kb:org/spa"));
    }

    @Test
    void aLinkOnlyNameBeforeAMentionThatOpensWithAndIsAName() {
        mentions("واحتجز معتقلون من القاعدة وطالبان.", EntityType.ORG, new int[] {0, 4, 4})
                .containsExactly(tuple("القاعدة", "kb:org/al-qaeda"), tuple("طالبان", "kb:org/taliban"));
    }

    @Test
    void theWordStaysAWordBesideNoNameOfItsType() {
        // «المالي» after a common noun, and «القاعدة» beside a place, are words
        assertThat(linkedAs("وقدم الدعم السياسي والمالي للمشروع.", EntityType.LOC, new int[][] {}).mentions()).isEmpty();
        assertThat(linkedAs("وزار الوفد قندهار والقاعدة العسكرية.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("قندهار", EntityType.LOC));
    }

    @Test
    void twoCoordinatedBodiesTheRecogniserRanTogetherAreTwo() {
        // «و» and a body's head noun open the second
        assertThat(linkedAs("وحاضر خبراء من الاتحاد الدولي والاتحاد الإنجليزي لكرة القدم.", EntityType.ORG, new int[][] {{0, 3, 6}})
                .mentions()).extracting(EntityMention::text).containsExactly("الاتحاد الدولي", "الاتحاد الإنجليزي");
        // a ministry of two portfolios is one body
        assertThat(linkedAs("وأعلنت وزارة التجارة والصناعة القرار.", EntityType.ORG, new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("وزارة التجارة والصناعة");
    }
}
