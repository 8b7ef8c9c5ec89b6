package org.marsad.server;

import java.util.Locale;
import java.util.Optional;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Quote;
import org.marsad.text.ArabicNormalizer;

/**
 * How the API names an entity: the linked entity's id when the mention is linked
 * ({@code Q7747}, {@code kb:per/...}), else its type and written name, {@code PER:لافروف}, so an
 * entity page exists even before (or without) entity linking. Two mentions are the same entity
 * when their linked ids are equal, or, unlinked, when type and folded name are equal.
 */
record EntityKey(String id, Optional<EntityType> type, String name) {
    /** The key of a mention. */
    static EntityKey of(EntityMention m) {
        if (m.entity().isPresent()) return linked(m.entity().get());
        return new EntityKey(m.type().name() + ":" + m.text().strip(), Optional.of(m.type()), m.text().strip());
    }

    static EntityKey linked(EntityRef r) {
        return new EntityKey(r.id(), Optional.of(r.type()), r.name());
    }

    /** Parses an id from a URL: {@code TYPE:name} when it starts with an entity type, else a linked id. */
    static EntityKey parse(String id) {
        String s = id.strip();
        int colon = s.indexOf(':');
        if (colon > 0) {
            try {
                EntityType t = EntityType.valueOf(s.substring(0, colon).toUpperCase(Locale.ROOT));
                String name = s.substring(colon + 1).strip();
                if (!name.isEmpty()) return new EntityKey(t.name() + ":" + name, Optional.of(t), name);
            } catch (IllegalArgumentException e) {
                // not a type prefix: an id such as kb:per/...
            }
        }
        return new EntityKey(s, Optional.empty(), s);
    }

    boolean isLinked() {
        return !id.equals(type.map(t -> t.name() + ":" + name).orElse(""));
    }

    /** Whether {@code m} mentions this entity. */
    boolean matches(EntityMention m) {
        if (isLinked()) return m.entity().map(r -> r.id().equals(id)).orElse(false);
        return type.get() == m.type() && fold(m.text()).equals(fold(name));
    }

    /** Whether this entity said {@code q}: the speaker is linked to it, or names it. */
    boolean spoke(Quote q) {
        if (q.speaker().isEmpty()) return false;
        Quote.Speaker s = q.speaker().get();
        if (isLinked()) return s.entity().map(r -> r.id().equals(id)).orElse(false);
        if (type.get() != EntityType.PER && type.get() != EntityType.ORG) return false;
        String sp = fold(s.text());
        String me = fold(name);
        return sp.equals(me) || (" " + sp + " ").contains(" " + me + " ");
    }

    /** The query (the search module's language) that finds articles that may mention the entity. */
    String query() {
        String v = '"' + name.replace('"', ' ').replace('«', ' ').replace('»', ' ') + '"';
        if (type.isPresent() && !isLinked()) return field(type.get()) + ":" + v;
        return "(person:" + v + " OR place:" + v + " OR org:" + v + " OR misc:" + v + " OR speaker:" + v + ")";
    }

    static String field(EntityType t) {
        return switch (t) {
            case PER -> "person";
            case LOC -> "place";
            case ORG -> "org";
            case MISC -> "misc";
        };
    }

    private static String fold(String s) {
        return ArabicNormalizer.normalize(s).strip().replaceAll("\\s+", " ");
    }
}
