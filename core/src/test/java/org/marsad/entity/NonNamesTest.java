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
        // «أولم يلاحظ» is a question: the hamza, «و» and «لم»; but «مدينة أولم» is Ulm
        assertThat(linked("أولم يلاحظ المسؤولون حجم الأزمة؟", new int[][] {{0, 0, 0}}).mentions()).isEmpty();
        assertThat(linkedAs("ولد العالم في مدينة أولم الألمانية.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("أولم");
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
        // nor a place: the Scottish government
        assertThat(linkedAs("وقالت الحكومة الاسكتلندية إنها ستحظر الزراعة.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions()).isEmpty();
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
        // «برونزيتين» ("two bronze"), «الدولتان» ("the two states"), read as people (since the stem profiles were
        // rebuilt on 2026-12-07, «الوكالة» is an organisation in 5 % of its uses or more, so «الوكالتان» is no longer an example)
        assertThat(linked("وحققت البعثة ميداليتين برونزيتين أمس.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linked("وقالت الدولتان في بيانين إن النظرة مستقرة.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        // but a town named by a dual stays (news names «القريتين» in Syria often enough), and so does a given name in «ـتين» (Martin)
        assertThat(linkedAs("وسيطر المسلحون على مدينة القريتين أمس.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("القريتين");
        assertThat(linked("وسجل مارتين الهدف الثاني.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("مارتين");
    }

    @Test
    void oneWordThatNamesNothingIsNoMention() {
        // «سعودية» without the article is the adjective: a nationality, not the country
        EntityLinker.Result saudi = linkedAs("هبطت في المطار طائرة عسكرية سعودية محملة بالمساعدات.", EntityType.LOC, new int[][] {{0, 5, 5}});
        assertThat(saudi.mentions()).isEmpty();
        // «سورية» is Syria, and also its feminine adjective after an indefinite feminine word
        assertThat(linkedAs("ووصلت عائلة سورية إلى المخيم أمس.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        assertThat(linkedAs("ووصلت العائلة إلى سورية أمس.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:country/sy");
        // an organisation's head noun alone, and «لي» ("to me")
        assertThat(linkedAs("وقالت المنظمة إن المساعدات وصلت.", EntityType.ORG, new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linkedAs("وقالت منظمة \"أنقذوا الأطفال\" إن المساعدات وصلت.", EntityType.ORG, new int[][] {{0, 1, 1}}).mentions())
                .as("the head before a quoted name is all the recogniser found of it").hasSize(1);
        assertThat(linked("وقالت لي إن الرحلة كانت جميلة.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        // «بالحماس» is enthusiasm (Hamas takes no article), «كلبة» a dog
        assertThat(linkedAs("وقال اللاعب إنه يشعر بالحماس قبل المباراة.", EntityType.ORG, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        assertThat(linkedAs("ووصفها بأنها كلبة ومجنونة.", EntityType.MISC, new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        // a person's decade of age
        assertThat(linked("عثر على جثة شاب عشريني قرب الطريق الدائري.", new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        // after "that he" comes a predicate: «سعيد» is "happy"
        assertThat(linked("ويقول إنه سعيد بتدني سعر صرف الليرة.", new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        // «هادئ» ("calm") folds like Hadi's name, but a final hamza on ya writes no name
        assertThat(linked("وصف الجيران الشاب بأنه هادئ ومهذب.", new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        // «أمي» ("my mother") whom a column remembers; «صديقي» stays: it is also the surname Siddiqui
        assertThat(linked("علمتني أمي الصبر منذ الصغر.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linked("وقال صديقي إن الحكومة تدرس الطلب.", new int[][] {{0, 1, 1}}).mentions()).hasSize(1);
        // the plural of a common adjective in «ـي»: «قانونيون» are legal experts; Napoleon stays
        assertThat(linked("وقال قانونيون إن القرار باطل.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linked("وتوقع مصرفيون وعقاريون أن ترتفع الأسعار.", new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        assertThat(linked("وهزم نابليون الجيش النمساوي.", new int[][] {{0, 1, 1}}).mentions()).hasSize(1);
        // «رائد الفضاء» is an astronaut, alone or with its complement; «رائد» alone stays a given name
        assertThat(linked("وقال رائد الفضاء الإيطالي إن الرحلة شاقة.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linked("وقال رائد الفضاء الإيطالي إن الرحلة شاقة.", new int[][] {{0, 1, 2}}).mentions()).isEmpty();
        assertThat(linked("وقال رائد إن الرحلة شاقة.", new int[][] {{0, 1, 1}}).mentions()).hasSize(1);
        // so is «ساري المفعول» ("in force"; «ساري» is also Sari)
        assertThat(linked("ويجب أن يكون الترخيص ساري المفعول.", new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        // «قيادة وشعبا»: "and (as a) people"
        assertThat(linkedAs("ووقفت البلاد قيادة وشعبا مع القرار.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        // a plural in the construct state: «معارضو» are the opponents of; a name in «ـو» stays
        assertThat(linked("ورفض معارضو القانون التعديل.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linked("وسجل رونالدو هدفين.", new int[][] {{0, 1, 1}}).mentions()).hasSize(1);
        // a people stays what the recogniser said (AQMAR marks «الأمريكيين» a group of people)
        assertThat(linked("وكانت الرغبة لدى البريطانيين كبيرة.", new int[][] {{0, 3, 3}}).mentions()).hasSize(1);
        assertThat(linked("وصنعها عدد من العلماء الأوروبيين قديما.", new int[][] {{0, 4, 4}}).mentions()).hasSize(1);
        assertThat(linked("وقال بريطانيون إن الرغبة كبيرة.", new int[][] {{0, 1, 1}}).mentions()).hasSize(1);
        assertThat(linked("وقال سعوديون إن الرغبة كبيرة.", new int[][] {{0, 1, 1}}).mentions()).as("a nationality").hasSize(1);
        assertThat(linked("وخاض أوروبيون حروبا طويلة.", new int[][] {{0, 1, 1}}).mentions()).as("of Europe, a known place").hasSize(1);
        // the country itself stays, and so does «سورية», written like a feminine adjective
        assertThat(linkedAs("وصل الوفد إلى السعودية أمس.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).hasSize(1);
        assertThat(linkedAs("وصل الوفد إلى سورية أمس.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).hasSize(1);
    }

    @Test
    void aMonthsNameInADateIsNoMention() {
        // «نيسان» is April in the Levant and Nissan: beside the other name of the month, a number, «أواخر» or «الماضي» it is the month
        for (String body : java.util.List.of("وأعلنت الشركة خطتها في أبريل (نيسان) 2014 أمام المساهمين.",
                "وأطلقت الحركة في أواخر نيسان - أبريل هجومها السنوي.", "وانتهت الأعمال في 25 نيسان الماضي.",
                "وانتهت الأعمال في نيسان الماضي.")) {
            int at = java.util.Arrays.asList(body.replace("(", "( ").replace(")", " )").split(" ")).indexOf("نيسان");
            assertThat(linkedAs(body, EntityType.ORG, new int[][] {{0, at, at}}).mentions()).as(body).isEmpty();
        }
        // the company stays, and links
        EntityLinker.Result nissan = linkedAs("وقال الرئيس التنفيذي لرينو ونيسان إن المبيعات ارتفعت.", EntityType.ORG, new int[][] {{0, 4, 4}});
        assertThat(nissan.mentions()).extracting(m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(null))
                .containsExactly("kb:org/renault", "kb:org/nissan");
    }

    @Test
    void commonNounThatIsAPlaceWithoutTheArticleAndOrdinalsAloneAreNoNames() {
        // «السيول» is "the floods"; Seoul is «سيول», never with the article
        assertThat(linkedAs("وأرسلت مساعدات عاجلة جراء السيول والأمطار الغزيرة.", EntityType.LOC, new int[][] {{0, 4, 4}})
                .mentions()).isEmpty();
        assertThat(linked("وقعت الحادثة في 25 تشرين الثاني الماضي.", new int[][] {{0, 5, 5}}).mentions()).isEmpty();
    }

    @Test
    void inTheWordsOfIsNoPlace() {
        // «على لسان» ("in the words of"): ل + «سان» is no San anything
        EntityLinker.Result r = linkedAs("وجاء ذلك على لسان المتحدث باسم الوزارة أمس.", EntityType.LOC, new int[][] {{0, 3, 3}});
        assertThat(r.mentions()).isEmpty();
    }

    @Test
    void wordsOfFormulasAndIllnessesNameNoOne() {
        // «بمشيئة الله» (God willing), «الأخ العزيز» (the dear brother), «مرض باركنسون» (the illness)
        assertThat(linkedAs("ستكون السماء غائمة بمشيئة الله تعالى.", EntityType.MISC, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linked("انتقل إلى رحمة الله الأخ العزيز الأستاذ خالد.", new int[][] {{0, 5, 5}}).mentions()).isEmpty();
        assertThat(linked("الشكولاتة تخفف أعراض مرض باركنسون كما تقول الدراسة.", new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        // «سيقول قائل» (someone will say); «لصالح» ("in favour of") ends no name
        assertThat(linked("سيقول قائل إن الخطة ليست جادة.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linked("وصرح قيادي في الفصائل إن الأجواء إيجابية.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linked("وانتقل رياض محرز لصالح مانشستر سيتي.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).startsWith("رياض محرز");
        // «السبائك» (gold bars), «صحيفتا» (the two papers)
        assertThat(linked("تتفاوت أوزان السبائك بين الأشكال.", new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        assertThat(linked("وذكرت صحيفتا الصباح والمساء أن الصفقة تمت.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        // the same name elsewhere is a person
        assertThat(linked("قال الطبيب باركنسون إن المرض نادر.", new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("باركنسون");
    }

    @Test
    void aNounsAdjectiveInASetPhraseIsNoName() {
        // «الذكر الحكيم» (the Quran), «الحكم الرشيد» (good governance), «ظهير أيمن» (right back)
        assertThat(linked("افتتح الحفل بتلاوة من الذكر الحكيم ثم الكلمات.", new int[][] {{0, 5, 5}}).mentions()).isEmpty();
        assertThat(linked("ودعا التقرير إلى تعزيز الحكم الرشيد والشفافية.", new int[][] {{0, 5, 5}}).mentions()).isEmpty();
        assertThat(linked("ويلعب المدافع الشاب في مركز ظهير أيمن منذ عامين.", new int[][] {{0, 6, 6}}).mentions()).isEmpty();
        assertThat(linked("وسدد المهاجم الكرة فارتطمت بالقائم الأيمن للمرمى.", new int[][] {{0, 5, 5}}).mentions()).isEmpty();
        // «الشرق أوسطية» (Middle-Eastern), alone or with «الشرق» taken in
        assertThat(linkedAs("وتحدث عن الأزمات الشرق أوسطية المعقدة.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        assertThat(linkedAs("وتحدث عن الأزمات الشرق أوسطية المعقدة.", EntityType.LOC, new int[][] {{0, 3, 4}}).mentions()).isEmpty();
        // «القاصي والداني» (far and near: everyone)
        assertThat(linked("وأشاد بالعرض القاصي والداني في المدينة.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        // «ولاية الفقيه» (the jurist's guardianship), which the recogniser took for a state
        assertThat(linkedAs("وانتقد الكاتب نظام ولاية الفقيه في طهران.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("طهران");
        // the same surname after another noun is a person
        assertThat(linked("وقال رئيس التيار عمار الحكيم إن الانتخابات ستجرى.", new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("عمار الحكيم");
    }

    @Test
    void thePraiseAfterGodsNameAndABillionAreNoNames() {
        assertThat(linked("وقال الخطيب إن الله سبحانه وتعالى أمر بالعدل.", new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        // «بليون» (a billion) is no «ب» + Lyon next to a number or a currency
        assertThat(linkedAs("وبلغت الاستثمارات 1.7 بليون دولار في العام الماضي.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linkedAs("وخصص الصندوق بليون ريال للمشاريع.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        assertThat(linkedAs("وفاز الفريق بليون في المباراة الأولى.", EntityType.ORG, new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("ليون");
    }

    @Test
    void aTitleGodsGraceAPeopleAndCommonNounsAreNoNames() {
        // «ولي العهد» after the crown prince's name, marked as a person of its own
        assertThat(linked("واستقبل الأمير سعد بن فهد ولي العهد الوفد.", new int[][] {{0, 2, 4}, {0, 5, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("سعد بن فهد");
        // «بتوفيق الله» (by God's grace); the given name Tawfiq stays
        assertThat(linked("وتم تخريج الدورة بتوفيق الله تعالى.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linked("وقال توفيق الحكيم إن المسرح باق.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("توفيق الحكيم");
        // «لدين الله» (for God's religion); the caliph «المعز لدين الله» stays, three words
        assertThat(linked("وهم أعداء لدين الله أولا.", new int[][] {{0, 2, 3}}).mentions()).isEmpty();
        assertThat(linked("وبنى المعز لدين الله الجامع.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("المعز لدين الله");
        // «مسؤولين ألمان» (German officials) is no organisation
        assertThat(linkedAs("والتقى الوزير مسؤولين ألمان في برلين.", EntityType.ORG, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("برلين");
        // nor are the Kurds («والأكراد»), though the Shia («الشيعة») are one in ANERcorp
        assertThat(linkedAs("واحتفل الأكراد بعيد النوروز.", EntityType.ORG, new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linkedAs("وتظاهر العرب والأكراد في المدينة.", EntityType.ORG, new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        assertThat(linkedAs("وتظاهر الشيعة في المدينة.", EntityType.ORG, new int[][] {{0, 1, 1}}).mentions()).hasSize(1);
        // «سرطان المثانة» (bladder cancer), «الكورنيش الشمالي» (the north corniche)
        assertThat(linkedAs("ويرتبط الدواء بالإصابة بسرطان المثانة.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        assertThat(linkedAs("وأقيمت الألعاب في الكورنيش الشمالي للمدينة.", EntityType.ORG, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
    }

    @Test
    void twoSharesACornicheADeadHeartAndAnAxeAreNoNames() {
        assertThat(linkedAs("وأغلق سهما الشركتين على ارتفاع أمس.", EntityType.PER, new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linkedAs("وتنزه الزوار على كورنيش المدينة أمس.", EntityType.ORG, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linkedAs("وقال الشاعر إن القلب بلا حب قلب ميت.", EntityType.LOC, new int[][] {{0, 7, 7}}).mentions()).isEmpty();
        // «فأس» with hamza is an axe; Fez is written «فاس»
        assertThat(linkedAs("وضربه الجاني بفأس في رأسه.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions()).isEmpty();
        assertThat(linkedAs("وزار الوفد مدينة فاس المغربية.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/fez");
    }

    @Test
    void tendonsCounterpartsTheSceneAndCamelsAreNoNames() {
        // the words the resource file non-names.txt lists are read, clitics and all
        assertThat(linkedAs("وأصيب اللاعب بالتهاب في الأوتار أمس.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        assertThat(linkedAs("واجتمع الوزير مع نظرائه في الرياض.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("الرياض");
        assertThat(linkedAs("وعاد الحزب إلى المشهد السياسي.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linkedAs("وحذرت الوزارة من مخالطة الإبل.", EntityType.ORG, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        assertThat(linkedAs("وسقطت القذيفة على حي سكني قرب الحدود.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        assertThat(linkedAs("وتحدث الكاتب عن الفساد وهوان الأمة.", EntityType.PER, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        assertThat(linkedAs("وقال إنه بات في إمكاني أن أعود.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        // Uttar Pradesh keeps «أوتار», which alone is no name
        assertThat(linkedAs("وفاض النهر في ولاية أوتار براديش الهندية.", EntityType.LOC, new int[][] {{0, 4, 5}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/uttar-pradesh");
        assertThat(KnowledgeBaseFiles.words("non-names.txt")).contains(org.marsad.text.ArabicNormalizer.normalize("لسان"))
                .doesNotContain(org.marsad.text.ArabicNormalizer.normalize("أوتار براديش"));
    }

    @Test
    void theMayorsTitleBeforeHisCityIsNoPerson() {
        // «أمين عسير»: the mayor of Asir, whom the recogniser took for a man named Amin
        assertThat(linkedAs("وقال أمين عسير خلال الاجتماع إن المشاريع مستمرة.", EntityType.PER, new int[][] {{0, 1, 2}}).mentions()).isEmpty();
        // a man named Amin keeps his name
        assertThat(linkedAs("وقال أمين الحسيني إن المشاريع مستمرة.", EntityType.PER, new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("أمين الحسيني");
    }

    @Test
    void praiseOfGodAndGoodFaithAreNoPeople() {
        // «جل وعلا», «جواد كريم», «حسن النية»: set phrases whose words are also given names (Ola, Jawad, Hassan)
        assertThat(linked("وسأل المولى جل وعلا أن يحفظ البلاد.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linked("ودعا للمصابين بالشفاء إنه جواد كريم.", new int[][] {{0, 4, 5}}).mentions()).isEmpty();
        assertThat(linked("وأكد أن المتسبب حسن النية.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linked("وطالب بعلاقات حسن جوار مع الدول.", new int[][] {{0, 2, 3}}).mentions()).isEmpty();
        // God's grace, the recogniser's two-word «person» («لولا توفيق الله»)
        assertThat(linked("ونجح المشروع لولا توفيق الله ثم جهود الشباب.", new int[][] {{0, 3, 4}}).mentions())
                .noneMatch(m -> m.type() == EntityType.PER);
        // a column's close, «والله ولي التوفيق» (God grants success); «ولي» is also the given name Wali
        assertThat(linked("وهذا ما نرجوه، والله ولي التوفيق.", new int[][] {{0, 5, 6}}).mentions())
                .noneMatch(m -> m.type() == EntityType.PER);
        // a man named Hassan keeps his name
        assertThat(linked("وقال حسن الخلف إن الأمر انتهى.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("حسن الخلف");
    }

    @Test
    void aSceneIsNoCityButMashhadAfterItsHeadInAListOrBeforePunctuationIs() {
        // «مشهد» "a scene", with a word after it
        assertThat(linkedAs("وانتهى الحفل في مشهد مؤثر أبكى الحاضرين.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linkedAs("ولعل مشهد الزحام يكفي للدلالة.", EntityType.LOC, new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        // the Iranian city: after «مدينة», in a list of places, before punctuation
        assertThat(linkedAs("ووصل الزوار إلى مدينة مشهد صباح أمس.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("مشهد");
        assertThat(linkedAs("ووصل الزوار إلى مشهد الإيرانية أمس.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("مشهد");
        assertThat(linkedAs("وخرجت احتجاجات في طهران ومشهد أمس.", EntityType.LOC, new int[][] {{0, 3, 3}, {0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("طهران", "مشهد");
        assertThat(linkedAs("وعقد الاجتماع في مشهد، شمال شرق إيران.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).contains("مشهد");
        // and anywhere in an article that names it as a city («مدينة مشهد» in another sentence)
        assertThat(linkedAs("وزار الوفد مدينة مشهد أمس. ووصل الزوار إلى مشهد وتستغرق الرحلة ساعة.", EntityType.LOC,
                new int[][] {{0, 3, 3}, {1, 3, 3}}).mentions()).extracting(EntityMention::text).containsExactly("مشهد", "مشهد");
    }
}
