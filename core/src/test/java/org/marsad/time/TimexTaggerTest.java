package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.article.TimeExpression;
import org.marsad.article.TimeExpression.Type;

/** One test per phenomenon; the reference date is Tuesday 2017-02-07 unless said otherwise. */
class TimexTaggerTest {
    private static final LocalDate REF = LocalDate.of(2017, 2, 7);
    private final TimexTagger tagger = new TimexTagger();

    private TimeExpression only(String text) {
        List<TimeExpression> all = tagger.tag(text, Optional.of(REF));
        assertThat(all).as("expressions in «%s»", text).hasSize(1);
        return all.get(0);
    }

    private void assertTimex(String text, String span, Type type, String value) {
        TimeExpression t = only(text);
        assertThat(t.text()).isEqualTo(span);
        assertThat(t.type()).isEqualTo(type);
        assertThat(t.value()).isEqualTo(value);
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }

    private void assertValue(String text, String value) {
        assertThat(only(text).value()).as(text).isEqualTo(value);
    }

    @Test void msaMonthWithDayAndYear() { assertTimex("وصل الوفد في 15 يناير 2016 إلى بيروت", "15 يناير 2016", Type.DATE, "2016-01-15"); }
    @Test void monthSpellingVariants() {
        assertValue("في 3 إبريل 2015", "2015-04-03");
        assertValue("في 3 افريل 2015", "2015-04-03");
        assertValue("في 9 يونيه 2015", "2015-06-09");
        assertValue("في 9 أغسطس 2015", "2015-08-09");
    }
    @Test void levantineMonths() {
        assertValue("اجتمعوا في 20 كانون الثاني 2017", "2017-01-20");
        assertValue("اجتمعوا في 20 تشرين الأول 2016", "2016-10-20");
        assertValue("اجتمعوا في 20 آذار 2016", "2016-03-20");
        assertValue("اجتمعوا في 1 أيار 2016", "2016-05-01");
    }
    @Test void maghrebiMonths() {
        assertValue("يوم 5 جانفي 2017", "2017-01-05");
        assertValue("يوم 5 فيفري 2017", "2017-02-05");
        assertValue("يوم 14 يوليوز 2016", "2016-07-14");
        assertValue("يوم 20 غشت 2016", "2016-08-20");
        assertValue("يوم 11 شتنبر 2016", "2016-09-11");
        assertValue("يوم 16 نونبر 2016", "2016-11-16");
        assertValue("يوم 31 دجنبر 2016", "2016-12-31");
    }
    @Test void dualMonthNames() { assertTimex("جرت في 5 نوفمبر/ تشرين ثانٍ 2016 الانتخابات", "5 نوفمبر/ تشرين ثانٍ 2016", Type.DATE, "2016-11-05"); }
    @Test void arabicIndicDigits() { assertValue("في ١٥ مارس ٢٠١٦", "2016-03-15"); }
    @Test void ordinalDayWords() {
        assertValue("يوم الثامن من مايو المقبل", "2017-05-08");
        assertValue("في الحادي عشر من سبتمبر 2001", "2001-09-11");
        assertValue("في الحادي والعشرين من مارس 2016", "2016-03-21");
        assertValue("في الحادية عشرة من سبتمبر 2001", "2001-09-11");
    }
    @Test void aMonthJoinedToAMonthWithAYearTakesThatYear() {
        List<TimeExpression> t = tagger.tag("تراجعت الصادرات خلال الفترة بين يناير/كانون الثاني ومايو/آيار 2015 بشدة", Optional.of(REF));
        assertThat(t).extracting(TimeExpression::value).containsExactly("2015-01", "2015-05");
    }
    @Test void noonAndAfternoonHours() {
        assertTimex("وبحلول الساعة الثالثة ظهرا بتوقيت غرينتش ارتفعت الأسهم", "الساعة الثالثة ظهرا", Type.TIME, "XXXX-XX-XXT15:00");
    }
    @Test void theGeneralOfASecretaryGeneralIsNoYear() {
        assertThat(tagger.tag("أعلنت المنظمة وفاة الأمين العام السابق للأمم المتحدة", Optional.of(REF))).isEmpty();
        assertValue("وارتفعت الأسعار العام الماضي بنسبة كبيرة", "2016");
    }
    @Test void aWordBeginningWithSaIsNoFutureCue() {
        // «سارعت», «سالفيني», «ساعات» begin like the future سـ + first person, but are past or names
        assertValue("وسارعت قطر لتقديم الدعم حيث أعلن الأربعاء أمير البلاد", "2017-02-01");
        assertValue("وأكد وزير الداخلية ماتيو سالفيني الأربعاء أن المقاطعة مستمرة", "2017-02-01");
        assertValue("سيزور الوزير العاصمة الأربعاء", "2017-02-08");
    }
    @Test void formerIsNoDate() {
        assertThat(tagger.tag("زاد الضغط على شريكه السابق بول مانافورت", Optional.of(REF))).isEmpty();
        assertValue("واتهم الرئيس في السابق الولايات المتحدة بالتآمر", "PAST_REF");
    }
    @Test void sinceLooksBack() {
        // reference Tuesday 2017-02-07: the nearest June is 2017's, but «منذ يونيو» is last June
        assertValue("وصل أكثر من ألف مهاجر منذ يونيو إلى الجزيرة", "2016-06");
        assertValue("وصل أكثر من ألف مهاجر منذ أغسطس إلى الجزيرة", "2016-08");
        assertValue("بلغ أدنى مستوى له منذ 30 يونيو عند 1200 دولار", "2016-06-30");
        assertValue("بلغ أدنى مستوى له منذ 3 فبراير", "2017-02-03");
        assertValue("يعقد المؤتمر في 20 يونيو في العاصمة", "2017-06-20");
    }
    @Test void monthWithoutYearTakesTheNearestYear() {
        assertValue("في 20 يناير", "2017-01-20");
        assertValue("في 20 نوفمبر", "2016-11-20");
    }
    @Test void dayGluedToMonth() { assertTimex("ولد في ١٢مارس / آذار عام ١٩٧٠ في القاهرة", "١٢مارس / آذار عام ١٩٧٠", Type.DATE, "1970-03-12"); }
    @Test void dayWithArticle() { assertValue("في الـ25 من يوليو 2018", "2018-07-25"); }
    @Test void weekdayBeforeDate() { assertTimex("الثلاثاء 7 شباط 2017 اجتمع", "الثلاثاء 7 شباط 2017", Type.DATE, "2017-02-07"); }
    @Test void gregorianEraMarker() { assertTimex("في عام 2015 م انطلق", "عام 2015 م", Type.DATE, "2015"); }
    @Test void hijriDateWithEra() {
        assertValue("في 1 رمضان 1438 هـ", "2017-05-27");
        assertValue("في 10 ذو الحجة 1437هـ", "2016-09-11");
    }
    @Test void hijriMonthAndYear() { assertValue("في شهر محرم 1438 هـ", "2016-10"); }
    @Test void hijriYearAlone() { assertValue("عام 1438 هـ", "2017"); }
    @Test void unmarkedYearUpToTheArticlesHijriYearIsHijri() {
        // REF 2017-02-07 is in 1438 AH
        assertValue("منذ عام 1407 لم تتغير", "1987");
        assertValue("خطة العام 1439", "2018");
        assertValue("بتاريخ 28/5/1432", "2011-05-02");
        // a later year is a Gregorian year of the past; a marked one keeps its era
        assertValue("منذ العام 1492", "1492");
        assertValue("عام 1400 م", "1400");
        assertThat(new TimexTagger().tag("منذ عام 1407", Optional.empty()).get(0).value()).isEqualTo("1407");
    }
    @Test void bareYearAfterPreposition() { assertValue("تأسست في 1949 بدعم", "1949"); }
    @Test void numberIsNotAYearWithoutFrame() { assertThat(tagger.tag("قتل 2015 شخصا", Optional.of(REF))).isEmpty(); }
    @Test void numericDate() { assertValue("بتاريخ 25/12/2015", "2015-12-25"); }
    @Test void monthLastYear() { assertTimex("في أيلول العام الماضي", "أيلول العام الماضي", Type.DATE, "2016-09"); }
    @Test void monthCurrentWithMid() {
        TimeExpression t = only("سيعقد في منتصف شباط الحالي");
        assertThat(t.text()).isEqualTo("منتصف شباط الحالي");
        assertThat(t.value()).isEqualTo("2017-02");
        assertThat(t.mod()).contains("MID");
    }
    @Test void monthPastAndNext() {
        assertValue("في مارس الماضي", "2016-03");
        assertValue("في يناير الماضي", "2017-01");
        assertValue("في مارس المقبل", "2017-03");
    }
    @Test void dayOfMonthPastAndNext() {
        // the reference date is 7 February 2017: «الماضي» after a day and month is one expression, the last such day
        assertTimex("جرت الانتخابات في 26 يوليو الماضي بهدوء", "26 يوليو الماضي", Type.DATE, "2016-07-26");
        assertTimex("وكانت قد تأجلت في 12 مايو/ أيار الماضي", "12 مايو/ أيار الماضي", Type.DATE, "2016-05-12");
        assertValue("بدأت في 3 فبراير الماضي", "2017-02-03");
        assertValue("تبدأ في 20 فبراير المقبل", "2017-02-20");
        assertValue("تبدأ في 2 فبراير المقبل", "2018-02-02");
        assertValue("تنتهي في 15 فبراير الجاري", "2017-02-15");
    }
    @Test void today() { assertTimex("قال اليوم إن", "اليوم", Type.DATE, "2017-02-07"); }
    @Test void yesterdayForms() {
        assertValue("وصل أمس", "2017-02-06");
        assertValue("وصل الأمس", "2017-02-06");
        assertValue("وصل البارحة", "2017-02-06");
    }
    @Test void dayBeforeYesterday() {
        assertValue("وصل أول أمس", "2017-02-05");
        assertValue("وصل أول من أمس", "2017-02-05");
    }
    @Test void tomorrowAndAfter() {
        assertValue("يصل غدا", "2017-02-08");
        assertTimex("يفتتح بعد غد الخميس المعرض", "بعد غد الخميس", Type.DATE, "2017-02-09");
    }
    @Test void lastAndNextWeek() {
        assertValue("الأسبوع الماضي", "2017-W05");
        assertValue("الأسبوع المقبل", "2017-W07");
    }
    @Test void currentMonthAndYear() {
        assertValue("خلال الشهر الجاري", "2017-02");
        assertValue("في العام الماضي", "2016");
        assertValue("هذا العام", "2017");
        assertValue("السنة المقبلة", "2018");
    }
    @Test void startAndEndOfMonth() {
        TimeExpression start = only("مطلع الشهر");
        assertThat(start.value()).isEqualTo("2017-02");
        assertThat(start.mod()).contains("START");
        assertThat(only("نهاية الشهر المقبل").mod()).contains("END");
        assertThat(only("نهاية الشهر المقبل").value()).isEqualTo("2017-03");
    }
    @Test void agoExpressions() {
        assertTimex("وصل قبل يومين", "قبل يومين", Type.DATE, "2017-02-05");
        assertValue("منذ ثلاثة أعوام", "2014");
        assertValue("بعد 40 عاما", "2057");
        assertValue("منذ سنوات", "PAST_REF");
    }
    @Test void afterDurationFromEventIsDuration() {
        TimeExpression t = only("بعد شهر من افتتاح المعرض");
        assertThat(t.type()).isEqualTo(Type.DURATION);
        assertThat(t.value()).isEqualTo("P1M");
    }
    @Test void weekdayPastAndNext() {
        assertValue("الخميس الماضي", "2017-02-02");
        assertValue("يوم السبت القادم", "2017-02-11");
    }
    @Test void bareWeekdayIsPastUnlessFuture() {
        assertValue("التقى الوزير يوم الأحد", "2017-02-05");
        assertValue("سيلتقي الوزير يوم الخميس", "2017-02-09");
    }
    @Test void aWeekdayRightAfterADateIsADayOfThatDatesWeek() {
        // reference 2017-02-07 (a Tuesday): «(يوم الأحد)» after 19 February is that Sunday, not the 5th
        List<TimeExpression> t = tagger.tag("وتقتضي الخطة في 19 شباط 2017 (يوم الأحد) نقل الحجاج.", Optional.of(REF));
        assertThat(t).extracting(TimeExpression::value).containsExactly("2017-02-19", "2017-02-19");
        t = tagger.tag("ويعقد الاجتماع في 20 شباط 2017، الاثنين، بحضور الوزير.", Optional.of(REF));
        assertThat(t).extracting(TimeExpression::value).containsExactly("2017-02-20", "2017-02-20");
        // with words between, a weekday is the one nearest the reference
        t = tagger.tag("وصل الوفد في 19 شباط 2017 وغادر يوم الأحد.", Optional.of(REF));
        assertThat(t).extracting(TimeExpression::value).containsExactly("2017-02-19", "2017-02-05");
    }
    @Test void durations() {
        assertTimex("استمر يومين", "يومين", Type.DURATION, "P2D");
        assertTimex("ثلاثة أعوام من العمل", "ثلاثة أعوام", Type.DURATION, "P3Y");
        assertTimex("خلال 24 ساعة", "24 ساعة", Type.DURATION, "PT24H");
        assertValue("خمسة عشر عاما", "P15Y");
        assertValue("عدة أشهر", "PXM");
    }
    @Test void elevenAndTwelveTakeTheirOwnUnitWords() {
        assertTimex("بدوام يصل إلى اثنتي عشرة ساعة", "اثنتي عشرة ساعة", Type.DURATION, "PT12H");
        assertTimex("خلال اثنا عشر شهرا", "اثنا عشر شهرا", Type.DURATION, "P12M");
        assertTimex("بعد ملاحقة استمرت أحد عشر يوما", "أحد عشر يوما", Type.DURATION, "P11D");
    }
    @Test void approximateDuration() {
        TimeExpression t = only("حوالى 300 عام");
        assertThat(t.value()).isEqualTo("P300Y");
        assertThat(t.mod()).contains("APPROX");
        assertThat(only("أكثر من 45 دقيقة").mod()).contains("MORE_THAN");
    }
    @Test void lastNYearsIsDuration() { assertTimex("في السنوات الثلاث الماضية", "السنوات الثلاث الماضية", Type.DURATION, "P3Y"); }
    @Test void sets() {
        assertTimex("تجتمع أسبوعيا", "أسبوعيا", Type.SET, "P1W");
        assertValue("يوميا", "P1D");
        assertValue("سنويا", "P1Y");
        assertValue("كل عامين", "P2Y");
        assertValue("كل يوم سبت", "XXXX-WXX-6");
        assertValue("كل ليلة", "XXXX-XX-XXTNI");
    }
    @Test void partsOfDay() {
        assertTimex("صباح اليوم", "صباح اليوم", Type.TIME, "2017-02-07TMO");
        assertValue("مساء أمس", "2017-02-06TEV");
        assertValue("الليلة الماضية", "2017-02-06TNI");
        assertValue("هذا الصباح", "2017-02-07TMO");
    }
    @Test void clockTime() {
        assertValue("في تمام الساعة العاشرة", "XXXX-XX-XXT10:00");
        assertValue("الساعة 8:30 مساء", "XXXX-XX-XXT20:30");
    }
    @Test void decadesAndCenturies() {
        assertValue("في الستينيات من القرن الماضي", "196");
        assertValue("الثمانينيات", "198");
        assertValue("القرن العشرين", "19");
        assertValue("القرن الحادي والعشرين", "20");
    }
    @Test void genericReferences() {
        assertValue("الآن", "PRESENT_REF");
        assertValue("يعمل حاليا", "PRESENT_REF");
        assertValue("في الماضي", "PAST_REF");
        assertValue("نحو المستقبل", "FUTURE_REF");
    }
    @Test void adjectiveAfterDefiniteNounIsNoDate() { assertThat(tagger.tag("الاتفاق الماضي", Optional.of(REF))).isEmpty(); }
    @Test void conjunctionIsOutsideTheSpan() { assertTimex("والعام الماضي", "العام الماضي", Type.DATE, "2016"); }
    @Test void withoutReferenceRelativeBecomesRef() {
        assertThat(tagger.tag("وصل أمس", Optional.empty()).get(0).value()).isEqualTo("PAST_REF");
    }
    @Test void dayByDayIsNoDate() {
        // «يوما بعد يوم», «عاماً بعد عام»: little by little, not "a day later"
        assertThat(tagger.tag("تتزايد أعداد الزوار يوما بعد يوم", Optional.of(REF))).isEmpty();
        assertThat(tagger.tag("تتطور المسابقة عاماً بعد عام", Optional.of(REF))).isEmpty();
        assertValue("ستعود البعثة بعد عام", "2018");
    }
    @Test void fatherIsNotAugust() { assertThat(tagger.tag("قال آب الطفل", Optional.of(REF))).isEmpty(); }

    @Test void hijriMonthWithoutYearTakesTheNearestYear() {
        // written on 10 Jumada I 1438: the coming Ramadan, but the Dhu al-Hijjah just past (1437), not 1438's
        assertValue("في العاشر من رمضان", "2017-06-05");
        assertValue("في الخامس من ذي الحجة", "2016-09-06"); // Umm al-Qura: 1 Dhu al-Hijjah 1437 = 2016-09-02
    }
    @Test void hijriMonthWithADirectionLooksThatWay() {
        // written on 10 Jumada I 1438: the nearest Shawwal is 1438's (July 2017), but «الماضي» means 1437's
        assertValue("في شوال الماضي", "2016-07");
        // the nearest Rabi' I is 1438's (December 2016), but «المقبل» means 1439's
        assertValue("في ربيع الأول المقبل", "2017-12");
    }
    @Test void hijriMonthOfLastYearIsOfTheHijriYearBefore() {
        // written on 10 Jumada I 1438: Ramadan 1437 (June 2016), not Ramadan of the Hijri year 2016
        assertValue("في شهر رمضان العام الماضي", "2016-06");
    }
    @Test void hijriMonthWithAGregorianYearIsTheOneInThatYear() {
        assertValue("خلال شهر رمضان 2018", "2018-05"); // Ramadan 1439: 16 May - 14 June 2018
        assertValue("في رمضان 1438", "2017-06");      // a Hijri year stays Hijri
    }
    @Test void zeroInAScoreIsNoSafar() { assertThat(tagger.tag("فازت بنتيجة 1-6 وصفر-6 أمام منافستها", Optional.of(REF))).isEmpty(); }
    @Test void weekendOfLastWeek() { assertValue("نهاية الأسبوع الماضي", "2017-W05-WE"); }
    @Test void endOfLastCentury() {
        TimeExpression t = only("أواخر القرن الماضي");
        assertThat(t.value()).isEqualTo("19");
        assertThat(t.mod()).contains("END");
    }
    @Test void anaphoricDayIsUnanchored() {
        assertValue("في ذلك اليوم", "XXXX-XX-XX");
        assertValue("اليوم الأول", "XXXX-XX-XX");
    }
    @Test void periodDemonstratives() {
        assertValue("في هذه الفترة", "PRESENT_REF");
        assertValue("في ذلك الوقت", "PAST_REF");
        assertValue("في الآونة الأخيرة", "PAST_REF");
    }
    @Test void yearsOfTheCurrentMonthAndNext() { assertValue("في 14 يوليو/ تموز من هذا العام", "2017-07-14"); }
    @Test void monthOfLastYearWithMin() { assertValue("أكتوبر/ تشرين الأول من العام الماضي", "2016-10"); }
    @Test void lawNumberIsNoDuration() { assertThat(tagger.tag("القانون رقم 12 لسنة 2005", Optional.of(REF))).extracting(TimeExpression::value).containsExactly("2005"); }
    @Test void dayAfterAndBefore() { assertValue("في اليوم التالي", "XXXX-XX-XX"); }
}
