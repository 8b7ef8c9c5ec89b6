package org.marsad.search.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.marsad.pipeline.Analysis;

/** The topic layer: its label as a searchable field ({@code topic:}) and a facet. */
final class TopicFields implements IndexedLayer {
    @Override
    public void addFields(Analysis a, Document doc) {
        a.topic().ifPresent(t -> add(doc, t.label()));
    }

    static void add(Document doc, String label) {
        doc.add(new TextField(Fields.TOPIC, label, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Fields.TOPIC, label));
    }
}
