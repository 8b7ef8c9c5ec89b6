package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.marsad.article.Keyword;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Layer;
import org.junit.jupiter.api.Test;

/** Seeded random bodies (Arabic letters, clitics, digits, punctuation, marks, Latin): never throws, stays inside the body. */
class TopicStageRandomInputTest {
    private static final String ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئ ًٌٍَُِّْـ٠١٢٣0123456789abcXYZ،؛؟.!:\"«»“”()-/\n\t ";
    private static final String[] WORDS = {"و", "ال", "ب", "ل", "موسكو", "الحكومة", "مجلس", "الأمن", "قال", "في", "2018",
        "مباراة", "الدوري", "البورصة", "هاتف", "فيلم", ".", "،", ":", "\n"};

    @Test
    void neverThrowsAndEveryOutputComesFromTheBody() {
        Random r = new Random(20180801L);
        TopicStage stage = new TopicStage();
        for (int n = 0; n < 400; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(400);
            for (int i = 0; i < len; i++) {
                if (r.nextBoolean()) b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                else b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(3) == 0 ? "" : " ");
            }
            String body = b.toString();
            String title = r.nextBoolean() ? null : body.substring(0, Math.min(body.length(), r.nextInt(40)));
            Analysis out = stage.apply(Texts.withText(title, body));
            assertThat(out.layers()).contains(Layer.TOPIC, Layer.KEYWORDS, Layer.SUMMARY);
            assertThat(out.keywords()).hasSizeLessThanOrEqualTo(10);
            for (Keyword k : out.keywords()) {
                assertThat(k.text()).isNotBlank();
                assertThat(k.score()).isBetween(0.0, 1.0);
            }
            out.summary().ifPresent(s -> {
                assertThat(s.length()).isLessThanOrEqualTo(Summarizer.DEFAULT_BUDGET);
                for (String part : s.split(" ")) assertThat(body).contains(part);
            });
            out.topic().ifPresent(t -> assertThat(t.scores().values().stream().mapToDouble(Double::doubleValue).sum())
                    .isBetween(0.99, 1.01));
        }
    }
}
