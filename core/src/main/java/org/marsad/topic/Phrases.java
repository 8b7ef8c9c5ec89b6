package org.marsad.topic;

import java.util.List;
import java.util.Set;
import org.marsad.article.Token;

/**
 * Enumerates candidate key phrases: runs of one to {@link #MAX_WORDS} content words (four through a
 * name connector) that stand
 * next to each other in the body (only spaces between them). A stop word, number or punctuation
 * mark ends a run, and so does a word with a conjunction or preposition in front («روسيا
 * وأفغانستان»): «مجلس الأمن الدولي» is a candidate, «الأمن في سورية» is not. The name
 * connectors بن، ابن، أبو، آل، بنت are stop words alone but link a name's words («أسامة بن
 * لادن», «أبو مازن», «آل سعود»): a run may start with or go through one, never end with one,
 * nor with «عبد», which heads the next word («محمد بن عبد» is not a phrase).
 */
final class Phrases {
    static final int MAX_WORDS = 3;
    /** A run through a name connector may be this long: «عادل بن أحمد الجبير», not only «بن أحمد الجبير». */
    static final int MAX_NAME_WORDS = 4;

    /** Folded name connectors; «آل» folds to «ال». */
    private static final Set<String> CONNECTORS = Set.of("بن", "ابن", "ابو", "ابي", "بنت", "ال");

    /** Receives one phrase occurrence: tokens [from, from + length) and its key. */
    interface Visitor {
        void phrase(int from, int length, String key);
    }

    private Phrases() {}

    static void forEach(String body, List<Token> tokens, String[] keys, Visitor v) {
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i < keys.length; i++) {
            String first = keys[i] != null ? keys[i] : connector(tokens.get(i));
            if (first == null) continue;
            b.setLength(0);
            b.append(first);
            if (keys[i] != null) v.phrase(i, 1, first);
            boolean name = false;
            for (int len = 2; len <= (name ? MAX_NAME_WORDS : MAX_WORDS) && i + len - 1 < keys.length; len++) {
                int j = i + len - 1;
                String word = keys[j] != null ? keys[j] : connector(tokens.get(j));
                if (word == null || !ContentWords.continuesPhrase(tokens.get(j))
                        || !ContentWords.adjacent(body, tokens.get(j - 1), tokens.get(j))) break;
                name |= keys[j] == null; // a connector inside the run: a full name may take a fourth word
                b.append(' ').append(word);
                if (keys[j] != null && !keys[j].equals("عبد")) v.phrase(i, len, b.toString());
            }
        }
    }

    /** The folded connector, when the token is one, else null. */
    private static String connector(Token t) {
        return CONNECTORS.contains(t.norm()) ? t.norm() : null;
    }
}
