package org.marsad.entity;

import java.util.List;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;

/** Quote marks around names: which characters are marks, which close which, and whether a draft stands between two. Stateless. */
final class QuoteMarks {
    private QuoteMarks() {}

    /** Whether the token is a quote mark: "«»“”„'‘’ and ″, with which some feeds close what “ opens («“بيس 15″»). */
    static boolean isQuoteMark(Token t) {
        return !t.text().isEmpty() && "\"«»“”„'‘’″".indexOf(t.text().charAt(0)) >= 0;
    }

    /** Whether quote marks stand right before and right after draft {@code d}. */
    static boolean betweenQuoteMarks(List<Token> tokens, Draft d) {
        return d.first > 0 && d.last + 1 < tokens.size() && isQuoteMark(tokens.get(d.first - 1)) && isQuoteMark(tokens.get(d.last + 1));
    }

    /** Whether quote mark {@code close} closes what {@code open} opens: «» and "" pair, “” either way round; «بزواج ..."» does not. */
    static boolean quotesPair(Token open, Token close) {
        char c = close.text().charAt(0);
        return switch (open.text().charAt(0)) {
            case '«' -> c == '»';
            case '“', '”', '„' -> c == '”' || c == '“' || c == '″';
            case '‘', '’' -> c == '’' || c == '‘';
            default -> c == open.text().charAt(0);
        };
    }
}
