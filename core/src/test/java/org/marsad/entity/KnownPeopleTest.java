package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linked;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;

/**
 * Where known people tell one person's name from the next ({@link KnownPeople}), one test per
 * phenomenon, on sentences written for these tests.
 */
class KnownPeopleTest {
    @Test
    void twoFullNamesSideBySideAreTwoPeople() {
        EntityLinker.Result r = linked("ونعى دونالد ترامب أريثا فرانكلين في تغريدة.", new int[][] {{0, 1, 2}, {0, 3, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("دونالد ترامب", "أريثا فرانكلين");
        // and when the recogniser took both as one name
        EntityLinker.Result joined = linked("ونعى دونالد ترامب أريثا فرانكلين في تغريدة.", new int[][] {{0, 1, 4}});
        assertThat(joined.mentions()).extracting(EntityMention::text).containsExactly("دونالد ترامب", "أريثا فرانكلين");
        assertThat(joined.mentions().get(0).entity().orElseThrow().nameEn()).contains("Donald Trump");
        // but «جونيور» (Jr.) goes on with the name
        EntityLinker.Result junior = linked("والتقى دونالد ترامب جونيور محاميا روسيا.", new int[][] {{0, 1, 3}});
        assertThat(junior.mentions()).extracting(EntityMention::text).startsWith("دونالد ترامب جونيور");
        // a given name and a surname side by side stay one name
        EntityLinker.Result one = linked("وقالت إيفانكا ترامب إن البرنامج سيبدأ.", new int[][] {{0, 1, 1}, {0, 2, 2}});
        assertThat(one.mentions()).extracting(EntityMention::text).containsExactly("إيفانكا ترامب");
    }

    @Test
    void twoSurnamesOfTwoKnownPeopleAreTwoPeople() {
        // one span from the recogniser: «كومي ترامب», Comey compared Trump to mob bosses
        assertThat(linked("وفي مذكراته شبه كومي ترامب برؤساء العصابات.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("كومي", "kb:per/james-comey"), tuple("ترامب", "kb:per/donald-trump"));
        // two spans side by side: «ترامب» «أوماروسا»
        assertThat(linked("ووصف ترامب أوماروسا بأنها وضيعة.", new int[][] {{0, 1, 1}, {0, 2, 2}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("ترامب", "kb:per/donald-trump"), tuple("أوماروسا", "kb:per/omarosa-manigault-newman"));
        // a given name the knowledge base knows alone is no surname: «ميلانيا ترمب» (Trump spelled otherwise) stays her
        assertThat(linked("وزارت ميلانيا ترمب المستشفى.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("ميلانيا ترمب");
        // a person's two names stay one: «ميشال عون» is no «ميشال» and «عون»
        assertThat(linked("واستقبل ميشال عون الوفد.", new int[][] {{0, 1, 1}, {0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("ميشال عون");
    }

    @Test
    void aKnownFullNameThenAnotherPersonsSurnameAreTwoPeople() {
        // «حذر روحاني ترامب»: Rouhani warned Trump; the recogniser read the three words as one name
        assertThat(linked("وحذر الرئيس الإيراني حسن روحاني ترامب من العواقب.", new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("حسن روحاني", "kb:per/hassan-rouhani"), tuple("ترامب", "kb:per/donald-trump"));
        // the same person's name and surname again is one mention: «دونالد ترامب ترامب» is no second man
        assertThat(linked("وقال دونالد ترامب ترامب كلاما.", new int[][] {{0, 1, 3}}).mentions()).hasSize(1);
    }
}
