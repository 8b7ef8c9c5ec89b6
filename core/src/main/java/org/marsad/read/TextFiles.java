package org.marsad.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Gold and data files that Marsad reads as UTF-8 text (CoNLL, CoNLL-U, TSV): bytes that are no
 * UTF-8 fail with the file's name rather than a bare decoder exception. Articles go through
 * {@link Charsets} instead, which also reads the Arabic single-byte encodings.
 */
public final class TextFiles {
    private TextFiles() {}

    /**
     * All lines of a UTF-8 file, without the byte-order mark some editors write first; an
     * {@link IOException} names the file when its bytes are no UTF-8.
     */
    public static List<String> utf8Lines(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text", e);
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) lines.set(0, lines.get(0).substring(1));
        return lines;
    }
}
