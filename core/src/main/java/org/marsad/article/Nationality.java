package org.marsad.article;

/**
 * A nationality adjective (الروسي، الأمريكية، الأفغاني) that links the article to a country;
 * reported apart from the NER mentions that evaluation scores.
 */
public record Nationality(int start, int end, String text, EntityRef country) {}
