package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.quote.QuoteFixture.localPerson;
import static org.marsad.quote.QuoteFixture.person;
import static org.marsad.quote.QuoteFixture.quotes;
import static org.marsad.quote.QuoteFixture.quotesWith;

import org.junit.jupiter.api.Test;

/** Subjects written before their reporting verb ({@link SubjectBefore}, {@link SubjectFit}), on sentences written for these tests. */
class SubjectBeforeVerbTest {
    @Test void aPersonBeforeARelativeSpeaksThoughHisSurnameHasTheArticle() {
        String text = "وقال سامي حداد إن الفريق جاهز للمباراة المقبلة رغم الإصابات. ومن بين مدربيه صبري البرعي الذي قال إنه يتحدى نفسه كل يوم.";
        assertThat(quotesWith(text, person(text, "سامي حداد", localPerson("سامي حداد")), person(text, "صبري البرعي", localPerson("صبري البرعي"))))
                .extracting(QuoteFixture::speaker).containsExactly("سامي حداد", "صبري البرعي");
    }

    @Test void theTopicThatAmmaOpensIsTheSubjectOfTheVerbFaGoesOnWith() {
        // «أما أمه ...، فقد قالت»: the mother, however long the relative clause between
        assertThat(quotes("وقال المدرب إن اللاعب سيشارك في البطولة المقبلة. أما أمه التي تصاحبه في كل حصص التدريب فقد قالت "
                + "إنه عنيد وقوي ويريد أن يثبت لنفسه أنه قادر على كل شيء.")).extracting(QuoteFixture::speaker).containsExactly("المدرب", "أمه");
        // but «أما بالنسبة لـ...» opens a topic, not a subject: the speaker goes on
        assertThat(quotes("وقال الرئيس إن الانتخابات ستجرى في موعدها المحدد. أما بالنسبة للحكومة، فقال إنها ستبقى حتى الانتخابات المقبلة."))
                .extracting(QuoteFixture::speaker).containsExactly("الرئيس", "الرئيس");
    }
}
