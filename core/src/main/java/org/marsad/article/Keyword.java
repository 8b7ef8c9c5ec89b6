package org.marsad.article;

/** A key phrase of the article and its score (higher is more characteristic). */
public record Keyword(String text, double score) {}
