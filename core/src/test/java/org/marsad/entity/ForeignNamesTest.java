package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.LinkerFixture.linked;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** Foreign names the corpus hardly knows, after the nationality that introduces them ({@link ForeignNames}); sentences written for these tests. */
class ForeignNamesTest {
    @Test
    void aRareWordAfterANationalityInAListOfPlayersIsAPerson() {
        assertThat(linked("وانضم إلى الفريق الغاني مونتاري والروماني فلاديتشو والبولندي زيكوفالا أمس.", new int[][] {}).mentions())
                .filteredOn(m -> m.type() == EntityType.PER).extracting(EntityMention::text)
                .contains("فلاديتشو", "زيكوفالا");
    }

    @Test
    void aRareWordAfterAPersonNounAndANationalityIsAPerson() {
        assertThat(linked("وأشرف مدرب اللياقة اليوناني بتروكيليس على التمارين.", new int[][] {}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("بتروكيليس", EntityType.PER));
    }

    @Test
    void aFemaleAthleteAfterHerNationalityIsAPerson() {
        assertThat(linked("وفازت اللاعبة الروسية شارابيكوفا بالمباراة.", new int[][] {}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("شارابيكوفا", EntityType.PER));
    }

    @Test
    void commonWordsAfterANationalityStayWords() {
        // no list and no noun of a person before the nationality: «يتضاءل» is a verb the corpus seldom writes
        assertThat(linked("وظل الحضور الأمريكي يتضاءل عاما بعد عام.", new int[][] {}).mentions())
                .filteredOn(m -> m.type() == EntityType.PER).isEmpty();
        // a feminine in a list is no person's nationality, nor a plural one
        assertThat(linked("وتحدثت بالفرنسية تارة والإيطالية تارة أخرى.", new int[][] {}).mentions())
                .filteredOn(m -> m.type() == EntityType.PER).isEmpty();
        assertThat(linked("وقال المدرب إن الأرجنتينيين والبرازيليين يتسابقون على المراكز.", new int[][] {}).mentions())
                .filteredOn(m -> m.type() == EntityType.PER).isEmpty();
        // a verb, an accusative adjective, a feminine adjective before a verb: no person
        assertThat(linked("وقال المسؤول الأمريكي إن الرئيسين الفرنسي والتركي شددا على الحوار.", new int[][] {}).mentions())
                .filteredOn(m -> m.type() == EntityType.PER).isEmpty();
        assertThat(linked("وخرج المهاجم الإسباني مصابا من الملعب.", new int[][] {}).mentions())
                .filteredOn(m -> m.type() == EntityType.PER).isEmpty();
        assertThat(linked("وشهدت الليرة التركية تراجعا أمس.", new int[][] {}).mentions())
                .filteredOn(m -> m.type() == EntityType.PER).isEmpty();
    }

    @Test
    void aRareGivenNameBeforeASurnameTheRecogniserFoundJoinsIt() {
        // after a title, a nationality, a noun of what she is, or «رئيسة الوزراء»
        assertThat(linked("وقالت رئيسة الوزراء فيوريكا دانسيلا إن القرار نهائي.", new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("فيوريكا دانسيلا");
        assertThat(linked("وفاز السباح الأميركي تيغان ليديكي بالسباق.", new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("تيغان ليديكي");
        // a nationality after no noun of a person, or a title in the construct state, introduces none
        assertThat(linked("النيابة المصرية تحبس مرزوق على ذمة التحقيق.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("مرزوق");
        assertThat(linked("وقال مدير فيورنتينا غويريني إن النادي يرغب في اللاعب.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).doesNotContain("فيورنتينا غويريني");
        assertThat(linked("وتألقت الممثلة ميريل بينكت في الفيلم.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("ميريل بينكت");
        // a common word («مساء») before the surname, or nothing that introduces a person, stays out
        assertThat(linked("وقال الأمريكي مساء بينكت إن الفيلم جيد.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("بينكت");
        assertThat(linked("وشاهدنا أمس جادا بينكت في الفيلم.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("بينكت");
        assertThat(linked("وسجل الهدف هدافه البوسني تيغان باريزو.", new int[][] {{0, 5, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("تيغان باريزو");
        assertThat(linked("وقال السفير تيغان باريزو إن الحرب ستنتهي.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("تيغان باريزو");
        // nor before a person the knowledge base knows, whose given name it has
        assertThat(linked("وظهر الملك يصافح أشتون كارتر في القصر.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("أشتون كارتر");
        // «مولاي» («الأمير مولاي رشيد») is a Moroccan honorific, no given name
        assertThat(linked("وحضر الأمير مولاي رشيد الحفل.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("رشيد");
    }
}
