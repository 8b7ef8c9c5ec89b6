package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** Class nouns and honorifics left out of knowledge-base names ({@link DescriptorWords}), on sentences written for these tests. */
class DescriptorWordsTest {
    private static Object[] textAndLink(String body, EntityType type, int[] span) {
        EntityMention m = linkedAs(body, type, new int[][] {span}).mentions().get(0);
        return new Object[] {m.text(), m.entity().orElseThrow().id()};
    }

    @Test
    void aClassNounBeforeTheNameIsLeftOutAndTheLinkKept() {
        // {sentence, first token, last token} as the recogniser might give them, the class noun included
        assertThat(textAndLink("وشنت الطائرات غارات على قطاع غزة أمس.", EntityType.LOC, new int[] {0, 4, 5}))
                .containsExactly("غزة", "kb:loc/gaza");
        assertThat(textAndLink("وقالت حركة حماس في بيان إن الهدنة صامدة.", EntityType.ORG, new int[] {0, 1, 2}))
                .containsExactly("حماس", "kb:org/hamas");
        assertThat(textAndLink("وفاز الكاتب بجائزة نوبل للآداب.", EntityType.MISC, new int[] {0, 2, 3}))
                .containsExactly("نوبل", "kb:misc/nobel-prize");
        assertThat(textAndLink("وذكرت صحيفة هآرتس أن الحكومة ستجتمع.", EntityType.ORG, new int[] {0, 1, 2}))
                .containsExactly("هآرتس", "kb:org/haaretz");
        // the article's «النادي» is apposition («the club, Al-Ahly»; «الزمالك» says which)
        assertThat(textAndLink("وفاز النادي الأهلي على الزمالك بالكأس.", EntityType.ORG, new int[] {0, 1, 2}))
                .containsExactly("الأهلي", "kb:org/al-ahly");
    }

    @Test
    void theWordClubBeforeANameWithTheArticleIsLeftOutButNotBeforeAForeignName() {
        // ANERcorp: «نادي [الوحدة]», «نادي [الزمالك]»; but «[نادي تشيلسي]»
        assertThat(textAndLink("وقعت إدارة نادي الوحدة مع المدافع أمس.", EntityType.ORG, new int[] {0, 2, 3}))
                .containsExactly("الوحدة", "kb:org/al-wehda");
        assertThat(textAndLink("وانتقل المهاجم إلى نادي الزمالك أمس.", EntityType.ORG, new int[] {0, 3, 4}))
                .containsExactly("الزمالك", "kb:org/zamalek");
        assertThat(textAndLink("وانتقل المهاجم إلى نادي تشيلسي أمس.", EntityType.ORG, new int[] {0, 3, 4}))
                .containsExactly("نادي تشيلسي", "kb:org/chelsea");
    }

    @Test
    void theCountrysAdjectiveAfterAKnownPlaceIsLeftOut() {
        assertThat(textAndLink("وانطلقت الدورة في لوس أنجلوس الأمريكية أمس.", EntityType.LOC, new int[] {0, 3, 5}))
                .containsExactly("لوس أنجلوس", "kb:loc/los-angeles");
        // and a name whose first letter looks like a preposition keeps it
        assertThat(textAndLink("وعرض باحث في لاس فيجاس الأمريكية طريقة جديدة.", EntityType.LOC, new int[] {0, 3, 5}))
                .containsExactly("لاس فيجاس", "kb:loc/las-vegas");
        // a name the knowledge base knows with its adjective stays whole
        assertThat(textAndLink("وزار الوزير الولايات المتحدة الأمريكية أمس.", EntityType.LOC, new int[] {0, 2, 4}))
                .containsExactly("الولايات المتحدة الأمريكية", "kb:country/us");
    }

    @Test
    void anHonorificAfterTheNameIsLeftOut() {
        assertThat(textAndLink("ووصل الحجاج إلى مكة المكرمة أمس.", EntityType.LOC, new int[] {0, 3, 4}))
                .containsExactly("مكة", "kb:loc/mecca");
        assertThat(textAndLink("وتلا آيات من القرآن الكريم.", EntityType.MISC, new int[] {0, 3, 4}))
                .containsExactly("القرآن", "kb:misc/quran");
        // a known place with an honorific the knowledge base does not list with it
        assertThat(textAndLink("وزار المراجع في النجف الشريف وكربلاء.", EntityType.LOC, new int[] {0, 3, 4}))
                .containsExactly("النجف", "kb:loc/najaf");
        // not a name the knowledge base does not know («الحرم» alone is no place of it)
        assertThat(linkedAs("وصلى في الحرم الشريف.", EntityType.LOC, new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("الحرم الشريف");
    }

    @Test
    void aNameWhoseRestNamesNothingStaysWhole() {
        // «المنورة» is no honorific on the list, and «المسجد الحرام» without «المسجد» names nothing
        assertThat(linkedAs("ووصل الحجاج إلى المدينة المنورة أمس.", EntityType.LOC, new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("المدينة المنورة");
        assertThat(linkedAs("وصلى المعتمرون في المسجد الحرام أمس.", EntityType.LOC, new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("المسجد الحرام");
        // «منطقة الرياض» (the region) is not «الرياض» (the city): the rest names another entity
        assertThat(linkedAs("وهطلت الأمطار على منطقة الرياض أمس.", EntityType.LOC, new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("منطقة الرياض");
        // «نادي» without the article is part of the club's name, as ANERcorp and AQMAR mostly mark it
        assertThat(linkedAs("وتعاقد نادي برشلونة مع اللاعب.", EntityType.ORG, new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("نادي برشلونة", EntityType.ORG));
    }
    @Test
    void aNationalityBeforeAKnownPlaceAndATitleAfterItAreLeftOut() {
        // the recogniser took in «اليابانية» before Tokyo, and the sheikh after Asir, who is the man named next
        assertThat(textAndLink("وقال الوزير في العاصمة اليابانية طوكيو إن الزيارة مهمة.", EntityType.LOC, new int[] {0, 4, 5}))
                .containsExactly("طوكيو", "kb:loc/tokyo");
        assertThat(textAndLink("وأدان رئيس الهيئات بعسير الشيخ عامر التفجير.", EntityType.LOC, new int[] {0, 3, 4}))
                .containsExactly("عسير", "kb:loc/asir");
    }
}
