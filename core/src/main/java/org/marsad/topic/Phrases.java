package org.marsad.topic;

import java.util.List;
import org.marsad.article.Token;

/**
 * Enumerates candidate key phrases: runs of one to {@link #MAX_WORDS} content words that stand
 * next to each other in the body (only spaces between them). A stop word, number or punctuation
 * mark ends a run, and so does a word with a conjunction or preposition in front («روسيا
 * وأفغانستان»): «مجلس الأمن الدولي» is a candidate, «الأمن في سورية» is not.
 */
final class Phrases {
    static final int MAX_WORDS = 3;

    /** Receives one phrase occurrence: tokens [from, from + length) and its key. */
    interface Visitor {
        void phrase(int from, int length, String key);
    }

    private Phrases() {}

    static void forEach(String body, List<Token> tokens, String[] keys, Visitor v) {
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) continue;
            b.setLength(0);
            b.append(keys[i]);
            v.phrase(i, 1, keys[i]);
            for (int len = 2; len <= MAX_WORDS && i + len - 1 < keys.length; len++) {
                int j = i + len - 1;
                if (keys[j] == null || !ContentWords.continuesPhrase(tokens.get(j))
                        || !ContentWords.adjacent(body, tokens.get(j - 1), tokens.get(j))) break;
                b.append(' ').append(keys[j]);
                v.phrase(i, len, b.toString());
            }
        }
    }
}
