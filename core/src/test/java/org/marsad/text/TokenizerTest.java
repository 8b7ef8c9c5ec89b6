package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.marsad.article.Span;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> tokens(String s) {
        return Tokenizer.tokenize(s).stream().map(t -> t.of(s)).toList();
    }

    @Test void wordsAndPunctuationAreSeparated() {
        assertThat(tokens("قال لافروف: “حالما”.")).containsExactly("قال", "لافروف", ":", "“", "حالما", "”", ".");
    }
    @Test void diacriticsAndTatweelStayInsideTheWord() { assertThat(tokens("الميدانيـة كَتَبَ")).containsExactly("الميدانيـة", "كَتَبَ"); }
    @Test void decimalNumbersStayWhole() { assertThat(tokens("نما 3.5 بالمئة")).containsExactly("نما", "3.5", "بالمئة"); }
    @Test void thousandsSeparatorsStayWhole() { assertThat(tokens("1,000 و٣٫٥")).containsExactly("1,000", "و٣٫٥"); }
    @Test void urlIsOneTokenWithoutTrailingPunctuation() {
        assertThat(tokens("الرابط: https://telegram.me/SyrianArabNewsAgency.")).containsExactly("الرابط", ":", "https://telegram.me/SyrianArabNewsAgency", ".");
    }
    @Test void emailIsOneToken() { assertThat(tokens("راسلنا info@sana.sy")).containsExactly("راسلنا", "info@sana.sy"); }
    @Test void emailWithDotsAndHyphensIsOneTokenThoughArabicFollows() {
        assertThat(tokens("sherif.kandil@al-madina.com")).containsExactly("sherif.kandil@al-madina.com");
        assertThat(tokens("nafezah@yahoo.comللتواصل مع")).containsExactly("nafezah@yahoo.com", "للتواصل", "مع");
        assertThat(tokens("راسل Mashr-12@hotmail.com.")).containsExactly("راسل", "Mashr-12@hotmail.com", ".");
    }
    @Test void ellipsisIsOneToken() { assertThat(tokens("مضيفا..”على")).containsExactly("مضيفا", "..", "”", "على"); }
    @Test void underscoreJoinsLatinWordsButSeparatesArabicOnes() {
        assertThat(tokens("#هيفاء_وهبي على Nsawya_FM")).containsExactly("#", "هيفاء", "_", "وهبي", "على", "Nsawya_FM");
        assertThat(tokens("_x x_ عربي_ _عربي")).containsExactly("_", "x", "x", "_", "عربي", "_", "_", "عربي");
    }
    @Test void bidirectionalMarksAreNoTokens() {
        // a right-to-left mark after a word and an embedding around a name, as web pages leave them
        assertThat(tokens("عبدالملك\u200F الخيبري و\u202Bعبدالله الشمري\u202C")).containsExactly("عبدالملك", "الخيبري", "و", "عبدالله", "الشمري");
    }
    @Test void arabicCommaIsSeparated() { assertThat(tokens("روسيا، الصين")).containsExactly("روسيا", "،", "الصين"); }

    @Test void randomInputGivesOrderedNonOverlappingNonBlankSpans() {
        Random r = new Random(7);
        char[] alphabet = "ابتلمنهوي ـَ.،:“”\"()12٣ \n\t-http://w.a@b".toCharArray();
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(60);
            for (int k = 0; k < n; k++) b.append(alphabet[r.nextInt(alphabet.length)]);
            String s = b.toString();
            int prev = 0;
            for (Span t : Tokenizer.tokenize(s)) {
                assertThat(t.start()).isGreaterThanOrEqualTo(prev);
                assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(s.length());
                assertThat(t.of(s).isBlank()).isFalse();
                prev = t.end();
            }
        }
    }
}
