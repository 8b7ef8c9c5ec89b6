package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.marsad.pipeline.Analysis;
import org.junit.jupiter.api.Test;

class SummarizerTest {
    private static Optional<String> summary(String body, int budget) {
        Analysis a = Texts.withText(body);
        String[] keys = new ContentWords(StopWords.shipped()).keys(a.tokens());
        return new Summarizer(DocumentFrequencies.shipped(), budget).summarize(body, a.sentences(), a.tokens(), keys);
    }

    // Written for these tests.
    private static final String LEAD = "أعلنت وزارة الصحة المغربية افتتاح ثلاثة مستشفيات جديدة في مدينة مراكش لتخفيف الضغط على المستشفيات القائمة.";
    private static final String SECOND = "وستستقبل المستشفيات الجديدة المرضى ابتداء من الشهر المقبل بحسب بيان الوزارة.";
    private static final String ASIDE = "وكان الطقس معتدلا في المدينة طوال الأسبوع.";

    @Test
    void leadSentenceWithTheNewsIsChosen() {
        assertThat(summary(LEAD + " " + ASIDE + " " + SECOND, 300)).hasValueSatisfying(s -> assertThat(s).startsWith(LEAD));
    }

    @Test
    void summaryIsWholeSentencesInBodyOrder() {
        String body = LEAD + " " + SECOND + " " + ASIDE;
        String s = summary(body, 300).orElseThrow();
        assertThat(body).contains(s.substring(0, LEAD.length()));
        assertThat(s).endsWith(".");
        assertThat(s.indexOf(LEAD)).isLessThan(Math.max(0, s.indexOf(SECOND)) + 1);
    }

    @Test
    void staysWithinTheBudgetWithoutCuttingASentence() {
        String body = LEAD + " " + SECOND + " " + ASIDE;
        String s = summary(body, LEAD.length() + 5).orElseThrow();
        assertThat(s).isEqualTo(LEAD);
    }

    @Test
    void aSentenceLongerThanTheBudgetIsSkippedNotCut() {
        String s = summary(LEAD + " " + SECOND, SECOND.length() + 1).orElseThrow();
        assertThat(s).isEqualTo(SECOND);
    }

    @Test
    void atMostThreeSentences() {
        String body = (LEAD + " " + SECOND + " " + ASIDE + " ").repeat(3);
        String s = summary(body, 10_000).orElseThrow();
        assertThat(s.split("\\. ")).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void sentenceIntroducingAQuotationIsNotChosen() {
        String intro = "وقال وزير الصحة المغربي في مؤتمر صحفي عقده في الرباط اليوم:";
        assertThat(summary(intro + "\n" + SECOND, 300)).hasValue(SECOND);
    }

    @Test
    void fragmentsAndEmptyBodiesGiveNoSummary() {
        assertThat(summary("", 300)).isEmpty();
        assertThat(summary("مراكش.", 300)).isEmpty();
    }

    @Test
    void aStatementLeadOpensTheSummaryEvenWhenALaterSentenceIsMoreCentral() {
        // the lead says little of what the rest repeats; the later, central sentence is too long to go with it
        String lead = "وصل وفد رسمي إلى المدينة صباح اليوم في زيارة تستمر يومين.";
        String central = "وقال رئيس الوفد إن المستشفيات الجديدة في المدينة ستستقبل المرضى من الشهر المقبل وإن المستشفيات "
                + "القديمة في المدينة ستغلق بعد نقل المرضى إلى المستشفيات الجديدة وإن وزارة الصحة ستتابع نقل المرضى "
                + "بين المستشفيات يوما بيوم حتى اكتمال نقل المرضى كلهم إلى المستشفيات الجديدة في المدينة.";
        String again = "وتضم المستشفيات الجديدة أقساما لكل الأمراض ويعمل فيها مئات الأطباء في المدينة.";
        assertThat(summary(lead + " " + central + " " + again, 300)).hasValueSatisfying(s -> assertThat(s).startsWith(lead));
    }

    @Test
    void aHeadlineBetweenParagraphsIsNotChosen() {
        // a related story's title a page set between the paragraphs, and a subheading: lines without a full stop
        String related = "وزير الصحة يفتتح مستشفى جديدا في مدينة أكادير الأسبوع المقبل";
        String subheading = "مستشفيات جديدة في المدن";
        String body = LEAD + "\n" + related + "\n" + subheading + "\n" + ASIDE;
        assertThat(summary(body, 300)).hasValue(LEAD + " " + ASIDE);
        // a lead a site wrote without its full stop is still a sentence: it is longer than a headline
        String lead = "أعلنت وزارة الصحة المغربية افتتاح ثلاثة مستشفيات جديدة في مدينة مراكش لتخفيف الضغط على المستشفيات القائمة في المدينة";
        assertThat(summary(lead + "\n" + ASIDE, 300)).hasValueSatisfying(s -> assertThat(s).startsWith(lead));
        // a poem is lines without full stops only: its lines are what there is to summarise
        String verse = "على قدر أهل العزم تأتي العزائم الكبرى\nوتأتي على قدر الكرام المكارم الباقية";
        assertThat(summary(verse, 300)).hasValueSatisfying(s -> assertThat(s).startsWith("على قدر أهل العزم"));
    }

    @Test
    void aTeaserQuestionDoesNotHaveToLead() {
        String teaser = "هل تتجه المدينة نحو أزمة صحية في الأشهر المقبلة؟";
        String body = teaser + " " + LEAD + " " + SECOND;
        assertThat(summary(body, 220)).hasValueSatisfying(s -> assertThat(s).doesNotContain(teaser));
    }
}
