package org.marsad.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.json.AnalysisJson;
import org.marsad.pipeline.Analysis;
import org.marsad.search.story.MinHash;

/**
 * Turns an {@link Analysis} into the Lucene document Marsad indexes: the id, every
 * {@link IndexedLayer}'s fields, the MinHash signature for story grouping, and the full analysis
 * as JSON ({@link PackedText}; without tokens, and without the body, which is kept once in its
 * own field) so results are served without re-analysis. The story id is added by the
 * writer ({@link #withStory}), which alone sees every earlier article. Thread-safe.
 */
public final class ArticleDocuments {
    /** Every layer mapper, in the order their fields are added. */
    public static final List<IndexedLayer> STANDARD = List.of(
            new ArticleFields(), new EntityFields(), new QuoteFields(), new TopicFields());

    private final List<IndexedLayer> layers;
    private final FacetsConfig facets = Fields.facets();
    private final org.apache.lucene.analysis.Analyzer analyzer = Fields.analyzer();

    public ArticleDocuments(List<IndexedLayer> layers) {
        this.layers = List.copyOf(layers);
    }

    public static ArticleDocuments standard() {
        return new ArticleDocuments(STANDARD);
    }

    /** The document without its story fields, and the article's MinHash signature. */
    public Built build(Analysis a) {
        Document doc = new Document();
        String id = a.article().id();
        doc.add(new StringField(Fields.ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
        for (IndexedLayer layer : layers) layer.addFields(a, doc);
        doc.add(HitFields.field(id, a.article().title().filter(t -> !t.isBlank()), ArticleFields.source(a.article()),
                a.article().published().flatMap(ArticleFields::epochMillis)));
        int[] signature = MinHash.signature(a.article().title().orElse(""), a.body());
        doc.add(new BinaryDocValuesField(Fields.MINHASH, new BytesRef(MinHash.toBytes(signature))));
        // the body is kept once, in its own field (snippets read it); the JSON leaves it out
        ObjectNode json = AnalysisJson.tree(a, false);
        json.remove("body");
        doc.add(PackedText.field(Fields.ANALYSIS, json.toString()));
        try {
            return new Built(id, PreAnalyzed.of(facets.build(doc), analyzer), signature);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build facets of " + id, e);
        }
    }

    /** Adds the story id (stored, searchable, and as doc values for collapsing). */
    public static Document withStory(Document doc, String story) {
        doc.add(new StringField(Fields.STORY, story, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.STORY, new BytesRef(story)));
        return doc;
    }

    /** A built document, its article id and MinHash signature. */
    public record Built(String id, Document doc, int[] signature) {}
}
