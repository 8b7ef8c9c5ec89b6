package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.quote.QuoteFixture.quotes;
import static org.marsad.quote.QuoteFixture.only;
import static org.marsad.quote.QuoteFixture.speaker;
import static org.marsad.quote.QuoteFixture.EXTRACTOR;
import static org.marsad.quote.QuoteFixture.TEXT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.Quote;
import org.marsad.text.SentenceSplitter;

/** One test per quoting phenomenon (quote marks, frames, reported speech), on sentences written for these tests. */
class QuoteExtractorTest {    @Test void verbSubjectColonFrame() {
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

    @Test void aDoublePrimeAfterADigitClosesTheQuotedName() {
        // web text typeset by WordPress turns the " after a digit into ″: «“غالاكسي نوت 5″» is a quoted name
        List<Quote> q = quotes("أعلنت الشركة قرب صدور هاتفها “غالاكسي نوت 5″، وقال المدير: “الهاتف سيكون الأفضل بين جميع الإصدارات السابقة”.");
        assertThat(q).extracting(Quote::text).containsExactly("الهاتف سيكون الأفضل بين جميع الإصدارات السابقة");
        // without an open quotation it is the inch sign
        assertThat(quotes("وتبلغ الشاشة 5″ فقط. وقال المدير: “الهاتف سيكون الأفضل بين جميع الإصدارات السابقة”."))
                .extracting(Quote::text).containsExactly("الهاتف سيكون الأفضل بين جميع الإصدارات السابقة");
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

    @Test void aMarkLeftOpenEndsWithItsParagraph() {
        // «"أن هناك» is never closed: the later paragraph's quotation is its own, not the tail of that one
        List<Quote> q = quotes("وصرح الرجوب بأن الوفد سلم الرد مضيفا في تصريحات \"أن هناك دعوة لعقد لقاء ثلاثي السبت المقبل، "
                + "مضيفا \"ونحن جاهزون لهذا\".\nوفي القاهرة رأى محللون أن الجولة مهمة.\n"
                + "وقال المحلل طارق فهمي: \"هناك تطورات إيجابية في هذا التوقيت بين الفصائل\".");
        assertThat(q).filteredOn(x -> x.text().contains("تطورات إيجابية")).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("هناك تطورات إيجابية في هذا التوقيت بين الفصائل"))
                .satisfies(x -> assertThat(speaker(x)).isEqualTo("المحلل طارق فهمي"));
        assertThat(q).noneMatch(x -> x.text().contains("رأى محللون"));
    }

    @Test void aStrayMarkWithWholeQuotationsAfterItInItsParagraphIsNoQuotation() {
        // «في "أنابيب» never closes; the paragraph's later quotation is whole, so the stray mark opens nothing
        List<Quote> q = quotes("وتنقل الشركات المياه عبر المسافات في \"أنابيب إلى مواقع تجمع المستفيدين ثم توزيعها. "
                + "ويدفع المستخدم حصته من التكاليف. وقال الوزير: \"سنوسع الشبكة لتصل إلى كل القرى قبل نهاية العام\".");
        assertThat(q).extracting(Quote::text).containsExactly("سنوسع الشبكة لتصل إلى كل القرى قبل نهاية العام");
        // a quotation left open at the end of its paragraph with no whole one inside still runs to that end
        assertThat(quotes("وقال حداد: \"الوضع صعب جدا في الشمال بعد الفيضانات الأخيرة\nوانتهى الاجتماع.")).extracting(Quote::text)
                .containsExactly("الوضع صعب جدا في الشمال بعد الفيضانات الأخيرة");
    }

    @Test void shortQuotedTermsAreNotQuotations() {
        assertThat(quotes("وقعت الحكومة اتفاقا مع ”التحالف” ومع “مجلس الأمن الوطني” أمس.")).isEmpty();
        assertThat(quotes("تحدث عن تنظيم “داعش” في المنطقة.")).isEmpty();
    }

    @Test void longQuotedNamesAndTitlesAreNotQuotations() {
        assertThat(quotes("واتهمت الوزارة شركة \"داليان صن مون ستار انترناشونال لوجستيكس تريدنغ\" الصينية بتزوير وثائق.")).isEmpty();
        assertThat(quotes("ونشر الموقع تقريرا بعنوان \"كيف غيرت الحرب حياة سكان المدينة القديمة\" أمس.")).isEmpty();
    }

    @Test void quotedListOfNamesIsNoQuotation() {
        String text = "وأدى الحراس «سامي نوار ، عبد الله حداد ، فهد الكرمي ، محمد الواكد» مرانهم الصباحي.";
        EntityMention[] names = java.util.stream.Stream.of("سامي نوار", "عبد الله حداد", "فهد الكرمي", "محمد الواكد")
                .map(n -> QuoteFixture.person(text, n, QuoteFixture.localPerson(n))).toArray(EntityMention[]::new);
        assertThat(EXTRACTOR.extract(text, TEXT.tokens(text), SentenceSplitter.split(text), List.of(names))).isEmpty();
        // the same words with one that is no name are a quotation again
        String said = "وأدى الحراس «سامي نوار ، عبد الله حداد ، فهد الكرمي ، محمد الواكد تدربوا» مرانهم الصباحي.";
        EntityMention[] same = java.util.stream.Stream.of("سامي نوار", "عبد الله حداد", "فهد الكرمي", "محمد الواكد")
                .map(n -> QuoteFixture.person(said, n, QuoteFixture.localPerson(n))).toArray(EntityMention[]::new);
        assertThat(EXTRACTOR.extract(said, TEXT.tokens(said), SentenceSplitter.split(said), List.of(same))).hasSize(1);
        // names given as an answer after a colon were said
        String answer = "فسألته عن أبطال الفيلم فقال لي: «محمود المليجي وفريد شوقي».";
        EntityMention[] actors = java.util.stream.Stream.of("محمود المليجي", "فريد شوقي")
                .map(n -> QuoteFixture.person(answer, n, QuoteFixture.localPerson(n))).toArray(EntityMention[]::new);
        assertThat(EXTRACTOR.extract(answer, TEXT.tokens(answer), SentenceSplitter.split(answer), List.of(actors)))
                .extracting(Quote::text).containsExactly("محمود المليجي وفريد شوقي");
        // but a colon alone does not make a line-up speech
        String lineup = "وفي الشوط الثاني أشرك المدرب كلا من: «سامي نوار ، عبد الله حداد ، فهد الكرمي ، محمد الواكد».";
        EntityMention[] players = java.util.stream.Stream.of("سامي نوار", "عبد الله حداد", "فهد الكرمي", "محمد الواكد")
                .map(n -> QuoteFixture.person(lineup, n, QuoteFixture.localPerson(n))).toArray(EntityMention[]::new);
        assertThat(EXTRACTOR.extract(lineup, TEXT.tokens(lineup), SentenceSplitter.split(lineup), List.of(players))).isEmpty();
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
}
