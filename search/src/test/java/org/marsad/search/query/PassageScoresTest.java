package org.marsad.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** {@link PassageScores} gives exactly Lucene's passage scores. */
class PassageScoresTest {
    private static Passage passage(int start, int length, String... termsWithDocFreq) {
        Passage p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(start + length);
        int at = start;
        for (String t : termsWithDocFreq) {
            String[] parts = t.split(":");
            p.addMatch(at, at + 3, new BytesRef(parts[0]), Integer.parseInt(parts[1]));
            at += 4;
        }
        return p;
    }

    @Test void repeatedTermsCountOnceWithTheirPassageFrequency() {
        Passage p = passage(120, 90, "موسكو:4", "لافروف:2", "موسكو:4");
        assertThat(new PassageScores().score(p, 2_000)).isEqualTo(new PassageScorer().score(p, 2_000));
        Passage once = passage(120, 90, "موسكو:4", "لافروف:2");
        assertThat(new PassageScores().score(p, 2_000)).isGreaterThan(new PassageScores().score(once, 2_000));
    }

    @Test void aPassageWithoutMatchesScoresZero() {
        assertThat(new PassageScores().score(passage(0, 50), 500)).isZero();
    }

    @Test void randomPassagesScoreAsLucene() {
        Random r = new Random(42);
        PassageScorer lucene = new PassageScorer();
        PassageScores ours = new PassageScores();
        for (int i = 0; i < 5_000; i++) {
            String[] terms = new String[r.nextInt(12)];
            for (int t = 0; t < terms.length; t++) terms[t] = "t" + r.nextInt(5) + ":" + (1 + r.nextInt(9));
            Passage p = passage(r.nextInt(5_000), 4 * terms.length + r.nextInt(400), terms);
            int contentLength = 100 + r.nextInt(20_000);
            assertThat(ours.score(p, contentLength)).as("passage %s", p).isEqualTo(lucene.score(p, contentLength));
        }
    }
}
