package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Quote;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.TextStage;

/** One test per quoting phenomenon, on sentences written for these tests. */
class QuoteExtractorTest {
    private static final TextStage TEXT = new TextStage();
    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> quotes(String text) {
        return extractor.extract(text, TEXT.tokens(text), SentenceSplitter.split(text), List.of());
    }

    private Quote only(String text) {
        List<Quote> q = quotes(text);
        assertThat(q).as("quotes in «%s»", text).hasSize(1);
        return q.get(0);
    }

    private static String speaker(Quote q) {
        return q.speaker().map(Quote.Speaker::text).orElse(null);
    }

    /** A linked person mention of {@code name} where it first occurs in {@code text}. */
    private static EntityMention person(String text, String name, EntityRef ref) {
        int s = text.indexOf(name);
        return new EntityMention(s, s + name.length(), name, EntityType.PER, Optional.of(ref), Optional.empty());
    }

    private static EntityRef localPerson(String name) {
        return new EntityRef("local:per/" + name.replace(' ', '-'), name, Optional.empty(), EntityType.PER, Optional.empty());
    }

    /** The first quotation of {@code text}, with the entity stage's mentions given. */
    private Quote firstWith(String text, EntityMention... mentions) {
        return extractor.extract(text, TEXT.tokens(text), SentenceSplitter.split(text), List.of(mentions)).get(0);
    }

    @Test void verbSubjectColonFrame() {
        Quote q = only("وقال الوزير سامي حداد في مؤتمر صحفي: “إن المفاوضات ستستمر حتى نصل إلى اتفاق نهائي”.");
        assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(q.text()).isEqualTo("إن المفاوضات ستستمر حتى نصل إلى اتفاق نهائي");
        assertThat(speaker(q)).isEqualTo("الوزير سامي حداد");
        assertThat(q.verb()).isEqualTo("قال");
    }

    @Test void invertedMarks() {
        Quote q = only("وقال حداد: ”نحن لا نقبل بهذه الشروط على الإطلاق“.");
        assertThat(q.text()).isEqualTo("نحن لا نقبل بهذه الشروط على الإطلاق");
        assertThat(speaker(q)).isEqualTo("حداد");
    }

    @Test void guillemets() { assertThat(speaker(only("وأكد المتحدث كريم نصار: «الحكومة ملتزمة بكل ما وعدت به المواطنين»."))).isEqualTo("المتحدث كريم نصار"); }

    @Test void asciiMarks() { assertThat(only("وقالت هالة يوسف: \"لن نتراجع عن قرارنا مهما كانت الضغوط\".").text()).startsWith("لن نتراجع"); }

    @Test void frameAfterQuote() {
        Quote q = only("“سنعيد بناء كل المدارس المتضررة قبل نهاية العام”، قال الوزير.");
        assertThat(speaker(q)).isEqualTo("الوزير");
    }

    @Test void accordingToAfterQuote() { assertThat(speaker(only("“الوضع الأمني تحسن كثيرا في الأسابيع الأخيرة” بحسب المحافظ."))).isEqualTo("المحافظ"); }

    @Test void participleContinuesPreviousSpeaker() {
        List<Quote> q = quotes("وقال حداد: “الاتفاق خطوة أولى في طريق طويل” مضيفا: “علينا أن نعمل معا من أجل السلام”.");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1))).isEqualTo("حداد");
        assertThat(q.get(1).verb()).isEqualTo("مضيفا");
    }

    @Test void gluedMarksAndDots() {
        List<Quote> q = quotes("وقال حداد: “الاتفاق خطوة أولى في طريق طويل”مضيفا..”علينا أن نعمل معا من أجل السلام”.");
        assertThat(q).extracting(Quote::text).containsExactly("الاتفاق خطوة أولى في طريق طويل", "علينا أن نعمل معا من أجل السلام");
    }

    @Test void continuedVerbWithName() {
        List<Quote> q = quotes("وقال حداد إن الوضع معقد. وتابع نصار..”إن الحوار هو الطريق الوحيد للخروج من الأزمة”.");
        assertThat(speaker(q.get(q.size() - 1))).isEqualTo("نصار");
    }

    @Test void verbOnlyFrameTakesLastSpeaker() {
        List<Quote> q = quotes("وأوضح نصار أن الحوار سيستأنف الأسبوع المقبل. وقال: “لن نقبل بأي شروط مسبقة من أي طرف”.");
        Quote direct = q.stream().filter(x -> x.kind() == Quote.Kind.DIRECT).findFirst().orElseThrow();
        assertThat(speaker(direct)).isEqualTo("نصار");
    }

    @Test void addedVerbWithoutSubject() {
        List<Quote> q = quotes("وقال حداد: “الاتفاق خطوة أولى في طريق طويل”. وأضاف: “سنواصل العمل مع كل الأطراف”.");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1))).isEqualTo("حداد");
    }

    @Test void nestedQuotes() {
        Quote q = only("وقال حداد: “إن ما يسمى “الخطة الجديدة” لن تنجح في حل المشكلة”.");
        assertThat(q.text()).isEqualTo("إن ما يسمى “الخطة الجديدة” لن تنجح في حل المشكلة");
    }

    @Test void quoteAcrossSentences() {
        Quote q = only("وقال حداد: “الوضع صعب. لكننا سنتجاوزه بالعمل والصبر”.");
        assertThat(q.text()).isEqualTo("الوضع صعب. لكننا سنتجاوزه بالعمل والصبر");
    }

    @Test void quoteAcrossParagraphs() {
        List<Quote> q = quotes("وقال حداد: “الوضع صعب جدا في الشمال بعد الفيضانات الأخيرة\n“لكننا سنتجاوزه بالعمل والصبر والتعاون”.");
        assertThat(q).hasSize(2);
        assertThat(q).allSatisfy(x -> assertThat(speaker(x)).isEqualTo("حداد"));
    }

    @Test void shortQuotedTermsAreNotQuotations() {
        assertThat(quotes("وقعت الحكومة اتفاقا مع ”التحالف” ومع “مجلس الأمن الوطني” أمس.")).isEmpty();
        assertThat(quotes("تحدث عن تنظيم “داعش” في المنطقة.")).isEmpty();
    }

    @Test void longQuotedNamesAndTitlesAreNotQuotations() {
        assertThat(quotes("واتهمت الوزارة شركة \"داليان صن مون ستار انترناشونال لوجستيكس تريدنغ\" الصينية بتزوير وثائق.")).isEmpty();
        assertThat(quotes("ونشر الموقع تقريرا بعنوان \"كيف غيرت الحرب حياة سكان المدينة القديمة\" أمس.")).isEmpty();
    }

    @Test void quotationAfterAQuotedTitleKeepsItsFrame() {
        Quote q = only("وذكر الاتحاد، في تقريره الذي جاء بعنوان \"كيف أسر اللاعب قلوب العالم\"، أنه \"لو لم تنظم البطولة هذا العام لبقيت بصمته\".");
        assertThat(q.text()).isEqualTo("لو لم تنظم البطولة هذا العام لبقيت بصمته");
        assertThat(q.verb()).isEqualTo("ذكر");
    }

    @Test void quotationAfterAQuotedOutletNameIsWhole() {
        Quote q = only("وقالت صحيفة \"غلوبال تايمز\" إن \"الإعلام الغربي يجب أن يرى الوضع بنفسه قبل أن يتهم الصين\".");
        assertThat(q.text()).isEqualTo("الإعلام الغربي يجب أن يرى الوضع بنفسه قبل أن يتهم الصين");
        assertThat(speaker(q)).isEqualTo("صحيفة \"غلوبال تايمز\"");
    }

    @Test void mannerEndsTheSubjectAndIsNoSpeakerAlone() {
        assertThat(speaker(only("فقال يوسف بهدوء يشبه البرود: «سوف ترينه طبعا لكنني أحب أن أعطيك عنه فكرة».")))
                .isEqualTo("يوسف");
        assertThat(speaker(only("وقال حداد إن الفيلم جيد. ثم قال بأسى: «بذمتك كان فيلما سيئا إلى هذا الحد؟»."))).isEqualTo("حداد");
    }

    @Test void aWithheldNameIsNoSpeakerAndMentioningIsNoSpeech() {
        Quote q = only("وقال المسؤول الذي رفض ذكر اسمه: «إن السماح باستخدام القواعد سيغير مسار الحرب كلها».");
        assertThat(speaker(q)).isEqualTo("المسؤول");
        assertThat(q.verb()).isEqualTo("قال");
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
        List<Quote> q = extractor.extract(text, TEXT.tokens(text), SentenceSplitter.split(text), List.of(m));
        assertThat(q).hasSize(3);
        assertThat(q.get(1).speaker().orElseThrow().text()).isEqualTo("الرئيس التركي");
        assertThat(q.get(1).speaker().orElseThrow().entity()).contains(erdogan);
        // the title word «التركي» of the last speaker does not cut the next subject short
        assertThat(speaker(q.get(2))).isEqualTo("وزير المالية التركي براءت البيرق");
    }

    @Test void reportedSpeechWithIlaAnna() {
        Quote q = only("وأشار حداد إلى أن الحكومة ستعلن خطة جديدة للإسكان.");
        assertThat(q.kind()).isEqualTo(Quote.Kind.REPORTED);
        assertThat(q.text()).isEqualTo("الحكومة ستعلن خطة جديدة للإسكان");
        assertThat(speaker(q)).isEqualTo("حداد");
        assertThat(q.verb()).isEqualTo("أشار");
    }

    @Test void reportedSpeechWithAnna() { assertThat(only("وأوضح نصار أن المشروع سيكتمل خلال عامين.").text()).isEqualTo("المشروع سيكتمل خلال عامين"); }

    @Test void reportedSpeechAfterColonKeepsInna() {
        Quote q = only("من جانبه قال نصار: إن بلاده تنوي توسيع التعاون مع جيرانها.");
        assertThat(q.kind()).isEqualTo(Quote.Kind.REPORTED);
        assertThat(q.text()).startsWith("إن بلاده");
        assertThat(speaker(q)).isEqualTo("نصار");
    }

    @Test void participleSplitsReportedStatements() {
        List<Quote> q = quotes("وقال نصار إن الحوار مستمر بلا توقف مشيرا إلى أن الجولة المقبلة ستعقد في عمان.");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).text()).isEqualTo("الحوار مستمر بلا توقف");
        assertThat(speaker(q.get(1))).isEqualTo("نصار");
    }

    @Test void feminineAndPluralVerbs() {
        assertThat(speaker(only("وأكدت الوزيرة ليلى حسن أن الميزانية لن تتأثر بالأزمة."))).isEqualTo("الوزيرة ليلى حسن");
        assertThat(speaker(only("وقالوا: “لن نغادر هذه الأرض مهما حدث لنا”."))).isNull();
    }

    @Test void verbWithoutSpeechDoesNotChangeSpeaker() {
        List<Quote> q = quotes("وقال حداد إن الحوار مستمر. وأكد حداد دعم الحكومة للمشروع مبينا أن التمويل متوفر بالكامل.");
        assertThat(speaker(q.get(q.size() - 1))).isEqualTo("حداد");
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
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsOnly("والدته سلمى حداد");
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
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsExactly("المحتجون", "المحتجون");
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
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsExactly("ستوكينغر", "ستوكينغر");
        assertThat(speaker(only("وقالت ليلى حسن إن الميزانية لن تتأثر بالأزمة."))).isEqualTo("ليلى حسن");
        List<Quote> told = quotes("وأكد الضابط سامي نور أن السلطات حددت هويته، إذ قال لـ(CNN) إنه يدعى ريتشارد راسل.");
        assertThat(told).extracting(QuoteExtractorTest::speaker).containsExactly("الضابط سامي نور", "الضابط سامي نور");
    }

    @Test void accordingToHisOwnWordsKeepsTheSpeaker() {
        List<Quote> q = quotes("وقال حداد إن الاتفاق \"خطوة أولى في طريق طويل وصعب\" حسب تعبيره. "
                + "وأضاف أن المفاوضات ستستمر، وفق أعلى المعايير الدولية. وأكد أن الحل قريب.");
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsOnly("حداد");
    }

    @Test void theAntecedentOfARelativeIsTheSpeaker() {
        assertThat(speaker(only("وبعد ستة أشهر التقيت نورة التي قالت: \"كل ما كنت أقصده أنني أريد حياة عادية\"."))).isEqualTo("نورة");
        // a noun with the article is as often the verb's object: no speaker rather than a wrong one
        assertThat(speaker(only("وشكرت البعثة الحكومة على هذا القرار الذي قال إنه سيعزز العلاقات بين البلدين."))).isNotEqualTo("القرار");
    }

    @Test void theOutletRelayingIsNotTheSpeaker() {
        List<Quote> q = quotes("وقال نوير بحسب ما نقلت عنه وسائل إعلام ألمانية: \"لم يكن أوزيل ضحية للعنصرية في المنتخب\".");
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsOnly("نوير");
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
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsExactly("محاميه");
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
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsExactly("الأمير خالد الفيصل", "الأمير خالد الفيصل");
        assertThat(q.get(1).text()).startsWith("الخطة تشمل");
    }

    @Test void thenAndSoAreNoSubjects() {
        List<Quote> q = quotes("وقال الوزير سامي حداد إن الوفد سيصل غدا إلى العاصمة. فتردد قليلا ثم قال: «لا دي مفاجأة كبيرة للجميع».");
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsExactly("الوزير سامي حداد", "الوزير سامي حداد");
        List<Quote> r = quotes("وقال الرئيس رجب طيب إردوغان إن الحرب مستمرة. ورغم أنه لم يسم الحزب، فإنه قال إن «القوى السوداء» تنشر الفوضى في البلاد.");
        assertThat(r).extracting(QuoteExtractorTest::speaker).doesNotContain("فإنه");
    }

    @Test void attentionCaughtIsNoSpeech() {
        assertThat(quotes("قرأت كتابا عن اللغات، ولفت نظري أنه ضم مجموعة كبيرة من اللغات في وسط آسيا.")).isEmpty();
        assertThat(speaker(only("ولفت الوزير إلى أن الخطة تشمل مئة ألف عامل في الموسم."))).isEqualTo("الوزير");
    }

    @Test void aWordAboutTheOccasionIsNoSpeaker() {
        List<Quote> q = quotes("وعقد الشيخ عبدالله التركي مؤتمرا صحفيا أوضح خلاله أن الرابطة تابعت التصريحات بأسى. وقالت دوما إن الحوار هو الطريق.");
        assertThat(q).extracting(QuoteExtractorTest::speaker).doesNotContain("خلاله", "دوما");
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
        assertThat(q).extracting(QuoteExtractorTest::speaker).noneMatch(s -> s != null && s.contains("مما"));
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
