package org.marsad.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cleaned article: the body a person reads, with the dateline and boilerplate taken out and kept
 * aside so they can be shown. All analysis spans are offsets into {@link #body()}.
 *
 * @param id          stable identifier (from source + URL, else content hash)
 * @param fields      extra record fields carried from the reader (category, docno, author...)
 */
public record Article(String id, Source source, String encoding, Optional<Dateline> dateline,
                      Optional<String> published, Optional<String> title, String body,
                      List<String> boilerplate, Map<String, String> fields) {
    public Article {
        boilerplate = List.copyOf(boilerplate);
        fields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fields)); // sorted: the same JSON every run
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** This article with another publication date (e.g. the CLI's {@code --date}). */
    public Article withPublished(Optional<String> newPublished) {
        return new Article(id, source, encoding, dateline, newPublished, title, body, boilerplate, fields);
    }
}
