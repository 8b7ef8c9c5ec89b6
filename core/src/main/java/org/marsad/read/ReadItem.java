package org.marsad.read;

import org.marsad.article.RawArticle;

/** What a reader yields per record: an article, or a failure naming the input, place and problem. */
public sealed interface ReadItem {
    /** A record read successfully. */
    record Ok(RawArticle article) implements ReadItem {}

    /**
     * A record or file that could not be read.
     *
     * @param input    the file (or "-" for stdin) with the record's place, e.g. "a.jsonl line 17"
     * @param problem  what is wrong, in one line
     */
    record Failed(String input, String problem) implements ReadItem {
        @Override
        public String toString() {
            return input + ": " + problem;
        }
    }
}
