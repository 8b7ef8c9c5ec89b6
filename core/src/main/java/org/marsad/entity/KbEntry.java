package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityRef;

/**
 * One knowledge-base entity: its canonical reference and every Arabic name it is written under
 * (folded for matching, see {@link KnowledgeBase#fold}).
 *
 * @param ref         id, canonical Arabic name, English name, type, Wikidata id when known
 * @param names       folded Arabic names, canonical first
 * @param adjectives  folded nationality adjectives (countries only), e.g. «الروسي», «الروس»
 */
public record KbEntry(EntityRef ref, List<String> names, List<String> adjectives) {
    public KbEntry {
        names = List.copyOf(names);
        adjectives = List.copyOf(adjectives);
    }
}
