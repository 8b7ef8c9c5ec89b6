package org.marsad.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into tokens: words, "phrases" (also «...» and “...”), parentheses, the operators
 * AND OR NOT (upper case) and a leading {@code -} or {@code +}, and {@code field:} prefixes. Every
 * token remembers its 1-based column for error messages.
 */
final class QueryLexer {
    enum Kind { WORD, PHRASE, LPAREN, RPAREN, AND, OR, NOT, FIELD, END }

    record Tok(Kind kind, String text, int column) {}

    private QueryLexer() {}

    static List<Tok> lex(String q) throws QueryException {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Tok(Kind.LPAREN, "(", i + 1));
                i++;
            } else if (c == ')') {
                out.add(new Tok(Kind.RPAREN, ")", i + 1));
                i++;
            } else if (closingQuote(c) != 0) {
                char close = closingQuote(c);
                int end = q.indexOf(close, i + 1);
                if (close != '"' && end < 0) end = q.indexOf('"', i + 1);
                if (end < 0) throw new QueryException(i + 1, "the phrase opened by " + c + " is never closed");
                out.add(new Tok(Kind.PHRASE, q.substring(i + 1, end), i + 1));
                i = end + 1;
            } else if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))
                    && (i == 0 || Character.isWhitespace(q.charAt(i - 1)) || q.charAt(i - 1) == '(')) {
                if (c == '-') out.add(new Tok(Kind.NOT, "-", i + 1));
                i++;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(q.charAt(i)) && q.charAt(i) != '(' && q.charAt(i) != ')'
                        && closingQuote(q.charAt(i)) == 0) {
                    char d = q.charAt(i);
                    i++;
                    if (d == ':' && isFieldName(q, start, i - 1)) break;
                }
                String w = q.substring(start, i);
                if (w.endsWith(":") && isFieldName(q, start, i - 1)) {
                    out.add(new Tok(Kind.FIELD, w.substring(0, w.length() - 1), start + 1));
                } else if (w.equals("AND") || w.equals("&&")) {
                    out.add(new Tok(Kind.AND, w, start + 1));
                } else if (w.equals("OR") || w.equals("||")) {
                    out.add(new Tok(Kind.OR, w, start + 1));
                } else if (w.equals("NOT")) {
                    out.add(new Tok(Kind.NOT, w, start + 1));
                } else {
                    out.add(new Tok(Kind.WORD, w, start + 1));
                }
            }
        }
        out.add(new Tok(Kind.END, "", n + 1));
        return out;
    }

    private static boolean isFieldName(String q, int start, int end) {
        if (end <= start) return false;
        for (int k = start; k < end; k++) {
            char c = q.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) return false;
        }
        return true;
    }

    private static char closingQuote(char c) {
        return switch (c) {
            case '"' -> '"';
            case '\u00AB' -> '\u00BB';
            case '\u201C' -> '\u201D';
            default -> 0;
        };
    }
}
