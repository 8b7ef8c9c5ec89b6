package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.LinkerFixture.linked;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/**
 * Words the recogniser reads as names that name nothing ({@link NonNames}, {@link SetPhrases}):
 * verbs, participles, terms of health and sport, duals; split from {@link NonNamesTest}. One test
 * per phenomenon, on sentences written for these tests; spans are {sentence, first token, last token}.
 */
class NonNameWordsTest {
    @Test
    void termsOfHealthSportAndDrugsAreNoPlaces() {
        // the martyr, a title alone, and the virus
        assertThat(linked("وقدم المحافظ واجب العزاء لأسرة الشهيد أمس.", new int[][] {{0, 5, 5}}).mentions()).isEmpty();
        assertThat(linkedAs("وعاد نشاط الفايروس مجددا.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        // the vagina, in a piece on health, read as a place
        assertThat(linkedAs("وحذر الأطباء من عمليات تجميل المهبل.", EntityType.LOC, new int[][] {{0, 5, 5}}).mentions()).isEmpty();
        // badminton («الريشة الطائرة», the flying feather) and cannabis («القنب الهندي», Indian hemp) read as places
        assertThat(linkedAs("وأقيمت دورة لمدربي الريشة الطائرة أمس.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linkedAs("وتسعى دول إلى تشريع القنب الهندي لأغراض طبية.", EntityType.LOC, new int[][] {{0, 4, 5}}).mentions()).isEmpty();
        assertThat(linkedAs("ويسبب نقص فيتامين د التعب.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions()).isEmpty();
    }

    @Test
    void twoSourcesAndSoOnAreNoNames() {
        // «مصدران» (two sources) read as a person, «دواليك» («وهكذا دواليك», and so on) as an organisation
        assertThat(linked("وقال مصدران إن الاجتماع تأجل.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linkedAs("ثم وضعت إعلانا ثانيا، وهكذا دواليك.", EntityType.ORG, new int[][] {{0, 6, 6}}).mentions()).isEmpty();
    }

    @Test
    void aPromiseAJokeAndTheSeaBedAreNoNames() {
        // «بوعدي» (my promise: ب + «وعد» + «ي», not ب + Uday), «ممازحا» (joking), «قعر» (the bottom)
        assertThat(linked("وقد وفيت بوعدي أمام الجميع.", new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        assertThat(linked("ووضع يده على رأسه ممازحا إياه.", new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        assertThat(linkedAs("وعثر العلماء على المعادن في قعر البحر.", EntityType.LOC, new int[][] {{0, 5, 5}}).mentions()).isEmpty();
    }

    @Test
    void starringInAFilmsCreditsIsNoChampionship() {
        // «بطولة» is "starring" before the film or its cast, a competition before its name
        assertThat(linkedAs("والفيلم من بطولة الفنانة الفلسطينية هيام عباس.", EntityType.MISC, new int[][] {{0, 2, 4}}).mentions())
                .noneMatch(m -> m.type() == EntityType.MISC);
        assertThat(linkedAs("بطولة الفيلم للفنانة اللبنانية نادين لبكي.", EntityType.MISC, new int[][] {{0, 1, 3}}).mentions())
                .noneMatch(m -> m.type() == EntityType.MISC);
        assertThat(linkedAs("وفاز الفريق ببطولة الدوري الإسباني أمس.", EntityType.MISC, new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("بطولة الدوري الإسباني");
    }

    @Test
    void anIndefiniteColdWarIsNoEvent() {
        // «حرب باردة» (a cold war) read as a named event; «الحرب الباردة» is the Cold War
        assertThat(linkedAs("وحذر الوزير من حرب باردة جديدة.", EntityType.MISC, new int[][] {{0, 3, 4}}).mentions()).isEmpty();
        assertThat(linkedAs("وانتهت الحرب الباردة عام 1991.", EntityType.MISC, new int[][] {{0, 1, 2}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:misc/cold-war");
    }

    @Test
    void aClubsRegionalAdjectiveIsNoName() {
        // «الفريق البافاري» (the Bavarian team: Bayern), read as a person and as an organisation
        assertThat(linked("وحقق الفريق البافاري فوزا كبيرا.", new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        assertThat(linkedAs("وخسر النادي الباريسي مباراته.", EntityType.ORG, new int[][] {{0, 2, 2}}).mentions()).isEmpty();
    }

    @Test
    void aVerbAndAnAdjectiveReadAsNamesAreNone() {
        // «تأمن» (secures) and «مسيئ» (offensive, misspelt)
        assertThat(linkedAs("واشتبكوا مع القوات التي كانت تأمن المباراة.", EntityType.LOC, new int[][] {{0, 5, 5}}).mentions()).isEmpty();
        assertThat(linked("ونشرت المنصة فيلم مسيئ للنبي.", new int[][] {{0, 4, 4}}).mentions()).extracting(EntityMention::text).doesNotContain("مسيئ");
        // «أفطر» (broke his fast) and «الكتالوني» (Catalan, the club's adjective)
        assertThat(linked("وقال إنه أصيب لأنه أفطر يوما في رمضان.", new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        assertThat(linkedAs("وهي السلسلة الأطول في تاريخ النادي الكتالوني.", EntityType.ORG, new int[][] {{0, 6, 6}}).mentions()).isEmpty();
    }

    @Test
    void aWordAfterAParticleThatOnlyVerbsFollowIsAVerb() {
        // «لم يزد» (did not exceed), not the Iranian city Yazd; «لن», «قد», «سوف» likewise
        assertThat(linkedAs("وقال إن عدد المتقدمين لم يزد عن مئة شاب.", EntityType.LOC, new int[][] {{0, 5, 5}}).mentions()).isEmpty();
        // but «فقد» is also the verb "lost", and a name may follow it
        assertThat(linked("وبينما فقد أردوغان السيطرة على الموقف.", new int[][] {{0, 2, 2}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:per/recep-tayyip-erdogan");
    }

    @Test
    void harmingIsNotTheNile() {
        // «النيل من» is the verbal noun of «نال من» (to harm), not the Nile the recogniser took it for
        assertThat(linkedAs("وتحاول الجماعات النيل من أمن البلاد.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        // after a noun of the river it is the river, flowing from somewhere; the article's river spreads to no «النيل من»
        assertThat(linkedAs("وتجري مياه النيل من الجنوب. وتحاول الجماعات النيل من أمن البلاد.", EntityType.LOC,
                new int[][] {{0, 2, 2}}).mentions()).extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/nile");
    }

    @Test
    void protectorsAreNotHama() {
        // «حماة» before what they protect, or «ل» and whom, is the plural of «حامي»
        assertThat(linkedAs("ويبقى رجال الأمن حماة الوطن في كل وقت.", EntityType.LOC, new int[][] {}).mentions()).isEmpty();
        assertThat(linkedAs("وأرادوا أن يكونوا حماة لهم من كل سوء.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        // the city stands before its region, in a list, or before a purpose («لإنشاء»)
        assertThat(linkedAs("وقصف الطيران ريف حماة الشمالي.", EntityType.LOC, new int[][] {}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/hama");
        assertThat(linkedAs("ودخلت القوات إدلب وحماه لإنشاء نقاط مراقبة.", EntityType.LOC, new int[][] {}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/idlib", "kb:loc/hama");
    }

    @Test
    void theCulpritAndBringingInAreNoNames() {
        // «للإتيان» (to bring in) and «بالجاني» (on the culprit) were an organisation and a person
        assertThat(linkedAs("وقال إن الحزب يسعى للإتيان برئيس جديد.", EntityType.ORG, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        assertThat(linked("ونفذ حكم القصاص بالجاني أمس.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
    }

    @Test
    void anEyewitnessIsNoManCalledShahid() {
        // «شاهد عيان» is an eyewitness; «شاهد» before a surname is the given name
        assertThat(linked("ويقول شاهد عيان إن الانفجار وقع قرب السوق.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linked("وقال شاهد أفريدي إن الفريق جاهز.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("شاهد أفريدي");
    }

    @Test
    void aDualNounAndANationalitysDualAreNoPerson() {
        // two Russian officials, two American soldiers
        assertThat(linked("وأنكر مسؤولان روسيان ذلك أمس.", new int[][] {{0, 1, 2}}).mentions()).isEmpty();
        assertThat(linked("وقال جنديان أمريكيان إن الهجوم فشل.", new int[][] {{0, 1, 2}}).mentions()).isEmpty();
    }

    @Test
    void aDualNounAndItsAdjectiveAreNoName() {
        // «خبيران اقتصاديان» (two economists), «سببان رئيسيان» (two main reasons): a dual and what agrees with it
        assertThat(linked("وتوقع خبيران اقتصاديان أن ترتفع الأسعار.", new int[][] {{0, 1, 2}}).mentions()).isEmpty();
        assertThat(linked("وهناك سببان رئيسيان للأزمة.", new int[][] {{0, 1, 2}}).mentions()).isEmpty();
        // a name whose words end in «ان» stays («عثمان سلمان»)
        assertThat(linked("وقال عثمان سلمان إن الأمر انتهى.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("عثمان سلمان");
    }

    @Test
    void theCruciateLigamentIsNotRabat() {
        // «الرباط» before a ligament's adjective, after an injury and «في», or before «والاستشهاد» is no city
        assertThat(linkedAs("وغاب اللاعب بسبب إصابة الرباط الصليبي.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        assertThat(linkedAs("وعانى المدافع من تمزق في الرباط للركبة.", EntityType.LOC, new int[][] {{0, 5, 5}}).mentions()).isEmpty();
        assertThat(linkedAs("وذكر الخطيب فضل الرباط والاستشهاد.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        // the capital stays
        assertThat(linkedAs("وتقام البطولة في العاصمة المغربية الرباط الأسبوع المقبل.", EntityType.LOC, new int[][] {{0, 5, 5}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/rabat");
    }

    @Test
    void bracketsAndMilitiasAreNoNames() {
        // «بين مزدوجين» (in brackets) was a person; «ميليشيا» (a militia) a thing
        assertThat(linked("وترد بين مزدوجين عدد المراتب.", new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        assertThat(linkedAs("وتسيطر ميليشيا مسلحة على المنطقة.", EntityType.MISC, new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        // «ثماني ولايات» (eight states) was a place
        assertThat(linkedAs("ورفعت ثماني ولايات دعوى قضائية.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions()).isEmpty();
    }

    @Test
    void theSunsetPrayerIsNotMorocco() {
        // «المغرب» after «صلاة» or before «والعشاء» is the prayer; the country the recogniser found otherwise
        assertThat(linkedAs("وتقام المحاضرة بعد صلاة المغرب في الجامع.", EntityType.LOC, new int[][] {}).mentions()).isEmpty();
        assertThat(linkedAs("ويفتح المعرض بين المغرب والعشاء يوميا.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        // nor does the evening prayer, taken for a place, bring Morocco in as its coordinated twin
        assertThat(linkedAs("ويفتح المعرض بين المغرب والعشاء يوميا.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).doesNotContain("المغرب");
        assertThat(linkedAs("وسافر الوفد إلى المغرب أمس.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:country/ma");
    }

    @Test
    void wordsOfPrayerAndHealthAreNoNames() {
        // «قال تعالى» (the Exalted said), «وسمو ولي عهده» (his crown prince), «التهاب رئوي» (pneumonia)
        assertThat(linked("وقد قال تعالى في محكم كتابه.", new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        assertThat(linked("ورفع التعازي لسمو ولي عهده الأمين.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linked("ودخل المستشفى بسبب التهاب رئوي حاد.", new int[][] {{0, 4, 4}}).mentions()).isEmpty();
    }
}
