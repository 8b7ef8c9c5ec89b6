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
}
