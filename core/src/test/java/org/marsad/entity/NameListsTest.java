package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name lists become gazetteer labels per word and ship as hashes only. */
class NameListsTest {
    @TempDir
    Path dir;

    private NameLists build() throws IOException {
        Files.writeString(dir.resolve("AlignedPersGazetteer.txt"), "سمير\nنادية\n");
        Files.writeString(dir.resolve("AlignedLocGazetteer.txt"), "====\nوادي النيل\n****\nطنطا\n");
        Files.writeString(dir.resolve("AlignedOrgGazetteer.txt"), "نادي الزمالك\n");
        return NameLists.build(dir);
    }

    private static long h(String w) {
        return FeatureHash.of(org.marsad.text.ArabicNormalizer.normalize(w));
    }

    @Test
    void wordsGetTypeAndPosition() throws IOException {
        NameLists n = build();
        assertThat(n.labels(h("سمير"), h("وسمير"))).containsExactly("PER:U");
        assertThat(n.labels(h("وادي"), h("وادي"))).containsExactly("LOC:B");
        assertThat(n.labels(h("الزمالك"), h("الزمالك"))).containsExactly("ORG:I");
        assertThat(n.labels(h("كتاب"), h("كتاب"))).isEmpty();
        assertThat(n.size()).isEqualTo(7);
    }

    @Test
    void writtenFileHoldsHashesNotNames() throws IOException {
        Path out = dir.resolve("names.tsv.gz");
        build().write(out);
        String text = new String(new GZIPInputStream(Files.newInputStream(out)).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("سمير").contains("PER:U").contains(Long.toHexString(h("سمير")));
    }

    @Test
    void missingListNamesTheFile() {
        assertThatThrownBy(() -> NameLists.build(dir.resolve("nowhere"))).hasMessageContaining("AlignedPersGazetteer.txt");
    }
}
