package org.marsad.article;

import java.util.List;

/**
 * One token of the body with its clitic segmentation.
 *
 * @param start    offset of the first code unit in the body
 * @param end      offset after the last code unit
 * @param text     the surface form exactly as in the body
 * @param norm     the folded form used for matching (see {@code ArabicNormalizer})
 * @param segments the clitic segments in reading order; one segment for an unsegmented word
 */
public record Token(int start, int end, String text, String norm, List<Segment> segments) {
    public Token {
        segments = List.copyOf(segments);
    }

    public Span span() {
        return new Span(start, end);
    }

    /** The article segment ال, or null when the token has none. */
    public Segment article() {
        for (Segment s : segments) if (s.kind() == Segment.Kind.DET) return s;
        return null;
    }

    /**
     * Whether the token has the article without its being written: in «للأمم» ل ate its alef, so
     * the article's segment is one letter long.
     */
    public boolean elidedArticle() {
        Segment a = article();
        return a != null && a.end() - a.start() == 1;
    }

    /** The stem segment (the word without its clitics and article), or the whole token. */
    public Segment stem() {
        for (Segment s : segments) if (s.kind() == Segment.Kind.STEM) return s;
        return segments.get(0);
    }
}
