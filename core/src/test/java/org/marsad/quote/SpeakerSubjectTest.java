package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.quote.QuoteFixture.firstWith;
import static org.marsad.quote.QuoteFixture.localPerson;
import static org.marsad.quote.QuoteFixture.only;
import static org.marsad.quote.QuoteFixture.person;
import static org.marsad.quote.QuoteFixture.quotes;
import static org.marsad.quote.QuoteFixture.quotesWith;
import static org.marsad.quote.QuoteFixture.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Quote;
import org.marsad.text.ReportingVerbs;

/**
 * Where a subject starts and ends (after the outlet told, through quoted names, before a verb's
 * object), and whom a participle («مبينا», «مشيرا») goes on with; on sentences written for these tests.
 */
class SpeakerSubjectTest {
    @Test void whenIsNoSubject() {
        // «حينما قال إن»: "when he said", the subject is the one the sentence opened with (SaudiNewsNet)
        String text = "فقد أطلق روبير مالتوس صرخة إنذار في بحثه المقدم تحت عنوان: «أصل المشكلة السكانية»، حينما قال إن الزيادة "
                + "السريعة في السكان تمثل عائقا ضخما.";
        assertThat(quotesWith(text, person(text, "روبير مالتوس", localPerson("روبير مالتوس"))))
                .extracting(QuoteFixture::speaker).containsExactly("روبير مالتوس");
    }

    @Test void whomTheSpeakerToldIsNoSubject() {
        // «وقال لمحاوره»: "he told his interviewer"; the one speaking goes on (not a name with its «ل»: «لاني ديفيز»)
        String text = "وقال سامي حداد إن الشركة ستتعافى قريبا. وقال لمحاوره من صحيفة محلية إن الأسوأ لم يأت بعد.";
        assertThat(quotesWith(text, person(text, "سامي حداد", localPerson("سامي حداد"))))
                .extracting(QuoteFixture::speaker).containsExactly("سامي حداد", "سامي حداد");
        String lanny = "وقال لاني ديفيز إن موكله لن يتراجع عن شهادته.";
        assertThat(quotesWith(lanny, person(lanny, "ديفيز", localPerson("لاني ديفيز"))))
                .extracting(QuoteFixture::speaker).containsExactly("لاني ديفيز");
    }

    @Test void aSubjectlessVerbOpeningTheNextSentenceGoesOnWithThePersonAVerbBeforeNamed() {
        // «كما أوضح برونهولتز ...»: no speech follows, but the next «وقال:» is his
        String text = "ولم تتعاف السوق بعد، لكن هناك بعض المؤشرات على تحسنها، كما أوضح مايك برونهولتز الذي اشترى منزلا في الغارف. "
                + "وقال: «الأسعار سترتفع في الأشهر المقبلة حتما».";
        assertThat(quotesWith(text, person(text, "مايك برونهولتز", localPerson("مايك برونهولتز"))))
                .extracting(QuoteFixture::speaker).containsExactly("مايك برونهولتز");
    }

    @Test void aVerbWithAnObjectLendsTheParticipleOnlyItsSubject() {
        // «أكد الوزير أهمية ...»: "the minister stressed the importance of ...", the object is no part of who spoke
        assertThat(speaker(only("وأكد الوزير أهمية دور الصندوق في التنمية الإسكانية بالمملكة، مبينا أنه سيكون له دور أكبر في المستقبل القريب.")))
                .isEqualTo("الوزير");
    }

    @Test void aVerbInsideReportedSpeechWhoseSubjectStandsBeforeItNamesNoOneNew() {
        // «أن الفريق أكمل كافة التجهيزات»: the team completed the preparations; the participle goes on with the coach
        assertThat(quotes("وأكد إبراهيم القرملة أن الفريق أكمل كافة التجهيزات للمعسكر، مشيراً إلى أن تعاقدات الفريق كانت مدروسة."))
                .extracting(QuoteFixture::speaker).containsOnly("إبراهيم القرملة");
    }

    @Test void aQuotedCompanyNameWithAPrepositionIsPartOfTheSubject() {
        String text = "وأوضح الرئيس التنفيذي لمجموعة «العربية للطيران» عادل علي أن إطلاق العمليات إلى تبوك يعكس الأهمية الكبيرة التي تمثلها المملكة بالنسبة إلى الشركة.";
        assertThat(speaker(firstWith(text, person(text, "عادل علي", localPerson("عادل علي")))))
                .isEqualTo("الرئيس التنفيذي لمجموعة «العربية للطيران» عادل علي");
    }

    @Test void aVerbInARelativeClauseLendsTheParticipleNothing() {
        // «بوتين الذي اعتبرت بلاده القوة الرئيسية»: "whose country was considered the main force"
        String text = "ودعا من جهته الرئيس الروسي فلاديمير بوتين الذي اعتبرت بلاده القوة الرئيسية خلف الاتفاق، إلى تعزيز التعاون، "
                + "مؤكدا على أن لهذه المعاهدة أهمية تاريخية كبيرة.";
        assertThat(speaker(firstWith(text, person(text, "فلاديمير بوتين", localPerson("فلاديمير بوتين"))))).isEqualTo("فلاديمير بوتين");
    }

    @Test void aSubjectBeforeItsVerbStillGoesOnIntoTheParticiple() {
        // «وكان الرئيس الأمريكي قد علّق ...، قائلا إن»: the verb has no subject after it; the one before speaks
        List<Quote> q = quotes("وقال القاضي إن الحكم نهائي. وكان الرئيس الأمريكي قد علّق، الثلاثاء، في حسابه على تويتر، "
                + "قائلا إن بيع البنادق إلى الجمهور لا يبدو منطقيا.");
        assertThat(speaker(q.get(q.size() - 1))).isEqualTo("الرئيس الأمريكي");
    }

    @Test void theSubjectAfterTheOutletToldSpeaks() {
        assertThat(speaker(only("وأوضح لـ«عكاظ» المتحدث الرسمي للأمانة خالد بوشل قائلا: سعت الأمانة إلى تنظيم الأنشطة التجارية بتحديد المواقع.")))
                .isEqualTo("المتحدث الرسمي للأمانة خالد بوشل");
    }

    @Test void bothOfTwoPeopleSpeak() {
        assertThat(speaker(only("وقال كل من حسام المرداسي وحاتم سامي: لم يتول تدريب المنتخب في السنوات الأخيرة مدرب مؤهل.")))
                .isEqualTo("كل من حسام المرداسي وحاتم سامي");
    }

    @Test void whereTheSpeakerSitsIsNoPartOfIt() {
        // «ومقره بريطانيا»: "which is based in Britain"
        assertThat(quotes("قال المرصد السوري لحقوق الإنسان إن 12 شخصا قتلوا في القصف. وأضاف المرصد ومقره بريطانيا أن معظم القتلى مدنيون."))
                .extracting(QuoteFixture::speaker).containsExactly("المرصد السوري لحقوق الإنسان", "المرصد");
    }

    @Test void figuresAreNoSourceThatAParticipleGoesOnWith() {
        assertThat(quotes("ارتفعت المخزونات وفقا لبيانات من إدارة معلومات الطاقة، مشيرة إلى أن الطلب تراجع في الأسبوع الماضي."))
                .extracting(QuoteFixture::speaker).doesNotContain("لبيانات");
        assertThat(quotes("وأضاف أبو الفرج: لقد فقدنا زملاء بسبب الحوادث التي صارت نسبتها مخيفة حسب الإحصائيات، "
                + "مشددا على أن اتباع قواعد المرور ليس من الأمور المستحيلة.")).extracting(QuoteFixture::speaker).containsOnly("أبو الفرج");
    }

    @Test void aPlaceNamingAnInstitutionIsNotWhoSpoke() {
        String text = "قال مركز الخليج لحقوق الإنسان إن السلطات اعتقلت ناشطتين حقوقيتين بارزتين قبل يومين.";
        org.marsad.article.EntityMention gulf = QuoteFixture.place(text, "الخليج", QuoteFixture.kbPlace("kb:loc/persian-gulf", "الخليج العربي", "Persian Gulf"));
        Quote q = firstWith(text, gulf);
        assertThat(speaker(q)).isEqualTo("مركز الخليج لحقوق الإنسان");
        assertThat(q.speaker().orElseThrow().entity()).isEmpty();
        // «شرطة زيوريخ»: the city's police, not the city
        text = "وأعلنت شرطة زيوريخ السويسرية أن الاتحاد الدولي لكرة القدم تقدم بشكوى ضد مجهول.";
        org.marsad.article.EntityMention zurich = QuoteFixture.place(text, "زيوريخ", QuoteFixture.kbPlace("kb:loc/zurich", "زيورخ", "Zurich"));
        assertThat(firstWith(text, zurich).speaker().orElseThrow().entity()).isEmpty();
    }

    @Test void aPaperNamedInQuotesBeforeItsVerbSpeaks() {
        assertThat(speaker(only("صحيفة \"ديلي إيران\" قالت إن تصريحات الرئيس حول المحادثات تدعو للاستغراب والحذر.")))
                .isEqualTo("صحيفة \"ديلي إيران\"");
        // a quoted phrase that ends the clause before «وقالت», or follows «عن», is no subject
        assertThat(quotes("ثمنت مريم رجوي، رئيسة المعارضة، احتجاجات الإيرانيين ضد \"إجرام الحرس الثوري\" وقالت في تغريدة: \"المدن تلتحق بعضها ببعض\"."))
                .extracting(QuoteFixture::speaker).doesNotContain("احتجاجات الإيرانيين ضد \"إجرام الحرس الثوري\"");
        assertThat(quotes("وعن رحيل مواطنه تياغو نيفيز عن الفريق \"الأزرق\" قال: \"أمر سيئ حينما تفقد لاعبا بمستواه\"."))
                .extracting(QuoteFixture::speaker).doesNotContain("الفريق \"الأزرق\"");
        assertThat(speaker(only("ولكن الهيئة، المعروفة اختصارا بـ\"أوفكوم\"، قالت إن الدعاية انتهكت قواعد الإعلان السياسي.")))
                .isNotEqualTo("المعروفة اختصارا بـ\"أوفكوم\"");
    }

    @Test void friendsOfAPersonAreNotThatPerson() {
        String text = "يقول أصدقاء عبد العزيز إنه سئم من العلاج ولا يريد أن يتبع تعليمات الأطباء.";
        Quote q = firstWith(text, person(text, "عبد العزيز", localPerson("محمد عبد العزيز")));
        assertThat(speaker(q)).isEqualTo("أصدقاء عبد العزيز");
        assertThat(q.speaker().orElseThrow().entity()).isEmpty();
    }

    @Test void aGoalAddedOrAParticipleAfterAPrepositionSaysNothing() {
        assertThat(quotes("وفي الدقيقة 75 أضاف ديجاو هدفه الشخصي الثاني وهدف الهلال الثالث، بعدها فرض الهلال سيطرته إلى أن أضاف الهدف الرابع برأسية."))
                .isEmpty();
        assertThat(quotes("درس العلماء نشاط الدماغ من خلال متابعة نقص الأوكسجين في الجسم، ووجدوا أن الدماغ أرسل موجة من الإشارات إلى القلب."))
                .isEmpty();
        // «في مذكرة» is "in a memo": the verb's subject speaks
        assertThat(speaker(only("وذكر جيفريز في مذكرة أنه لتغطية النقص سيعمد القطاع إلى زيادة الاقتراض."))).isEqualTo("جيفريز");
    }

    @Test void aFullStopInsideAnAbbreviationEndsNoSubjectsSpeech() {
        assertThat(speaker(only("وقال بنك إيه.إن.زد اليوم في مذكرة إن انخفاض المخزونات كان دافعا لزيادة أسعار النفط."))).isEqualTo("بنك إيه.إن.زد");
        // nor is the «إن» of «سي.إن.إن» a complementizer
        assertThat(only("وقالت (سي.إن.إن) إن أنقرة رفضت الطلب الأمريكي بشكل قاطع.").text()).startsWith("أنقرة");
        assertThat(speaker(only("وذكر موقع بي.بي.سي أن صعود الدولار وضعف الاقتصاد الصيني يهددان الأسواق."))).isEqualTo("موقع بي.بي.سي");
    }

    @Test void aVerbOpeningItsSentenceGoesOnWithWhoOpenedTheSentenceBefore() {
        String text = "اتهم وزير الداخلية البحريني الشيخ راشد بن عبدالله آل خليفة إيران بالتورط في الإخلال بأمن البحرين. "
                + "وأشار في تصريح له أمس إن صد تهديد إيران يقتضي تصحيح ركائز البيت الخليجي.";
        assertThat(speaker(firstWith(text, person(text, "راشد بن عبدالله آل خليفة", localPerson("راشد بن عبدالله آل خليفة")))))
                .isEqualTo("راشد بن عبدالله آل خليفة");
        // a feminine verb does not go on with him
        String fem = text.replace("وأشار", "وأشارت");
        assertThat(speaker(firstWith(fem, person(fem, "راشد بن عبدالله آل خليفة", localPerson("راشد بن عبدالله آل خليفة"))))).isNull();
    }

    @Test void bySayingIsHowNotWho() {
        assertThat(quotes("وقال غوارديولا: \"لا شك في قدرات محرز\". وختم بقوله: \"رياض يعرف كل شيء في الدوري الإنجليزي\"."))
                .extracting(QuoteFixture::speaker).containsOnly("غوارديولا");
    }

    @Test void aStatementSpeaksForWhoeverIssuedIt() {
        assertThat(speaker(only("وقال بيان لحزب المؤتمر الوطني إنه أقر تعديلات على نظامه الأساسي."))).isEqualTo("بيان لحزب المؤتمر الوطني");
        assertThat(speaker(only("وقال بيان صادر عن رئاسة الوزراء إن الحكومة ماضية في خططها الاقتصادية."))).isEqualTo("رئاسة الوزراء");
        assertThat(speaker(only("ونقلت الوكالة عن بيان للديوان الملكي أن قرار الإعفاء يأتي في إطار ربط المسؤولية بالمحاسبة.")))
                .isEqualTo("بيان للديوان الملكي");
        // a statement that relays someone's words is not who spoke
        assertThat(quotes("وقال فاردي بحسب ما نقل بيان ليستر \"الجميع يعرف شعوري إزاء اللعب لهذا النادي الكبير\"."))
                .extracting(QuoteFixture::speaker).containsOnly("فاردي");
        // a statement of no one named goes on with the speaker before
        assertThat(quotes("قال الجيش الإسرائيلي إن مقاتلاته استهدفت مواقع عدة. وقال بيان صدر اليوم إن الضربات جاءت ردا على إطلاق الصواريخ."))
                .extracting(QuoteFixture::speaker).containsOnly("الجيش الإسرائيلي");
    }

    @Test void aParticipleGoesOnWithTheOfficeThatOpensItsSentence() {
        // «ونشر الوزير المصري السابق تغريدة ... قائلا»: the former minister tweeted, saying; not the spokesman before
        List<Quote> qs = quotes("وقال المتحدث باسم الخارجية أحمد أبو زيد إن السفارة ستتابع المستجدات.\n"
                + "ونشر الوزير المصري السابق تغريدة على حسابه على موقع تويتر، الخميس قائلا: \"الشرطة تحتجزني منذ ثلاث ساعات\".");
        assertThat(qs).extracting(QuoteFixture::speaker).containsExactly("المتحدث باسم الخارجية أحمد أبو زيد", "الوزير المصري السابق");
    }

    @Test void theOfficeThatOpensASentenceIsThePersonTheArticleGaveIt() {
        // «ووصف الرئيس الأميركي تركيا ...، مبينا»: the president named before, not the object «تركيا»
        String text = "أدان الرئيس الأميركي، دونالد ترامب، اعتقال القس في تركيا.\nوقال ليبرون جيمس إن الرياضة توحد الناس.\n"
                + "ووصف الرئيس الأميركي تركيا بأنها مشكلة، مبينا أنها فبركت تهمة تجسس مزيفة ضد القس الأميركي.";
        List<Quote> qs = quotesWith(text, person(text, "دونالد ترامب", localPerson("دونالد ترامب")), person(text, "ليبرون جيمس", localPerson("ليبرون جيمس")));
        assertThat(qs).extracting(QuoteFixture::speaker).containsExactly("ليبرون جيمس", "الرئيس الأميركي");
        assertThat(qs.get(1).speaker().orElseThrow().entity()).map(org.marsad.article.EntityRef::id).contains("local:per/دونالد-ترامب");
    }

    @Test void aLongTitleRunsOnToThePersonBeforeTheObjectOfTheVerb() {
        // «أعلن ... عن إطلاق»: "announced the launch"; the ten-word title stops short of the name
        String text = "أعلن المدير العام لجمعية نتدبره لتحفيظ القرآن الكريم بمحافظة الليث فضيلة الشيخ محمد بن مبروك البركاتي "
                + "عن إطلاق برنامج الصفوة بمشاركة 65 طالبا، مشيرا إلى أن البرنامج يستمر ثلاثين يوما.";
        assertThat(speaker(firstWith(text, person(text, "محمد بن مبروك البركاتي", localPerson("محمد بن مبروك البركاتي")))))
                .endsWith("الشيخ محمد بن مبروك البركاتي");
        // «عن» inside the title («والنهي عن المنكر») is passed over
        text = "وأوضح المتحدث الرسمي لهيئة الأمر بالمعروف والنهي عن المنكر بالمنطقة الشرقية الشيخ دبيخي بن سليمان الدبيخي أن الفتاة كانت برفقة والدتها وجرى ضبط المتحرش وهو في حالة سكر.";
        assertThat(speaker(firstWith(text, person(text, "دبيخي بن سليمان الدبيخي", localPerson("دبيخي بن سليمان الدبيخي")))))
                .endsWith("الشيخ دبيخي بن سليمان الدبيخي");
    }

    @Test void theQuestionAskedIsNoPartOfWhoAskedIt() {
        // «وتساءل المواطن سعد الخضر متى يتم ...»: "asked when ..."
        String text = "وتساءل المواطن سعد الخضر متى يتم تطبيق نقطة الفرز، مؤكدا أن ذلك سيخفف كثيرا من الازدحام على الجسر.";
        assertThat(speaker(firstWith(text, person(text, "سعد الخضر", localPerson("سعد الخضر"))))).isEqualTo("المواطن سعد الخضر");
    }

    @Test void abrazAndYutabarReportSpeechOnlyWithAClauseAfterThem() {
        // «من أبرز مؤلفاته:» "among his best-known works", «تعتبر الصين الجزيرة إقليما» "considers the island a province"
        assertThat(quotes("ومن أبرز مؤلفاته: حوار الدولة والدين، وفي نقد الخطاب العربي الراهن، والعقل السياسي العربي.")).isEmpty();
        assertThat(quotes("وتعتبر الصين الجزيرة إقليما متمردا على سلطة الدولة، وليس بلدا مستقلا: \"تايوان جزء من الصين\".")).isEmpty();
        assertThat(speaker(only("وأبرز الوزير أن المشروع سيكتمل العام المقبل بعد تجاوز كل العقبات التي واجهته."))).isEqualTo("الوزير");
        // a predicate («أبرز متطلبات الترشيح», "the foremost requirement"), and «تعتبر» "is considered"
        assertThat(quotes("وكشف الصفيان أن الشهادة الثانوية أبرز متطلبات الترشيح، وأن هناك العديد من الفئات الممنوعة من الترشح."))
                .extracting(Quote::verb).containsExactly("كشف");
        assertThat(quotes("مشيرا إلى أن المباراة تعتبر شبه ودية ونحن حريصون أن نكسبها لتسجل في التاريخ."))
                .extracting(Quote::verb).containsExactly("مشيرا");
        assertThat(quotes("لكن الكاتبة تعتبر أن أردوغان يمسك بكل مقاليد البلاد ويحدد أسعار كل شيء.")).hasSize(1);
        // past a clause about the subject; and «من يعتبر» ("who considers") is no superlative: the clause nested in
        // Abbas's words is a quotation of its own
        assertThat(speaker(only("ويعتبر تريبو، وهو حاليا رئيس جمعية المدينة، أن هذه المسابقة جزء من التراث الشعبي للمدينة.")))
                .isEqualTo("تريبو");
        assertThat(quotes("تعتبر السيدة أم وليد الغامدي – ربة منزل ولديها خمسة أبناء - أن العيدية لها أهمية كبيرة بين الأهل والأقارب."))
                .hasSize(1);
        String abbas = "قال الرئيس الفلسطيني محمود عباس إن النوايا غير موجودة لدى حماس في المصالحة وهناك من يعتبر أن القضية فقط \"إنسانية\" في غزة.";
        assertThat(quotesWith(abbas, person(abbas, "محمود عباس", localPerson("محمود عباس")))).extracting(QuoteFixture::speaker)
                .containsExactly("الرئيس الفلسطيني محمود عباس", "الرئيس الفلسطيني محمود عباس");
    }

    @Test void whatTheVerbReportedIsNoPartOfTheSubject() {
        // «حسبما أفادت به وكالة ...»: "as the agency reported it"
        String text = "وأبلغ مرسي المحكمة بأنه تعرض لمحاولتي اغتيال، حسبما أفادت به وكالة أنباء الشرق الأوسط، موضحة أن الجلسة تأجلت إلى الشهر المقبل.";
        assertThat(quotes(text)).extracting(QuoteFixture::speaker).allSatisfy(sp -> assertThat(sp).doesNotStartWith("به"));
        assertThat(quotes(text)).extracting(QuoteFixture::speaker).contains("وكالة أنباء الشرق الأوسط");
    }

    @Test void theOneAskedAnswers() {
        // «وعندما سُئلت ساندرز ...، أجابت "..."»: Sanders answers, not Trump, who spoke before
        String text = "وقال ترامب في تغريدة إنه لم يكن يعلم بالأمر.\n"
                + "وعندما سُئلت ساندرز عما إذا كان بإمكانها أن تضمن ذلك، أجابت \"لا يمكنني ضمان أي شيء في هذه القضية\".";
        List<Quote> qs = quotesWith(text, person(text, "ترامب", localPerson("ترامب")), person(text, "ساندرز", localPerson("ساندرز")));
        assertThat(qs).extracting(QuoteFixture::speaker).containsExactly("ترامب", "ساندرز");
    }

    @Test void aBodyNamedBeforeItsSpokesmanIsNoTitleOfHis() {
        // «المتحدث باسم وزارة الدفاع الأميركية بيل أوربان»: the ministry is not Urban
        assertSecondSpeakerIsNotThePerson("وقال المتحدث باسم وزارة الدفاع الأميركية بيل أوربان إن العملية العسكرية في المنطقة انتهت دون خسائر في صفوف القوات.\n"
                + "وقالت وزارة الدفاع الأميركية إن أحدا من عناصر الفرقة لم يخطف من المعسكر بعد الهجوم.", "بيل أوربان");
        // a title that ends a longer one: the president's spokesman is not the president
        assertSecondSpeakerIsNotThePerson("وقال المتحدث باسم الرئيس التركي إبراهيم قالن إن الاتصالات مع واشنطن مستمرة على كل المستويات.\n"
                + "وقال الرئيس التركي إن بلاده لن تخضع للتهديدات مهما كان مصدرها أو حجمها.", "إبراهيم قالن");
        // a body named before a person, comma and all, is where the person works
        assertSecondSpeakerIsNotThePerson("وذكرت وزارة الخارجية الأميركية، هيذر نويرت، أن المحادثات ستستأنف الأسبوع المقبل في جنيف.\n"
                + "وقالت وزارة الخارجية الأميركية إن الوفد سيضم خبراء من عدة وكالات حكومية.", "هيذر نويرت");
    }

    /**
     * Two quotations in {@code text}, with {@code person} a linked mention; the second speaker is not
     * that person (a ministry named with a nationality is its country, a title alone nobody).
     */
    private static void assertSecondSpeakerIsNotThePerson(String text, String person) {
        List<Quote> qs = quotesWith(text, person(text, person, localPerson(person)));
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker().orElseThrow().entity().map(EntityRef::id)).as("speaker of «%s»", qs.get(1).text())
                .isNotEqualTo(java.util.Optional.of(localPerson(person).id()));
    }

    @Test void aMinisterNamedByTitleAloneIsTheOneTheArticleGaveIt() {
        // «وزير» begins with و, which is no conjunction there
        String text = "وقال وزير الخارجية السعودي عادل الجبير إن المملكة لن تقبل التدخل في شؤونها الداخلية.\n"
                + "وأضاف وزير الخارجية السعودي أن الرياض اتخذت هذه الإجراءات لتوضح موقفها للعالم كله.";
        List<Quote> qs = quotesWith(text, person(text, "عادل الجبير", localPerson("عادل الجبير")));
        assertThat(qs).extracting(q -> q.speaker().orElseThrow().entity().map(org.marsad.article.EntityRef::id).orElse(null))
                .containsExactly("local:per/عادل-الجبير", "local:per/عادل-الجبير");
    }

    @Test void aVerbFormAfterAPrepositionIsANounThatReportsNothing() {
        // «عن نقل البضائع»: "from transporting goods", not «نقل» "relayed" with the subject «البضائع»
        assertThat(quotes("وأوضح المهندس السويكت أن المؤسسة تحرص على التخلي عن نقل البضائع، مشيراً إلى أن ذلك له مزايا كثيرة على الاقتصاد الوطني."))
                .extracting(QuoteFixture::speaker).containsOnly("المهندس السويكت");
        // «من» is also "who"; and a preposition that ends a paragraph cut short is no part of the next
        assertThat(quotes("وهناك من قال إن الحكومة لن تصمد طويلا أمام هذه الضغوط المتزايدة.")).hasSize(1);
        assertThat(quotes("ما الحوار الذي دار بينه وبين مراقبي الحركة الجوية في\nقال المفوض السامي لحقوق الإنسان إنه تعرض لضغوط كثيرة من مختلف الدول."))
                .extracting(QuoteFixture::speaker).containsExactly("المفوض السامي لحقوق الإنسان");
    }

    @Test void whatWasDeniedIsNoSpeaker() {
        // «فيما نفت الادعاءات بأن ...»: "while it denied the claims that"; the airline goes on speaking
        assertThat(quotes("وأوضحت الخطوط القطرية أن حصتها السوقية ستنمو مع الوقت، فيما نفت الادعاءات بأن خدماتها تعود بالضرر على الناقلات الأمريكية."))
                .extracting(QuoteFixture::speaker).containsOnly("الخطوط القطرية");
    }

    @Test void aVerbOpeningItsSentenceGoesOnWithTheSubjectOfAReportingVerbOfItsGenderBefore() {
        // «ونفت غوغل استخدام ... . وقالت:»: Google denied, then said; not Trump, who spoke before
        String text = "وقال ترامب إن معظم القصص التي ظهرت في صفحة النتائج كانت سلبية.\n"
                + "ونفت غوغل استخدام وجهات النظر السياسية لتشكيل نتائج البحث الخاصة بها.\n"
                + "وقالت: \"إنها لا تستخدم محرك البحث لوضع أجندة سياسية ولا تدفع نتائجها لتميل إلى أي أيديولوجية\".";
        org.marsad.article.EntityRef google = new org.marsad.article.EntityRef("kb:org/google", "غوغل", java.util.Optional.of("Google"),
                org.marsad.article.EntityType.ORG, java.util.Optional.empty());
        List<Quote> q = quotesWith(text, person(text, "ترامب", localPerson("ترامب")),
                QuoteFixture.mentionAt(text.indexOf("غوغل"), "غوغل", org.marsad.article.EntityType.ORG, google));
        assertThat(q).extracting(QuoteFixture::speaker).containsExactly("ترامب", "غوغل");
        assertThat(q.get(1).speaker().orElseThrow().entity()).contains(google);
        // a verb of the other gender does not: «ونفت غوغل ... . وقال:» is Trump again
        String other = text.replace("وقالت: ", "وقال: ");
        assertThat(quotesWith(other, person(other, "ترامب", localPerson("ترامب")),
                QuoteFixture.mentionAt(other.indexOf("غوغل"), "غوغل", org.marsad.article.EntityType.ORG, google)))
                .extracting(QuoteFixture::speaker).containsExactly("ترامب", "ترامب");
        // nor does a verb with no subject of its own, whose object stands where a subject would
        String object = "وقال ترامب إن معظم القصص التي ظهرت في صفحة النتائج كانت سلبية.\n"
                + "وأكدت أهمية تسليم محافظة الحديدة للحكومة الشرعية.\n"
                + "وقالت: \"إن تهديدات ناقلات النفط الخام تؤثر على حرية الملاحة في البحر الأحمر\".";
        assertThat(quotesWith(object, person(object, "ترامب", localPerson("ترامب")),
                QuoteFixture.place(object, "الحديدة", QuoteFixture.kbPlace("kb:loc/hodeidah", "الحديدة", "Hodeidah"))))
                .extracting(QuoteFixture::speaker).noneMatch(sp -> sp != null && sp.startsWith("أهمية"));
    }

    @Test void aVerbOpeningItsSentenceGoesOnWithThePersonWhoOpenedTheOneBefore() {
        // «وسعى ماكرون إلى توضيح ... . وأضاف»: Macron, named with a verb that reports nothing, after the deputy spoke
        String text = "وقال فابين دي فيليبو، النائب الجمهوري، إن الرئيس أهان مجددا الفرنسيين في الدنمارك.\n"
                + "وسعى ماكرون إلى توضيح ما يقصده من تصريحات، وسط وابل الانتقادات على وسائل التواصل الاجتماعي.\n"
                + "وأضاف خلال زيارته للعاصمة الفنلندية: \"أحب فرنسا والفرنسيين وأحب كل مكوناتها\".";
        assertThat(quotesWith(text, person(text, "فابين دي فيليبو", localPerson("فابين دي فيليبو")), person(text, "ماكرون", localPerson("ماكرون"))))
                .extracting(QuoteFixture::speaker).containsExactly("فابين دي فيليبو، النائب الجمهوري", "ماكرون");
        // not a person the speaker of the sentence before named, nor a noun's complement
        text = "وقال مصدر مقرب من جونسون إن الوزير السابق لن يعتذر عن تصريحاته مهما كانت الضغوط.\n"
                + "وأضاف \"يجب أن لا نسقط في فخ تكميم النقاش في القضايا الحساسة\".";
        assertThat(quotesWith(text, person(text, "جونسون", localPerson("جونسون")))).extracting(QuoteFixture::speaker)
                .containsExactly("مصدر مقرب", "مصدر مقرب");
        text = "واستقبل الملك سلمان وزير الخارجية الأمريكي، وقال الوزير إن المباحثات تناولت العلاقات الثنائية بين البلدين.\n"
                + "وأضاف أن الجانبين اتفقا على مواصلة التنسيق في القضايا الإقليمية كافة.";
        assertThat(quotesWith(text, person(text, "سلمان", localPerson("سلمان")))).extracting(QuoteFixture::speaker)
                .containsExactly("الوزير", "الوزير");
        // «قال الرئيس التركي، رجب طيب #أردوغان، إن ... . وقال:»: the speaker named in the sentence before keeps the floor,
        // though the hashtag left the recogniser a second, local «رجب طيب» there
        text = "وشدد الرئيس التركي رجب طيب أردوغان على أن تركيا لن ترضخ لأحد.\n"
                + "قال الرئيس التركي، رجب طيب #أردوغان، إن القوى المعادية حاولت القيام بانقلاب اقتصادي في البلاد.\n"
                + "وقال: \"نرفع صوتنا مرة أخرى، ونقول لكم لن تنجحوا\".";
        int second = text.lastIndexOf("رجب طيب");
        List<Quote> erdogan = quotesWith(text, person(text, "رجب طيب أردوغان", localPerson("رجب طيب أردوغان")),
                QuoteFixture.mentionAt(second, "رجب طيب", org.marsad.article.EntityType.PER, localPerson("رجب طيب")));
        assertThat(erdogan.get(erdogan.size() - 1).speaker().orElseThrow().entity()).map(org.marsad.article.EntityRef::id)
                .contains("local:per/رجب-طيب-أردوغان");
        // a person who opens a sentence inside the quotation before is spoken of, not speaking
        text = "وقال البيان إن \"الانفجار وقع مساء أمس قرب المهرجان. واستشهد الرقيب علي عدنان قوقزة متأثرا بجراحه\".\n"
                + "وأوضح أن الجرحى هم أربعة من قوات الدرك واثنان من قوة الأمن العام.";
        assertThat(quotesWith(text, person(text, "علي عدنان قوقزة", localPerson("علي عدنان قوقزة")))).extracting(QuoteFixture::speaker)
                .containsOnly("البيان");
        text = "وقالت البارونة وارسي إن على الحزب أن يتخذ إجراء انضباطيا بحق الوزير السابق.\n"
                + "ووصفت تعليقات جونسون بأنها مسيئة ومستفزة بشكل متعمد.\n"
                + "وشددت على القول إن النقاش بشأن النقاب يجب أن يكون بأسلوب جاد ومسؤول.";
        assertThat(quotesWith(text, person(text, "وارسي", localPerson("وارسي")), person(text, "جونسون", localPerson("جونسون"))))
                .extracting(QuoteFixture::speaker).doesNotContain("جونسون");
    }

    @Test void aDualVerbReportsTwoSpeakers() {
        // «أكدا»: two speakers, not the one who spoke before
        List<Quote> q = quotes("وقال المتحدث سامي حداد إن المحادثات مستمرة بين الطرفين. "
                + "واعترض الوزير خالد العمر ونائبه فهد الزيد على الاتهامات وأكدا أن القوات جندت نحو مائة ألف عنصر.");
        assertThat(q).extracting(Quote::verb).containsExactly("قال", "أكدا");
        assertThat(speaker(q.get(1))).isNull();
        // a dual verb goes on with two speakers, also a plural or dual in construct
        assertThat(quotes("وقال الطرفان إن المحادثات كانت مثمرة. وأضافا أن الجولة المقبلة ستعقد في عمان.")
                .stream().map(QuoteFixture::speaker)).containsExactly("الطرفان", "الطرفان");
        assertThat(quotes("وقال ممثلو الناديين إن المباراة ودية. وأكد ممثلي الناديين أن المباراة تساعد على الإعداد للموسم، "
                + "وقالا: \"هذه المباراة مفيدة للغاية لنبذ التعصب بين الجماهير\".").stream().map(QuoteFixture::speaker))
                .endsWith("ممثلي الناديين");
        // «ردا على» (in reply to) is no dual verb
        assertThat(ReportingVerbs.role("ردا")).isNull();
        assertThat(ReportingVerbs.isPlural("واكدا")).isTrue();
        assertThat(ReportingVerbs.isPlural("دعا")).isFalse();
    }

    @Test void aTimeAfterTheVerbIsNoSubject() {
        // «أشارت العام الماضي إلى أنها»: the subject is the one who opens the sentence
        String text = "ونصح الأطباء المغنية أريثا فرانكلين بالراحة. وكانت فرانكلين قد أشارت العام الماضي إلى أنها تعتزم اعتزال الجولات الغنائية.";
        EntityRef franklin = localPerson("أريثا فرانكلين");
        Quote q = firstWith(text, person(text, "أريثا فرانكلين", franklin),
                QuoteFixture.mentionAt(text.lastIndexOf("فرانكلين"), "فرانكلين", EntityType.PER, franklin));
        assertThat(speaker(q)).isEqualTo("فرانكلين");
        assertThat(q.speaker().orElseThrow().entity()).contains(franklin);
    }

    @Test void aParticipleOfMannerIsNoSubject() {
        // «وقالت مازحة»: "she said jokingly"; the speaker goes on
        List<Quote> q = quotes("وقالت جولي غينتر إن الرحلة كانت سهلة جدا. وقالت مازحة إن علينا إضافة مقعد للدراجات في السيارة.");
        assertThat(q).extracting(QuoteFixture::speaker).containsExactly("جولي غينتر", "جولي غينتر");
    }

    @Test void anAideOfANamedPersonIsNotThatPerson() {
        String text = "وقال أحد مساعدي ترامب إن الإدارة تبحث في مسألة التنظيم.";
        assertThat(firstWith(text, person(text, "ترامب", localPerson("ترامب"))).speaker().orElseThrow().entity()).isEmpty();
    }
}
