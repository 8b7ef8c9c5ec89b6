package org.marsad.search.query;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.marsad.search.index.Fields;
import org.marsad.search.query.QueryLexer.Kind;
import org.marsad.search.query.QueryLexer.Tok;

/**
 * Parses Marsad's query language into a Lucene query. Words and "phrases" are all required
 * (implicit AND); {@code OR}, {@code AND}, {@code NOT} / leading {@code -}, and parentheses combine
 * them; {@code field:value} restricts to a field ({@link FieldFilters} lists the fields). A
 * malformed query raises {@link QueryException} naming the column; nothing else is thrown.
 * Thread-safe (analyzers are).
 */
public final class QueryParser {
    private final TermQueries terms;
    private final FieldFilters filters;

    public QueryParser(Analyzer stemmed, Analyzer normalized) {
        this.terms = new TermQueries(stemmed, normalized);
        this.filters = new FieldFilters(terms);
    }

    /** The Lucene query for {@code query}; {@code exact} matches unstemmed (still folded) words. */
    public Query parse(String query, boolean exact) throws QueryException {
        if (query == null || query.isBlank()) throw new QueryException(1, "the query is empty");
        State s = new State(QueryLexer.lex(query), exact);
        Query q = s.or();
        Tok t = s.peek();
        if (t.kind() == Kind.RPAREN) throw new QueryException(t.column(), "')' has no matching '('");
        if (t.kind() != Kind.END) throw new QueryException(t.column(), "unexpected '" + t.text() + "'");
        if (q == null) throw new QueryException(1, "the query has no searchable words");
        return q;
    }

    private final class State {
        final List<Tok> toks;
        final boolean exact;
        int pos;

        State(List<Tok> toks, boolean exact) {
            this.toks = toks;
            this.exact = exact;
        }

        Tok peek() {
            return toks.get(pos);
        }

        Tok next() {
            return toks.get(pos++);
        }

        Query or() throws QueryException {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            Query first = and();
            int n = 0;
            if (first != null) {
                b.add(first, Occur.SHOULD);
                n++;
            }
            while (peek().kind() == Kind.OR) {
                Tok op = next();
                if (first == null && n == 0 && pos == 1) throw new QueryException(op.column(), "OR needs a term before it");
                Query right = and();
                if (right == null) throw new QueryException(op.column(), "OR needs a term after it");
                b.add(right, Occur.SHOULD);
                n++;
            }
            if (n == 0) return null;
            BooleanQuery q = b.build();
            return q.clauses().size() == 1 ? first : q;
        }

        Query and() throws QueryException {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            int positive = 0;
            int negative = 0;
            while (true) {
                Tok t = peek();
                if (t.kind() == Kind.END || t.kind() == Kind.RPAREN || t.kind() == Kind.OR) break;
                if (t.kind() == Kind.AND) {
                    next();
                    if (positive + negative == 0) throw new QueryException(t.column(), "AND needs a term before it");
                    Kind k = peek().kind();
                    if (k == Kind.END || k == Kind.RPAREN || k == Kind.OR || k == Kind.AND) {
                        throw new QueryException(t.column(), "AND needs a term after it");
                    }
                    continue;
                }
                boolean negated = false;
                while (peek().kind() == Kind.NOT) {
                    Tok not = next();
                    negated = !negated;
                    Kind k = peek().kind();
                    if (k == Kind.END || k == Kind.RPAREN || k == Kind.OR || k == Kind.AND) {
                        throw new QueryException(not.column(), not.text() + " needs a term after it");
                    }
                }
                Query q = primary();
                if (q == null) continue;
                if (negated) {
                    b.add(q, Occur.MUST_NOT);
                    negative++;
                } else {
                    b.add(q, Occur.MUST);
                    positive++;
                }
            }
            if (positive + negative == 0) return null;
            if (positive == 0) b.add(new MatchAllDocsQuery(), Occur.MUST);
            BooleanQuery q = b.build();
            return positive == 1 && negative == 0 ? q.clauses().get(0).getQuery() : q;
        }

        Query primary() throws QueryException {
            Tok t = next();
            switch (t.kind()) {
                case LPAREN: {
                    Query inner = or();
                    Tok close = next();
                    if (close.kind() != Kind.RPAREN) throw new QueryException(t.column(), "'(' is never closed");
                    if (inner == null) throw new QueryException(t.column(), "the parentheses are empty");
                    return inner;
                }
                case RPAREN:
                    throw new QueryException(t.column(), "')' has no matching '('");
                case WORD:
                    return exact ? terms.exactWord(t.text()) : terms.word(t.text());
                case PHRASE:
                    if (t.text().isBlank()) throw new QueryException(t.column(), "the phrase is empty");
                    return exact ? terms.exactPhrase(t.text()) : terms.phrase(t.text());
                case FIELD: {
                    String field = t.text().toLowerCase(Locale.ROOT);
                    Tok v = next();
                    if (v.kind() != Kind.WORD && v.kind() != Kind.PHRASE || v.text().isBlank()) {
                        throw new QueryException(t.column(), "'" + t.text() + ":' needs a value right after it, e.g. "
                                + t.text() + ":موسكو or " + t.text() + ":\"...\"");
                    }
                    return filters.filter(field, v.text(), t.column(), exact);
                }
                default:
                    throw new QueryException(t.column(), "unexpected '" + t.text() + "'");
            }
        }
    }

    /** The fields a query may name, for help texts. */
    public static List<String> fieldNames() {
        return FieldFilters.NAMES;
    }

    static String id(String s) {
        return s + Fields.ID_SUFFIX;
    }
}
