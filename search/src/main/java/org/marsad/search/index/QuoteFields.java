package org.marsad.search.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.marsad.article.Quote;
import org.marsad.pipeline.Analysis;

/** The quotes layer: quoted text (stemmed, {@code quote:}) and speakers (names, ids, facet). */
final class QuoteFields implements IndexedLayer {
    @Override
    public void addFields(Analysis a, Document doc) {
        for (Quote q : a.quotes()) {
            doc.add(new TextField(Fields.QUOTE, q.text(), Field.Store.NO));
            q.speaker().ifPresent(s -> {
                doc.add(new TextField(Fields.SPEAKER, s.text(), Field.Store.NO));
                String name = s.entity().map(r -> r.name()).orElse(s.text()).strip();
                s.entity().ifPresent(r -> {
                    doc.add(new StringField(Fields.SPEAKER + Fields.ID_SUFFIX, r.id(), Field.Store.NO));
                    doc.add(new TextField(Fields.SPEAKER, r.name(), Field.Store.NO));
                });
                if (!name.isEmpty()) doc.add(new SortedSetDocValuesFacetField(Fields.SPEAKER, name));
            });
        }
    }
}
