package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatronymsTest {
    private static String[] words(String name) {
        return KnowledgeBase.fold(name).split(" ");
    }

    @Test
    void fathersNameBetweenGivenAndFamilyNameIsDropped() {
        assertThat(Patronyms.shorterForms(words("عادل بن أحمد الجبير"))).containsExactly(KnowledgeBase.fold("عادل الجبير"));
    }

    @Test
    void familyAndGrandfatherAreDropped() {
        assertThat(Patronyms.shorterForms(words("سلمان بن عبدالعزيز آل سعود"))).containsExactly(KnowledgeBase.fold("سلمان بن عبدالعزيز"));
        assertThat(Patronyms.shorterForms(words("محمد بن سلمان بن عبدالعزيز آل سعود")))
                .containsExactly(KnowledgeBase.fold("محمد بن سلمان بن عبدالعزيز"));
    }

    @Test
    void onlyALineageIsEverDropped() {
        // «محمد العتيبي», never «محمد بن سلمان»: the family name is no lineage
        assertThat(Patronyms.shorterForms(words("محمد بن سلمان العتيبي"))).containsExactly(KnowledgeBase.fold("محمد العتيبي"));
        assertThat(Patronyms.shorterForms(words("عادل الجبير"))).isEmpty();
        // a chain of «بن» keeps its grandfather: «عبدالله بن عبدالعزيز بن مساعد» is not «عبدالله بن عبدالعزيز»
        assertThat(Patronyms.shorterForms(words("عبدالله بن عبدالعزيز بن مساعد آل سعود")))
                .containsExactly(KnowledgeBase.fold("عبدالله بن عبدالعزيز بن مساعد"));
        assertThat(Patronyms.shorterForms(words("جون فيتزجيرالد كينيدي الابن"))).isEmpty();
    }

    @Test
    void aMiddleNameOrInitialOfAThreeWordNameIsDropped() {
        assertThat(Patronyms.shorterForms(words("دونالد جيه ترامب"))).containsExactly(KnowledgeBase.fold("دونالد ترامب"));
        assertThat(Patronyms.shorterForms(words("جون سيدني ماكين"))).containsExactly(KnowledgeBase.fold("جون ماكين"));
        // but not a word of a compound or a lineage
        assertThat(Patronyms.shorterForms(words("عمر عبد الله"))).isEmpty();
        assertThat(Patronyms.shorterForms(words("سلمان بن عبدالعزيز"))).isEmpty();
        assertThat(Patronyms.shorterForms(words("حمزة أبو زيد"))).isEmpty();
        // nor once a family has been dropped: the given name and the grandfather's are no name
        assertThat(Patronyms.shorterForms(words("عبدالله عائض عبدالله آل سعد")))
                .containsExactly(KnowledgeBase.fold("عبدالله عائض عبدالله"));
    }

    @Test
    void aNameWithAMiddleInitialLinksToTheKnownPerson() {
        // {sentence, first token, last token}
        EntityLinker.Result r = LinkerFixture.linked("وقال الرئيس دونالد جيه ترامب إن المفاوضات انتهت.", new int[][] {{0, 2, 4}});
        assertThat(r.mentions()).singleElement().satisfies(m -> assertThat(m.entity().orElseThrow().id()).isEqualTo("kb:per/donald-trump"));
    }
}
