package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.LinkerFixture.linked;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** Stock indices named after «مؤشر» ({@link MarketIndices}); sentences written for these tests. */
class MarketIndicesTest {
    @Test
    void aNameAfterIndexIsTheIndex() {
        // «نيكي» read as a woman's name, «داكس» as a company: after «مؤشر» both are indices
        assertThat(linked("وارتفع مؤشر نيكي الياباني أمس.", new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("نيكي", EntityType.MISC));
        assertThat(linkedAs("وتراجع مؤشر داكس الألماني.", EntityType.ORG, new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.MISC);
    }

    @Test
    void aQuotedIndexAFewWordsAfterIndexIsTheIndex() {
        // tokens: 0 أنهى 1 مؤشر 2 السوق 3 المالية 4 السعودية 5 " 6 تاسي 7 " ...
        assertThat(linked("أنهى مؤشر السوق المالية السعودية \"تاسي\" جلسة أمس مرتفعا.", new int[][] {{0, 6, 6}}).mentions())
                .filteredOn(m -> m.text().equals("تاسي")).extracting(EntityMention::type).containsExactly(EntityType.MISC);
    }

    @Test
    void aNameElsewhereKeepsItsType() {
        assertThat(linked("وقالت نيكي إن الاجتماع انتهى.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.PER);
        // nor is a body named by its head noun («مؤشر معهد ايفو»: the Ifo institute's index)
        assertThat(linkedAs("وانخفض مؤشر معهد ايفو الألماني.", EntityType.ORG, new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.ORG);
        // nor is a quoted name far after «مؤشر», or one the knowledge base knows, an index
        assertThat(linkedAs("وارتفع مؤشر الثقة في أوساط المستثمرين في بنك \"سامبا\" أمس.", EntityType.ORG, new int[][] {{0, 9, 9}})
                .mentions()).extracting(EntityMention::type).containsExactly(EntityType.ORG);
    }
}
