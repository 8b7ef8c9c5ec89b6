package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** A body's head noun before the relative adjective where the recogniser began ({@link HeadedBodies}), on sentences written for these tests. */
class HeadedBodiesTest {
    @Test
    void aNameThatBeginsAtARelativeAdjectiveTakesTheHeadNounBeforeIt() {
        // {sentence, first token, last token}: the recogniser began at «الوطنية» and took the rest for a place
        EntityLinker.Result r = linkedAs("وقالت اللجنة الوطنية اليمنية إن التحقيق مستمر.", EntityType.LOC, new int[][] {{0, 2, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("اللجنة الوطنية اليمنية", EntityType.ORG));
        // or for a person; «للمركز» is the head too, kept whole as the project keeps «للأمم المتحدة» (ل ate the article's alef)
        r = linkedAs("وقدم الوفد شكوى للمركز الأحوازي أمس.", EntityType.PER, new int[][] {{0, 4, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("للمركز الأحوازي", EntityType.ORG));
    }

    @Test
    void theWholeNameKeepsTheTypeAndLinkTheKnowledgeBaseGivesIt() {
        EntityLinker.Result r = linkedAs("وانتقد مسؤول في الاتحاد الأوروبي القرار.", EntityType.LOC, new int[][] {{0, 4, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("الاتحاد الأوروبي", "kb:org/eu"));
        // a place by its whole name, which the recogniser began at the adjective and took for a person
        r = linkedAs("وتفكك الاتحاد السوفيتي قبل عقود.", EntityType.PER, new int[][] {{0, 2, 2}});
        assertThat(r.mentions()).extracting(EntityMention::type, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple(EntityType.LOC, "kb:loc/soviet-union"));
        // the bank, not the club the recogniser's «الأهلي» would link to by the cue «جدة»
        r = linkedAs("وارتفع سهم البنك الأهلي في سوق جدة أمس.", EntityType.ORG, new int[][] {{0, 3, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().id().startsWith("local:"))
                .containsExactly(tuple("البنك الأهلي", true), tuple("جدة", false));
        // the committee, not the country its name ends with
        r = linkedAs("وقال رئيس اللجنة الأولمبية العربية السعودية إن الأندية ستلتزم.", EntityType.LOC, new int[][] {{0, 3, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("اللجنة الأولمبية العربية السعودية", "kb:org/saudi-olympic-committee"));
    }

    @Test
    void aMentionAfterAnIndefiniteNounOrNotAtAnAdjectiveStaysAsFound() {
        // «لجنة» without the article opens no name here, and «المغرب» is no relative adjective
        assertThat(linkedAs("وشكلت الحكومة لجنة الوطنية للتحقيق.", EntityType.ORG, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("الوطنية");
        assertThat(linkedAs("وهنأ المجلس المغرب على فوزه.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("المغرب");
        // nor is a word with a preposition before it: the council praised Saudi Arabia
        assertThat(linkedAs("وأشاد المجلس بالسعودية في بيانه.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("السعودية");
    }

    @Test
    void aPlaceAfterUniversityOrInstituteIsTheUniversityOrInstitute() {
        // {sentence, first token, last token}: the recogniser found the city, the state and the country alone
        EntityLinker.Result r = linkedAs("وقال أستاذ الاقتصاد بجامعة الدمام إن الباحثين في معهد كاليفورنيا وجامعة كولومبيا اتفقوا.",
                EntityType.LOC, new int[][] {{0, 4, 4}, {0, 9, 9}, {0, 11, 11}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                tuple("جامعة الدمام", EntityType.ORG), tuple("معهد كاليفورنيا", EntityType.ORG), tuple("جامعة كولومبيا", EntityType.ORG));
    }
}
