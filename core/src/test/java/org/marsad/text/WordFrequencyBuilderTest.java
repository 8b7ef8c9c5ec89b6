package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordFrequencyBuilderTest {
    @TempDir
    Path dir;

    @Test
    void countsLightFoldedArabicWordsAndRecordsSettings() throws IOException {
        WordFrequencyBuilder b = new WordFrequencyBuilder(2);
        b.addText("قال الوزير إن الوزير قال: «الوزيـر» 2017 Reuters مرة");
        Path data = dir.resolve("corpus.txt");
        Files.writeString(data, "made-up corpus");
        Path out = dir.resolve("wf.tsv.gz");
        int kept = b.write(out, List.of(data.toString()));
        String tsv;
        try (var in = new GZIPInputStream(Files.newInputStream(out))) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(kept).isEqualTo(2);
        assertThat(tsv).isEqualTo("الوزير\t3\nقال\t2\n");
        String meta = Files.readString(dir.resolve("wf.meta.json"));
        assertThat(meta).contains("\"minCount\" : 2").contains(WordFrequencyBuilder.sha256(data)).contains("corpus.txt");
    }

    @Test
    void shippedFrequenciesAreLoaded() {
        WordFrequencies f = WordFrequencies.shipped();
        assertThat(f.size()).isGreaterThan(100_000);
        assertThat(f.count("الحكومة")).isGreaterThan(f.count("للحكومة"));
        assertThat(f.count("xyz")).isZero();
    }
}
