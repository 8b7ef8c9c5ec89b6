package org.marsad.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.marsad.search.index.Fields;

/**
 * Builds the query for one word or phrase by running it through the same analysis chain as the
 * indexed text: the stemmed chain on title (boosted) and body, or, in exact mode or for a stop
 * word, the unstemmed normalised chain on their {@code _exact} twins. Thread-safe.
 */
final class TermQueries {
    static final float TITLE_BOOST = 2f;
    private final Analyzer stemmed;
    private final Analyzer normalized;

    TermQueries(Analyzer stemmed, Analyzer normalized) {
        this.stemmed = stemmed;
        this.normalized = normalized;
    }

    /** A word; a stop word searches the exact fields instead; punctuation alone yields null. */
    Query word(String w) {
        List<Pos> t = analyze(stemmed, w);
        if (t.isEmpty()) return exactWord(w);
        return titleOrBody(Fields.TITLE, Fields.BODY, t);
    }

    Query exactWord(String w) {
        List<Pos> t = analyze(normalized, w);
        return t.isEmpty() ? null : titleOrBody(Fields.TITLE_EXACT, Fields.BODY_EXACT, t);
    }

    Query phrase(String p) {
        List<Pos> t = analyze(stemmed, p);
        if (t.isEmpty()) return exactPhrase(p);
        return titleOrBody(Fields.TITLE, Fields.BODY, t);
    }

    Query exactPhrase(String p) {
        List<Pos> t = analyze(normalized, p);
        return t.isEmpty() ? null : titleOrBody(Fields.TITLE_EXACT, Fields.BODY_EXACT, t);
    }

    /** The terms of {@code text} in {@code field} as one term or a phrase; null when none. */
    Query inField(String field, String text, boolean stem) {
        List<Pos> t = analyze(stem ? stemmed : normalized, text);
        return t.isEmpty() ? null : termsQuery(field, t);
    }

    private static Query titleOrBody(String title, String body, List<Pos> t) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(termsQuery(title, t), TITLE_BOOST), Occur.SHOULD)
                .add(termsQuery(body, t), Occur.SHOULD)
                .build();
    }

    private static Query termsQuery(String field, List<Pos> t) {
        if (t.size() == 1) return new TermQuery(new Term(field, t.get(0).term));
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (Pos p : t) b.add(new Term(field, p.term), p.position);
        return b.build();
    }

    private static List<Pos> analyze(Analyzer a, String text) {
        List<Pos> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Pos(term.toString(), pos));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query string cannot fail", e);
        }
        if (!out.isEmpty() && out.get(0).position > 0) {
            int shift = out.get(0).position;
            out.replaceAll(p -> new Pos(p.term, p.position - shift));
        }
        return out;
    }

    private record Pos(String term, int position) {}
}
