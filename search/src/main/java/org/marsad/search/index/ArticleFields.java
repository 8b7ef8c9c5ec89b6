package org.marsad.search.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.marsad.article.Article;
import org.marsad.pipeline.Analysis;

/**
 * The article itself: title and body (stemmed and exact twins), source or agency, dateline place,
 * publication time (point + doc values + month/day facets), and the record's category as topic
 * when no topic layer exists. Present for every analysis.
 */
final class ArticleFields implements IndexedLayer {
    /**
     * The body: with offsets in the postings so snippets need no re-analysis; its text is kept as
     * a {@link PackedText} doc value, which a hit reads faster than a stored field.
     */
    static final FieldType BODY_TYPE = bodyType();

    private static FieldType bodyType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    @Override
    public void addFields(Analysis a, Document doc) {
        Article art = a.article();
        art.title().filter(t -> !t.isBlank()).ifPresent(t -> {
            doc.add(new TextField(Fields.TITLE, t, Field.Store.YES));
            doc.add(new TextField(Fields.TITLE_EXACT, t, Field.Store.NO));
        });
        doc.add(new Field(Fields.BODY, art.body(), BODY_TYPE));
        doc.add(PackedText.field(Fields.BODY, art.body()));
        doc.add(new TextField(Fields.BODY_EXACT, art.body(), Field.Store.NO));
        source(art).ifPresent(s -> {
            doc.add(new TextField(Fields.SOURCE, s, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Fields.SOURCE, s));
        });
        // the dateline's agency (SANA, Reuters...) is searchable with source: even when an outlet republished it
        art.dateline().flatMap(d -> d.agency()).filter(ag -> !ag.equals(art.source().name()))
                .ifPresent(ag -> doc.add(new TextField(Fields.SOURCE, ag, Field.Store.NO)));
        art.dateline().map(d -> d.place() == null ? "" : d.place().strip()).filter(p -> !p.isEmpty()).ifPresent(p -> {
            doc.add(new TextField(Fields.PLACE, p, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.PLACE, p));
        });
        art.published().flatMap(ArticleFields::epochMillis).ifPresent(ms -> {
            doc.add(new LongPoint(Fields.PUBLISHED, ms));
            doc.add(new NumericDocValuesField(Fields.PUBLISHED, ms));
            doc.add(new StoredField(Fields.PUBLISHED, ms));
            LocalDate day = Instant.ofEpochMilli(ms).atZone(ZoneOffset.UTC).toLocalDate();
            doc.add(new SortedSetDocValuesFacetField(Fields.DIM_MONTH, day.toString().substring(0, 7)));
            doc.add(new SortedSetDocValuesFacetField(Fields.DIM_DAY, day.toString()));
        });
        if (a.topic().isEmpty()) {
            art.field("category").filter(c -> !c.isBlank()).ifPresent(c -> TopicFields.add(doc, c));
        }
    }

    /** The outlet (SRC, JSON "source"), else the dateline's agency. */
    static Optional<String> source(Article art) {
        String name = art.source().name();
        if (name != null && !name.isBlank()) return Optional.of(name.strip());
        return art.dateline().flatMap(d -> d.agency());
    }

    /** Publication time as epoch milliseconds (UTC); a date alone means its midnight UTC. */
    public static Optional<Long> epochMillis(String published) {
        String s = published.strip();
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            // not an offset date-time; try the other forms readers produce
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            // not RFC 822 either
        }
        try {
            return Optional.of(LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli());
        } catch (DateTimeParseException e) {
            // fall through to a bare date
        }
        if (s.length() >= 10 && s.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return Optional.of(LocalDate.parse(s.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            } catch (DateTimeParseException e) {
                return Optional.empty();    // a malformed date is left out of date filters, not guessed
            }
        }
        return Optional.empty();
    }
}
