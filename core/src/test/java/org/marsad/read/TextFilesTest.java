package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UTF-8 gold files: their lines, or an error that names the file. */
class TextFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsTheLinesOfAUtf8File() throws IOException {
        Path f = dir.resolve("gold.tsv");
        Files.writeString(f, "قال\tO\nلافروف\tB-PER\n");
        assertThat(TextFiles.utf8Lines(f)).containsExactly("قال\tO", "لافروف\tB-PER");
        // a byte-order mark is no part of the first word
        Files.writeString(f, "\uFEFFقال\tO\n");
        assertThat(TextFiles.utf8Lines(f)).containsExactly("قال\tO");
    }

    @Test
    void bytesThatAreNoUtf8NameTheFile() throws IOException {
        // windows-1256 «قال»: valid Arabic bytes, but no UTF-8
        Path f = dir.resolve("cp1256.tsv");
        Files.write(f, new byte[] {(byte) 0xDE, (byte) 0xC7, (byte) 0xE1, '\t', 'O', '\n'});
        assertThatThrownBy(() -> TextFiles.utf8Lines(f)).isInstanceOf(IOException.class)
                .hasMessage(f + ": not UTF-8 text");
    }
}
