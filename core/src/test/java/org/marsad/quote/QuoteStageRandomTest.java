package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.article.Article;
import org.marsad.article.Quote;
import org.marsad.article.Source;
import org.marsad.pipeline.Analysis;
import org.marsad.text.TextStage;

/** Seeded random text (Arabic words, reporting verbs, every kind of quote mark, colons, newlines): never throws, spans valid. */
class QuoteStageRandomTest {
    private static final String[] PIECES = {"قال", "وقال", "مضيفا", "وأضاف", "أن", "إن", "إلى", "لافروف", "الوزير", ":", "..",
            "“", "”", "«", "»", "\"", "„", "\n", "، ", ". ", "سورية", "داعش", "و”", "”و", "بأن", "بحسب", "١٢", " ", "ـ", "َ",
            "أبرز", "يعتبر", "سُئلت", "أجابت", "نفت", "عن نقل", "متى", "به", "ونشر", "الرئيس الأميركي", "قائلا", "–", "وهو"};

    @Test void randomTextNeverBreaksTheStage() {
        Random r = new Random(20170207);
        TextStage text = new TextStage();
        QuoteStage stage = new QuoteStage();
        for (int n = 0; n < 400; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(60);
            for (int k = 0; k < len; k++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextBoolean()) b.append(' ');
            }
            String body = b.toString();
            Analysis a = stage.apply(text.apply(Analysis.of(article(body))));
            for (Quote q : a.quotes()) {
                assertThat(q.start()).isBetween(0, q.end());
                assertThat(q.end()).isLessThanOrEqualTo(body.length());
                assertThat(body.substring(q.start(), q.end())).isEqualTo(q.text());
                q.speaker().ifPresent(s -> assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text()));
            }
        }
    }

    static Article article(String body) {
        return new Article("t", new Source(null, null, null), "UTF-8", java.util.Optional.empty(),
                java.util.Optional.of("2017-02-07"), java.util.Optional.empty(), body, java.util.List.of(), java.util.Map.of());
    }
}
