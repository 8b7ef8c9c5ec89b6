package org.marsad.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
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
 * {@code </b>}, by re-analysing the stored body with the index's analyzer (Lucene's unified
 * highlighter). The body's first sentences when nothing in it matched (e.g. a title-only match).
 */
final class Snippets {
    private static final int PASSAGES = 1;
    private final UnifiedHighlighter highlighter;

    Snippets(IndexSearcher searcher, Analyzer analyzer) {
        this.highlighter = new UnifiedHighlighter.Builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
                .withMaxNoHighlightPassages(1)
                .withMaxLength(20_000)
                .build();
    }

    List<String> of(Query q, List<ScoreDoc> page) throws IOException {
        List<String> out = new ArrayList<>(page.size());
        if (page.isEmpty()) return out;
        TopDocs td = new TopDocs(new TotalHits(page.size(), TotalHits.Relation.EQUAL_TO), page.toArray(new ScoreDoc[0]));
        String[] s = highlighter.highlight(Fields.BODY, q, td, PASSAGES);
        for (String v : s) out.add(v == null ? "" : v.strip());
        return out;
    }
}
