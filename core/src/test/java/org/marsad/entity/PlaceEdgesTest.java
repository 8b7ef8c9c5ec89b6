package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linked;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** Places at the edges of other names ({@link PlaceEdges}), one test per phenomenon, on sentences written for these tests. */
class PlaceEdgesTest {
    @Test
    void aKnownPlaceBeforeAGivenNameOpensNoPersonsName() {
        // «نجمة هوليوود سلمى حايك» (Hollywood's star), «محافظ جدة عبد الله الثقفي» (Jeddah's governor)
        assertThat(linked("وقالت نجمة هوليوود سلمى حايك إن الفيلم ممتع.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("هوليوود", EntityType.LOC), tuple("سلمى حايك", EntityType.PER));
        assertThat(linked("واستقبل محافظ جدة عبد الله بن أحمد الثقفي الوفد.", new int[][] {{0, 2, 7}}).mentions())
                .extracting(EntityMention::text).containsExactly("جدة", "عبد الله بن أحمد الثقفي");
        // not a place that is also a given name («الخليل», Hebron), nor before a word that is no given name
        assertThat(linked("ووضع الخليل بن أحمد الفراهيدي علم العروض.", new int[][] {{0, 1, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("الخليل بن أحمد الفراهيدي");
    }

    @Test
    void aPlaceTheRecogniserRanIntoAGivenNameEndsBeforeIt() {
        // {sentence, first token, last token}: «أمين منطقة عسير صالح القاضي», the region and its mayor
        assertThat(linkedAs("وتابع أمين منطقة عسير صالح القاضي المشاريع.", EntityType.LOC, new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("عسير", EntityType.LOC), tuple("صالح القاضي", EntityType.PER));
        // a place the recogniser ended before a word of no name stays whole
        assertThat(linkedAs("ووصل الوفد إلى حي عسير صالح للسكن.", EntityType.LOC, new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("عسير صالح");
    }

    @Test
    void aPlaceAfterAPlaceWordOpensNoPersonsName() {
        // {sentence, first token, last token}: «حاكم محافظة شانلي اورفة عز الدين كجك», the province named
        // in the sentence before
        String body = "وقع التفجير في ولاية شانلي أورفة جنوب تركيا. وأعلن حاكم محافظة شانلي اورفة عز الدين كجك أن الشرطة عثرت على جثتين.";
        EntityLinker.Result r = LinkerFixture.linkedFound(body, new EntityLinker.Found(0, 4, 5, EntityType.LOC),
                new EntityLinker.Found(1, 3, 7, EntityType.PER));
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                tuple("شانلي أورفة", EntityType.LOC), tuple("تركيا", EntityType.LOC),
                tuple("شانلي اورفة", EntityType.LOC), tuple("عز الدين كجك", EntityType.PER));
        // a place the knowledge base knows, with no mention elsewhere
        assertThat(linked("وقال محافظ مدينة الطائف خالد بن محمد العمر إن الطرق فتحت.", new int[][] {{0, 3, 7}}).mentions())
                .extracting(EntityMention::text).containsExactly("الطائف", "خالد بن محمد العمر");
        assertThat(linked("وقال محافظ مدينة الطائف خالد العمر إن الطرق فتحت.", new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("الطائف", "خالد العمر");
        // after no place word, a name is left as found
        assertThat(linked("وقال الدكتور شانلي أورفة كجك إن الطرق فتحت.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("شانلي أورفة كجك");
    }

    @Test
    void otherNamesEndBeforeAKnownPlaceWithAPreposition() {
        // {sentence, first token, last token}: «المنظمة بباريس», «البطولة الدولية بالدمام»
        assertThat(linkedAs("عقد الاجتماع في مقر المنظمة بباريس الشهر الماضي.", EntityType.ORG, new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("باريس");
        assertThat(linkedAs("ويشارك الفريق في البطولة الدولية بالدمام الشهر المقبل.", EntityType.MISC, new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("البطولة الدولية", "الدمام");
        assertThat(linkedAs("وقع الهجوم في مدينة بئر العبد بالعريش أمس.", EntityType.LOC, new int[][] {{0, 4, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("بئر العبد", "العريش");
        // a word that only begins like a preposition stays
        assertThat(linkedAs("ودرس في جامعة بيدفورد ثلاث سنوات.", EntityType.ORG, new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("جامعة بيدفورد");
    }

    @Test
    void aPlaceNamedAfterItsHeadNounKeepsItsFirstLetter() {
        // {sentence, first token, last token}: «مدينة بعقوبة» is the city Baqubah, not ب + «عقوبة»
        assertThat(linkedAs("وسقط صاروخ على مدينة بعقوبة شمال بغداد.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("بعقوبة", "بغداد");
        assertThat(linkedAs("ووصلت القوات إلى جزيرة بريم اليمنية.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("بريم");
        // but after «ب» comes a known name, another head or a part of a place
        assertThat(linkedAs("ونقلت السفارة إلى عاصمة لإسرائيل جديدة.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("إسرائيل");
        assertThat(linkedAs("وقعت اشتباكات في منطقة بريف حماة أمس.", EntityType.LOC, new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("ريف حماة");
    }

    @Test
    void aLinkOnlyPlaceAfterAHeadThatSaysItIsOneIsAMention() {
        // «الطائف», «الزرقاء» alone add no mention (ANERcorp's «اتفاق الطائف» is no place); after «محافظة», «مدينة» they do
        assertThat(linkedAs("وتبدأ الفعاليات في محافظة الطائف الأربعاء، ثم تنتقل إلى مدينة الزرقاء.", EntityType.LOC, new int[][] {})
                .mentions()).extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/taif", "kb:loc/zarqa");
        assertThat(linkedAs("وتمسك الزعيم باتفاق الطائف أمس.", EntityType.LOC, new int[][] {}).mentions()).isEmpty();
    }

    @Test
    void aLinkOnlyPlaceTheArticleNamesIsAMentionWhereverItStands() {
        // «الطائف» after «محافظة الطائف» (RepeatedPlaces): every «الطائف» of the article is the city
        assertThat(linkedAs("تبدأ الفعاليات في محافظة الطائف غدا. وقالت شرطة الطائف إن الطرق آمنة.", EntityType.LOC, new int[][] {})
                .mentions()).extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/taif", "kb:loc/taif");
        // and none where the article does not name the place otherwise
        assertThat(linkedAs("وقالت شرطة الطائف إن الطريق إلى جدة آمن.", EntityType.LOC, new int[][] {}).mentions())
                .extracting(EntityMention::text).containsExactly("جدة");
        // nor a place the article does not name where it names another of those places
        assertThat(linkedAs("وصلت القوات إلى محافظة مأرب. وقالت شرطة الطائف إن الطرق آمنة.", EntityType.LOC, new int[][] {})
                .mentions()).extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/marib");
        // not a country whose name is an adjective too: «محلل مالي» (a financial analyst) beside Mali
        assertThat(linkedAs("جرت الانتخابات في مالي أمس. وقال محلل مالي إن السوق تراجعت.", EntityType.LOC, new int[][] {{0, 3, 3}})
                .mentions()).extracting(EntityMention::text).containsExactly("مالي");
        // nor «الخليج», also a club and the first word of companies' names
        assertThat(linkedAs("وتعبر الناقلات الخليج يوميا. وتلقى اللاعب عرض الخليج للموسم المقبل.", EntityType.LOC, new int[][] {{0, 2, 2}})
                .mentions()).hasSize(1);
    }

    @Test
    void aSaudiGovernorateThatIsACommonWordIsAPlaceAfterItsHead() {
        // «الحريق» (the fire), «ضباء»: governorates; after «محافظة» both are places, alone the common word is no mention
        assertThat(linkedAs("وزار الوفد محافظة الحريق ثم محافظة ضباء.", EntityType.LOC, new int[][] {}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/al-hariq", "kb:loc/duba");
        assertThat(linkedAs("وشب الحريق في المستودع أمس.", EntityType.LOC, new int[][] {}).mentions()).isEmpty();
        assertThat(linkedAs("ووصلت القافلة إلى ضباء مساء.", EntityType.LOC, new int[][] {}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/duba");
    }

    @Test
    void aLinkOnlyTownAfterItsGovernorOrMunicipalityIsAMention() {
        // «محافظ صبيا» (Sabya's governor), «بلدية الجموم»: alone «صبيا» makes no mention, after these nouns it does
        assertThat(linkedAs("وحضر محافظ صبيا الحفل مع رئيس بلدية الجموم.", EntityType.LOC, new int[][] {}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/sabya", "kb:loc/al-jumum");
    }

    @Test
    void aRegionAfterTheOfficeItNamesOpensNoPersonsName() {
        // «صحة عسير» (Asir's health directorate): the recogniser ran the region into the spokesman's name
        assertThat(linked("وقال الناطق باسم صحة عسير سعيد بن عبدالله النقير إن الخدمة مستمرة.", new int[][] {{0, 4, 8}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("عسير", EntityType.LOC), tuple("سعيد بن عبدالله النقير", EntityType.PER));
    }

    @Test
    void aNameBeforeABracketThatGivesItsBearingIsAPlace() {
        // «في ليون (وسط فرنسا)» after a match: the city where the final was played, not its club
        assertThat(linkedAs("وفاز الفريق بالمباراة النهائية في ليون (وسط فرنسا) مساء الأربعاء.", EntityType.ORG, new int[][] {{0, 5, 5}})
                .mentions()).extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/lyon", "kb:country/fr");
        // a town the knowledge base does not know, read as a person
        assertThat(linked("وقتل جندي قرب كيليس (جنوب تركيا) أمس.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("كيليس", EntityType.LOC), tuple("تركيا", EntityType.LOC));
        // «(وسط محور)»: a midfielder's post, no bearing
        assertThat(linked("والتقى المدرب اللاعب الغاني إيسيان (وسط محور) أمس.", new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("إيسيان", EntityType.PER));
    }
}
