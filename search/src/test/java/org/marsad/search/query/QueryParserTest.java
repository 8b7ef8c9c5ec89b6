package org.marsad.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.marsad.search.analysis.ArabicSearchAnalyzers;

class QueryParserTest {
    private final QueryParser parser = new QueryParser(ArabicSearchAnalyzers.stemmed(), ArabicSearchAnalyzers.normalized());

    private Query parse(String q) throws QueryException {
        return parser.parse(q, false);
    }

    private void assertError(String q, int column, String fragment) {
        assertThatThrownBy(() -> parse(q)).isInstanceOf(QueryException.class)
                .hasMessageContaining("column " + column).hasMessageContaining(fragment);
    }

    @Test void wordsAreAllRequired() throws Exception {
        assertThat(parse("موسكو دمشق").toString()).contains("+(").doesNotContain("-");
    }

    @Test void wordsAreStemmedLikeTheIndex() throws Exception {
        assertThat(parse("بموسكو").toString()).contains("body:موسكو");
    }

    @Test void exactModeUsesTheUnstemmedFields() throws Exception {
        assertThat(parser.parse("بموسكو", true).toString()).contains("body_exact:بموسكو");
    }

    @Test void phraseBecomesAPhraseQuery() throws Exception {
        assertThat(parse("\"وزير الخارجية\"").toString()).contains("body:\"وزير خارجي\"");
    }

    @Test void guillemetsQuoteAPhrase() throws Exception {
        assertThat(parse("«وزير الخارجية»").toString()).contains("body:\"وزير خارجي\"");
    }

    @Test void notExcludes() throws Exception {
        assertThat(parse("موسكو NOT دمشق").toString()).contains("-(");
        assertThat(parse("موسكو -دمشق").toString()).contains("-(");
    }

    @Test void aStopWordAloneSearchesTheExactFields() throws Exception {
        assertThat(parse("في").toString()).contains("body_exact:في");
    }

    @Test void fieldFiltersAndDates() throws Exception {
        assertThat(parse("person:لافروف").toString()).contains("person:لافروف");
        assertThat(parse("person:Q80439").toString()).contains("person_id:Q80439");
        assertThat(parse("place:\"kb:loc/riyadh\"").toString()).contains("place_id:kb:loc/riyadh");    // the knowledge base's ids
        assertThat(parse("person:\"local:per/نوره-العتيبي\"").toString()).contains("person_id:local:per/نوره-العتيبي");
        assertThat(parse("from:2018-03 to:2018-04-15").toString()).contains("published:");
    }

    @Test void unclosedParenthesisPointsAtIt() { assertError("موسكو (دمشق", 7, "never closed"); }
    @Test void strayClosingParenthesis() { assertError("موسكو) دمشق", 6, "no matching '('"); }
    @Test void unclosedPhrase() { assertError("\"وزير الخارجية", 1, "never closed"); }
    @Test void danglingOperator() { assertError("موسكو AND", 7, "AND needs a term after it"); }
    @Test void leadingOr() { assertError("OR موسكو", 1, "OR needs a term before it"); }
    @Test void notWithoutTerm() { assertError("موسكو NOT", 7, "NOT needs a term after it"); }
    @Test void unknownField() { assertError("colour:أحمر", 1, "unknown field 'colour:'"); }
    @Test void fieldWithoutValue() { assertError("موسكو person:", 7, "needs a value"); }
    @Test void badDate() { assertError("from:2018-13", 1, "a date must look like"); }
    @Test void emptyQuery() { assertError("   ", 1, "empty"); }
    @Test void emptyParentheses() { assertError("()", 1, "empty"); }
    @Test void punctuationOnly() { assertError("!!! ...", 1, "no searchable words"); }
}
