package org.marsad.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HitFields}: a hit's id, title, source, time and story come back; absent values stay absent. */
class HitFieldsTest {
    @TempDir
    Path dir;

    @Test void roundTripsPresentAndAbsentValues() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document full = new Document();
            full.add(HitFields.field("a1", Optional.of("لافروف\u001Fفي موسكو"), Optional.of("سانا"), Optional.of(1_486_425_600_000L)));
            full.add(new SortedDocValuesField(Fields.STORY, new BytesRef("s9")));
            w.addDocument(full);
            Document bare = new Document();
            bare.add(HitFields.field("a2", Optional.empty(), Optional.empty(), Optional.empty()));
            w.addDocument(bare);
            w.addDocument(new Document());
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(d)) {
                var leaf = r.leaves().get(0).reader();
                Document a = HitFields.read(leaf, 0);
                assertThat(a.get(Fields.ID)).isEqualTo("a1");
                assertThat(a.get(Fields.TITLE)).isEqualTo("لافروف في موسكو");
                assertThat(a.get(Fields.SOURCE)).isEqualTo("سانا");
                assertThat(a.getField(Fields.PUBLISHED).numericValue().longValue()).isEqualTo(1_486_425_600_000L);
                assertThat(a.get(Fields.STORY)).isEqualTo("s9");
                Document b = HitFields.read(leaf, 1);
                assertThat(b.get(Fields.ID)).isEqualTo("a2");
                assertThat(b.get(Fields.TITLE)).isNull();
                assertThat(b.get(Fields.SOURCE)).isNull();
                assertThat(b.getField(Fields.PUBLISHED)).isNull();
                assertThat(b.get(Fields.STORY)).isNull();
                assertThat(HitFields.read(leaf, 2)).isNull();
            }
        }
    }
}
