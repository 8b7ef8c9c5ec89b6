package org.marsad.search.index;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.marsad.article.EntityMention;
import org.marsad.pipeline.Analysis;

/**
 * The entities layer: per type (person, place, org, misc) the names as written and canonical
 * names (searchable, folded), the entity ids (keyword {@code person_id} etc.), and a facet on the
 * canonical name (the mention text when unlinked), one value per article.
 */
final class EntityFields implements IndexedLayer {
    @Override
    public void addFields(Analysis a, Document doc) {
        Set<String> facetSeen = new HashSet<>();
        Set<String> textSeen = new HashSet<>();
        for (EntityMention m : a.entities()) {
            String field = field(m);
            String name = m.entity().map(r -> r.name()).orElse(m.text()).strip();
            if (textSeen.add(field + "\u0000" + m.text())) doc.add(new TextField(field, m.text(), Field.Store.NO));
            m.entity().ifPresent(r -> {
                if (textSeen.add(field + "\u0001" + r.id())) {
                    doc.add(new StringField(field + Fields.ID_SUFFIX, r.id(), Field.Store.NO));
                    doc.add(new TextField(field, r.name(), Field.Store.NO));
                    r.nameEn().ifPresent(en -> doc.add(new TextField(field, en, Field.Store.NO)));
                }
            });
            if (!name.isEmpty() && facetSeen.add(field + "\u0000" + name)) {
                doc.add(new SortedSetDocValuesFacetField(field, name));
            }
        }
    }

    static String field(EntityMention m) {
        return switch (m.type()) {
            case PER -> Fields.PERSON;
            case LOC -> Fields.PLACE;
            case ORG -> Fields.ORG;
            case MISC -> Fields.MISC;
        };
    }
}
