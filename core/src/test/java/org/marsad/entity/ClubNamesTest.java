package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linkedAs;
import static org.marsad.entity.LinkerFixture.linkedFound;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** Clubs named by an opener and a town ({@link ClubNames}), on sentences written for these tests. */
class ClubNamesTest {
    @Test
    void aTownAfterAClubsOpenerIsTheClubWithIt() {
        // {sentence, first token, last token}: the recogniser took only the town
        EntityLinker.Result r = linkedAs("وتعاقد هرتا برلين مع مدافع شاب.", EntityType.LOC, new int[][] {{0, 2, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("هرتا برلين", EntityType.ORG));
        // with the conjunction on the opener (the mention leaves it out), and «اتحاد» before a town
        r = linkedAs("ويلعب الفريق مع اتحاد طنجة وحسنية أكادير هذا الشهر.", EntityType.LOC, new int[][] {{0, 4, 4}, {0, 6, 6}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("اتحاد طنجة", EntityType.ORG), tuple("حسنية أكادير", EntityType.ORG));
        r = linkedAs("وتعادل وفاق سطيف مع ضيفه.", EntityType.LOC, new int[][] {{0, 2, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("وفاق سطيف", EntityType.ORG));
    }

    @Test
    void aClubFoundAsAPersonOrInTwoPiecesBecomesOneOrganisation() {
        EntityLinker.Result r = linkedAs("وفاز أولمبيك خريبكة أمس بهدفين.", EntityType.PER, new int[][] {{0, 1, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("أولمبيك خريبكة", EntityType.ORG));
        r = linkedFound("وطلب لوكوموتيف موسكو ضم اللاعب.",
                new EntityLinker.Found(0, 1, 1, EntityType.LOC), new EntityLinker.Found(0, 2, 2, EntityType.ORG));
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("لوكوموتيف موسكو", EntityType.ORG));
    }

    @Test
    void aUnionBeforeACountryOrAnOpenerWithTheArticleOpensNoClub() {
        // the union of the two countries is no club; «اتحاد» before «مصر» keeps the country
        assertThat(linkedAs("ودعا إلى اتحاد مصر والسودان.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).contains(tuple("مصر", EntityType.LOC));
        // «الدينامو» with the article is a word of its own here
        assertThat(linkedAs("وأعاد الدينامو موسكو إلى الحياة.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("موسكو", EntityType.LOC));
    }
}
