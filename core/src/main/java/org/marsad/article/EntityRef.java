package org.marsad.article;

import java.util.Optional;

/**
 * A canonical identity a mention links to: a knowledge-base entry (id like "Q7747" style or
 * "kb:per/sergey-lavrov") or an article-local identity ("local:...") for unknown people.
 */
public record EntityRef(String id, String name, Optional<String> nameEn, EntityType type,
                        Optional<String> wikidata) {}
