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
}
