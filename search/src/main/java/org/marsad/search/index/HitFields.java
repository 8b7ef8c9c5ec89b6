package org.marsad.search.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;

/**
 * What a search hit shows of its article (id, title, source, publication time) in one
 * {@link PackedText} doc value, and its story id from the story's sorted doc values. A stored-field
 * read of even these few bytes decompresses Lucene's shared dictionary and a whole 8 KB sub-block
 * of its document block; this reads only the hit's own bytes. Values are joined by U+001F (unit
 * separator), which is removed from the values first. Thread-safe.
 */
public final class HitFields {
    private static final char SEP = '\u001F';

    private HitFields() {}

    /** The doc-values field for an article's hit. */
    public static BinaryDocValuesField field(String id, Optional<String> title, Optional<String> source, Optional<Long> publishedMs) {
        String v = clean(id) + SEP + clean(title.orElse("")) + SEP + clean(source.orElse("")) + SEP
                + publishedMs.map(String::valueOf).orElse("");
        return PackedText.field(Fields.HIT, v);
    }

    /**
     * The hit's fields of {@code doc} in {@code leaf} as a document with the stored fields'
     * names ({@link Fields#ID}, {@link Fields#TITLE}, {@link Fields#SOURCE},
     * {@link Fields#PUBLISHED} as a long, {@link Fields#STORY}), or null when the index has no hit
     * doc values (an index written before they existed).
     */
    public static Document read(LeafReader leaf, int doc) throws IOException {
        String v = PackedText.read(leaf, Fields.HIT, doc);
        if (v == null) return null;
        String[] parts = v.split(String.valueOf(SEP), -1);
        Document d = new Document();
        d.add(new StoredField(Fields.ID, parts[0]));
        if (!parts[1].isEmpty()) d.add(new StoredField(Fields.TITLE, parts[1]));
        if (!parts[2].isEmpty()) d.add(new StoredField(Fields.SOURCE, parts[2]));
        if (!parts[3].isEmpty()) d.add(new StoredField(Fields.PUBLISHED, Long.parseLong(parts[3])));
        SortedDocValues story = leaf.getSortedDocValues(Fields.STORY);
        if (story != null && story.advanceExact(doc)) {
            d.add(new StoredField(Fields.STORY, story.lookupOrd(story.ordValue()).utf8ToString()));
        }
        return d;
    }

    private static String clean(String s) {
        return s.indexOf(SEP) < 0 ? s : s.replace(SEP, ' ');
    }
}
