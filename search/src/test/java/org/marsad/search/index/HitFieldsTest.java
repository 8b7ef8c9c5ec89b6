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

    @Test void aPageReadAcrossSegmentsEqualsReadingEachHit() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
            for (int seg = 0; seg < 3; seg++) {
                for (int i = 0; i < 5; i++) {
                    int n = seg * 5 + i;
                    Document doc = new Document();
                    if (n != 7) doc.add(HitFields.field("a" + n, Optional.of("عنوان " + n), Optional.of("سانا"), Optional.of(1_000L * n)));
                    if (n % 2 == 0) doc.add(new SortedDocValuesField(Fields.STORY, new BytesRef("s" + n / 4)));
                    w.addDocument(doc);
                }
                w.commit();
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                assertThat(r.leaves()).hasSize(3);
                int[] docs = {14, 2, 7, 9, 2, 0, 5};
                Document[] page = HitFields.read(r, docs);
                for (int i = 0; i < docs.length; i++) {
                    var leaf = r.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(docs[i], r.leaves()));
                    Document one = HitFields.read(leaf.reader(), docs[i] - leaf.docBase);
                    if (docs[i] == 7) {
                        assertThat(page[i]).isNull();
                        assertThat(one).isNull();
                        continue;
                    }
                    assertThat(page[i].get(Fields.ID)).isEqualTo("a" + docs[i]).isEqualTo(one.get(Fields.ID));
                    assertThat(page[i].get(Fields.TITLE)).isEqualTo(one.get(Fields.TITLE));
                    assertThat(page[i].get(Fields.STORY)).isEqualTo(docs[i] % 2 == 0 ? "s" + docs[i] / 4 : null).isEqualTo(one.get(Fields.STORY));
                    assertThat(page[i].getField(Fields.PUBLISHED).numericValue().longValue()).isEqualTo(1_000L * docs[i]);
                }
            }
        }
    }
}
