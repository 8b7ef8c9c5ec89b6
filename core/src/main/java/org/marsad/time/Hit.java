package org.marsad.time;

import org.marsad.article.TimeExpression.Type;

/**
 * A rule's match: from character {@code start} to the end of token {@code endToken - 1}, with its
 * TIMEX3 type, value and optional mod (null when none).
 */
record Hit(int start, int endToken, Type type, String value, String mod) {
    Hit withMod(String m) {
        return new Hit(start, endToken, type, value, m);
    }

    Hit from(int newStart) {
        return new Hit(newStart, endToken, type, value, mod);
    }

    Hit to(int newEndToken) {
        return new Hit(start, newEndToken, type, value, mod);
    }
}
