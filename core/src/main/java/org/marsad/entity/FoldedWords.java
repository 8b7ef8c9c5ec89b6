package org.marsad.entity;

import java.util.List;
import org.marsad.article.Token;

/** {@link WordForms#folded} of an article's tokens, each computed once, when first asked for. Not thread-safe: one per article. */
final class FoldedWords {
    private final List<List<Token>> sentences;
    private final String[][] cache;

    FoldedWords(List<List<Token>> sentences) {
        this.sentences = sentences;
        this.cache = new String[sentences.size()][];
    }

    String at(int sentence, int token) {
        String[] c = cache[sentence];
        if (c == null) c = cache[sentence] = new String[sentences.get(sentence).size()];
        String f = c[token];
        if (f == null) f = c[token] = WordForms.folded(sentences.get(sentence).get(token));
        return f;
    }
}
