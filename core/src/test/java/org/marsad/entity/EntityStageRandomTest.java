package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.Nationality;
import org.marsad.pipeline.Analysis;

/** Seeded random bodies: the stage never throws and every span is valid and inside the body. */
class EntityStageRandomTest {
    private static final String[] PIECES = {"موسكو", "بموسكو", "والولايات المتحدة", "لافروف", "الروسي", "الروس",
            "داعش", "مجلس الأمن", "قال", "وزير الخارجية", "في", "و", "،", ".", "!", "\n", "«", "»", "٢٠١٧", "2017",
            "ـــ", "\u064E", "\u0651", "abc", "Lavrov", "ﻻ", "\u200F", " ", "  ", "(", ")", "سيرغي", "ترامب", "الأمم المتحدة",
            "برنامج", "مسلسل", "بعنوان", "\"", "على لسان", "للشيخ", "الفريق", "انستجرام", "ھ", "بنين"};

    @Test
    void randomBodiesGiveValidSpans() {
        Random r = new Random(20170207);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                if (r.nextInt(5) == 0) b.append((char) (0x0600 + r.nextInt(0x100)));
                else b.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextBoolean()) b.append(' ');
            }
            String body = b.toString();
            Analysis a = Analyses.of(body);
            int previousEnd = 0;
            for (EntityMention m : a.entities()) {
                assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(body.length());
                assertThat(m.text()).isEqualTo(body.substring(m.start(), m.end()));
                assertThat(m.entity()).isPresent();
                previousEnd = m.end();
            }
            for (Nationality nat : a.nationalities()) {
                assertThat(nat.end()).isGreaterThan(nat.start()).isLessThanOrEqualTo(body.length());
                assertThat(nat.text()).isEqualTo(body.substring(nat.start(), nat.end()));
            }
        }
    }
}
