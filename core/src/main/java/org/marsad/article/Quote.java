package org.marsad.article;

import java.util.Optional;

/**
 * A quotation: direct (between quote marks) or reported («أشار لافروف إلى أن ...»).
 * The span covers the quoted content without the quote marks.
 */
public record Quote(int start, int end, String text, Kind kind, String verb, Optional<Speaker> speaker) {
    public enum Kind {
        DIRECT, REPORTED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Kind parse(String s) {
            return valueOf(s.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Who said it: the mention in the text, linked to an entity where one is known. */
    public record Speaker(int start, int end, String text, Optional<EntityRef> entity) {}
}
