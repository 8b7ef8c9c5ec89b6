package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.marsad.article.Dateline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatelineParserTest {
    private final DatelineParser parser = new DatelineParser();

    private Dateline parse(String s) {
        return parser.parse(s).orElseThrow(() -> new AssertionError("no dateline in: " + s)).dateline();
    }

    @Test void sanaDashedOnItsOwnLine() {
        Dateline d = parse("موسكو-سانا");
        assertThat(d.place()).isEqualTo("موسكو");
        assertThat(d.agency()).contains("SANA");
        assertThat(d.text()).isEqualTo("موسكو-سانا");
    }

    @Test void sanaWithSpacedDashBeforeText() {
        var m = parser.parse("دمشق - سانا - أكد الرئيس أن الحوار مستمر.").orElseThrow();
        assertThat(m.dateline().place()).isEqualTo("دمشق");
        assertThat("دمشق - سانا - أكد الرئيس أن الحوار مستمر.".substring(m.end())).startsWith("أكد");
    }

    @Test void reutersInParentheses() {
        Dateline d = parse("القاهرة (رويترز) - قال مسؤولون إن ...");
        assertThat(d.place()).isEqualTo("القاهرة");
        assertThat(d.agency()).contains("Reuters");
        assertThat(d.text()).isEqualTo("القاهرة (رويترز) -");
    }

    @Test void outletFirstOnALineOfItsOwn() {
        Dateline d = parse("عين اليوم – سان فرانسيسكو");
        assertThat(d.place()).isEqualTo("سان فرانسيسكو");
        assertThat(d.agency()).contains("Ain Alyoum");
        // «متابعات» ("round-up") is where the place would be, but no place
        assertThat(parse("عين اليوم – متابعات").place()).isNull();
        // and a sentence after the outlet is no place either
        assertThat(parser.parse("عين اليوم – قالت الشرطة إنها اعتقلت المشتبه به")).isEmpty();
        // a place with its country, after a comma or in brackets
        assertThat(parse("عين اليوم – أتلانتا، أمريكا").place()).isEqualTo("أتلانتا");
        assertThat(parse("عين اليوم – لاريونيون (فرنسا)").place()).isEqualTo("لاريونيون");
        // a round-up with its text on the same line: the dateline ends at «متابعات»
        DatelineParser.Match roundup = parser.parse("عين اليوم – متابعات نشرت شركة إل جي بالخطأ صفحة هاتفها").orElseThrow();
        assertThat(roundup.dateline().place()).isNull();
        assertThat("عين اليوم – متابعات نشرت شركة إل جي بالخطأ صفحة هاتفها".substring(roundup.end())).startsWith("نشرت شركة");
    }

    @Test void aReportersNameBeforeTheOutletIsNoPlace() {
        Dateline d = parse("داليا أبو العيش – عين اليوم");
        assertThat(d.place()).isNull();
        assertThat(d.agency()).contains("Ain Alyoum");
        assertThat(parse("موسكو-سانا").place()).as("SANA writes the place first").isEqualTo("موسكو");
    }

    @Test void afpWithTatweelDash() { assertThat(parse("واشنطن ـ أ ف ب").agency()).contains("AFP"); }
    @Test void afpWithDots() { assertThat(parse("باريس (أ.ف.ب) - أعلنت").agency()).contains("AFP"); }
    @Test void dpaInParenthesesWithoutDash() {
        Dateline d = parse("فرانكفورت (د ب أ) ارتفعت الأسهم");
        assertThat(d.place()).isEqualTo("فرانكفورت");
        assertThat(d.agency()).contains("dpa");
    }
    @Test void placeWithCountryAndCnn() {
        Dateline d = parse("موسكو، روسيا (CNN)-- قررت وزارة الخارجية");
        assertThat(d.place()).isEqualTo("موسكو");
        assertThat(d.agency()).contains("CNN");
    }
    @Test void agencyWithoutPlace() {
        Dateline d = parse("(CNN)-- قال وزير");
        assertThat(d.place()).isNull();
        assertThat(d.agency()).contains("CNN");
    }

    @ParameterizedTest
    @CsvSource({"أبوظبي - وام, WAM", "الرياض - واس, SPA", "الدوحة - قنا, QNA", "الكويت - كونا, KUNA",
            "القاهرة - أ ش أ, MENA", "عمان - بترا, Petra", "أنقرة - الأناضول, Anadolu", "بكين - شينخوا, Xinhua",
            "نيويورك (أ ب) -, AP", "المنامة - بنا, BNA"})
    void agenciesAreRecognised(String line, String agency) {
        assertThat(parse(line).agency()).contains(agency);
    }

    @Test void spaDatedDateline() {
        var m = parser.parse("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس  وصلت بعثة المنتخب").orElseThrow();
        assertThat(m.dateline().place()).isEqualTo("الرياض");
        assertThat(m.dateline().agency()).contains("SPA");
        assertThat("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس  وصلت بعثة المنتخب".substring(m.end())).startsWith("وصلت");
    }

    @Test void sabqOutletThenPlace() {
        Dateline d = parse("هادي آل كليب- سبق- نجران: انطلقت من مقر إمارة المنطقة");
        assertThat(d.place()).isEqualTo("نجران");
        assertThat(d.agency()).contains("Sabq");
    }

    @Test void sabqWithTwoReporters() {
        Dateline d = parse("محمد المواسي، عمر عريبي- سبق- جازان: استُشهد أحد أفراد المجاهدين");
        assertThat(d.place()).isEqualTo("جازان");
        assertThat(d.agency()).contains("Sabq");
        assertThat(d.text()).isEqualTo("محمد المواسي، عمر عريبي- سبق- جازان:");
    }

    @Test void outletThenWireAgenciesHasNoPlace() {
        Dateline d = parse("سبق- وكالات: أعلنت الشرطة");
        assertThat(d.place()).isNull();
        assertThat(d.agency()).contains("agencies");
    }

    @Test void ordinarySentenceIsNotADateline() {
        assertThat(parser.parse("قال الوزير إن المحادثات (رويترز) مستمرة")).isEmpty();
        assertThat(parser.parse("معتز التلا - ممثل سوري")).isEmpty();
        assertThat(parser.parse("أعرب وزير الخارجية الروسي سيرغي لافروف عن قناعته")).isEmpty();
    }

    @Test void randomInputNeverThrowsAndEndIsInside() {
        Random r = new Random(9);
        String[] pieces = {"موسكو", "-", " ", "سانا", "(", ")", "رويترز", "ـ", "أ ف ب", "،", "قال", "\n", "--"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(10);
            for (int k = 0; k < n; k++) b.append(pieces[r.nextInt(pieces.length)]);
            String s = b.toString();
            Optional<DatelineParser.Match> m = parser.parse(s);
            m.ifPresent(x -> assertThat(x.end()).isBetween(1, s.length()));
        }
    }
}
