package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The countries of the shipped knowledge base (CLDR's, with the names and spellings news writes)
 * and their nationality adjectives; split from {@link KnowledgeBaseTest}.
 */
class KnowledgeBaseCountriesTest {
    private final KnowledgeBase kb = KnowledgeBase.shipped();

    @Test
    void everyCountryCldrNamesIsThere() {
        long countries = kb.entries().stream().filter(e -> e.ref().id().startsWith("kb:country/")).count();
        assertThat(countries).isGreaterThan(240);
        assertThat(kb.byId("kb:country/jp").orElseThrow().ref().nameEn()).contains("Japan");
    }

    @Test
    void countryIsCalledAsNewsWritesItNotByCldrsDisambiguatedForm() {
        assertThat(kb.byId("kb:country/mm").orElseThrow().ref().name()).isEqualTo("ميانمار");
        assertThat(kb.byId("kb:country/mm").orElseThrow().ref().nameEn()).contains("Myanmar");
        assertThat(kb.byId("kb:country/cd").orElseThrow().ref().name()).isEqualTo("الكونغو الديمقراطية");
        // East Timor: CLDR's «تيمور - ليشتي» as Gulf sports pages write it («مباراة تيمور الشرقية»)
        assertThat(kb.byId("kb:country/tl").orElseThrow().ref().name()).isEqualTo("تيمور الشرقية");
        assertThat(kb.byName(KnowledgeBase.fold("تيمور ليشتي"))).extracting(e -> e.ref().id()).containsExactly("kb:country/tl");
        assertThat(kb.byName(KnowledgeBase.fold("بورما"))).extracting(e -> e.ref().id()).containsExactly("kb:country/mm");
    }

    @Test
    void spellingVariantsAndMetonymsNameTheCountry() {
        assertThat(kb.byName(KnowledgeBase.fold("سورية"))).extracting(e -> e.ref().id()).containsExactly("kb:country/sy");
        assertThat(kb.byName(KnowledgeBase.fold("سوريا"))).extracting(e -> e.ref().id()).containsExactly("kb:country/sy");
        assertThat(kb.byName(KnowledgeBase.fold("واشنطن"))).extracting(e -> e.ref().id()).containsExactly("kb:country/us");
        // France 24 writes the Philippines «الفيليبين»; a '+' variant gives the recogniser no new gazetteer feature
        assertThat(kb.byName(KnowledgeBase.fold("الفيليبين"))).extracting(e -> e.ref().id()).containsExactly("kb:country/ph");
        String philippines = KnowledgeBase.fold("الفيليبين");
        assertThat(kb.gazetteer().labels(philippines, philippines)).isEmpty();
        assertThat(kb.gazetteer().labels(KnowledgeBase.fold("الفلبين"), KnowledgeBase.fold("الفلبين"))).contains("LOC:U");
        assertThat(kb.byAdjective(KnowledgeBase.fold("الفيليبينية")).orElseThrow().ref().id()).isEqualTo("kb:country/ph");
        // Egyptian papers write ج for g: «نيكاراجوا», «بنجلاديش»; and «شيلي», also a surname, only links
        assertThat(kb.byName(KnowledgeBase.fold("نيكاراجوا"))).extracting(e -> e.ref().id()).containsExactly("kb:country/ni");
        assertThat(kb.byName(KnowledgeBase.fold("بنجلاديش"))).extracting(e -> e.ref().id()).containsExactly("kb:country/bd");
        assertThat(kb.byName(KnowledgeBase.fold("بنجلادش"))).extracting(e -> e.ref().id()).containsExactly("kb:country/bd");
        assertThat(kb.byName(KnowledgeBase.fold("شيلي"))).extracting(e -> e.ref().id()).containsExactly("kb:country/cl");
        assertThat(kb.addsMentions(KnowledgeBase.fold("شيلي"))).isFalse();
    }

    @Test
    void nationalityAdjectivesExpandToTheirForms() {
        for (String a : new String[] {"الروسي", "الروسية", "الروس", "الأمريكيين", "الأميركية", "الأفغاني"}) {
            assertThat(kb.byAdjective(KnowledgeBase.fold(a))).as(a).isPresent();
        }
        assertThat(kb.byAdjective(KnowledgeBase.fold("الروسية")).orElseThrow().ref().id()).isEqualTo("kb:country/ru");
        // forms a check of 110 adjectives found missing: Djibouti's (with the article only: bare, it is the country),
        // the Levantine «البولوني», «الكازاخي»
        String[][] more = {{"الجيبوتي", "kb:country/dj"}, {"الجيبوتية", "kb:country/dj"}, {"البولوني", "kb:country/pl"},
                {"الكازاخي", "kb:country/kz"}};
        for (String[] a : more) assertThat(kb.byAdjective(KnowledgeBase.fold(a[0])).orElseThrow().ref().id()).as(a[0]).isEqualTo(a[1]);
        assertThat(kb.byAdjective(KnowledgeBase.fold("جيبوتي"))).isEmpty();
    }

    @Test
    void everyCountryNewsWritesAboutHasItsAdjective() {
        assertThat(kb.byAdjective(KnowledgeBase.fold("التشيلي")).orElseThrow().ref().id()).isEqualTo("kb:country/cl");
        assertThat(kb.byAdjective(KnowledgeBase.fold("الكرواتية")).orElseThrow().ref().id()).isEqualTo("kb:country/hr");
        assertThat(kb.byAdjective(KnowledgeBase.fold("الألباني")).orElseThrow().ref().id()).isEqualTo("kb:country/al");
        assertThat(kb.byAdjective(KnowledgeBase.fold("الصرب")).orElseThrow().ref().id()).isEqualTo("kb:country/rs");
    }

    @Test
    void adjectiveWhoseBareFormIsACommonWordNeedsTheArticle() {
        assertThat(kb.byAdjective(KnowledgeBase.fold("المجري")).orElseThrow().ref().id()).isEqualTo("kb:country/hu");
        assertThat(kb.byAdjective(KnowledgeBase.fold("مجرى"))).isEmpty(); // "course, channel"
    }

    @Test
    void twoWordAdjectivesAgreeOrFollowADirection() {
        assertThat(kb.byAdjective(KnowledgeBase.fold("الكورية الشمالية")).orElseThrow().ref().id()).isEqualTo("kb:country/kp");
        assertThat(kb.byAdjective(KnowledgeBase.fold("الكوريين الجنوبيين")).orElseThrow().ref().id()).isEqualTo("kb:country/kr");
        assertThat(kb.byAdjective(KnowledgeBase.fold("الجنوب أفريقية")).orElseThrow().ref().id()).isEqualTo("kb:country/za");
        assertThat(kb.byAdjective(KnowledgeBase.fold("الكوري"))).as("either Korea").isEmpty();
    }

    @Test
    void centralAsianAndEuropeanSpellingsOfOlderPapersNameTheCountry() {
        String[][] pairs = {{"تركمنستان", "kb:country/tm"}, {"أوزباكستان", "kb:country/uz"}, {"طاجكستان", "kb:country/tj"},
                {"بولندة", "kb:country/pl"}, {"هولندة", "kb:country/nl"}, {"كرجيزستان", "kb:country/kg"}, {"قرغيزيا", "kb:country/kg"}};
        for (String[] p : pairs) assertThat(kb.byName(KnowledgeBase.fold(p[0]))).as(p[0]).extracting(e -> e.ref().id()).containsExactly(p[1]);
    }

    @Test
    void aConjunctionTheSegmenterLeftOnARareNameIsNoPartOfTheMention() {
        // «وتركمنستان», «وكاولون»: too rare in the segmenter's corpus for it to split «و» off; the
        // linker finds the country and the district without it, and a name that begins with «و» stays whole
        java.util.List<org.marsad.article.EntityMention> m = LinkerFixture.linkedFound(
                "وزار الوفد باكستان وتركمنستان ثم هونج كونج وكاولون ووهران. ولم تقع وفيات. وتجولوا في الشعلان وعرنوس.").mentions();
        assertThat(m).extracting(org.marsad.article.EntityMention::text).contains("تركمنستان", "كاولون", "وهران");
        assertThat(m).filteredOn(x -> x.text().equals("تركمنستان")).extracting(x -> x.entity().orElseThrow().id())
                .containsExactly("kb:country/tm");
        // «وفيات» (deaths), commoner than «فيات» in the corpus, is no «و» + Fiat
        assertThat(m).extracting(org.marsad.article.EntityMention::text).doesNotContain("فيات");
        // nor is a surname the knowledge base knows read out of such a word («عرنوس», a Damascus square here)
        assertThat(m).extracting(org.marsad.article.EntityMention::text).doesNotContain("عرنوس");
    }

    @Test
    void pluralsOfPeoplesAreAGazetteerFeatureButSingularAdjectivesAreNot() {
        Gazetteer g = kb.gazetteer();
        // a broken plural (peoples.txt), a country adjective's sound plural, a listed stem's plural,
        // each with a clitic: the stem carries the feature
        for (String[] word : new String[][] {{"الألمان", "ألمان"}, {"للألمان", "ألمان"}, {"الروسيين", "روسيين"},
                {"والبيزنطيين", "بيزنطيين"}, {"المسلمون", "مسلمون"}}) {
            assertThat(g.labels(KnowledgeBase.fold(word[1]), KnowledgeBase.fold(word[0]))).as(word[0]).contains("PEOPLE:U");
        }
        // one man of a nation, or a country's adjective in the singular or feminine, is no people
        for (String word : new String[] {"الروسي", "الروسية", "البيزنطي", "المسلم", "ألماني"}) {
            String folded = KnowledgeBase.fold(word);
            assertThat(g.labels(folded, folded)).as(word).doesNotContain("PEOPLE:U");
        }
    }

    @Test
    void chemicalElementsAreAGazetteerFeatureWithOrWithoutTheArticle() {
        Gazetteer g = kb.gazetteer();
        for (String[] word : new String[][] {{"الصوديوم", "صوديوم"}, {"وبالرصاص", "رصاص"}, {"يورانيوم", "يورانيوم"}}) {
            assertThat(g.labels(KnowledgeBase.fold(word[1]), KnowledgeBase.fold(word[0]))).as(word[0]).contains("ELEMENT:U");
        }
        String salt = KnowledgeBase.fold("الملح");
        assertThat(g.labels(salt, salt)).doesNotContain("ELEMENT:U");
    }
}
