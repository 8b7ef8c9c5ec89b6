package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.article.Segment;
import org.marsad.article.Segment.Kind;

class CliticSegmenterTest {
    private static final CliticSegmenter SEG = CliticSegmenter.shipped();

    private static List<Segment> seg(String word) {
        return SEG.segment(word, 0, word.length());
    }

    private static Segment s(int start, int end, String form, Kind kind) {
        return new Segment(start, end, form, kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"وزير", "بغداد", "كابول", "سورية", "لافروف", "وصل", "بين", "كان", "فرنسا", "لبنان",
        "واشنطن", "وكالة", "بريطانيا", "لندن", "فلسطين", "سوريا"})
    void wordsThatMerelyBeginWithCliticLettersStayWhole(String word) {
        assertThat(seg(word)).containsExactly(s(0, word.length(), word, Kind.STEM));
    }

    /** «بجھازه» typed with the Persian heh ھ splits where «بجهازه» does (the lexicon sees one word). */
    @ParameterizedTest
    @ValueSource(strings = {"بجهازه", "وتسهل", "لبياناتهم", "وبهيئته"})
    void persianHehSegmentsLikeArabicHeh(String word) {
        String persian = word.replace('\u0647', '\u06BE');
        assertThat(seg(persian)).extracting(Segment::start, Segment::end, Segment::kind)
                .isEqualTo(seg(word).stream().map(g -> tuple(g.start(), g.end(), g.kind())).toList());
    }

    @Test
    void conjunctionBeforeName() {
        assertThat(seg("ولافروف")).containsExactly(s(0, 1, "و", Kind.CONJ), s(1, 7, "لافروف", Kind.STEM));
    }

    @Test
    void prepositionBeforeName() {
        assertThat(seg("بموسكو")).containsExactly(s(0, 1, "ب", Kind.PREP), s(1, 6, "موسكو", Kind.STEM));
        assertThat(seg("لروسيا")).containsExactly(s(0, 1, "ل", Kind.PREP), s(1, 6, "روسيا", Kind.STEM));
    }

    @Test
    void conjunctionAndFutureBeforeVerb() {
        assertThat(seg("وسيعقد")).containsExactly(s(0, 1, "و", Kind.CONJ), s(1, 2, "س", Kind.FUT),
                s(2, 6, "يعقد", Kind.STEM));
    }

    @Test
    void conjunctionBeforeArticle() {
        assertThat(seg("والخارجية")).containsExactly(s(0, 1, "و", Kind.CONJ), s(1, 3, "ال", Kind.DET),
                s(3, 9, "خارجية", Kind.STEM));
    }

    @Test
    void lamSwallowsTheArticlesAlef() {
        assertThat(seg("للحكومة")).containsExactly(s(0, 1, "ل", Kind.PREP), s(1, 2, "ال", Kind.DET),
                s(2, 7, "حكومة", Kind.STEM));
    }

    @Test
    void pronounSuffix() {
        assertThat(seg("كلامه")).containsExactly(s(0, 4, "كلام", Kind.STEM), s(4, 5, "ه", Kind.PRON));
    }

    @Test
    void tehMarbutaIsRestoredBeforeSuffix() {
        assertThat(seg("حكومتها")).containsExactly(s(0, 5, "حكومة", Kind.STEM), s(5, 7, "ها", Kind.PRON));
    }

    @Test
    void prepositionWithPronounIsClosedClass() {
        assertThat(seg("عليه")).containsExactly(s(0, 3, "علي", Kind.STEM), s(3, 4, "ه", Kind.PRON));
        assertThat(seg("لها")).containsExactly(s(0, 1, "ل", Kind.PREP), s(1, 3, "ها", Kind.PRON));
    }

    @Test
    void compoundPrepositionIsSplit() {
        assertThat(seg("بسبب")).containsExactly(s(0, 1, "ب", Kind.PREP), s(1, 4, "سبب", Kind.STEM));
    }

    @Test
    void diacriticsStayInsideTheirSegment() {
        String w = "بِمُوسْكُو";
        assertThat(seg(w)).containsExactly(s(0, 2, "بِ", Kind.PREP), s(2, w.length(), "مُوسْكُو", Kind.STEM));
    }

    @Test
    void tatweelAgainstAWordIsADash() {
        assertThat(seg("ـ11")).containsExactly(s(0, 1, "ـ", Kind.PUNCT), s(1, 3, "11", Kind.STEM));
    }

    @Test
    void conjunctionBeforeNumber() {
        assertThat(seg("و2006")).containsExactly(s(0, 1, "و", Kind.CONJ), s(1, 5, "2006", Kind.STEM));
    }

    @Test
    void articleBeforeNumberIsApart() {
        assertThat(seg("ال3")).containsExactly(s(0, 2, "ال", Kind.DET), s(2, 3, "3", Kind.STEM));
    }

    @Test
    void lamLamAlwaysSplits() {
        assertThat(seg("للبرميل")).containsExactly(s(0, 1, "ل", Kind.PREP), s(1, 2, "ال", Kind.DET),
                s(2, 7, "برميل", Kind.STEM));
    }

    @Test
    void lamBeforeAWordBeginningWithLamKeepsThatLam() {
        // ل + لبنان: a name without the article
        assertThat(seg("للبنان")).containsExactly(s(0, 1, "ل", Kind.PREP), s(1, 6, "لبنان", Kind.STEM));
        // ل + اللجنة: both ل of the article are unwritten; the article is shown on the second ل
        assertThat(seg("للجنة")).containsExactly(s(0, 1, "ل", Kind.PREP), s(1, 2, "ال", Kind.DET),
                s(2, 5, "لجنة", Kind.STEM));
        assertThat(seg("لليرة")).containsExactly(s(0, 1, "ل", Kind.PREP), s(1, 2, "ال", Kind.DET),
                s(2, 5, "ليرة", Kind.STEM));
    }

    @Test
    void wordSeenAfterTheConjunctionIsWhole() {
        // «وولي», «ووليد» occur: ولي and وليد are words of their own, not و + «لي», و + ل + «يد»
        assertThat(seg("ولي")).containsExactly(s(0, 3, "ولي", Kind.STEM));
        assertThat(seg("وليد")).containsExactly(s(0, 4, "وليد", Kind.STEM));
        // the conjunction stays whole with it, a pronoun suffix still splits off
        assertThat(seg("ووليد")).containsExactly(s(0, 1, "و", Kind.CONJ), s(1, 5, "وليد", Kind.STEM));
        assertThat(seg("وصفه")).containsExactly(s(0, 3, "وصف", Kind.STEM), s(3, 4, "ه", Kind.PRON));
    }

    @Test
    void conjunctionBeforeFrequentVerb() {
        assertThat(seg("وأضاف")).containsExactly(s(0, 1, "و", Kind.CONJ), s(1, 5, "أضاف", Kind.STEM));
    }

    @Test
    void hamzaSeatIsRestoredBeforeSuffix() {
        assertThat(seg("ارتداؤه")).containsExactly(s(0, 6, "ارتداء", Kind.STEM), s(6, 7, "ه", Kind.PRON));
    }

    @Test
    void nisbaAdjectiveKeepsItsYa() {
        assertThat(seg("الدولي")).extracting(Segment::kind).containsExactly(Kind.DET, Kind.STEM);
        assertThat(seg("دولي")).containsExactly(s(0, 4, "دولي", Kind.STEM));
    }

    @Test
    void latinAndNumbersStayWhole() {
        assertThat(seg("Reuters")).containsExactly(s(0, 7, "Reuters", Kind.STEM));
        assertThat(seg("3.5")).containsExactly(s(0, 3, "3.5", Kind.STEM));
    }

    @Test
    void offsetsAreIntoTheWholeText() {
        String text = "قال لافروف بموسكو";
        List<Segment> segs = SEG.segment(text, 11, 17);
        assertThat(segs).containsExactly(s(11, 12, "ب", Kind.PREP), s(12, 17, "موسكو", Kind.STEM));
    }

    @Test
    void describeListsKindsAndForms() {
        assertThat(SEG.describe("وبموسكو")).isEqualTo("CONJ:و PREP:ب STEM:موسكو");
    }
}
