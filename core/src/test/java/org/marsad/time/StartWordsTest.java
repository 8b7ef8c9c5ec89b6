package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.clean.Cleaner;
import org.marsad.pipeline.Analysis;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import org.marsad.text.TextStage;

/** The start-word filter changes nothing: filtered and unfiltered tagging give the same expressions. */
class StartWordsTest {
    private static final TimexTagger FILTERED = new TimexTagger(true);
    private static final TimexTagger EVERYWHERE = new TimexTagger(false);
    private static final String[] NOISE = {"قال", "الرئيس", "في", "من", "إلى", "على", "الحكومة", "،", ".", "(", ")", "/",
            "-", ":", "و", "ال", "هـ", "م", "بين", "سوف", "سيعقد", "الذي", "طويلة", "تقريبا", "عن", "يقارب", "يزيد",
            "الأخيرة", "القليلة", "واحد", "الخمس", "مؤتمرات", "سيارات", "\n"};
    private static final String[] PREFIXES = {"", "", "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "لل"};

    @Test void digitsDecadesAndDeclaredWordsMayStart() {
        assertThat(StartWords.mayStart("2017")).isTrue();
        assertThat(StartWords.mayStart("الستينيات")).isTrue();
        assertThat(StartWords.mayStart("امس")).isTrue();
        assertThat(StartWords.mayStart("الحكومه")).isFalse();
    }

    @Test void randomTimeWordSequencesTagTheSameWithAndWithoutTheFilter() {
        List<String> vocabulary = new ArrayList<>(StartWords.words());
        vocabulary.sort(null);
        Random r = new Random(7);
        for (int n = 0; n < 4000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(25);
            for (int k = 0; k < len; k++) {
                int pick = r.nextInt(10);
                String word = pick < 5 ? vocabulary.get(r.nextInt(vocabulary.size()))
                        : pick < 8 ? NOISE[r.nextInt(NOISE.length)] : Integer.toString(r.nextInt(pick == 8 ? 40 : 2200));
                b.append(pick < 5 ? PREFIXES[r.nextInt(PREFIXES.length)] : "").append(word).append(r.nextInt(6) == 0 ? "" : " ");
            }
            Optional<LocalDate> ref = r.nextInt(4) == 0 ? Optional.empty()
                    : Optional.of(LocalDate.of(1995 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28)));
            String text = b.toString();
            assertThat(FILTERED.tag(text, ref)).as(text).isEqualTo(EVERYWHERE.tag(text, ref));
        }
    }

    @Test void antArticlesTagTheSameWithAndWithoutTheFilter() throws Exception {
        Cleaner cleaner = new Cleaner();
        TextStage text = new TextStage();
        int articles = 0;
        int expressions = 0;
        for (String file : List.of("data/news/ant/dev/BBC-middleEast.sgml.gz", "data/news/ant/dev/CNN-economy.sgml.gz")) {
            try (RecordStream records = Inputs.open(SharedData.path(file).toString(), Format.AUTO, FieldMap.defaults())) {
                for (int k = 0; k < 100 && records.hasNext(); k++) {
                    if (!(records.next() instanceof ReadItem.Ok ok)) continue;
                    Analysis a = text.apply(Analysis.of(cleaner.clean(ok.article())));
                    Optional<LocalDate> ref = DateStage.reference(a.article().published());
                    var filtered = FILTERED.tag(a.body(), a.tokens(), ref);
                    assertThat(filtered).isEqualTo(EVERYWHERE.tag(a.body(), a.tokens(), ref));
                    articles++;
                    expressions += filtered.size();
                }
            }
        }
        assertThat(articles).isGreaterThan(150);
        assertThat(expressions).isGreaterThan(300);
    }
}
