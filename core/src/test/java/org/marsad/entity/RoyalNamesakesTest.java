package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.pipeline.Analysis;

/** Institutions and places named after a king or prince; on sentences written for these tests. */
class RoyalNamesakesTest {
    @Test
    void institutionNamedAfterAKingIsTheInstitutionNotTheKing() {
        Analysis a = Analyses.of("نقل المصاب إلى مستشفى الملك فيصل التخصصي في الرياض، ووصل الوفد إلى مطار الملك خالد الدولي. "
                + "وأعلنت مدينة الملك عبدالعزيز للعلوم والتقنية نتائج الدراسة. وقال الملك سلمان إن المملكة ماضية.");
        assertThat(Analyses.mention(a, "مستشفى الملك فيصل التخصصي").type()).isEqualTo(EntityType.ORG);
        assertThat(Analyses.mention(a, "مطار الملك خالد الدولي").type()).isEqualTo(EntityType.LOC);
        assertThat(Analyses.mention(a, "مدينة الملك عبدالعزيز للعلوم والتقنية").type()).isEqualTo(EntityType.ORG);
        // no king among the article's people but the one it names as a person
        assertThat(a.entities()).filteredOn(m -> m.type() == EntityType.PER).extracting(EntityMention::text).containsExactly("سلمان");
    }

    @Test
    void aPersonRightAfterANamesakeIsAPersonOfHisOwn() {
        Analysis a = Analyses.of("وقال عضو هيئة التدريس بجامعة الملك سعود مشعل الوعيل إن الحملات الانتخابية بدأت مبكرا هذا العام.");
        assertThat(Analyses.mention(a, "جامعة الملك سعود").type()).isEqualTo(EntityType.ORG);
        assertThat(Analyses.mention(a, "مشعل الوعيل").type()).isEqualTo(EntityType.PER);
    }

    @Test
    void namesakesComplementStopsAtTheNextPersonsTitle() {
        Analysis a = Analyses.of("وصرح المستشار في مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور عبدالله الربيعة بأن القافلة وصلت.");
        assertThat(Analyses.mention(a, "مركز الملك سلمان للإغاثة والأعمال الإنسانية").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void namesakesComplementStopsBeforeIla() {
        // «إلى» folds to «الي», which looks like a word with the article
        Analysis a = Analyses.of("ولفت المتحدث باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية إلى أن الطائرات وصلت.");
        assertThat(Analyses.mention(a, "مركز الملك سلمان للإغاثة والأعمال الإنسانية").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void aPlaceOrBodyNamedAfterAnyoneIsNotThePerson() {
        // {sentence, first token, last token}: the recogniser read the names as people
        assertThat(LinkerFixture.linked("وأغرق انقطاع الكهرباء مطار رونالد ريغان في الظلام.", new int[][] {{0, 4, 5}}).mentions())
                .singleElement().satisfies(m -> {
                    assertThat(m.text()).isEqualTo("مطار رونالد ريغان");
                    assertThat(m.type()).isEqualTo(EntityType.LOC);
                    assertThat(m.entity().orElseThrow().id()).startsWith("local:"); // not Reagan
                });
        assertThat(LinkerFixture.linked("وتبرعت مؤسسة كوفي أنان بالمبلغ.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(org.assertj.core.groups.Tuple.tuple("مؤسسة كوفي أنان", EntityType.ORG));
        assertThat(LinkerFixture.linked("ونقل المصاب إلى مؤسسة حمد الطبية في الدوحة.", new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).contains("مؤسسة حمد الطبية");
        // after a title the head noun is a given name
        assertThat(LinkerFixture.linked("وقال الدكتور شارع البقمي إن الطلبات مفتوحة.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.PER);
        // «عن طريق» is "through", and a head with the article is a title's complement
        assertThat(LinkerFixture.linked("وصل الخبر عن طريق ميلانيا ترامب أمس.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("ميلانيا ترامب");
        assertThat(LinkerFixture.linked("وقال مدير المطار سامي حداد إن الرحلات مستمرة.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.PER);
    }

    @Test
    void aSaudiSchoolIsNamedByItsStage() {
        // {sentence, first token, last token}: «ابتدائية», «متوسطة», «ثانوية» head a school named after someone, royal or not
        assertThat(LinkerFixture.linked("وشمل التدريب ابتدائية عمرو بن العاص في حي العزيزية.", new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ابتدائية عمرو بن العاص", EntityType.ORG));
        assertThat(LinkerFixture.linked("وشمل التدريب ثانوية الأمير سعود بن عبدالمحسن في حي الزهراء.", new int[][] {{0, 4, 6}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ثانوية الأمير سعود بن عبدالمحسن", EntityType.ORG));
    }
}
