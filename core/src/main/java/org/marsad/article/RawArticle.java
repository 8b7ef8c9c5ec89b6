package org.marsad.article;

import java.util.Map;
import java.util.Optional;

/**
 * An article as a reader found it, before cleaning: decoded text, not yet split into dateline,
 * body and boilerplate.
 *
 * @param source    where it came from
 * @param encoding  the charset the bytes were decoded with (e.g. "UTF-8", "windows-1256")
 * @param title     the title the format gave, if any
 * @param text      the article text; paragraphs separated by line breaks
 * @param published publication time as the source wrote it, normalised to ISO 8601 when parseable
 * @param fields    every other field of the record (category, docno, author, abstract, dateline...)
 */
public record RawArticle(Source source, String encoding, Optional<String> title, String text,
                         Optional<String> published, Map<String, String> fields) {
    public RawArticle {
        if (text == null) throw new IllegalArgumentException("text is null in " + source);
        fields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fields)); // sorted: the same JSON every run
    }

    /** A field such as "category" or "docno", if the record had it. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }
}
