package org.marsad.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.marsad.search.index.Fields;

/**
 * Highlighted snippets of the body: the best passage, matched words between {@code <b>} and
 * {@code </b>}, passages being sentences ({@link SentenceBreaks}), by re-analysing the stored body with the index's analyzer (Lucene's unified
 * highlighter). The body's first sentences when nothing in it matched (e.g. a title-only match).
 * The caller passes the bodies it already read with the hit's other stored fields, so each hit's
 * stored-fields block is decompressed once, not twice. Thread-safe: a highlighter per call.
 */
final class Snippets {
    private static final int PASSAGES = 1;
    private static final int MAX_LENGTH = 20_000;
    private final UnifiedHighlighter.Builder builder;

    Snippets(IndexSearcher searcher, Analyzer analyzer) {
        this.builder = new UnifiedHighlighter.Builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
                .withBreakIterator(SentenceBreaks::new)
                .withMaxNoHighlightPassages(1)
                .withMaxLength(MAX_LENGTH);
    }

    /** The snippet of each hit of {@code page}; {@code bodies} holds each hit's stored body (null when none). */
    List<String> of(Query q, List<ScoreDoc> page, Map<Integer, String> bodies) throws IOException {
        List<String> out = new ArrayList<>(page.size());
        if (page.isEmpty()) return out;
        TopDocs td = new TopDocs(new TotalHits(page.size(), TotalHits.Relation.EQUAL_TO), page.toArray(new ScoreDoc[0]));
        String[] s = new Preloaded(builder, bodies).highlight(Fields.BODY, q, td, PASSAGES);
        for (String v : s) out.add(v == null ? "" : v.strip());
        return out;
    }

    /** A highlighter that takes the body from the caller instead of reading stored fields again. */
    private static final class Preloaded extends UnifiedHighlighter {
        private final Map<Integer, String> bodies;

        Preloaded(UnifiedHighlighter.Builder b, Map<Integer, String> bodies) {
            super(b);
            this.bodies = bodies;
        }

        /**
         * The body is always indexed with offsets in its postings. Lucene would find that out per
         * call by merging every segment's field infos, which was 8% of a search.
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return field.equals(Fields.BODY) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                CharSequence[] values = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String v = fields[i].equals(Fields.BODY) ? bodies.get(d) : null;
                    values[i] = v == null ? null : v.substring(0, Math.min(MAX_LENGTH, v.length()));    // as Lucene truncates
                }
                out.add(values);
            }
            return out;
        }
    }
}
