package org.marsad.article;

import java.util.Optional;

/**
 * A named-entity mention. The span excludes attached clitics: in «بموسكو» it covers «موسكو».
 *
 * @param role a title kept as a role, e.g. «وزير الخارجية الروسي», when the text gives one
 */
public record EntityMention(int start, int end, String text, EntityType type,
                            Optional<EntityRef> entity, Optional<String> role) {
    public EntityMention {
        new Span(start, end);
    }

    public Span span() {
        return new Span(start, end);
    }
}
