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

    /** The stem segment (the word without its clitics and article), or the whole token. */
    public Segment stem() {
        for (Segment s : segments) if (s.kind() == Segment.Kind.STEM) return s;
        return segments.get(0);
    }
}
