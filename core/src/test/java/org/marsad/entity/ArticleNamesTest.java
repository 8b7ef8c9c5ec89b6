package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.LinkerFixture.linked;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.pipeline.Analysis;

/** Names the article writes again ({@link ArticleNames}), on sentences written for these tests. */
class ArticleNamesTest {
    @Test
    void theTailOfACompoundNameIsNoSurname() {
        // «الدين» ends «إياد جمال الدين» but alone means debt; «العزيز» ends «عبد العزيز» but means dear
        assertThat(EntityLinker.compoundTail(new String[] {"اياد", "جمال", "الدين"})).isTrue();
        assertThat(EntityLinker.compoundTail(new String[] {"سلمان", "بن", "عبد", "العزيز"})).isTrue();
        assertThat(EntityLinker.compoundTail(new String[] {"كريم", "الحداد"})).isFalse();
        Analysis a = Analyses.of("وقال النائب إياد جمال الدين إن الحكومة مطالبة بخفض الدين العام هذا العام. "
                + "وأضاف أن الدين الخارجي تضاعف خلال خمس سنوات.");
        long alone = a.entities().stream().filter(m -> a.body().substring(m.start(), m.end()).equals("الدين")).count();
        assertThat(alone).isZero();
    }

    @Test
    void aNameFoundOnceIsAMentionWhereverTheArticleRepeatsIt() {
        EntityLinker.Result r = linkedAs("فاز فريق أسيك على منافسه. وتأهل أسيك إلى النهائي. وسيدفع أسيك بأفضل لاعبيه.", EntityType.ORG,
                new int[][] {{0, 2, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("أسيك", "أسيك", "أسيك");
        assertThat(r.mentions()).extracting(m -> m.entity().orElseThrow().id()).containsOnly(r.mentions().get(0).entity().orElseThrow().id());
        // a short word that is also a common noun does not spread («عمر» is also "age")
        EntityLinker.Result omar = linked("بدأ عمر السباحة صغيرا. وتوفي الرجل عن عمر يناهز 90 عاما.", new int[][] {{0, 1, 1}});
        assertThat(omar.mentions()).hasSize(1);
    }
}
