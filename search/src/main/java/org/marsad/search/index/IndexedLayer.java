package org.marsad.search.index;

import org.apache.lucene.document.Document;
import org.marsad.pipeline.Analysis;

/**
 * Maps one analysis layer to index fields and facets. Adding a layer to the index is one new
 * implementation registered in {@link ArticleDocuments#STANDARD}. Implementations are stateless
 * and thread-safe; they must add nothing when the layer is absent from the analysis.
 */
public interface IndexedLayer {
    /** Adds this layer's fields (and facet fields, which {@code FacetsConfig.build} turns into doc values). */
    void addFields(Analysis analysis, Document doc);
}
