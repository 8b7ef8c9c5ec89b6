package org.marsad.topic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.article.Token;

/**
 * The classifier's features of one article, with their counts: content-word stems of the body
 * ({@code w:موسكو}), pairs of content words standing next to each other in the body
 * ({@code b:مجلس_امن}), and title stems ({@code t:...}). Keys come from {@link ContentWords}, so
 * clitic variants and spelling variants of a word are one feature. Thread-safe.
 */
public final class TopicFeatures {
    private final ContentWords words;

    public TopicFeatures(ContentWords words) {
        this.words = words;
    }

    public ContentWords words() {
        return words;
    }

    /** Feature counts from the body's tokens and their content keys, plus the title's tokens. */
    public Map<String, Integer> of(String body, List<Token> bodyTokens, String[] bodyKeys, List<Token> titleTokens) {
        Map<String, Integer> f = new HashMap<>(bodyTokens.size() * 2);
        String prev = null;
        Token prevToken = null;
        for (int i = 0; i < bodyKeys.length; i++) {
            String k = bodyKeys[i];
            Token t = bodyTokens.get(i);
            if (k == null) {
                // a stop word, number or punctuation mark between two words breaks the pair
                prev = null;
                continue;
            }
            f.merge("w:" + k, 1, Integer::sum);
            if (prev != null && ContentWords.adjacent(body, prevToken, t)) f.merge("b:" + prev + "_" + k, 1, Integer::sum);
            prev = k;
            prevToken = t;
        }
        for (Token t : titleTokens) {
            String k = words.key(t);
            if (k != null) f.merge("t:" + k, 1, Integer::sum);
        }
        return f;
    }
}
