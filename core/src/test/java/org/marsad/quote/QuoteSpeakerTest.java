package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.quote.QuoteFixture.TEXT;
import static org.marsad.quote.QuoteFixture.EXTRACTOR;
import static org.marsad.quote.QuoteFixture.quotes;
import static org.marsad.quote.QuoteFixture.only;
import static org.marsad.quote.QuoteFixture.speaker;
import static org.marsad.quote.QuoteFixture.person;
import static org.marsad.quote.QuoteFixture.localPerson;
import static org.marsad.quote.QuoteFixture.firstWith;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Quote;
import org.marsad.text.SentenceSplitter;

/** One test per phenomenon of finding who speaks (subjects, titles, outlets, continued speakers), on sentences written for these tests. */
class QuoteSpeakerTest {
    @Test void mannerEndsTheSubjectAndIsNoSpeakerAlone() {
        assertThat(speaker(only("فقال يوسف بهدوء يشبه البرود: «سوف ترينه طبعا لكنني أحب أن أعطيك عنه فكرة».")))
                .isEqualTo("يوسف");
        assertThat(speaker(only("وقال حداد إن الفيلم جيد. ثم قال بأسى: «بذمتك كان فيلما سيئا إلى هذا الحد؟»."))).isEqualTo("حداد");
    }

    @Test void aliWrittenWithYaRightAfterTheVerbIsTheName() {
        assertThat(speaker(only("وأوضح علي الكندي أن «الزيادة في جرامات الذهب تعود لكلفة الصناعة»."))).isEqualTo("علي الكندي");
        // «أكد علي أن»: the preposition before «أن»; «ردت علي»: "to me", after a verb of replying
        assertThat(speaker(only("وأكد علي أن «الزيادة في جرامات الذهب تعود لكلفة الصناعة»."))).isNull();
        assertThat(speaker(only("ثم ردت علي بعنف قائلة: «سؤالك ذكي ولم أفكر فيه من قبل»."))).isNull();
        // a speaker named Ali is a person: the city in his title is not who spoke
        String text = "وأكد علي العثيم عضو مجلس إدارة غرفة الرياض أن «الملتقى يهدف إلى دعم شباب الأعمال».";
        int at = text.indexOf("الرياض");
        EntityMention riyadh = new EntityMention(at, at + 6, "الرياض", EntityType.LOC,
                Optional.of(new EntityRef("kb:loc/riyadh", "الرياض", Optional.of("Riyadh"),
                        EntityType.LOC, Optional.empty())), Optional.empty());
        Quote q = EXTRACTOR.extract(text, TEXT.tokens(text), SentenceSplitter.split(text), List.of(riyadh)).get(0);
        assertThat(speaker(q)).startsWith("علي العثيم");
        assertThat(q.speaker().orElseThrow().entity()).isEmpty();
    }

    @Test void aVerbOpeningTheNextParagraphWithItsOwnQuotationIsSomeoneElseSpeaking() {
        List<Quote> q = quotes("وقال علي السيد (65 عاما) وهو موظف متقاعد “المشروع عشرة على عشرة وهيعمل انتعاشة وانفراجة مصرية.”\n"
                + "وقالت هدى وهي موظفة في عقدها الرابع “حاجة كويسة. هيغير حال البلد للأحسن إن شاء الله.”");
        assertThat(q).extracting(QuoteFixture::speaker).containsExactly("علي السيد", "هدى");
    }

    @Test void aQuantityTakesItsOfPhrase() {
        assertThat(speaker(only("وأشار عدد من المواطنين إلى أن «الطرق أصبحت متهالكة بسبب الشاحنات»."))).isEqualTo("عدد من المواطنين");
    }

    @Test void whatTheReporterCallsTheSourceIsNoPartOfIt() {
        assertThat(speaker(only("ونقلت الوكالة عن مصادر وصفتها بالمطلعة إن «الصفقة ستعلن يوم الاثنين المقبل»."))).isEqualTo("مصادر");
    }

    @Test void asTheLeastIsNoSubject() {
        // «يعتبر كأقل سعر»: "is considered the lowest price"; the speaker of «وقال» is the engineer before
        List<Quote> q = quotes("وأوضح المهندس سامر الحداد أن السعر حدد بخمسة سنتات، والذي يعتبر كأقل سعر في العالم، "
                + "وقال: «هذه الاتفاقية هي الأقل سعرا في العالم».");
        assertThat(speaker(q.get(q.size() - 1))).isEqualTo("المهندس سامر الحداد");
    }

    @Test void aParticipleGoesOnWithThePersonWhoOpensItsSentence() {
        // «رفض» is no reporting verb, so nobody has spoken before «مؤكدا»: the person opening the sentence does
        String text = "رفض وزير الخارجية كريم نصار مساء الثلاثاء التصريحات الأخيرة، مؤكدا أن \"التهديدات لن تغير شيئا\".";
        Quote q = EXTRACTOR.extract(text, TEXT.tokens(text), SentenceSplitter.split(text),
                List.of(person(text, "كريم نصار", localPerson("كريم نصار")))).get(0);
        assertThat(speaker(q)).isEqualTo("كريم نصار");
        // a feminine participle agrees with some other subject («منظمات»), not with the man before it
        String law = "صادق الرئيس كريم نصار على القانون، الذي تنتقده منظمات حقوقية، معتبرة أنه \"يستهدف حرية التعبير\".";
        Quote f = EXTRACTOR.extract(law, TEXT.tokens(law), SentenceSplitter.split(law),
                List.of(person(law, "كريم نصار", localPerson("كريم نصار")))).get(0);
        assertThat(f.speaker()).isEmpty();
    }

    @Test void aCircumstantialParticipleIsHowNotWho() {
        // «متحدثا» ("speaking"): the speaker goes on; «مارادونا» ends in «ا» too but is a name
        List<Quote> q = quotes("ونفى المتهم كريم نصار التهم الموجهة إليه. وقال متحدثا باللغة الفرنسية: «وقعت اعترافا لا أعرف ما فيه».");
        assertThat(speaker(q.get(q.size() - 1))).isNotEqualTo("متحدثا");
        assertThat(speaker(only("وقال مارادونا: «تشيلي كانت أفضل في هذه المباراة»."))).isEqualTo("مارادونا");
    }

    @Test void aWithheldNameIsNoSpeakerAndMentioningIsNoSpeech() {
        Quote q = only("وقال المسؤول الذي رفض ذكر اسمه: «إن السماح باستخدام القواعد سيغير مسار الحرب كلها».");
        assertThat(speaker(q)).isEqualTo("المسؤول");
        assertThat(q.verb()).isEqualTo("قال");
    }

    @Test void aliIsANameNotThePreposition() {
        // «علي» folds like «على» ("on"), which ends a subject; before a person's name it is the name
        String text = "وقال الشيخ علي الناصر، وهو إمام مسجد في قرية مجاورة، في اتصال هاتفي مع \"الوطن\" إن الأهالي دفنوا الضحايا.";
        Quote q = EXTRACTOR.extract(text, TEXT.tokens(text), SentenceSplitter.split(text),
                List.of(person(text, "علي الناصر", localPerson("علي الناصر")))).get(0);
        assertThat(speaker(q)).isEqualTo("الشيخ علي الناصر");
        // a clause about the speaker between commas and a newspaper's quoted name are passed over to «إن»
        assertThat(q.text()).isEqualTo("الأهالي دفنوا الضحايا");
        // without a person there, «على» ends the subject as before
        assertThat(speaker(only("وقال المتحدث على هامش المؤتمر إن الاتفاق قريب جدا."))).isEqualTo("المتحدث");
    }

    @Test void aMasculineVerbRightAfterAPersonHasThatPersonForSubject() {
        String text = "وقال مدير المكتب إن الطرق مغلقة منذ الصباح. وكان قائد الشرطة في المدينة العقيد سالم الهاجري أكد أن الوضع مستقر تماما الآن.";
        List<Quote> q = EXTRACTOR.extract(text, TEXT.tokens(text), SentenceSplitter.split(text),
                List.of(person(text, "سالم الهاجري", localPerson("سالم الهاجري"))));
        assertThat(q).extracting(QuoteFixture::speaker).containsExactly("مدير المكتب", "سالم الهاجري");
        // a feminine verb after a name is as often a clause about something else, and is left alone
        String she = "وقال المدرب إن الفريق جاهز للمباراة. وكتبت المغنية رسالة إلى زوجها جيرارد قالت فيها إنها فخورة به جدا.";
        List<Quote> q2 = EXTRACTOR.extract(she, TEXT.tokens(she), SentenceSplitter.split(she),
                List.of(person(she, "جيرارد", localPerson("جيرارد"))));
        assertThat(q2).extracting(QuoteFixture::speaker).doesNotContain("جيرارد");
    }

    @Test void annaIsANameNotThePronoun() {
        assertThat(speaker(only("وقالت آنا باسكوال وهي عاملة نظافة: «لم أعد قادرة على دفع الإيجار في هذه المدينة».")))
                .isEqualTo("آنا باسكوال");
    }

    @Test void speakerNamedByTitleAloneIsTheArticlesHolderOfThatTitle() {
        String text = "قال الرئيس التركي رجب طيب أردوغان إن بلاده قوية وقادرة على تجاوز الأزمة الحالية. "
                + "وأكد الرئيس التركي أن الاقتصاد متين رغم تراجع العملة في الأسابيع الماضية. "
                + "وقال وزير المالية التركي براءت البيرق إن الخطة جاهزة للتنفيذ في الأيام المقبلة.";
        String name = "رجب طيب أردوغان";
        int s = text.indexOf(name);
        EntityRef erdogan = localPerson(name);
        EntityMention m = new EntityMention(s, s + name.length(), name, EntityType.PER, Optional.of(erdogan), Optional.of("الرئيس التركي"));
        List<Quote> q = EXTRACTOR.extract(text, TEXT.tokens(text), SentenceSplitter.split(text), List.of(m));
        assertThat(q).hasSize(3);
        assertThat(q.get(1).speaker().orElseThrow().text()).isEqualTo("الرئيس التركي");
        assertThat(q.get(1).speaker().orElseThrow().entity()).contains(erdogan);
        // the title word «التركي» of the last speaker does not cut the next subject short
        assertThat(speaker(q.get(2))).isEqualTo("وزير المالية التركي براءت البيرق");
    }

    @Test void speakerGetsLinkedEntity() {
        String text = "وقال الوزير سامي حداد: “إن المفاوضات ستستمر حتى نصل إلى اتفاق نهائي”.";
        EntityRef ref = new EntityRef("Q1", "سامي حداد", Optional.empty(), EntityType.PER, Optional.empty());
        assertThat(firstWith(text, person(text, "سامي حداد", ref)).speaker().orElseThrow().entity()).contains(ref);
    }

    @Test void subjectBeforeVerb() {
        assertThat(speaker(only("وكانت وزارة الصحة قد قالت إن عدد المصابين ارتفع إلى مئة شخص."))).isEqualTo("وزارة الصحة");
    }

    @Test void relayingVerbTakesTheSource() {
        assertThat(speaker(only("ونقلت الوكالة عن العقيد سالم فهمي قوله إن القوات تقدمت في ثلاثة محاور."))).isEqualTo("العقيد سالم فهمي");
        // «على لسان»: "in the words of"
        assertThat(speaker(only("ونقلت الوكالة على لسان الوزير سالم فهمي قوله إن الأزمة لن تؤثر في الإمدادات."))).isEqualTo("الوزير سالم فهمي");
    }

    @Test void appositionBetweenCommasJoinsTheSpeaker() {
        assertThat(speaker(only("وقال السفير منير عادل، المتحدث باسم الوزارة، إن السفارة تتابع القضية عن قرب."))).contains("منير عادل");
    }

    @Test void relativeClauseBetweenCommasIsSkipped() {
        assertThat(speaker(only("وقال المحتجون، الذين تجمعوا منذ الصباح أمام المبنى، إنهم لن يغادروا قبل الإفراج عن زملائهم.")))
                .isEqualTo("المحتجون");
    }

    @Test void nestedReportKeepsTheOuterSpeaker() {
        List<Quote> q = quotes("وقالت المتحدثة هدى سليم إن الوزير قال سابقا إن الحوار ممكن مع الجميع. وقالت إن الحكومة مستعدة للجلوس إلى الطاولة.");
        assertThat(speaker(q.get(q.size() - 1))).isEqualTo("المتحدثة هدى سليم");
    }

    @Test void verbAfterQuoteWithItsOwnClauseIsNotItsFrame() {
        List<Quote> q = quotes("أكد حداد أن الحكومة \"لن تقبل بأي تدخل في شؤونها الداخلية مهما كان مصدره\"، وقال إن الرد سيكون حازما.");
        assertThat(q).extracting(Quote::kind).containsOnly(Quote.Kind.REPORTED);
    }

    @Test void participleTakesTheSentenceSubject() {
        List<Quote> q = quotes("وقال حداد إن الحوار مستمر بلا توقف. وشددت الحكومة على حقها في الرد معربة عن أملها بأن تنتهي الأزمة قريبا.");
        assertThat(speaker(q.get(q.size() - 1))).isEqualTo("الحكومة");
    }

    @Test void objectOfCallIsNotTheSpeaker() {
        List<Quote> q = quotes("وقال حداد إن الحوار مستمر بلا توقف. ودعا الأحزاب إلى الحوار قائلا \"لا بديل عن الجلوس معا لحل كل المشكلات\".");
        assertThat(speaker(q.get(q.size() - 1))).isEqualTo("حداد");
    }

    @Test void particleWithAPronounIsNoSpeaker() {
        List<Quote> q = quotes("وقالت والدته سلمى حداد إنها عانت كثيرا بسبب غيابه بحسب قولها لكنها \"ما زالت تنتظر عودته كل يوم\". "
                + "وقالت إن ابنها كان طفلا خجولا في صغره.");
        assertThat(q).extracting(QuoteFixture::speaker).containsOnly("والدته سلمى حداد");
    }

    @Test void pluralVerbDoesNotContinueOnePerson() {
        List<Quote> q = quotes("وقال الشيخ يوسف جربوع إن المفاوضات جارية منذ أيام. وتداول ناشطون صورا لسيدة مخطوفة، "
                + "وقالوا إنها وضعت مولودها في الأسر.");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0))).isEqualTo("الشيخ يوسف جربوع");
        assertThat(speaker(q.get(1))).isNull();
    }

    @Test void pluralVerbContinuesAPluralSpeaker() {
        List<Quote> q = quotes("وقال المحتجون إنهم باقون في الساحة. وأضافوا أن مطالبهم واضحة للجميع.");
        assertThat(q).extracting(QuoteFixture::speaker).containsExactly("المحتجون", "المحتجون");
    }

    @Test void aRelativeOfANamedPersonIsNotThatPerson() {
        String text = "وقالت والدة حداد، سلمى يوسف، إنها تنتظر عودته كل يوم.";
        EntityRef son = localPerson("حداد");
        EntityRef mother = localPerson("سلمى يوسف");
        EntityMention sonMention = person(text, "حداد", son);
        assertThat(firstWith(text, sonMention, person(text, "سلمى يوسف", mother)).speaker().orElseThrow().entity()).contains(mother);
        assertThat(firstWith(text, sonMention).speaker().orElseThrow().entity()).isEmpty();
    }

    @Test void theOutletSpokenToIsNotTheSpeaker() {
        assertThat(speaker(only("لكن مؤسس المنظمة، كودي ويلسون، قال لبي بي سي، إن البنادق لا تشكل أي تهديد."))).isEqualTo("كودي ويلسون");
        List<Quote> q = quotes("وقالت ستوكينغر إن النتائج مشجعة جدا. وأضافت لرويترز أن الدراسة ستستمر عامين آخرين.");
        assertThat(q).extracting(QuoteFixture::speaker).containsExactly("ستوكينغر", "ستوكينغر");
        assertThat(speaker(only("وقالت ليلى حسن إن الميزانية لن تتأثر بالأزمة."))).isEqualTo("ليلى حسن");
        List<Quote> told = quotes("وأكد الضابط سامي نور أن السلطات حددت هويته، إذ قال لـ(CNN) إنه يدعى ريتشارد راسل.");
        assertThat(told).extracting(QuoteFixture::speaker).containsExactly("الضابط سامي نور", "الضابط سامي نور");
    }

    @Test void accordingToHisOwnWordsKeepsTheSpeaker() {
        List<Quote> q = quotes("وقال حداد إن الاتفاق \"خطوة أولى في طريق طويل وصعب\" حسب تعبيره. "
                + "وأضاف أن المفاوضات ستستمر، وفق أعلى المعايير الدولية. وأكد أن الحل قريب.");
        assertThat(q).extracting(QuoteFixture::speaker).containsOnly("حداد");
    }

    @Test void theAntecedentOfARelativeIsTheSpeaker() {
        assertThat(speaker(only("وبعد ستة أشهر التقيت نورة التي قالت: \"كل ما كنت أقصده أنني أريد حياة عادية\"."))).isEqualTo("نورة");
        // a noun with the article is as often the verb's object: no speaker rather than a wrong one
        assertThat(speaker(only("وشكرت البعثة الحكومة على هذا القرار الذي قال إنه سيعزز العلاقات بين البلدين."))).isNotEqualTo("القرار");
    }

    @Test void theOutletRelayingIsNotTheSpeaker() {
        List<Quote> q = quotes("وقال نوير بحسب ما نقلت عنه وسائل إعلام ألمانية: \"لم يكن أوزيل ضحية للعنصرية في المنتخب\".");
        assertThat(q).extracting(QuoteFixture::speaker).containsOnly("نوير");
    }

    @Test void aPronounObjectBeforeTheSubjectIsSkipped() {
        assertThat(speaker(only("وقال عنه المؤرخ جورج ساتون: \"إن ابن سينا ظاهرة فكرية عظيمة في تاريخ العلم\"."))).isEqualTo("المؤرخ جورج ساتون");
    }

    @Test void aSubjectEndsWithThePersonItNames() {
        String text = "وأقر وزير الدفاع جيم ماتيس الخطط الجديدة بأن القيادة ستنشأ العام المقبل.";
        assertThat(speaker(firstWith(text, person(text, "جيم ماتيس", localPerson("جيم ماتيس"))))).isEqualTo("وزير الدفاع جيم ماتيس");
        // a person named inside a title is not where the subject ends
        String bolton = "وقال مستشار الرئيس الأمريكي دونالد ترامب للأمن القومي، جون بولتون، إن العقوبات ستستمر طويلا.";
        assertThat(speaker(firstWith(bolton, person(bolton, "دونالد ترامب", localPerson("دونالد ترامب"))))).endsWith("جون بولتون");
    }

    @Test void aYearIsNoSpeaker() {
        assertThat(speaker(only("وكانت وزارة العمل أعلنت عام2013 أن نحو 95 ألف عامل غادروا البلاد."))).isNotEqualTo("عام2013");
        assertThat(speaker(only("وقال الأمين العام للأمم المتحدة إن الوضع خطير جدا."))).isEqualTo("الأمين العام للأمم المتحدة");
    }

    @Test void butOpensASubjectBeforeItsVerb() {
        List<Quote> q = quotes("ورفضت المحكمة طلب الإفراج عن القس، لكن محاميه قال إن الاستئناف سيقدم الأسبوع المقبل.");
        assertThat(q).extracting(QuoteFixture::speaker).containsExactly("محاميه");
    }

    @Test void aCommonNounSpeakerDoesNotCutTheNextSubject() {
        List<Quote> q = quotes("لكن الصحيفة أشارت إلى أن العقد لم يوقع بعد. ومن جهتها، أشارت الصحيفة المدريدية الأخرى \"ماركا\" إلى أن العقد مدد لثلاثة أعوام أخرى.");
        assertThat(speaker(q.get(1))).isEqualTo("الصحيفة المدريدية الأخرى \"ماركا\"");
    }

    @Test void theOutletToldEndsTheSubject() {
        assertThat(speaker(only("وكشف مصدر أمني لـ«الشرق الأوسط»، أن الانتحاري أطلق النار على خاله قبل التفجير."))).isEqualTo("مصدر أمني");
        assertThat(speaker(only("وأوضح الخبير سعد الدغيم لـ المدينة، إنه مع ارتفاع الأسعار تتراجع السياحة الداخلية."))).isEqualTo("الخبير سعد الدغيم");
        // but «لـ» before a name is "of"
        assertThat(speaker(only("وقال الرئيس التنفيذي لـ\"كويركوس\" دييغو بياسي إن الشركة قررت الانسحاب من السوق."))).endsWith("دييغو بياسي");
    }

    @Test void soOpensASubjectBeforeItsVerb() {
        assertThat(speaker(only("ورغم أن التحقيق مستمر، فإن شبكة التواصل الاجتماعي تضيف أن الحملة تستهدف الناس."))).isEqualTo("شبكة التواصل الاجتماعي");
        // the Dutch «فان» is part of a name
        assertThat(speaker(only("وقالت الباحثة جيني فان دير ستين إن العلاج بالموسيقى يخفف الألم."))).isEqualTo("الباحثة جيني فان دير ستين");
        assertThat(speaker(only("وبحسب البروفيسور ستيوارث راسل فإن \"هذا الفيلم هو أكثر من مجرد تكهنات\"."))).isEqualTo("البروفيسور ستيوارث راسل");
    }

    @Test void ownerOfIsPartOfAnApposition() {
        assertThat(speaker(only("والأسبوع الماضي قالت \"فيسبوك\"، الشركة المالكة لـ\"واتساب\"، إنها تعاني بطئا في نمو إيراداتها.")))
                .isEqualTo("\"فيسبوك\"، الشركة المالكة لـ\"واتساب\"");
    }

    @Test void aMannerWordBeforeTheSubjectIsSkipped() {
        assertThat(speaker(only("صرح بذلك وكيل الوزارة الدكتور توفيق السديري الذي بين أن الموسوعة وزعت على الخطباء."))).startsWith("وكيل الوزارة");
        assertThat(speaker(only("فقال ببساطة: «دول يا ستي باقي حساب الست اللي كانت نازلة عندكم»."))).isNull();
    }

    @Test void anHonorificPronounContinuesThePersonSpokenOf() {
        List<Quote> q = quotes("وقال الأمير خالد الفيصل إن الملتقى يأتي إيمانا بدور الشباب في التنمية. وأوضح معاليه أن الخطة تشمل مئة ألف عامل في الموسم.");
        assertThat(q).extracting(QuoteFixture::speaker).containsExactly("الأمير خالد الفيصل", "الأمير خالد الفيصل");
        assertThat(q.get(1).text()).startsWith("الخطة تشمل");
    }

    @Test void anHonorificPronounBeforeAnyoneSpokeIsTheTitledPerson() {
        String text = "رعى أمير منطقة عسير الأمير فيصل بن خالد حفل تخريج الدفعة الجديدة أمس. وأشار سموه إلى أن الخريجين ثروة الوطن الحقيقية.";
        String name = "فيصل بن خالد";
        int s = text.indexOf(name);
        EntityRef prince = localPerson(name);
        EntityMention m = new EntityMention(s, s + name.length(), name, EntityType.PER, Optional.of(prince), Optional.of("أمير منطقة عسير"));
        Quote q = EXTRACTOR.extract(text, TEXT.tokens(text), SentenceSplitter.split(text), List.of(m)).get(0);
        assertThat(q.text()).startsWith("الخريجين ثروة");
        assertThat(q.speaker().orElseThrow().entity()).contains(prince);
    }

    @Test void aRelativeIsNamedAfterAKinshipWordWithAPronounOnly() {
        String mother = "وقالت والدة سامي حداد إن ابنها بريء من كل التهم.";
        Quote q = firstWith(mother, QuoteFixture.person(mother, "سامي حداد", localPerson("سامي حداد")));
        assertThat(q.speaker().orElseThrow().entity()).isEmpty(); // Sami's mother, not Sami
        String wife = "وقالت زوجته رغد شلوب إن زوجها بريء من كل التهم.";
        EntityRef raghad = localPerson("رغد شلوب");
        q = firstWith(wife, QuoteFixture.person(wife, "رغد شلوب", raghad));
        assertThat(q.speaker().orElseThrow().entity()).contains(raghad); // his wife, Raghad
    }

    @Test void aPersonalTitleAndASurnameAreThePersonOfThatSurname() {
        String text = "وانتقد الأمين العام للرابطة الدكتور عبد الله بن عبد المحسن التركي التصريحات. وقال الدكتور التركي إن الرابطة ترفض كل أشكال التطرف.";
        EntityRef turki = localPerson("عبد الله بن عبد المحسن التركي");
        Quote q = firstWith(text, QuoteFixture.person(text, "عبد الله بن عبد المحسن التركي", turki));
        assertThat(speaker(q)).isEqualTo("الدكتور التركي");
        assertThat(q.speaker().orElseThrow().entity()).contains(turki);
        // «الرئيس التركي» is Turkey's president, whoever the article calls «التركي»
        String president = "وانتقد الدكتور عبد الله بن عبد المحسن التركي التصريحات. وقال الرئيس التركي إن بلاده ترفض كل أشكال التطرف.";
        q = firstWith(president, QuoteFixture.person(president, "عبد الله بن عبد المحسن التركي", turki));
        assertThat(q.speaker().orElseThrow().entity()).isEmpty();
    }

    @Test void godPrayedToIsNoSpeaker() {
        List<Quote> q = quotes("وقال الشيخ سامي حداد إن الإرهاب لا دين له ولا وطن. ودعا الله عز وجل أن يحمي هذا الوطن من شر الأشرار.");
        assertThat(q).extracting(QuoteFixture::speaker).containsExactly("الشيخ سامي حداد", "الشيخ سامي حداد");
    }

    @Test void thenAndSoAreNoSubjects() {
        List<Quote> q = quotes("وقال الوزير سامي حداد إن الوفد سيصل غدا إلى العاصمة. فتردد قليلا ثم قال: «لا دي مفاجأة كبيرة للجميع».");
        assertThat(q).extracting(QuoteFixture::speaker).containsExactly("الوزير سامي حداد", "الوزير سامي حداد");
        List<Quote> r = quotes("وقال الرئيس رجب طيب إردوغان إن الحرب مستمرة. ورغم أنه لم يسم الحزب، فإنه قال إن «القوى السوداء» تنشر الفوضى في البلاد.");
        assertThat(r).extracting(QuoteFixture::speaker).doesNotContain("فإنه");
        List<Quote> also = quotes("وقال الرئيس رجب طيب إردوغان إن الحرب مستمرة. لكن إردوغان قال كذلك إن الاقتصاد قوي. وكان قلقا من الوضع، فقد أعلن قبل أيام أن الانتخابات في موعدها.");
        assertThat(also).extracting(QuoteFixture::speaker).doesNotContain("كذلك", "فقد");
        // «أما X فقد قال»: X, named before «فقد», is the speaker
        List<Quote> topic = quotes("وقال زعيم المعارضة سامي حداد إن الانتخابات مزورة في كل المحافظات. أما رئيس البلاد فقد قال إن النتائج نهائية ولا رجعة فيها.");
        assertThat(topic).extracting(QuoteFixture::speaker).containsExactly("زعيم المعارضة سامي حداد", "رئيس البلاد");
    }

    @Test void attentionCaughtIsNoSpeech() {
        assertThat(quotes("قرأت كتابا عن اللغات، ولفت نظري أنه ضم مجموعة كبيرة من اللغات في وسط آسيا.")).isEmpty();
        assertThat(speaker(only("ولفت الوزير إلى أن الخطة تشمل مئة ألف عامل في الموسم."))).isEqualTo("الوزير");
    }

    @Test void aWordAboutTheOccasionIsNoSpeaker() {
        List<Quote> q = quotes("وعقد الشيخ عبدالله التركي مؤتمرا صحفيا أوضح خلاله أن الرابطة تابعت التصريحات بأسى. وقالت دوما إن الحوار هو الطريق.");
        assertThat(q).extracting(QuoteFixture::speaker).doesNotContain("خلاله", "دوما");
    }

    @Test void aSportsRoleAfterTheNameEndsTheSubject() {
        String text = "وقال جون تيري مدافع تشيلسي حامل لقب الدوري الإنجليزي الممتاز إنه يريد البقاء في الملاعب.";
        assertThat(speaker(firstWith(text, person(text, "جون تيري", localPerson("جون تيري"))))).isEqualTo("جون تيري");
    }

    @Test void aPlaceBehindAPrepositionIsNotWhomTheSpeakerSpeaksFor() {
        EntityRef abha = new EntityRef("kb:loc/abha", "أبها", Optional.of("Abha"), EntityType.LOC, Optional.empty());
        String text = "وأوضحت مسؤولة الأسر المنتجة بمهرجان أبها أن الجناح لقي إقبالا كبيرا.";
        int a = text.indexOf("أبها");
        EntityMention place = new EntityMention(a, a + 4, "أبها", EntityType.LOC, Optional.of(abha), Optional.empty());
        assertThat(firstWith(text, place).speaker().orElseThrow().entity()).isEmpty();
        // a place the speaker represents stays
        EntityRef russia = new EntityRef("kb:country/ru", "روسيا", Optional.of("Russia"), EntityType.LOC, Optional.empty());
        String envoy = "وقال سفير روسيا إن بلاده سترد على العقوبات.";
        int r = envoy.indexOf("روسيا");
        EntityMention country = new EntityMention(r, r + 5, "روسيا", EntityType.LOC, Optional.of(russia), Optional.empty());
        assertThat(firstWith(envoy, country).speaker().orElseThrow().entity()).contains(russia);
    }

    @Test void aRelativeMaBeforeTheVerbIsNoSubject() {
        List<Quote> q = quotes("وأثارت السفارة مخاوف مما تقول إنه «ضغط سياسي أو نفسي يطبق على المواطنين الروس».");
        assertThat(q).extracting(QuoteFixture::speaker).noneMatch(s -> s != null && s.contains("مما"));
    }

    @Test void anImamIsNoPreposition() {
        // «إمام» folds like «أمام» ("in front of"), which ends a subject
        assertThat(speaker(only("أكد إمام وخطيب المسجد الحرام الشيخ سعود الشريم أن التغافل من أخلاق الكرام."))).startsWith("إمام وخطيب");
        assertThat(speaker(only("وقال الوزير أمام البرلمان إن الميزانية ستقر قريبا."))).isEqualTo("الوزير");
    }

    @Test void theFirstVerbGoesOnWithThePersonWhoOpensItsSentence() {
        // no one has spoken yet: «وقال» continues the person the sentence opened with
        String text = "أثار مدرب بايرن ميونيخ بيب غوارديولا الشكوك حول لاعبه السابق، وقال: «إن لاعبه لم يعد كما كان».";
        assertThat(speaker(firstWith(text, person(text, "بيب غوارديولا", localPerson("بيب غوارديولا"))))).isEqualTo("بيب غوارديولا");
        // but not a person behind a preposition, nor when the verb names its own subject
        String advisor = "نشرت مستشارة سابقة للرئيس الأمريكي دونالد ترامب تسجيلا، وقالت: «إنه يكذب دائما».";
        assertThat(speaker(firstWith(advisor, person(advisor, "دونالد ترامب", localPerson("دونالد ترامب"))))).isNull();
    }
}
