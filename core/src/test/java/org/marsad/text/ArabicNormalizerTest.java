package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    private static void assertMatchForm(String input, String expected) {
        assertThat(ArabicNormalizer.normalize(input)).isEqualTo(expected);
    }

    @Test void tatweelIsRemovedForMatching() { assertMatchForm("الميدانيـة", "الميدانيه"); }
    @Test void diacriticsAreRemoved() { assertMatchForm("كَتَبَ", "كتب"); }
    @Test void tanweenAndShaddaAreRemoved() { assertMatchForm("مختلفاً جدّاً", "مختلفا جدا"); }
    @Test void daggerAlefIsRemoved() { assertMatchForm("هٰذا", "هذا"); }
    @Test void hamzaAlefFormsFoldToBareAlef() { assertMatchForm("أحمد إبراهيم آمن ٱلله", "احمد ابراهيم امن الله"); }
    @Test void hamzaOnWawAndYaFold() { assertMatchForm("مؤتمر رئيس", "موتمر رييس"); }
    @Test void alefMaqsuraFoldsToYa() { assertMatchForm("مستشفى", "مستشفي"); }
    @Test void tehMarbutaFoldsToHeh() { assertMatchForm("سورية", "سوريه"); }
    @Test void withoutMarksKeepsTheLetters() {
        assertThat(ArabicNormalizer.withoutMarks("عَلَى شقيقـةُ أحمدَ")).isEqualTo("على شقيقة أحمد");
    }
    @Test void arabicIndicDigitsFoldToAscii() { assertMatchForm("٢٠١٧", "2017"); }
    @Test void persianDigitsFoldToAscii() { assertMatchForm("۱۲۳", "123"); }
    @Test void persianYaAndKafFold() { assertMatchForm("کابی", "كابي"); }
    /** Text typed on Persian or Urdu keyboards writes «هيئة» as «ھیئة». */
    @Test void persianAndUrduHehFold() { assertMatchForm("الھیئة ہذا ۀ", "الهييه هذا ه"); }
    @Test void curlyQuotesAndGuillemetsFold() { assertMatchForm("“داعش” «طالبان»", "\"داعش\" \"طالبان\""); }
    @Test void presentationFormLigatureIsDecomposed() { assertMatchForm("ﻻ", "لا"); }
    @Test void presentationFormLettersFold() { assertMatchForm("ﺳﻮﺭﻳﺔ", "سوريه"); }
    @Test void latinIsLowerCased() { assertMatchForm("SANA", "sana"); }
    @Test void plainTextIsReturnedUnchanged() {
        String s = "قال لافروف";
        assertThat(ArabicNormalizer.normalize(s)).isEqualTo(s);
    }
    @Test void rangeIsNormalisedInPlace() {
        assertThat(ArabicNormalizer.normalize("xx أحمد yy", 3, 7)).isEqualTo("احمد");
    }

    @Test void randomInputNeverGrowsExceptForLigaturesAndIsIdempotent() {
        Random r = new Random(42);
        char[] alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْٰ٠١٢۳ﻻﺳ“”«» abcXYZ.,؟\n\t\u200f".toCharArray();
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(40);
            for (int k = 0; k < n; k++) b.append(alphabet[r.nextInt(alphabet.length)]);
            String once = ArabicNormalizer.normalize(b);
            assertThat(ArabicNormalizer.normalize(once)).as("idempotent on %s", b).isEqualTo(once);
            assertThat(once).doesNotContain("ـ", "أ", "إ", "آ", "ة", "ى", "\u064E");
        }
    }
}
