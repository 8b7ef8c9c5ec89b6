package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linked;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** Where a person's name begins and ends ({@link PersonEdges}), on sentences written for these tests. */
class PersonEdgesTest {
    @Test
    void aKnownPlaceAndATitleBeforeANameAreNoPartOfIt() {
        // {sentence, first token, last token}: the recogniser ran the police's region and the rank into the name
        // («الرائد», a major, is also "the pioneer" and a club)
        assertThat(linked("وصرح المتحدث باسم شرطة تبوك الرائد فهد الشمري بأن البحث جار.", new int[][] {{0, 4, 7}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("تبوك", EntityType.LOC), tuple("فهد الشمري", EntityType.PER));
    }

    @Test
    void aVerbAfterAndBeforeAKnownPersonsBinIsNoPartOfTheName() {
        // «وبارك بن دغر»: "and bin Daghr welcomed"; the recogniser ran the verb into the name
        assertThat(linked("وبارك بن دغر تحرير المطار.", new int[][] {{0, 0, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("بن دغر");
        // a given name after «و» stays («ووليد بن دغر» would be another man)
        assertThat(linked("ووصل أحمد وخالد بن دغر إلى عدن.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).contains("خالد بن دغر");
    }

    @Test
    void aMansForcesBeforeHisNameAreNoPartOfIt() {
        // «ميليشيا صالح»: Saleh's militia, of whom the name is the man's
        assertThat(linked("وتقاتل القوات الحكومية ميليشيا صالح في تعز.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).contains(tuple("صالح", EntityType.PER));
    }

    @Test
    void narratedByIsNoPartOfTheNarratorsName() {
        // «رواه» ("narrated it") before the narrator of a hadith
        assertThat(linked("والحديث رواه أحمد ومسلم في صحيحه.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).startsWith("أحمد");
    }

    @Test
    void aSoundPluralBeforeANameIsNoPartOfIt() {
        // «مراقبون» (observers) before the people they are: the plural is no given name
        assertThat(linked("وقال مراقبون أوروبيون إن الانتخابات نزيهة.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("أوروبيون");
        // before a common adjective's plural («قانونيون», legal) the pair is no one; and «سالمون» (Salomon) before
        // a word of no such plural stays in the name the recogniser found
        assertThat(linked("وقال مراقبون قانونيون إن الانتخابات نزيهة.", new int[][] {{0, 1, 2}}).mentions()).isEmpty();
        assertThat(linked("وأفلست مؤسسات مثل سالمون براذرز قبل سنوات.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("سالمون براذرز");
    }

    @Test
    void givenNameBeforeARecognisedSurnameJoinsIt() {
        // the recogniser marked «أبوالنجا» alone; «فايزة» is a given name of the lists, seldom written with ال
        assertThat(linked("بحثت فايزة أبوالنجا وزيرة التعاون الدولي مع السفير.", new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("فايزة أبوالنجا");
        // nouns heading a construct («بيان» takes the article often) and vowelled verbs stay out
        assertThat(linked("وأشار بيان ترامب إلى أن القرار نهائي.", new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("ترامب");
        assertThat(linked("كما غُرّم الرجوب عشرين ألف فرانك.", new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("الرجوب");
    }

    @Test
    void aGivenNameTheSegmenterCutJoinsTheSurnameAfterIt() {
        // the segmenter reads «فادي» as ف + «ادي» ("performed") and «ليلى» as ل + «يلى»; the recogniser marked the surname alone
        assertThat(linked("وأكد فادي السعدي أن العرض انتهى.", new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("فادي السعدي");
        assertThat(linked("وكتبت ليلى الحربي مقالا عن الرحلة.", new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("ليلى الحربي");
        // «لأمين» is ل + «أمين» ("for Amin", the name's owner), and «فاخر» a verb ("boasted"): neither is in the list
        assertThat(linked("وكانت المقالات لأمين فارس الريحاني.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("فارس الريحاني");
    }

    @Test
    void bassemIsAGivenNameOnlyAfterATitleANationalityOrAColon() {
        // «باسم» is mostly "in the name of"; after a title, a calling, a nationality or a colon it is the name Bassem
        assertThat(linked("وقال الدكتور باسم النجار إن الخطة جاهزة.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("باسم النجار");
        assertThat(linked("وسخر الإعلامي المصري باسم يوسف من القرار.", new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("باسم يوسف");
        assertThat(linked("ولعب في المباراة: باسم المالكي وسعد الزهراني.", new int[][] {{0, 5, 5}}).mentions())
                .extracting(EntityMention::text).contains("باسم المالكي");
        // the spokesman speaks in someone's name
        assertThat(linked("وقال المتحدث باسم نتانياهو إن الاجتماع تأجل.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("نتانياهو");
    }

    @Test
    void amirAloneBeforeASurnameIsAGivenName() {
        // the recogniser began the actor's name at his surname; «أمير» as a title is written «الأمير», or before a place
        assertThat(linked("وأكد أمير كرارة أنه سيتوجه إلى المحافظة.", new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("أمير كرارة");
        assertThat(linked("وقال الأمير فيصل إن المشروع مهم.", new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("فيصل");
    }

    @Test
    void aGivenNameBeforeTheFathersAndFamilysNamesJoinsThem() {
        // the recogniser began the name at the father's: «فهد» «محمد البطش»
        assertThat(linked("وقال فهد محمد البطش إن الأمر انتهى.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("فهد محمد البطش");
        // but a person the knowledge base knows by two words is the object of the name before («وصف فهد روحاني»)
        assertThat(linked("ووصف فهد حسن روحاني بأنه معتدل.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("حسن روحاني");
        // nor a name after «و», nor a verb after «و» that the segmenter left whole
        assertThat(linked("وغنى فهد وصابر الرباعي في الحفل.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("صابر الرباعي");
        assertThat(linked("ونظمت مراسم مماثلة وأدى حافظ سعيد الصلاة.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("حافظ سعيد");
    }

    @Test
    void aGivenNameBeforeANameThatTheRecogniserBeganAtBinJoinsIt() {
        assertThat(linked("وتولى عمر بن عبد العزيز الخلافة في دمشق.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("عمر بن عبد العزيز", "دمشق");
        // a name may open with «بن»: after a title it stays as found
        assertThat(linked("وقال الرئيس بن علي إن الانتخابات ستجرى.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("بن علي");
    }

    @Test
    void noGivenNameJoinsThePluralOfANisba() {
        // «خليفة» is a given name, but «العباسيين» (the Abbasids) is a dynasty: "caliph of the Abbasids"
        assertThat(linked("وكان المعتضد وقتذاك خليفة العباسيين في بغداد.", new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).contains("العباسيين").doesNotContain("خليفة العباسيين");
        assertThat(WordForms.pluralNisba("العباسيين")).isTrue();
        assertThat(WordForms.pluralNisba("والأمويون")).isTrue();
        assertThat(WordForms.pluralNisba("الحسيني")).isFalse();
        assertThat(WordForms.pluralNisba("سنيين")).isFalse();
    }

    @Test
    void aKnownPersonWhoseGivenNameIsANationalityKeepsIt() {
        // «تركي» is also "Turkish"; the knowledge base knows «تركي آل الشيخ» whole (the recogniser marked «آل الشيخ»)
        EntityLinker.Result r = linked("علق رئيس هيئة الرياضة السعودية تركي آل الشيخ على الأزمة. وقال آل الشيخ إن الحل قريب.",
                new int[][] {{0, 6, 7}, {1, 1, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("تركي آل الشيخ", "آل الشيخ");
        assertThat(r.mentions()).extracting(m -> m.entity().orElseThrow().id()).containsOnly("kb:per/turki-al-sheikh");
    }

    @Test
    void theWordsBetweenARankAndANameAreTheMansFirstNames() {
        // «جمعة» (Friday) and «جوهر» (essence): after «العريف أول» they are his first names, up to three words
        // (tokens: 0 وضمت 1 القائمة 2 العريف 3 أول 4 جمعة 5 جوهر 6 جمعة 7 الحمادي)
        assertThat(linked("وضمت القائمة العريف أول جمعة جوهر جمعة الحمادي.", new int[][] {{0, 7, 7}}).mentions())
                .extracting(EntityMention::text).containsExactly("جمعة جوهر جمعة الحمادي");
        // so after a general's or an admiral's rank («قمر», moon; «ظفر», victory)
        assertThat(linked("والتقى قائد الجيش الجنرال قمر جاويد في العاصمة.", new int[][] {{0, 5, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("قمر جاويد");
        assertThat(linked("وحضر الأميرال ظفر محمود عباسي الاجتماع.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("ظفر محمود عباسي");
        // «فاهم», which the segmenter reads as ف + «اهم», is a first name there too
        assertThat(linked("والشهيد العريف أول فاهم سعيد أحمد الحبسي.", new int[][] {{0, 5, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("فاهم سعيد أحمد الحبسي");
        // but not words with a preposition: «بسيارته» (in his car), «بحضور» (in the presence of)
        assertThat(linked("بسبب تجاوز العقيد بسيارته سيارة سليمان الأسد.", new int[][] {{0, 5, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("سليمان الأسد");
        // after a slash, and after a word that goes on the rank («بحري»), which stays out
        assertThat(linked("2 – العريف/ سلطان محمد الشهراني.", new int[][] {{0, 5, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("سلطان محمد الشهراني");
        assertThat(linked("وأكد المقدم بحري شايع القحطاني ذلك.", new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("شايع القحطاني");
        // «رقيب» of «الوكيل رقيب» and «أركان حرب» (general staff) go on the rank, though «حرب» is also a surname
        assertThat(linked("وعزى الأمير أسرة الوكيل رقيب إبراهيم مفرح المنجحي.", new int[][] {{0, 6, 7}}).mentions())
                .extracting(EntityMention::text).containsExactly("إبراهيم مفرح المنجحي");
        assertThat(linked("وأهدى اللواء أركان حرب عصمت مراد الكتاب للكلية.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("عصمت مراد");
        // without a rank, such a word stays out («يوم جمعة» is a Friday)
        assertThat(linked("وفي يوم جمعة التقى خالد الحمادي بأهله.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("خالد الحمادي");
    }

    @Test
    void theWordBetweenAPersonalTitleAndANameIsTheGivenName() {
        // «ملحة» ("salty") and «مساعد» ("assistant") are nouns too, but after «الدكتورة», «الأستاذ» they begin the name
        assertThat(linked("وأعربت الدكتورة ملحة عبدالله عن سعادتها بالمشاركة.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("ملحة عبدالله");
        assertThat(linked("برئاسة الأستاذ مساعد الزويهري بدأ عهد جديد.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("مساعد الزويهري");
        // and after «د.», the doctor's title abbreviated («ندى» is also "dew")
        assertThat(linked("وشاركت في المعرض د. ندى سالم الحربي بلوحتين.", new int[][] {{0, 6, 7}}).mentions())
                .extracting(EntityMention::text).containsExactly("ندى سالم الحربي");
        // and after a rank, but not a word that goes on the rank («اللواء دكتور»)
        assertThat(linked("كما كشف اللواء فضل حسن أن القوات تقدمت.", new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("فضل حسن");
        assertThat(linked("وقال اللواء دكتور عاطي القرشي إن الخطة جاهزة.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("عاطي القرشي");
        // not a kinship word: «الشيخ والد عبدالله» is Abdullah's father
        assertThat(linked("وحضر الشيخ والد عبدالله الحفل.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("عبدالله");
    }

    @Test
    void aNameDoesNotEndOnAlOrBin() {
        // the recogniser stopped at «آل» because «الشيخ» is a title elsewhere, and at «بن» before «الخطاب»
        EntityLinker.Result r = linked("وتابع المفتي عبدالعزيز آل الشيخ حديثه. ومر الموكب بطريق عمر بن الخطاب في عنيزة.",
                new int[][] {{0, 2, 3}, {1, 3, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("عبدالعزيز آل الشيخ", "عمر بن الخطاب", "عنيزة");
        // nor on «أبا», a Najdi family name's first word («أبا الخيل»: «الخيل» is "the horses")
        assertThat(linked("وأشاد نائب الرئيس فيصل أبا الخيل بالمعسكر.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("فيصل أبا الخيل");
        // and the family name's last word is no surname by itself: «الشيخ» stays a title
        EntityLinker.Result title = linked("وقال الشيخ صالح آل الشيخ إن الموسوعة وزعت.", new int[][] {{0, 2, 3}});
        assertThat(title.mentions()).extracting(EntityMention::text).containsExactly("صالح آل الشيخ");
        // «آل» written without madda, as Saudi papers often do
        EntityLinker.Result plain = linked("وأوضح المقدم علي بن عمير ال حرمان أن الفرق باشرت الحادث.", new int[][] {{0, 2, 5}});
        assertThat(plain.mentions()).extracting(EntityMention::text).containsExactly("علي بن عمير ال حرمان");
        // «أبو» before a title is "father of" someone else, and no part of this name
        EntityLinker.Result abu = linked("اعتقل الشيخ حسن المرمضي أبو الدكتور فيصل.", new int[][] {{0, 2, 4}});
        assertThat(abu.mentions()).extracting(EntityMention::text).containsExactly("حسن المرمضي");
    }

    @Test
    void aConnectorBeforeAnotherPersonsMentionJoinsTheTwo() {
        assertThat(linked("منحت الجائزة للطالبة رهف بنت خالد الحارثي.", new int[][] {{0, 3, 4}, {0, 5, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("رهف بنت خالد الحارثي");
    }

    @Test
    void aPluralInTheConstructStateIsNoPartOfTheName() {
        // {sentence, first token, last token}: «محامو بوبيت», Bobbitt's lawyers
        assertThat(linked("وذاع صيت جوني بوبيت العام الماضي. وكتب محامو بوبيت في الدعوى أن المال اختفى.",
                new int[][] {{0, 2, 3}, {1, 1, 2}}).mentions()).extracting(EntityMention::text).containsExactly("جوني بوبيت", "بوبيت");
        // a name's first word of four letters that looks like one is the name's («بيتو» of Piton de la Fournaise)
        assertThat(linked("وأغلقت السلطات منطقة بيتو ديلا فورنيز أمس.", new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("بيتو ديلا فورنيز");
    }

    @Test
    void alsoIsNoPartOfTheName() {
        // {sentence, first token, last token}: «وكذلك» before a name, «أيضا» before and after one
        assertThat(linked("ووافق المجلس وكذلك خامنئي على الاتفاق.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("خامنئي");
        assertThat(linked("وعاقب الاتحاد أيضا ماتيراتزي بالإيقاف.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("ماتيراتزي");
        assertThat(linked("وعوقب ماتيراتزي أيضا بالإيقاف.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("ماتيراتزي");
    }

    @Test
    void betweenBeforeAKnownNameIsNoGivenName() {
        // {sentence, first token, last token}: «بين» ("between") read as Ben before the town of Ben Gardane
        assertThat(linked("وأغلق المحتجون الطريق بين بن قردان وراس جدير.", new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).contains(tuple("بن قردان", EntityType.LOC));
        // the given name Ben before a name the knowledge base does not know stays
        assertThat(linked("وقال الممثل بين ستيلر إن الفيلم جاهز.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("بين ستيلر");
    }

    @Test
    void aKinshipAfterANameEndsIt() {
        // «ابن عم الشهيد» (the martyr's cousin), «ابن أخيه» (his nephew): «ابن» opens no more of the name here
        assertThat(linked("وأوضح إبراهيم بن عبدالله أحمد ابن عم الشهيد أن الأخير صابر.", new int[][] {{0, 1, 7}}).mentions())
                .extracting(EntityMention::text).containsExactly("إبراهيم بن عبدالله أحمد");
        assertThat(linked("وقال محمد بن علي ابن أخيه إن العائلة صابرة.", new int[][] {{0, 1, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("محمد بن علي");
    }
}
