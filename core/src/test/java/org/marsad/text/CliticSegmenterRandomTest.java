package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.article.Segment;
import org.marsad.article.Span;

/** Random strings of Arabic letters, diacritics, tatweel, digits, Latin and punctuation. */
class CliticSegmenterRandomTest {
    private static final String ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْٰ٠١٢٩0123456789abcXYZ.,-؟،ﻻﷲ \u200C\u200D";

    @Test
    void neverThrowsAndSegmentsCoverEachToken() {
        Random random = new Random(20260207L);
        CliticSegmenter seg = CliticSegmenter.shipped();
        for (int round = 0; round < 20_000; round++) {
            int n = 1 + random.nextInt(14);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x10000) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = b.toString();
            for (Span tok : Tokenizer.tokenize(text)) {
                assertCovers(text, tok.start(), tok.end(), seg.segment(text, tok.start(), tok.end()));
            }
            int start = random.nextInt(text.length());
            int end = start + 1 + random.nextInt(text.length() - start);
            assertCovers(text, start, end, seg.segment(text, start, end));
        }
    }

    private static void assertCovers(String text, int start, int end, List<Segment> segs) {
        assertThat(segs).as("segments of %s", text).isNotEmpty();
        int at = start;
        for (Segment s : segs) {
            assertThat(s.start()).as("segments of «%s» are contiguous", text).isEqualTo(at);
            assertThat(s.end()).as("segment of «%s» is not empty", text).isGreaterThan(s.start());
            assertThat(s.form()).isNotEmpty();
            at = s.end();
        }
        assertThat(at).as("segments of «%s» cover the token", text).isEqualTo(end);
    }
}
