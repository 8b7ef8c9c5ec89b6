package org.marsad.time;

import java.util.HashSet;
import java.util.Set;

/**
 * A cheap test of whether a time expression can begin at a token, so the tagger runs its rules
 * at the tokens that can start one instead of at every token.
 * A token can start an expression when its base form ({@link Words#b(int)}) holds a digit, ends in
 * «ات» (a decade, «الستينيات»), or is one of the words the rule classes declare as their possible
 * first words ({@code addStartWords}: each rule class lists them next to its rules). The test must
 * admit every token at which some rule matches: a rule that starts at a new kind of word has to add
 * that word, or it will never run ({@code StartWordsTest} compares filtered and unfiltered tagging).
 * Immutable and thread-safe.
 */
final class StartWords {
    private static final Set<String> WORDS = build();

    private StartWords() {}

    private static Set<String> build() {
        Set<String> out = new HashSet<>();
        CalendarDates.addStartWords(out);
        RelativeDates.addStartWords(out);
        Durations.addStartWords(out);
        out.addAll(Lexicon.START);
        out.addAll(Lexicon.MID);
        out.addAll(Lexicon.END);
        return Set.copyOf(out);
    }

    /** The declared start words (folded base forms). */
    static Set<String> words() {
        return WORDS;
    }

    /** True when some rule may match at a token whose base form is {@code base}. */
    static boolean mayStart(String base) {
        int n = base.length();
        if (n >= 2 && base.charAt(n - 1) == 'ت' && base.charAt(n - 2) == 'ا') return true;
        for (int k = 0; k < n; k++) {
            if (Character.isDigit(base.charAt(k))) return true;
        }
        return WORDS.contains(base);
    }
}
