package org.marsad.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.marsad.article.RawArticle;
import org.marsad.article.Source;

/**
 * The front door for every input: expands directories, opens files or stdin ("-"), undoes gzip,
 * detects the charset and the format, and hands back a {@link RecordStream}. Opening never
 * throws for a bad input: the stream yields one {@link ReadItem.Failed} naming the input instead.
 */
public final class Inputs {
    /** A wire-text article is read whole; larger files are refused with a clear message. */
    public static final long MAX_WIRE_BYTES = 64L << 20;
    private static final int SNIFF = 1 << 16;

    private Inputs() {}

    /** Input arguments expanded: directories walked (sorted; hidden files and READMEs skipped), "-" kept. */
    public static List<String> expand(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (!a.equals("-") && Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> isArticleFileName(f.getFileName().toString()))
                            .map(Path::toString).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list directory " + a, e);
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Whether a file met while walking a directory may hold articles: hidden files and a folder's
     * own notes (README, LICENSE, NOTICE) are skipped. A file named explicitly is always read.
     */
    static boolean isArticleFileName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return !name.startsWith(".") && !upper.startsWith("README") && !upper.startsWith("LICENSE")
                && !upper.startsWith("NOTICE");
    }

    /**
     * Every article the inputs hold, read eagerly with failures skipped: for benchmarks and
     * training over known corpora, not for user-facing commands, which must report failures.
     */
    public static List<RawArticle> readAll(List<String> args) throws IOException {
        List<RawArticle> out = new ArrayList<>();
        for (String f : expand(args)) {
            try (RecordStream rs = open(f, Format.AUTO, FieldMap.defaults())) {
                while (rs.hasNext()) {
                    if (rs.next() instanceof ReadItem.Ok ok) out.add(ok.article());
                }
            }
        }
        return out;
    }

    /**
     * Opens one input ("-" is stdin). A named pipe or device («<(zcat a.gz)», /dev/stdin) is read
     * through a {@link java.io.FileInputStream}: the channel stream {@code Files.newInputStream}
     * gives asks such a file for its size and fails with "Illegal seek".
     */
    public static RecordStream open(String input, Format format, FieldMap fields) {
        try {
            Path path = Path.of(input);
            InputStream raw = input.equals("-") ? System.in
                    : Files.isRegularFile(path) || !Files.exists(path) ? Files.newInputStream(path) : new java.io.FileInputStream(path.toFile());
            return open(raw, input, format, fields);
        } catch (NoSuchFileException e) {
            return failed(input, "no such file");
        } catch (IOException e) {
            return failed(input, "cannot open: " + e.getMessage());
        }
    }

    /** Opens a stream already obtained; {@code name} names it in errors. */
    public static RecordStream open(InputStream raw, String name, Format format, FieldMap fields) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(4);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            InputStream body = in;
            if (b1 == 0x1f && b2 == 0x8b) body = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            body.mark(SNIFF + 1);
            byte[] head = body.readNBytes(SNIFF);
            body.reset();
            if (head.length == 0) {
                body.close();
                return failed(name, "empty input");
            }
            Charset cs;
            try {
                cs = Charsets.detect(head, head.length, name);
            } catch (ReadException e) {
                body.close();
                return failed(name, e.getMessage().substring(name.length() + 2));
            }
            Format f = format == Format.AUTO ? sniff(name, head, cs) : format;
            if (f == Format.WIRE) return wire(body, name);
            if (Charsets.bomLength(head) > 0) body.skipNBytes(Charsets.bomLength(head));
            var decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            InputStreamReader reader = new InputStreamReader(body, decoder);
            return f == Format.TREC ? new TrecReader(reader, name, cs.name())
                    : new JsonLinesReader(reader, name, cs.name(), fields);
        } catch (IOException e) {
            return failed(name, "cannot read: " + e.getMessage());
        }
    }

    static Format sniff(String name, byte[] head, Charset cs) {
        String lower = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) return Format.JSONL;
        if (lower.endsWith(".sgml") || lower.endsWith(".xml") || lower.endsWith(".trec")) return Format.TREC;
        String start = cs.decode(ByteBuffer.wrap(head, 0, Math.min(head.length, 4096))).toString().stripLeading();
        if (!start.isEmpty() && start.charAt(0) == '\uFEFF') start = start.substring(1).stripLeading();
        if (start.startsWith("{")) return Format.JSONL;
        if (start.startsWith("<DOC") || start.startsWith("<?xml") && start.contains("<DOC")) return Format.TREC;
        return Format.WIRE;
    }

    private static RecordStream wire(InputStream body, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        try (body) {
            while ((n = body.read(buf)) > 0) {
                total += n;
                if (total > MAX_WIRE_BYTES) {
                    return failed(name, "a wire-text article over " + (MAX_WIRE_BYTES >> 20)
                            + " MB; split it or use a multi-record format (TREC, JSON Lines)");
                }
                bytes.write(buf, 0, n);
            }
        }
        Decoded d;
        try {
            d = Charsets.decode(bytes.toByteArray(), name);
        } catch (ReadException e) {
            return failed(name, e.getMessage().substring(name.length() + 2));
        }
        if (d.text().isBlank()) return failed(name, "no text (only whitespace)");
        RawArticle a = new RawArticle(Source.ofFile(name), d.encoding(), Optional.empty(), d.text(),
                Optional.empty(), Map.of("format", "wire"));
        return of(List.<ReadItem>of(new ReadItem.Ok(a)));
    }

    static RecordStream failed(String input, String problem) {
        return of(List.of(new ReadItem.Failed(input, problem)));
    }

    static RecordStream of(List<ReadItem> items) {
        Iterator<ReadItem> it = items.iterator();
        return new RecordStream() {
            @Override public boolean hasNext() { return it.hasNext(); }
            @Override public ReadItem next() { return it.next(); }
            @Override public void close() { }
        };
    }
}
