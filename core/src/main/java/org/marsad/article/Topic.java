package org.marsad.article;

import java.util.Map;

/** The article's topic with calibrated probabilities over all labels. */
public record Topic(String label, double score, Map<String, Double> scores) {
    public Topic {
        // in the order given (the model's labels), not Map.copyOf's, which changes from run to run
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }
}
