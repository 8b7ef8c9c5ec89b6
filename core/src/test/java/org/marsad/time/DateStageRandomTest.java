package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.article.Article;
import org.marsad.article.Source;
import org.marsad.article.TimeExpression;
import org.marsad.pipeline.Analysis;
import org.marsad.text.TextStage;

/** Seeded random text built from time words, numbers and noise: never throws, spans valid and ordered. */
class DateStageRandomTest {
    private static final String[] PIECES = {"في", "منذ", "قبل", "بعد", "غد", "أول", "أمس", "اليوم", "الماضي", "المقبل",
            "العام", "الشهر", "الأسبوع", "منتصف", "نهاية", "شباط", "كانون", "الثاني", "تشرين", "ثانٍ", "/", "رمضان", "هـ",
            "م", "الخميس", "يوم", "كل", "يوميا", "الساعة", "العاشرة", "مساء", "صباح", "الستينيات", "القرن", "العشرين",
            "الحادي", "عشر", "والعشرين", "من", "31", "٢٠١٧", "1438", "99999999", "25/12/2015", "-", "12", "عاما",
            "يومين", "عدة", "سنوات", "أكثر", "حوالي", "ثلاثة", "أعوام", "\n", "،", ".", "هذا", "ذلك", "الليلة", "للعام"};

    @Test void randomTextNeverBreaksTheStage() {
        Random r = new Random(42);
        TextStage text = new TextStage();
        DateStage stage = new DateStage();
        for (int n = 0; n < 500; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(40);
            for (int k = 0; k < len; k++) b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(5) == 0 ? "" : " ");
            String body = b.toString();
            Optional<String> published = r.nextBoolean() ? Optional.of(LocalDate.of(1990 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28)).toString())
                    : r.nextBoolean() ? Optional.empty() : Optional.of("not a date");
            Article art = new Article("t", new Source(null, null, null), "UTF-8", Optional.empty(), published,
                    Optional.empty(), body, List.of(), Map.of());
            Analysis a = stage.apply(text.apply(Analysis.of(art)));
            int prevEnd = 0;
            for (TimeExpression t : a.dates()) {
                assertThat(t.start()).isGreaterThanOrEqualTo(prevEnd);
                assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(body.length());
                assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text());
                assertThat(t.value()).isNotBlank();
                prevEnd = t.end();
            }
        }
    }
}
