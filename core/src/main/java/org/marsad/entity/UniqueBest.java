package org.marsad.entity;

import java.util.function.ToIntFunction;

/** The candidate that alone scores highest, as the linker's cue votes choose. Stateless. */
final class UniqueBest {
    private UniqueBest() {}

    /** The one candidate with the highest score above zero, or null when none scores or two share the highest. */
    static <T> T of(Iterable<T> candidates, ToIntFunction<T> score) {
        T best = null;
        int bestScore = 0;
        boolean tie = false;
        for (T c : candidates) {
            int s = score.applyAsInt(c);
            if (s > bestScore) {
                best = c;
                bestScore = s;
                tie = false;
            } else if (s == bestScore && s > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
