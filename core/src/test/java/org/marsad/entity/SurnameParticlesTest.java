package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.LinkerFixture.linked;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;

/** Surnames in several words ({@link SurnameParticles}), one test per phenomenon, on sentences written for these tests. */
class SurnameParticlesTest {
    @Test
    void aSurnameThatOpensWithAParticleIsPartOfTheName() {
        // the recogniser found the given name alone: «مارك فان بومل», «ليوناردو دا فينشي», «فان دير» two particles
        assertThat(linked("ولعب مارك فان بومل في خط الوسط.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("مارك فان بومل");
        assertThat(linked("ورسم ليوناردو دا فينشي اللوحة.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("ليوناردو دا فينشي");
        assertThat(linked("وقالت جيني فان دير ستين إن النتائج أولية.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("جيني فان دير ستين");
        // it ended the name on the first of two particles
        assertThat(linked("وقالت أنييس فون در مول في بيان إن الزيارة تأجلت.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("أنييس فون در مول");
        // but not through a preposition: «دو» is Gerard Dou's surname, «خلال» ("during") no name
        assertThat(linked("ورسم الفنان جيرار دو خلال القرن السابع عشر لوحات كثيرة.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("جيرار دو");
        // it found the given name and the surname apart, around the particle
        assertThat(linked("وقالت غوري فان غوليك في بيان إن القمع مستمر.", new int[][] {{0, 1, 1}, {0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("غوري فان غوليك");
        // «فان» before the article is "so" (فإن), and a known person of two words ends where he ends
        assertThat(linked("وأكد مارك فان المجلس سيناقش الأمر.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("مارك");
        assertThat(linked("وانتقد دونالد ترامب فان غال.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("دونالد ترامب", "فان غال");
        assertThat(linked("وهاجم دونالد ترامب دي بلاسيو أمس.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("دونالد ترامب");
    }

    @Test
    void thePersianZadehWrittenApartEndsTheSurname() {
        assertThat(linked("وقال رضا جعفر زاده مدير العلاقات العامة إن الصندوقين سلما.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("رضا جعفر زاده");
    }
}
