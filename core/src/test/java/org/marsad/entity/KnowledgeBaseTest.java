package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.shipped();

    @Test
    void everyCountryCldrNamesIsThere() {
        long countries = kb.entries().stream().filter(e -> e.ref().id().startsWith("kb:country/")).count();
        assertThat(countries).isGreaterThan(240);
        assertThat(kb.byId("kb:country/jp").orElseThrow().ref().nameEn()).contains("Japan");
    }

    @Test
    void spellingVariantsAndMetonymsNameTheCountry() {
        assertThat(kb.byName(KnowledgeBase.fold("سورية"))).extracting(e -> e.ref().id()).containsExactly("kb:country/sy");
        assertThat(kb.byName(KnowledgeBase.fold("سوريا"))).extracting(e -> e.ref().id()).containsExactly("kb:country/sy");
        assertThat(kb.byName(KnowledgeBase.fold("واشنطن"))).extracting(e -> e.ref().id()).containsExactly("kb:country/us");
    }

    @Test
    void nationalityAdjectivesExpandToTheirForms() {
        for (String a : new String[] {"الروسي", "الروسية", "الروس", "الأمريكيين", "الأميركية", "الأفغاني"}) {
            assertThat(kb.byAdjective(KnowledgeBase.fold(a))).as(a).isPresent();
        }
        assertThat(kb.byAdjective(KnowledgeBase.fold("الروسية")).orElseThrow().ref().id()).isEqualTo("kb:country/ru");
    }

    @Test
    void citiesComeFromCldrTimeZoneExemplars() {
        assertThat(kb.byName(KnowledgeBase.fold("القاهرة"))).extracting(e -> e.ref().nameEn().orElseThrow())
                .containsExactly("Cairo");
    }

    @Test
    void commonWordsAreLinkOnly() {
        assertThat(kb.addsMentions(KnowledgeBase.fold("حماس"))).isFalse();
        assertThat(kb.addsMentions(KnowledgeBase.fold("حركة حماس"))).isTrue();
    }

    @Test
    void peopleCarryEnglishNamesAndSurnames() {
        var lavrov = kb.byName(KnowledgeBase.fold("لافروف"));
        assertThat(lavrov).hasSize(1);
        assertThat(lavrov.get(0).ref().name()).isEqualTo("سيرغي لافروف");
        assertThat(lavrov.get(0).ref().nameEn()).contains("Sergey Lavrov");
    }
}
