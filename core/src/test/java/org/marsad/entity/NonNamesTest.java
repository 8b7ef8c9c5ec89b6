package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linked;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/**
 * Mentions the recogniser finds that name nothing ({@link NonNames}): one test per phenomenon, on
 * sentences written for these tests. The spans are {sentence, first token, last token}.
 */
class NonNamesTest {
    @Test
    void aHeadNounWithAnIndefiniteAdjectiveIsNoName() {
        // "a terrorist organisation", "an Arab organisation": a description, not a body's name
        assertThat(linkedAs("وصنفت الحكومة الجماعة منظمة إرهابية أمس.", EntityType.ORG, new int[][] {{0, 3, 4}}).mentions()).isEmpty();
        assertThat(linkedAs("والصندوق منظمة عربية تأسست قبل عقود.", EntityType.ORG, new int[][] {{0, 1, 2}}).mentions()).isEmpty();
        // but a name in «ـية» whose masculine the corpus seldom writes stays («عطية» is a family name)
        assertThat(linkedAs("ونظمت وكالة عطية للسفر رحلات إلى إسطنبول.", EntityType.ORG, new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("وكالة عطية", "إسطنبول");
    }

    @Test
    void aFriendlyMatchIsNoPerson() {
        // «ودي» ("friendly") after «لقاء»
        assertThat(linked("وشارك اللاعب في آخر لقاء ودي أمام الريان.", new int[][] {{0, 5, 5}}).mentions())
                .filteredOn(m -> m.type() == EntityType.PER).isEmpty();
        // nor are floods («السيول») and the dead («الميت»)
        assertThat(linkedAs("وتعمل الأمانة على درء أخطار السيول في الأحياء.", EntityType.ORG, new int[][] {{0, 5, 5}}).mentions()).isEmpty();
        assertThat(linkedAs("ووقف الرجل أمام جثة الميت طويلا.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        // nor is a decade a place
        assertThat(linkedAs("وازدهرت السينما في الستينات والسبعينات.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
    }

    @Test
    void aUnitAfterAQuantityIsNoPerson() {
        assertThat(linked("وبلغت الواردات 5200 كلغم من الأرز.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        // nor a «person» that opens with the number («ب153340 كلغم»), whose short forms would be every other unit
        assertThat(linked("وجاءت المكسرات ب153340 كلغم، ثم السكر 9306 كلغم.", new int[][] {{0, 2, 3}}).mentions()).isEmpty();
        // nor pence beside the euro or a percentage, though «بنس» is Mike Pence too (cues.tsv vetoes)
        assertThat(linked("وتراجع الجنيه 0.2 بالمئة إلى 89.29 بنس في التعاملات.", new int[][] {{0, 6, 6}}).mentions()).isEmpty();
        assertThat(linked("وقال نائب الرئيس بنس إن الإدارة ستنظر في الأمر.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:per/mike-pence");
    }

    @Test
    void datesTheFruitAndARuralAreaAreNoPlaces() {
        assertThat(linkedAs("وانطلق مهرجان التمور في بريدة أمس.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("بريدة");
        assertThat(linkedAs("وعثر الرجل على هاتفه في منطقة ريفية بعيدة.", EntityType.LOC, new int[][] {{0, 6, 6}}).mentions()).isEmpty();
        // «أولم يلاحظ» is a question: the hamza, «و» and «لم»
        assertThat(linked("أولم يلاحظ المسؤولون حجم الأزمة؟", new int[][] {{0, 0, 0}}).mentions()).isEmpty();
    }

    @Test
    void aNationalityAfterItsNounIsNoPerson() {
        // «للمنتخب الجامايكي» "for the Jamaican team", «نظيره الجامايكي» "its Jamaican counterpart"
        assertThat(linked("وسجل للمنتخب الجامايكي هدفا متأخرا.", new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        assertThat(linked("وتغلب المنتخب المكسيكي على نظيره الجامايكي بثلاثة أهداف.", new int[][] {{0, 5, 5}}).mentions()).isEmpty();
        // a people's plural after a noun is a group of persons, as AQMAR marks it
        assertThat(linked("وشارك في الحملة الفرسان الفرنسيون وأتباعهم.", new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("الفرنسيون");
        // after a title it is a family name: Dr al-Turki
        assertThat(linked("وقال الدكتور التركي إن الدراسة اكتملت.", new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("التركي", EntityType.PER));
    }

    @Test
    void aWebAddressIsNoName() {
        assertThat(linkedAs("ويتم التقديم عبر الموقع www.example.sa حتى نهاية الشهر.", EntityType.ORG, new int[][] {{0, 4, 4}}).mentions())
                .isEmpty();
        assertThat(linkedAs("ويتم التقديم عبر الموقع http://jobs.example.sa حتى نهاية الشهر.", EntityType.LOC, new int[][] {{0, 4, 4}})
                .mentions()).isEmpty();
    }

    @Test
    void inWhomIsNoYemen() {
        // «فيمن» (in whom) read as في + «يمن»
        assertThat(linkedAs("ولنا أمل كبير فيمن يعمل بصمت.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
    }

    @Test
    void civilIsNoClub() {
        // «التعليم الأهلي» (private schooling), «السلم الأهلي» (civil peace): the adjective, not Al Ahly
        assertThat(linkedAs("وافتتحت إدارة التعليم الأهلي مدارس جديدة.", EntityType.ORG, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linkedAs("ودعا إلى حماية السلم الأهلي في البلاد.", EntityType.ORG, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        // «الهلال» beside «رؤية» is the crescent moon, not the club
        assertThat(linkedAs("وتتحرى المحكمة رؤية الهلال مساء الخميس.", EntityType.ORG, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        // beside a bank it is the bank's name, not the club the cues («جدة») would choose
        assertThat(linkedAs("وارتفع سهم البنك الأهلي في سوق جدة.", EntityType.ORG, new int[][] {{0, 3, 3}}).mentions())
                .noneMatch(m -> m.entity().map(e -> e.id().startsWith("kb:org/al-ahl")).orElse(false));
        // joined by «و» to «العام», «الحكومي»: public and private
        assertThat(linkedAs("ودعم الوزير التعليم العام والأهلي بالمنح.", EntityType.ORG, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        // after «النادي» it is the club (the Cairo one, beside «الزمالك»)
        assertThat(linkedAs("وفاز النادي الأهلي على الزمالك بالكأس.", EntityType.ORG, new int[][] {{0, 2, 2}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:org/al-ahly", "kb:org/zamalek");
    }

    @Test
    void aHijriMonthAfterTheWordMonthIsNoMan() {
        // «رجب» and «شعبان» are men's names too; after «شهري» ("the months of") both are months
        assertThat(linked("وارتفعت المبيعات خلال شهري رجب وشعبان بنسبة كبيرة.", new int[][] {{0, 4, 4}, {0, 5, 5}}).mentions()).isEmpty();
        // also where the recogniser took both for one mention
        assertThat(linked("وارتفعت المبيعات خلال شهري رجب وشعبان بنسبة كبيرة.", new int[][] {{0, 4, 5}}).mentions()).isEmpty();
        assertThat(linked("وتزداد الزيارات في رمضان المبارك كل عام.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        // a man's name stays, and so does the month where the recogniser calls it MISC
        assertThat(linked("واستقبل الوزير رجب طيب أردوغان في القصر.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("رجب طيب أردوغان");
        assertThat(linkedAs("وصام المسلمون شهر رمضان كاملا.", EntityType.MISC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("رمضان");
    }

    @Test
    void mightyAndGloriousIsNoName() {
        // «عز وجل», said of God, parted from «الله» by a dash: not the given name Izz
        assertThat(linked("ونلتزم بكتاب الله - عز وجل - في كل أمر.", new int[][] {{0, 4, 4}}).mentions())
                .filteredOn(m -> m.type() == EntityType.PER).isEmpty();
    }

    @Test
    void aNisbaAfterAnEraIsNoName() {
        // «العصر الأموي» (the Umayyad era): an adjective, not the family name al-Umawi
        assertThat(linked("ودرس الشعر في العصر الأموي بعمق.", new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        // after a title it is a family name
        assertThat(linked("وقال الدكتور الأموي إن الدراسة اكتملت.", new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("الأموي");
    }

    @Test
    void aSoundPluralIsNoPerson() {
        // {sentence, first token, last token}: «موظفون» (employees), «مراسلون» (reporters)
        assertThat(linked("ويرى موظفون أن الحفل ناجح.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linked("ويقول مراسلون إن الاستقالة مؤثرة.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        // a name in «ـون» stays, and so do a group with the article and a people, as AQMAR marks them
        assertThat(linked("وفتحها المسلمون قبل قرون.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("المسلمون");
        assertThat(linked("وقال جاكسون إن القطعة نادرة.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("جاكسون");
        assertThat(linked("ويرى الأمريكيون أن الاتفاق ضعيف.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("الأمريكيون");
        assertThat(linked("ويرى أمريكيون أن الاتفاق ضعيف.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("أمريكيون");
    }

    @Test
    void anAdjectiveAfterInAWayIsNoName() {
        // «بشكل ودي» ("in a friendly way"), read as a person
        assertThat(linked("وحلت الخلافات بشكل ودي أمس.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        // but «بصورة الله» ("in the image of God") keeps God
        assertThat(linkedAs("وكل إنسان خلق بصورة الله.", EntityType.MISC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:misc/allah");
    }

    @Test
    void theDualOfACommonFeminineWordIsNoName() {
        // «برونزيتين» ("two bronze"), «الوكالتان» ("the two agencies"), read as people
        assertThat(linked("وحققت البعثة ميداليتين برونزيتين أمس.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linked("وقالت الوكالتان في بيانين إن النظرة مستقرة.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        // but a town named by a dual stays (news names «القريتين» in Syria often enough), and so does a given name in «ـتين» (Martin)
        assertThat(linkedAs("وسيطر المسلحون على مدينة القريتين أمس.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("القريتين");
        assertThat(linked("وسجل مارتين الهدف الثاني.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("مارتين");
    }
}
