package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.read.ReaderTesting.articles;
import static org.marsad.read.ReaderTesting.failures;
import static org.marsad.read.ReaderTesting.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @TempDir Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    @Test void wireTextIsOneArticle() {
        List<ReadItem> items = read(utf8("موسكو-سانا\nقال لافروف."), "a.txt");
        assertThat(articles(items)).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("موسكو-سانا\nقال لافروف.");
            assertThat(a.field("format")).contains("wire");
        });
    }

    @Test void gzipIsUndoneTransparentlyAndFormatSniffed() throws IOException {
        assertThat(articles(read(gzip(utf8("{\"content\":\"نص\"}\n{\"content\":\"آخر\"}")), "x.gz"))).hasSize(2);
        assertThat(articles(read(gzip(utf8("<DOC><TEXT>نص</TEXT></DOC>")), "y.gz"))).hasSize(1);
    }

    @Test void emptyInputIsAnError() {
        assertThat(failures(read(new byte[0], "empty.txt"))).singleElement()
                .satisfies(f -> assertThat(f.toString()).isEqualTo("empty.txt: empty input"));
    }

    @Test void whitespaceOnlyWireTextIsAnError() {
        assertThat(failures(read(utf8(" \n\t\n"), "blank.txt"))).singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("no text"));
    }

    @Test void binaryInputIsAnError() {
        byte[] b = new byte[4000];
        new java.util.Random(1).nextBytes(b);
        b[10] = 0;
        assertThat(failures(read(b, "x.bin"))).singleElement().satisfies(f -> assertThat(f.problem()).contains("binary"));
    }

    @Test void missingFileIsAnError() {
        assertThat(failures(ReaderTesting.drain(Inputs.open(dir.resolve("nope.txt").toString(), Format.AUTO, FieldMap.defaults()))))
                .singleElement().satisfies(f -> assertThat(f.problem()).isEqualTo("no such file"));
    }

    @Test void aNamedPipeIsRead() throws Exception {
        // what a shell passes for «<(zcat a.gz)»: a pipe, which has no size to ask for
        Path fifo = dir.resolve("pipe");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo is available");
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, utf8("موسكو-سانا\nقال لافروف إن المحادثات مستمرة."));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        List<ReadItem> items = ReaderTesting.drain(Inputs.open(fifo.toString(), Format.AUTO, FieldMap.defaults()));
        writer.join();
        assertThat(failures(items)).isEmpty();
        assertThat(articles(items)).singleElement().satisfies(a -> assertThat(a.text()).contains("قال لافروف"));
    }

    @Test void oversizedWireFileIsRefusedClearly() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] line = utf8("كلمة ".repeat(1000) + "\n");
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written <= Inputs.MAX_WIRE_BYTES; written += line.length) out.write(line);
        }
        assertThat(failures(ReaderTesting.drain(Inputs.open(big.toString(), Format.AUTO, FieldMap.defaults()))))
                .singleElement().satisfies(f -> assertThat(f.problem()).contains("64 MB"));
    }

    @Test void veryLongLineIsReadCorrectly() {
        String longLine = "كلمة ".repeat(400_000).strip();
        assertThat(articles(read(utf8(longLine), "long.txt"))).singleElement()
                .satisfies(a -> assertThat(a.text()).hasSize(longLine.length()));
    }

    @Test void directoriesAreExpandedSortedWithoutHiddenFilesOrReadmes() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.txt"), "ب");
        Files.writeString(dir.resolve("sub/a.txt"), "أ");
        Files.writeString(dir.resolve(".hidden"), "x");
        Files.writeString(dir.resolve("README.md"), "# notes");
        assertThat(Inputs.expand(List.of(dir.toString(), "-")))
                .containsExactly(dir.resolve("b.txt").toString(), dir.resolve("sub/a.txt").toString(), "-");
    }

    @Test void formatCanBeForced() {
        List<ReadItem> items = ReaderTesting.drain(Inputs.open(new java.io.ByteArrayInputStream(utf8("{\"content\":\"x\"}")),
                "forced.txt", Format.WIRE, FieldMap.defaults()));
        assertThat(articles(items)).singleElement().satisfies(a -> assertThat(a.text()).startsWith("{"));
    }

    @Test void randomBytesAreReadOrRefusedWithAProblemNeverAnException() {
        java.util.Random r = new java.util.Random(17);
        byte[][] seeds = {utf8("<DOC><TEXT>نص</TEXT></DOC>"), utf8("{\"content\":\"نص\"}\n"), utf8("موسكو-سانا\nنص")};
        for (int i = 0; i < 1500; i++) {
            byte[] base = seeds[r.nextInt(seeds.length)];
            byte[] b = java.util.Arrays.copyOf(base, base.length + r.nextInt(20));
            int flips = r.nextInt(6);
            for (int k = 0; k < flips; k++) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            for (ReadItem item : read(b, "fuzz-" + i)) {
                if (item instanceof ReadItem.Failed f) {
                    assertThat(f.input()).startsWith("fuzz-" + i);
                    assertThat(f.problem()).isNotBlank();
                } else {
                    assertThat(((ReadItem.Ok) item).article().text()).isNotNull();
                }
            }
        }
    }
}
