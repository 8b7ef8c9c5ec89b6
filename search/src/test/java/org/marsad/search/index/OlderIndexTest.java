package org.marsad.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.article.RawArticle;
import org.marsad.article.Source;
import org.marsad.json.AnalysisJson;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Analyzer;
import org.marsad.pipeline.Pipeline;
import org.marsad.search.query.SearchRequest;
import org.marsad.search.query.SearchResult;
import org.marsad.search.query.Searcher;
import org.marsad.text.TextStage;

/**
 * Indexes written before the body and the analysis moved from stored fields to {@link PackedText}
 * doc values still serve snippets and articles.
 */
class OlderIndexTest {
    @TempDir
    Path dir;

    @Test void storedBodyAndAnalysisAreStillRead() throws Exception {
        String body = "ارتفعت أسعار النفط اليوم في الأسواق العالمية. وقال محللون إن الصعود سيستمر.";
        RawArticle raw = new RawArticle(Source.ofFile("old.txt"), "UTF-8", Optional.of("النفط"), body, Optional.empty(), Map.of());
        Analysis a = new Analyzer(Pipeline.of(List.of(new TextStage()))).analyze(raw, Optional.empty());
        ObjectNode json = AnalysisJson.tree(a, false);
        json.remove("body");
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Fields.analyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(Fields.ID, "old-1", Field.Store.YES));
            org.apache.lucene.document.FieldType storedBody = new org.apache.lucene.document.FieldType(ArticleFields.BODY_TYPE);
            storedBody.setStored(true);
            doc.add(new Field(Fields.BODY, a.body(), storedBody));
            doc.add(new StoredField(Fields.ANALYSIS, json.toString()));
            w.addDocument(doc);
            w.commit();
        }
        try (Searcher s = Searcher.open(dir)) {
            SearchResult r = s.search(SearchRequest.of("النفط"));
            assertThat(r.hits()).singleElement().satisfies(h -> assertThat(h.snippet()).contains("<b>النفط</b>"));
            assertThat(s.analysis("old-1")).get().satisfies(x -> assertThat(x.body()).isEqualTo(a.body()));
        }
    }
}
