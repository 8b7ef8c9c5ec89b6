package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** Names in quote marks ({@link QuoteMarks}, {@link MentionOffsets#start}), on sentences written for these tests; moved from {@link EntityStageTest}. */
class QuoteMarksTest {
    @Test
    void aNameAllInQuoteMarksKeepsItsFirstLetters() {
        // {sentence, first token, last token}: the conjunction or preposition would stand before the opening mark
        assertThat(LinkerFixture.linkedAs("وقال رئيس شركة \"وثرة\" للتطوير إن الطلب يرتفع.", EntityType.ORG, new int[][] {{0, 4, 4}})
                .mentions()).extracting(EntityMention::text).containsExactly("وثرة");
        assertThat(LinkerFixture.linkedAs("ونشرت دورية «بلوس ميديسن» بحثا جديدا.", EntityType.MISC, new int[][] {{0, 3, 4}})
                .mentions()).extracting(EntityMention::text).containsExactly("بلوس ميديسن");
        // a double prime may close what “ opens («“بيس 15″»)
        assertThat(LinkerFixture.linkedAs("وأطلقت الشركة لعبة “بلوس 15″ هذا الأسبوع.", EntityType.MISC, new int[][] {{0, 4, 5}})
                .mentions()).extracting(EntityMention::text).containsExactly("بلوس 15");
        // but not a known name after a conjunction the writer put inside («"وتلغرام"» is و + Telegram)
        assertThat(LinkerFixture.linkedAs("ويتقدم على \"سكايب\" \"وتلغرام\" في عدد المستخدمين.", EntityType.ORG, new int[][] {{0, 6, 6}})
                .mentions()).extracting(EntityMention::text).containsExactly("تلغرام");
        // nor a name between two quotations whose marks face away from it
        assertThat(LinkerFixture.linked("وقالت \"الهيئة\" لفاتن \"سنرد\" غدا.", new int[][] {{0, 4, 4}})
                .mentions()).extracting(EntityMention::text).containsExactly("فاتن");
        // nor a phrase between marks of two kinds, whose preposition is one («بزواج ..."»: by a marriage)
        assertThat(LinkerFixture.linkedAs("ويعرف «بزواج مسيار\" بين الناس.", EntityType.MISC, new int[][] {{0, 2, 3}})
                .mentions()).extracting(EntityMention::text).containsExactly("زواج مسيار");
        // nor a name between the marks of two quotations («"الأول" وثامر "الثاني"»: one closes, the other opens)
        assertThat(LinkerFixture.linked("وحل «الأول» وثامر الزيد «الثاني» في السباق.", new int[][] {{0, 4, 5}})
                .mentions()).extracting(EntityMention::text).containsExactly("ثامر الزيد");
    }
}
