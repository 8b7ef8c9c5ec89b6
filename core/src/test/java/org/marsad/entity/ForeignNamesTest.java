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
}
