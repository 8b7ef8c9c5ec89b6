package org.marsad.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PackedText}: what is written is read back unchanged, for any text and size. */
class PackedTextTest {
    @TempDir
    Path dir;

    @Test void roundTripsArabicJsonAndRandomTexts() throws Exception {
        Random rnd = new Random(5);
        String[] texts = new String[40];
        texts[0] = "";
        texts[1] = "{\"entities\":[{\"text\":\"لافروف\",\"type\":\"PER\"}]}";
        texts[2] = "سوريا ".repeat(20_000);    // large and repetitive
        for (int i = 3; i < texts.length; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(5_000); k > 0; k--) sb.appendCodePoint(rnd.nextInt(4) == 0 ? 0x600 + rnd.nextInt(200) : 1 + rnd.nextInt(0x2FFF));
            texts[i] = sb.toString();
        }
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            for (String t : texts) {
                Document doc = new Document();
                doc.add(PackedText.field("text", t));
                w.addDocument(doc);
            }
            w.addDocument(new Document());    // a document without analysis
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(d)) {
                var leaf = r.leaves().get(0).reader();
                for (int i = 0; i < texts.length; i++) assertThat(PackedText.read(leaf, "text", i)).as("text %d", i).isEqualTo(texts[i]);
                assertThat(PackedText.read(leaf, "text", texts.length)).isNull();
            }
        }
    }

    @Test void readsAPageOfDocumentsAcrossSegmentsInAnyOrder() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
            for (int seg = 0; seg < 3; seg++) {
                for (int i = 0; i < 4; i++) {
                    Document doc = new Document();
                    if (!(seg == 1 && i == 2)) doc.add(PackedText.field("text", "مقال " + (seg * 4 + i)));
                    w.addDocument(doc);
                }
                w.commit();
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                assertThat(r.leaves()).hasSize(3);
                int[] docs = {11, 0, 6, 5, 0, 3, 8};
                assertThat(PackedText.read(r, "text", docs))
                        .containsExactly("مقال 11", "مقال 0", null, "مقال 5", "مقال 0", "مقال 3", "مقال 8");
                assertThat(PackedText.read(r, "absent", docs)).containsOnlyNulls();
                assertThat(PackedText.read(r, "text", new int[0])).isEmpty();
            }
        }
    }
}
