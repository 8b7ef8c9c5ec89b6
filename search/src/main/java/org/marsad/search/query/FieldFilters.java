package org.marsad.search.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.marsad.search.index.Fields;

/**
 * The {@code field:value} filters: entity fields (person place org misc speaker) by name or id,
 * source, topic, title, quote, story, id, and the date bounds from: and to: (2018, 2018-07 or
 * 2018-07-15; to: includes the whole period named). Filters do not change a hit's score.
 */
final class FieldFilters {
    static final List<String> NAMES = List.of("person", "place", "org", "misc", "speaker", "source", "topic",
            "title", "quote", "story", "id", "from", "to");
    private static final Pattern ENTITY_ID = Pattern.compile(
            "[A-Za-z][A-Za-z_-]*(?:[:]?[0-9][0-9A-Za-z_-]*|:[a-z]+/[\\p{L}\\p{M}\\p{N}_.-]+)");
    private final TermQueries terms;

    FieldFilters(TermQueries terms) {
        this.terms = terms;
    }

    Query filter(String field, String value, int column, boolean exact) throws QueryException {
        String v = value.strip();
        Query q = switch (field) {
            case "person" -> entity(Fields.PERSON, v);
            case "place" -> entity(Fields.PLACE, v);
            case "org" -> entity(Fields.ORG, v);
            case "misc" -> entity(Fields.MISC, v);
            case "speaker" -> entity(Fields.SPEAKER, v);
            case "source" -> terms.inField(Fields.SOURCE, v, false);
            case "topic" -> terms.inField(Fields.TOPIC, v, false);
            case "title" -> terms.inField(exact ? Fields.TITLE_EXACT : Fields.TITLE, v, !exact);
            case "quote" -> terms.inField(Fields.QUOTE, v, true);
            case "story" -> new TermQuery(new Term(Fields.STORY, v));
            case "id" -> new TermQuery(new Term(Fields.ID, v));
            case "from" -> LongPoint.newRangeQuery(Fields.PUBLISHED, start(v, column), Long.MAX_VALUE);
            case "to" -> LongPoint.newRangeQuery(Fields.PUBLISHED, Long.MIN_VALUE, endExclusive(v, column) - 1);
            default -> throw new QueryException(column, "unknown field '" + field + ":' (known: "
                    + String.join(": ", NAMES) + ":)");
        };
        if (q == null) q = new MatchNoDocsQuery("no searchable word in " + field + ":" + v);
        return field.equals("title") || field.equals("quote") ? q : new BoostQuery(new ConstantScoreQuery(q), 0f);
    }

    private Query entity(String field, String v) {
        Query byName = terms.inField(field, v, false);
        if (!ENTITY_ID.matcher(v).matches()) return byName;
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(QueryParser.id(field), v)), Occur.SHOULD);
        if (byName != null) b.add(byName, Occur.SHOULD);
        return b.build();
    }

    static long start(String v, int column) throws QueryException {
        try {
            return switch (v.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(v), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                case 7 -> YearMonth.parse(v).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                case 10 -> LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                default -> throw new DateTimeParseException("length", v, 0);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new QueryException(column, "a date must look like 2018, 2018-07 or 2018-07-15, not '" + v + "'");
        }
    }

    static long endExclusive(String v, int column) throws QueryException {
        long s = start(v, column);
        LocalDate d = java.time.Instant.ofEpochMilli(s).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate end = switch (v.length()) {
            case 4 -> d.plusYears(1);
            case 7 -> d.plusMonths(1);
            default -> d.plusDays(1);
        };
        return end.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
