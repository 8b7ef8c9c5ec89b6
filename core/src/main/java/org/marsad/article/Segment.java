package org.marsad.article;

/**
 * A clitic segment of a token. Offsets are into the body, so segments of «بموسكو» are
 * ب [s, s+1) and موسكو [s+1, e). {@code form} is the segment as a dictionary would write it:
 * for «للحكومة» the article segment is [s+1, s+2) with form «ال», restoring the alef that the
 * preposition swallowed.
 */
public record Segment(int start, int end, String form, Kind kind) {
    public enum Kind {
        /** conjunction و ف */ CONJ,
        /** preposition ب ل ك */ PREP,
        /** future particle س */ FUT,
        /** definite article ال */ DET,
        /** the word itself */ STEM,
        /** pronoun suffix ه ها هم هما هن ك كم نا ي */ PRON,
        /** a tatweel written against a word as a dash («ـ11», «الأهمـ»), a token of its own in UD */ PUNCT
    }
}
