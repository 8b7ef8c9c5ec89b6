package org.marsad.article;

import java.util.Map;

/** The article's topic with calibrated probabilities over all labels. */
public record Topic(String label, double score, Map<String, Double> scores) {
    public Topic {
        scores = Map.copyOf(scores);
    }
}
