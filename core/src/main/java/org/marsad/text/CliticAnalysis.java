package org.marsad.text;

import java.util.Arrays;
import org.marsad.article.Segment;

/**
 * One word's clitic analysis over its light-folded form: the segments' lengths in folded
 * characters, their kinds, and for each the dictionary form where spelling elided something (the
 * alef of ال after ل, a teh marbuta written ت before a suffix), else null for "as written".
 * Immutable; shared between all tokens with the same folded form.
 */
record CliticAnalysis(int[] lengths, Segment.Kind[] kinds, String[] forms) {
    static final Segment.Kind[] STEM_ONLY = {Segment.Kind.STEM};

    /** The analysis of a word that is not split. */
    static CliticAnalysis whole(int length) {
        return new CliticAnalysis(new int[] {length}, STEM_ONLY, new String[1]);
    }

    int size() {
        return kinds.length;
    }

    boolean isWhole() {
        return kinds.length == 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CliticAnalysis a && Arrays.equals(lengths, a.lengths) && Arrays.equals(kinds, a.kinds)
                && Arrays.equals(forms, a.forms);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(lengths) * 31 + Arrays.hashCode(kinds)) * 31 + Arrays.hashCode(forms);
    }

    @Override
    public String toString() {
        return Arrays.toString(kinds) + Arrays.toString(lengths) + Arrays.toString(forms);
    }
}
