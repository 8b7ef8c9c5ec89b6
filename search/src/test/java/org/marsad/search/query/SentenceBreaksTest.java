package org.marsad.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SentenceBreaks}: the boundaries and the BreakIterator contract the highlighter relies on. */
class SentenceBreaksTest {
    private static List<Integer> forward(BreakIterator b) {
        List<Integer> out = new ArrayList<>();
        for (int p = b.first(); p != BreakIterator.DONE; p = b.next()) out.add(p);
        return out;
    }

    @Test void breaksAfterArabicAndLatinSentenceEnds() {
        String s = "قال الوزير. هل يأتي؟ نعم! انتهى";
        SentenceBreaks b = new SentenceBreaks();
        b.setText(s);
        assertThat(forward(b)).containsExactly(0, s.indexOf("هل"), s.indexOf("نعم"), s.indexOf("انتهى"), s.length());
    }

    @Test void decimalPointsAndAbbreviationDotsInsideWordsDoNotBreak() {
        String s = "ارتفع 2.5 بالمئة";
        SentenceBreaks b = new SentenceBreaks();
        b.setText(s);
        assertThat(forward(b)).containsExactly(0, s.length());
    }

    @Test void lineEndsBreak() {
        String s = "السطر الأول\nالسطر الثاني";
        SentenceBreaks b = new SentenceBreaks();
        b.setText(s);
        assertThat(forward(b)).containsExactly(0, s.indexOf("السطر الثاني"), s.length());
    }

    @Test void followingAndPrecedingAreStrict() {
        String s = "أ ب. ج د. هـ";
        SentenceBreaks b = new SentenceBreaks();
        b.setText(s);
        int second = s.indexOf("ج");
        assertThat(b.following(0)).isEqualTo(second);
        assertThat(b.following(second)).isEqualTo(s.indexOf("هـ"));
        assertThat(b.preceding(second)).isEqualTo(0);
        assertThat(b.preceding(second + 1)).isEqualTo(second);
        assertThat(b.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(b.following(s.length())).isEqualTo(BreakIterator.DONE);
        assertThat(b.isBoundary(second)).isTrue();
        assertThat(b.isBoundary(second + 1)).isFalse();
    }

    @Test void emptyTextHasOneBoundary() {
        SentenceBreaks b = new SentenceBreaks();
        b.setText("");
        assertThat(forward(b)).containsExactly(0);
        assertThat(b.last()).isZero();
    }

    /** Random texts: boundaries ascend, start at 0, end at the length, and following/preceding agree with them. */
    @Test void randomTextsKeepTheContract() {
        Random rnd = new Random(11);
        String alphabet = "اب ت.؟!\n …?x";
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(60); i > 0; i--) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String s = sb.toString();
            SentenceBreaks b = new SentenceBreaks();
            b.setText(s);
            List<Integer> bounds = forward(b);
            assertThat(bounds.get(0)).isZero();
            assertThat(bounds.get(bounds.size() - 1)).isEqualTo(s.length());
            assertThat(bounds).isSorted().doesNotHaveDuplicates();
            for (int off = 0; off <= s.length(); off++) {
                final int o = off;
                int f = b.following(off);
                int expectF = bounds.stream().filter(x -> x > o).findFirst().orElse(BreakIterator.DONE);
                assertThat(f).as("following(%d) in %s", off, s).isEqualTo(expectF);
                int p = b.preceding(off);
                int expectP = bounds.stream().filter(x -> x < o).reduce((x, y) -> y).orElse(BreakIterator.DONE);
                assertThat(p).as("preceding(%d) in %s", off, s).isEqualTo(expectP);
            }
        }
    }
}
