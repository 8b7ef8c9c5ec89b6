package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;

/**
 * The BIO labels the recogniser predicts, and which label may follow which: I-X only after B-X
 * or I-X, so every decoded sequence is well formed. Immutable.
 */
final class TagSet {
    static final List<String> LABELS = List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG",
            "B-MISC", "I-MISC");
    static final int SIZE = LABELS.size();

    private TagSet() {}

    static int index(String tag) {
        int i = LABELS.indexOf(tag);
        if (i < 0) throw new IllegalArgumentException("unknown tag '" + tag + "'");
        return i;
    }

    /** {@code ALLOWED[prev + 1][next]}: row 0 is the sentence start. Decoding asks it per label pair and token. */
    private static final boolean[][] ALLOWED = new boolean[SIZE + 1][SIZE];

    static {
        for (int p = -1; p < SIZE; p++) for (int n = 0; n < SIZE; n++) ALLOWED[p + 1][n] = rule(p, n);
    }

    /** Whether {@code next} may follow {@code prev}; {@code prev == -1} is the sentence start. */
    static boolean allowed(int prev, int next) {
        return ALLOWED[prev + 1][next];
    }

    private static boolean rule(int prev, int next) {
        String n = LABELS.get(next);
        if (!n.startsWith("I-")) return true;
        if (prev < 0) return false;
        String p = LABELS.get(prev);
        return !p.equals("O") && p.substring(2).equals(n.substring(2));
    }

    static EntityType type(int label) {
        return EntityType.valueOf(LABELS.get(label).substring(2));
    }
}
