package org.marsad.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** One test per Arabic phenomenon: the query word finds the document word in the stemmed chain. */
class ArabicSearchAnalyzersTest {
    private static final Analyzer STEMMED = ArabicSearchAnalyzers.stemmed();
    private static final Analyzer NORMALIZED = ArabicSearchAnalyzers.normalized();

    private static void assertFinds(String query, String document) {
        List<String> q = Phenomena.terms(STEMMED, query);
        List<String> d = Phenomena.terms(STEMMED, document);
        assertThat(q).as("terms of query %s", query).isNotEmpty();
        assertThat(d).as("«%s» should find «%s»", query, document).containsAll(q);
    }

    @Test void diacriticsAreIgnored() { assertFinds("مؤتمر", "مُؤْتَمَر"); }
    @Test void tatweelIsIgnored() { assertFinds("الميدانية", "الميدانيـــة"); }
    @Test void alefHamzaFormsMeet() {
        assertFinds("احمد", "أحمد");
        assertFinds("ايران", "إيران");
        assertFinds("اسيا", "آسيا");
    }
    @Test void alefMaqsuraMeetsYa() { assertFinds("مصطفي", "مصطفى"); }
    @Test void tehMarbutaMeetsHeh() { assertFinds("المدينه", "المدينة"); }
    @Test void persianHehAndYaMeetArabic() { assertFinds("الهيئة", "الھیئة"); }
    @Test void hamzaOnWawMeetsWaw() { assertFinds("موتمر", "مؤتمر"); }
    @Test void arabicIndicDigitsMeetAscii() { assertFinds("2018", "٢٠١٨"); }
    @Test void aHashtagsWordsAreFoundEachAndItsUnderscoresAreNoTerms() {
        assertFinds("هيفاء", "#هيفاء_وهبي");
        assertFinds("وهبي", "#هيفاء_وهبي");
        assertThat(Phenomena.terms(STEMMED, "#الصحة_النفسية")).noneMatch(t -> t.contains("_"));
    }
    @Test void prepositionBiIsStripped() { assertFinds("موسكو", "بموسكو"); }
    @Test void prepositionBiInTheQueryIsStripped() { assertFinds("بموسكو", "موسكو"); }
    @Test void prepositionLiIsStripped() { assertFinds("روسيا", "لروسيا"); }
    @Test void liPlusArticleIsStripped() { assertFinds("الحكومة", "للحكومة"); }
    @Test void conjunctionWaPlusArticleIsStripped() { assertFinds("الخارجية", "والخارجية"); }
    @Test void twoProcliticsAreStripped() { assertFinds("موسكو", "وبموسكو"); }
    @Test void futureParticleIsStripped() { assertFinds("يعقد", "سيعقد"); }
    @Test void pronounSuffixIsStripped() { assertFinds("حكومة", "حكومته"); }
    @Test void syriaSpellingsMeet() {
        assertFinds("سوريا", "سورية");
        assertFinds("سورية", "سوريا");
    }
    @Test void feminineSoundPluralMeetsSingular() { assertFinds("حكومة", "الحكومات"); }
    @Test void brokenPluralAfalMeetsSingular() { assertFinds("خبر", "أخبار"); }
    @Test void brokenPluralFualaaMeetsSingular() { assertFinds("وزير", "وزراء"); }

    @Test void wordsThatOnlyLookCliticizedStayWhole() {
        assertThat(Phenomena.terms(STEMMED, "وزير")).containsExactly("وزير");
        assertThat(Phenomena.terms(STEMMED, "بغداد")).containsExactly("بغداد");
    }

    @Test void stopWordsAreDroppedFromTheStemmedChainOnly() {
        assertThat(Phenomena.terms(STEMMED, "في")).isEmpty();
        assertThat(Phenomena.terms(NORMALIZED, "في")).containsExactly("في");
    }

    @Test void normalizedChainFoldsButDoesNotStem() {
        assertThat(Phenomena.terms(NORMALIZED, "بموسكو الـمُؤتمر")).containsExactly("بموسكو", "الموتمر");
    }

    @Test void punctuationIsNotIndexed() {
        assertThat(Phenomena.terms(NORMALIZED, "قال: «نعم»، ثم...")).containsExactly("قال", "نعم", "ثم");
    }

    @Test void marsadMatchesMorePhenomenaThanLuceneArabicAnalyzer() {
        Analyzer lucene = new ArabicAnalyzer();
        long ours = Phenomena.ALL.stream().filter(p -> Phenomena.matches(STEMMED, p)).count();
        long theirs = Phenomena.ALL.stream().filter(p -> Phenomena.matches(lucene, p)).count();
        assertThat(ours).isEqualTo(Phenomena.ALL.size());
        assertThat(theirs).isLessThan(ours);
    }

    @Test void randomTextNeverThrowsAndOffsetsStayInside() throws Exception {
        Random rnd = new Random(42);
        String alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهوي ءآأؤإئةىـًٌٍَُِّْ٠١٢abc123.,،؛:«»\"()-\n\t\u200c\uFEFB";
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(80);
            for (int k = 0; k < n; k++) b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String text = b.toString();
            for (Analyzer a : List.of(STEMMED, NORMALIZED)) {
                try (TokenStream ts = a.tokenStream("body", text)) {
                    OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        assertThat(off.startOffset()).isBetween(0, off.endOffset());
                        assertThat(off.endOffset()).isLessThanOrEqualTo(text.length());
                    }
                    ts.end();
                }
            }
        }
    }
}
