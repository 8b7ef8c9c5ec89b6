package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllNerTest {
    @TempDir
    Path dir;

    @Test
    void corpusLabelNamesMapToMarsadTypes() throws IOException {
        Path f = dir.resolve("a.conll");
        Files.writeString(f, "زار\tO\nسامي\tB-PERS\nعمّان\tB-LOC\n\nمهرجان\tB-MIS\nالربيع\tI-MIS\n");
        List<NerSentence> s = ConllNer.read(f);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).tags()).containsExactly("O", "B-PER", "B-LOC");
        assertThat(s.get(1).tags()).containsExactly("B-MISC", "I-MISC");
    }

    @Test
    void badTagNamesFileAndLine() throws IOException {
        Path f = dir.resolve("b.conll");
        Files.writeString(f, "زار\tO\nسامي\tX-PER\n");
        assertThatThrownBy(() -> ConllNer.read(f)).hasMessageContaining("b.conll:2").hasMessageContaining("X-PER");
    }

    @Test
    void bytesThatAreNoUtf8NameFileAndLine() throws IOException {
        Path f = dir.resolve("c.conll");
        byte[] head = "زار\tO\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xD8, '\t', 'O', '\n'}; // the first byte of «ا» alone
        byte[] all = java.util.Arrays.copyOf(head, head.length + bad.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(f, all);
        assertThatThrownBy(() -> ConllNer.read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("c.conll").hasMessageContaining("not UTF-8");
    }
}
