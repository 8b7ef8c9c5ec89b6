package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.Nationality;
import org.marsad.pipeline.Analysis;

/** Nationality adjectives, reported apart from the mentions ({@link NationalityFinder}), on sentences written for these tests. */
class NationalitiesTest {
    @Test
    void nationalityAdjectivesLinkToCountriesApartFromMentions() {
        Analysis a = Analyses.of("التقى الوزير الروسي نظيره الأمريكي لبحث مصير الجنود الأفغان والخبراء الروس.");
        assertThat(a.nationalities()).extracting(Nationality::text)
                .contains("الروسي", "الأمريكي", "الأفغان", "الروس");
        assertThat(a.nationalities()).extracting(n -> n.country().id())
                .contains("kb:country/ru", "kb:country/us", "kb:country/af");
        assertThat(a.entities()).extracting(EntityMention::text).doesNotContain("الروسي", "الأمريكي");
    }

    @Test
    void twoWordNationalityIsOneRecord() {
        Analysis a = Analyses.of("وصل الوفد الكوري الشمالي إلى العاصمة بعد لقاء المدرب التشيلي بالصحفيين.");
        assertThat(a.nationalities()).extracting(Nationality::text).containsExactly("الكوري الشمالي", "التشيلي");
        assertThat(a.nationalities()).extracting(n -> n.country().id()).containsExactly("kb:country/kp", "kb:country/cl");
    }

    @Test
    void adjectiveKnownOnlyWithTheArticleIsNotTheNounWrittenWithAlefMaqsura() {
        Analysis a = Analyses.of("أشاد رئيس الوزراء المجري بتوسيع المجرى الملاحي للقناة، وقال السفير المصرى إن العمل انتهى.");
        assertThat(a.nationalities()).extracting(Nationality::text).contains("المجري", "المصرى").doesNotContain("المجرى");
    }

    @Test
    void saudiAfterAPluralOfThingsOrAFeminineWordWithoutTehIsTheAdjective() {
        // a plural of things takes a feminine adjective: «الأسهم» (أفعُل), «البنوك» (فُعول), «المدارس» (مفاعل),
        // «الغرف» (فُعَل, listed), and «السوق» is feminine without «ة»; the country after «في» stays one
        Analysis a = Analyses.of("تراجعت الأسهم السعودية أمس، وأعلنت البنوك السعودية أرباحها. وتبدأ المدارس السعودية عامها الجديد، "
                + "ويجتمع مجلس الغرف السعودية في السوق السعودية، والبعثة في السعودية.");
        String body = a.article().body();
        assertThat(a.entities()).filteredOn(m -> m.text().equals("السعودية")).extracting(EntityMention::start)
                .containsExactly(body.lastIndexOf("السعودية"));
        assertThat(a.nationalities()).filteredOn(n -> n.text().equals("السعودية")).hasSize(5);
        // the check is by shape: «رئيس» and «وفد» have no plural's shape
        assertThat(CountryAdjectives.brokenPlural("اسهم")).isTrue();
        assertThat(CountryAdjectives.brokenPlural("مشاريع")).isTrue();
        assertThat(CountryAdjectives.brokenPlural("رئيس")).isFalse();
        assertThat(CountryAdjectives.brokenPlural("وفد")).isFalse();
    }

    @Test
    void saudiAfterADefiniteFeminineWordIsTheAdjective() {
        // «السعودية» is Saudi Arabia and the feminine adjective Saudi: after «الداخلية», «المرأة», «الأندية» it is the
        // adjective, reported as a nationality; after a preposition or a masculine word it is the country
        Analysis a = Analyses.of("أعلنت وزارة الداخلية السعودية أن المرأة السعودية تقود السيارة، وأن الأندية السعودية جاهزة. "
                + "وقدمت إسبانيا تعازيها للحكومة السعودية. "
                + "ويزور الرئيس الأمريكي السعودية الشهر المقبل، ثم يعود الوفد إلى السعودية.");
        String body = a.article().body();
        assertThat(a.entities()).filteredOn(m -> m.text().equals("السعودية")).extracting(EntityMention::start)
                .containsExactly(body.indexOf("السعودية الشهر"), body.lastIndexOf("السعودية"));
        // «للحكومة»: the article, eaten by «ل», still makes the word definite
        assertThat(a.nationalities()).filteredOn(n -> n.text().equals("السعودية")).hasSize(4)
                .allSatisfy(n -> assertThat(n.country().id()).isEqualTo("kb:country/sa"));
    }

    @Test
    void romanIsNotRomanian() {
        Analysis a = Analyses.of("عاش الغال في زمن الإمبراطورية الرومانية، وتغلبت اللاعبة الرومانية سيمونا هاليب على منافستها.");
        assertThat(a.nationalities()).extracting(n -> n.country().id()).containsExactly("kb:country/ro");
        assertThat(a.nationalities().get(0).start()).isEqualTo(a.article().body().indexOf("الرومانية سيمونا"));
    }
}
