package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.LinkerFixture.linked;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;

/** Known people whose given name an article spells otherwise ({@link GivenNameSpellings}); sentences written for these tests. */
class GivenNameSpellingsTest {
    @Test
    void aGivenNameSpelledOtherwiseBeforeAKnownSurnameIsThatPerson() {
        // «سرجي» for «سيرغي» (the knowledge base lists «سيرغي لافروف» and «سيرجي لافروف»)
        assertThat(linked("وقال سرجي لافروف إن المحادثات بناءة.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:per/sergey-lavrov");
    }

    @Test
    void anotherGivenNameBeforeAKnownSurnameIsAnotherPerson() {
        // «ماريا» is no spelling of «سيرغي»: Lavrov's wife, or a namesake, keeps an identity of her own
        assertThat(linked("وقالت ماريا لافروف إن الحفل بدأ.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).allMatch(id -> id.startsWith("local:"));
    }

    @Test
    void twoGivenNamesOfTheListsAreNoSpellingsOfOne() {
        assertThat(GivenNameSpellings.alike("جيم", "جيمس")).isTrue();
        assertThat(GivenNameSpellings.alike("جوريجوس", "جورجيوس")).isTrue(); // two letters swapped
        assertThat(GivenNameSpellings.alike("احمد", "محمد")).isFalse(); // one letter apart, two names
        assertThat(GivenNameSpellings.alike("عادل", "عبدالله")).isFalse();
        assertThat(GivenNameSpellings.distance("سرجي", "سيرغي")).isEqualTo(2);
    }

    @Test
    void theGivenNameOfAKnownPersonBeforeAnotherSpellingOfHisSurnameIsThatPerson() {
        // «جريزمان» is one of Griezmann's names, and «أنطوان» the given name of «أنطوان غريزمان»
        assertThat(linked("وسجل انطوان جريزمان الهدف الأول. ثم أضاف جريزمان الثاني.", new int[][] {{0, 1, 2}, {1, 2, 2}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:per/antoine-griezmann", "kb:per/antoine-griezmann");
        // another given name before that spelling is another person
        assertThat(linked("وقال بيير جريزمان إن الحفل بدأ.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).allMatch(id -> id.startsWith("local:"));
    }
}
