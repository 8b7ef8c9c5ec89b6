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

    @Test void aQuotationOpeningItsSentenceGoesOnWithTheLastSpeaker() {
        List<Quote> q = quotes(MINISTER + "\"نحن مستعدون للحوار مع كل الأطراف دون شروط مسبقة\".");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1))).isEqualTo("الوزير كريم نصار");
    }

    @Test void wordsQuotedInsideASentenceAreThoseOfThePersonWhoOpensIt() {
        // «اتهم» is no reporting verb, but its subject, not the minister, used these words
        List<Quote> q = quotes(MINISTER + "واتهم سامي حداد الحكومة بالسعي إلى \"تقويض كل مؤسسات الدولة المستقلة في البلاد\".");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1))).isEqualTo("سامي حداد");
    }

    @Test void wordsQuotedInsideASentenceNoOneOpensHaveNoSpeaker() {
        List<Quote> q = quotes(MINISTER + "وكانت التعاليم تنص في السابق على أن العقوبة \"استجابة مناسبة لفداحة بعض الجرائم الكبرى\".");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker()).isEmpty();
    }

    @Test void wordsQuotedFromAStatementAreTheLastSpeakers() {
        // «وجاء في البيان»: the statement the minister's words came from
        List<Quote> q = quotes(MINISTER + "وجاء في البيان أن الطرفين \"اتفقا على مواصلة العمل المشترك في المرحلة المقبلة\".");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1))).isEqualTo("الوزير كريم نصار");
    }

    @Test void wordsAColonGivesAsSpeechGoOnWithTheLastSpeaker() {
        List<Quote> q = quotes(MINISTER + "وعن مباراة الغد: \"نحن جاهزون لكل الاحتمالات في هذه المباراة الصعبة\".");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1))).isEqualTo("الوزير كريم نصار");
    }
}
