package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.quote.QuoteFixture.localPerson;
import static org.marsad.quote.QuoteFixture.person;
import static org.marsad.quote.QuoteFixture.quotesWith;
import static org.marsad.quote.QuoteFixture.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.article.EntityMention;
import org.marsad.article.Quote;
import org.junit.jupiter.api.Test;

/**
 * Long quotations with no reporting word before or after them: whose words they are. Sentences
 * written for these tests; the names are invented.
 */
class UnframedQuoteTest {
    private static final String MINISTER = "قال الوزير كريم نصار: \"سنواصل العمل مع شركائنا في المنطقة دون توقف\". ";

    /** The quotations of {@code text}, given the person mentions it has. */
    private static List<Quote> quotes(String text) {
        List<EntityMention> people = new ArrayList<>();
        for (String name : List.of("كريم نصار", "سامي حداد")) if (text.contains(name)) people.add(person(text, name, localPerson(name)));
        people.sort(Comparator.comparingInt(EntityMention::start));
        return quotesWith(text, people.toArray(EntityMention[]::new));
    }

    /** The speaker of the quotation in {@code sentence}, after the minister's (null when none). */
    private static String afterTheMinister(String sentence) {
        List<Quote> q = quotes(MINISTER + sentence);
        assertThat(q).as("the minister's quotation and the one in «%s»", sentence).hasSize(2);
        return speaker(q.get(1));
    }

    @Test void aQuotationOpeningItsSentenceGoesOnWithTheLastSpeaker() {
        assertThat(afterTheMinister("\"نحن مستعدون للحوار مع كل الأطراف دون شروط مسبقة\".")).isEqualTo("الوزير كريم نصار");
    }

    @Test void wordsQuotedInsideASentenceAreThoseOfThePersonWhoOpensIt() {
        // «اتهم» is no reporting verb, but its subject, not the minister, used these words
        assertThat(afterTheMinister("واتهم سامي حداد الحكومة بالسعي إلى \"تقويض كل مؤسسات الدولة المستقلة في البلاد\".")).isEqualTo("سامي حداد");
    }

    @Test void wordsQuotedInsideASentenceNoOneOpensHaveNoSpeaker() {
        assertThat(afterTheMinister("وكانت التعاليم تنص في السابق على أن العقوبة \"استجابة مناسبة لفداحة بعض الجرائم الكبرى\".")).isNull();
    }

    @Test void wordsQuotedFromAStatementAreTheLastSpeakers() {
        // «وجاء في البيان»: the statement the minister's words came from
        assertThat(afterTheMinister("وجاء في البيان أن الطرفين \"اتفقا على مواصلة العمل المشترك في المرحلة المقبلة\".")).isEqualTo("الوزير كريم نصار");
    }

    @Test void wordsAColonGivesAsSpeechGoOnWithTheLastSpeaker() {
        assertThat(afterTheMinister("وعن مباراة الغد: \"نحن جاهزون لكل الاحتمالات في هذه المباراة الصعبة\".")).isEqualTo("الوزير كريم نصار");
    }
}
