package org.marsad.entity;

import java.util.List;

/**
 * One sentence of a NER corpus: its words and their BIO tags, with types already mapped to
 * Marsad's names ({@code B-PER}, {@code I-LOC}, {@code O}; ANERcorp's PERS and AQMAR's MIS become
 * PER and MISC).
 */
public record NerSentence(List<String> words, List<String> tags) {
    public NerSentence {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
    }

    public int size() {
        return words.size();
    }
}
