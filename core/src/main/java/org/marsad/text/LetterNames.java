package org.marsad.text;

import java.util.Set;

/**
 * The names of the Latin letters as Arabic writes them («إيه», «بي», «سي», ... «زد»), of which
 * names like «بي.بي.سي» and «إف. بي. آي» are spelt. Folded with {@link ArabicNormalizer}; thread-safe.
 */
public final class LetterNames {
    private LetterNames() {}

    private static final Set<String> NAMES = ArabicNormalizer.foldedSet("إيه", "أيه", "إي", "آي", "أي", "بي", "سي", "دي",
            "إف", "جي", "إتش", "جيه", "كيه", "كي", "إل", "إم", "إن", "أو", "كيو", "آر", "إس", "تي", "يو", "في", "دبليو",
            "دابليو", "إكس", "واي", "زد", "زي");

    /** Whether a folded word is a letter's name. */
    public static boolean contains(String folded) {
        return NAMES.contains(folded);
    }
}
