package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.article.RawArticle;
import org.marsad.clean.Cleaner;
import org.marsad.pipeline.Analysis;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;

/** The entity stage on real SaudiNewsNet articles (read from ../shared at test time), for what only a whole article shows. */
class SaudiNewsNetArticlesTest {
    @Test
    void theParticipleOfAPrayerAfterANameIsNoPartOfIt() throws Exception {
        // a condolence notice: «لمساعد مدير التعليم آل معمر سائلين الله تعالى أن يتغمد الفقيد», after
        // «حسين علي آل معمر» earlier; «سائلين» ("asking") opens the prayer
        Analysis a = analysed("شقيق آل معمر");
        assertThat(a.entities()).filteredOn(m -> m.type() == EntityType.PER).extracting(EntityMention::text)
                .contains("حسين علي آل معمر", "آل معمر").noneMatch(t -> t.contains("سائلين"));
    }

    @Test
    void paragraphsInPresentationFormsAreReadLikeTheRest() throws Exception {
        // Asharq Al-Awsat, Aden, 2015: a third of the article in glyph forms («ﺟﻤﺎﻋﺔ ﺍﻟﺤﻮﺛﻲ»), which the
        // cleaner writes as letters; the recogniser took one of those paragraphs' words for a name before
        Analysis a = analysed("المقاومة الشعبية تعلن استعادة القصر الرئاسي من الحوثيين.. وبسط نفوذها على حي التواهي");
        assertThat(a.article().body()).doesNotContainPattern("[\uFE70-\uFEFE]");
        assertThat(a.entities()).extracting(EntityMention::text).contains("جماعة الحوثي", "صعدة");
    }

    /** The first SaudiNewsNet article with this title, cleaned and analysed. */
    private static Analysis analysed(String title) throws Exception {
        try (RecordStream rs = Inputs.open(SharedData.path("data/news/saudinewsnet/saudinewsnet.jsonl.gz").toString(),
                Format.AUTO, FieldMap.defaults())) {
            while (rs.hasNext()) {
                if (rs.next() instanceof ReadItem.Ok ok && ok.article().title().filter(title::equals).isPresent()) {
                    return Analyses.PIPELINE.analyze(new Cleaner().clean(ok.article()));
                }
            }
        }
        throw new AssertionError("no SaudiNewsNet article titled «" + title + "»");
    }
}
