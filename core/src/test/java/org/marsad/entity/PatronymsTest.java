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
}
