package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.marsad.article.Article;
import org.marsad.article.Segment;
import org.marsad.article.Source;
import org.marsad.article.Span;
import org.marsad.article.Token;
import org.marsad.pipeline.Analysis;
import org.junit.jupiter.api.Test;

class TextStageTest {
    private final TextStage stage = new TextStage();

    private static Analysis of(String body) {
        return Analysis.of(new Article("x", Source.ofFile("x"), "UTF-8", Optional.empty(), Optional.empty(),
                Optional.empty(), body, List.of(), Map.of()));
    }

    @Test void tokensKeepSurfaceAndFoldedForms() {
        List<Token> t = stage.apply(of("أعلنت الحكومـة")).tokens();
        assertThat(t).extracting(Token::text).containsExactly("أعلنت", "الحكومـة");
        assertThat(t).extracting(Token::norm).containsExactly("اعلنت", "الحكومه");
    }

    @Test void cliticIsSplitWithOffsetsIntoTheBody() {
        String body = "وصل بموسكو";
        Token t = stage.apply(of(body)).tokens().get(1);
        assertThat(t.segments()).extracting(Segment::kind).containsExactly(Segment.Kind.PREP, Segment.Kind.STEM);
        assertThat(t.stem().form()).isEqualTo("موسكو");
        assertThat(body.substring(t.stem().start(), t.stem().end())).isEqualTo("موسكو");
    }

    @Test void randomBodiesGiveValidContiguousSegmentsInsideTokens() {
        Random r = new Random(23);
        char[] alphabet = "وفبلكسالمنهيةتىأإآءؤئـَُِّ 0123٤.،:“”\"\n-".toCharArray();
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(60);
            for (int k = 0; k < n; k++) b.append(alphabet[r.nextInt(alphabet.length)]);
            String body = b.toString();
            Analysis a = stage.apply(of(body));
            for (Span s : a.sentences()) assertThat(s.end()).isLessThanOrEqualTo(body.length());
            for (Token t : a.tokens()) {
                assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text());
                int at = t.start();
                for (Segment s : t.segments()) {
                    assertThat(s.start()).as("segments of %s", t.text()).isEqualTo(at);
                    assertThat(s.end()).isGreaterThan(s.start());
                    at = s.end();
                }
                assertThat(at).isEqualTo(t.end());
            }
        }
    }
}
