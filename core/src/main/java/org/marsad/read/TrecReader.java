package org.marsad.read;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.marsad.article.RawArticle;
import org.marsad.article.Source;

/**
 * Streams TREC/Gigaword-style records: many {@code <DOC>} elements in one file with no root
 * element, read one record at a time (a corpus file is never loaded whole). Understands ANT's
 * DOCNO, URL, SRC, CAT, TITLE, TIME, AUTHOR, ABSTRACT, TEXT and Gigaword's
 * {@code <DOC id=... type=...>}, HEADLINE, DATELINE and TEXT with P paragraphs. Tags are matched
 * by name, never parsed recursively, so deep nesting cannot overflow a stack; a record cut off
 * before {@code </DOC>} or larger than {@link #MAX_RECORD_CHARS} is reported and skipped.
 */
public final class TrecReader extends LazyRecordStream {
    public static final int MAX_RECORD_CHARS = 16 << 20;
    private static final String END = "</DOC>";

    private final String input;
    private final String encoding;
    private final char[] chunk = new char[1 << 16];
    private final StringBuilder buf = new StringBuilder(1 << 17);
    private boolean eof;
    private int recordNo;
    private int lineNo = 1;

    public TrecReader(Reader in, String input, String encoding) {
        super(in);
        this.input = input;
        this.encoding = encoding;
    }

    @Override
    protected ReadItem advance() {
        try {
            while (true) {
                int startTag = indexOfDocStart(buf, 0);
                if (startTag < 0) {
                    // keep a short tail in case "<DOC" is split across chunks
                    if (buf.length() > 8) discard(buf.length() - 8);
                } else if (startTag > 0) {
                    discard(startTag);
                }
                int end = buf.indexOf(END);
                if (startTag >= 0 && end >= 0) {
                    String record = buf.substring(0, end);
                    int recordLine = lineNo;
                    discard(end + END.length());
                    recordNo++;
                    return parse(record, recordLine);
                }
                if (buf.length() > MAX_RECORD_CHARS) {
                    recordNo++;
                    int line = lineNo;
                    discard(buf.length());
                    skipToNextDoc();
                    return new ReadItem.Failed(where(line), "record longer than " + (MAX_RECORD_CHARS >> 20)
                            + "M characters without </DOC>; skipped");
                }
                if (eof) {
                    if (indexOfDocStart(buf, 0) >= 0) {
                        recordNo++;
                        int line = lineNo;
                        buf.setLength(0);
                        return new ReadItem.Failed(where(line), "truncated: file ends before </DOC>");
                    }
                    return null;
                }
                fill();
            }
        } catch (IOException e) {
            eof = true;
            buf.setLength(0);
            return new ReadItem.Failed(input, "read error: " + e.getMessage());
        }
    }

    private static int indexOfDocStart(StringBuilder b, int from) {
        int i = from;
        while ((i = b.indexOf("<DOC", i)) >= 0) {
            if (i + 4 < b.length()) {
                char c = b.charAt(i + 4);
                if (c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r') return i;
                i += 4;
            } else {
                return i;
            }
        }
        return -1;
    }

    private void skipToNextDoc() throws IOException {
        while (!eof) {
            fill();
            int s = indexOfDocStart(buf, 0);
            if (s >= 0) {
                discard(s);
                return;
            }
            if (buf.length() > 8) discard(buf.length() - 8);
        }
    }

    private void fill() throws IOException {
        int n = in.read(chunk);
        if (n < 0) {
            eof = true;
        } else {
            buf.append(chunk, 0, n);
        }
    }

    private void discard(int count) {
        for (int i = 0; i < count; i++) {
            if (buf.charAt(i) == '\n') lineNo++;
        }
        buf.delete(0, count);
    }

    private String where(int line) {
        return input + " record " + recordNo + " (line " + line + ")";
    }

    private ReadItem parse(String record, int line) {
        if (record.indexOf('\uFFFD') >= 0) {
            return new ReadItem.Failed(where(line), "undecodable bytes for " + encoding);
        }
        Map<String, String> fields = new HashMap<>();
        int headEnd = record.indexOf('>');
        String head = record.substring(0, Math.max(0, headEnd));
        String gigaId = attribute(head, "id");
        String docno = Markup.element(record, "DOCNO").orElse(gigaId);
        if (docno != null) fields.put("docno", docno.trim());
        String type = attribute(head, "type");
        if (type != null) fields.put("type", type);
        Markup.element(record, "CAT").ifPresent(v -> fields.put("category", v.trim()));
        Markup.element(record, "AUTHOR").filter(v -> !v.isBlank()).ifPresent(v -> fields.put("author", v.trim()));
        Markup.element(record, "ABSTRACT").filter(v -> !v.isBlank()).ifPresent(v -> fields.put("abstract", Markup.text(v)));
        Markup.element(record, "DATELINE").filter(v -> !v.isBlank()).ifPresent(v -> fields.put("dateline", Markup.text(v)));
        Optional<String> text = Markup.element(record, "TEXT");
        if (text.isEmpty()) {
            return new ReadItem.Failed(where(line), "<TEXT> element missing"
                    + (docno != null ? " in " + docno.trim() : ""));
        }
        String body = Markup.paragraphs(text.get());
        Optional<String> title = Markup.element(record, "TITLE").or(() -> Markup.element(record, "HEADLINE"))
                .map(Markup::text).filter(t -> !t.isBlank());
        String timeRaw = Markup.element(record, "TIME").map(String::trim).orElse(null);
        Optional<String> published = Published.iso(timeRaw);
        if (published.isEmpty() && timeRaw != null && !timeRaw.isEmpty()) fields.put("publishedRaw", timeRaw);
        if (published.isEmpty() && gigaId != null) published = gigawordDate(gigaId);
        String src = Markup.element(record, "SRC").map(String::trim).filter(s -> !s.isEmpty())
                .orElse(gigaId != null && gigaId.indexOf('_') > 0 ? gigaId.substring(0, gigaId.indexOf('_')) : null);
        String url = Markup.element(record, "URL").map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
        Source source = new Source(src, url, input + (recordNo > 0 ? "#" + recordNo : ""));
        return new ReadItem.Ok(new RawArticle(source, encoding, title, body, published, fields));
    }

    private static Optional<String> gigawordDate(String id) {
        int u = id.lastIndexOf('_');
        if (u < 0 || id.length() < u + 9) return Optional.empty();
        return Published.iso(id.substring(u + 1, u + 9));
    }

    private static String attribute(String head, String name) {
        int i = head.indexOf(name + "=");
        if (i < 0) return null;
        int q = i + name.length() + 1;
        if (q >= head.length()) return null;
        char quote = head.charAt(q);
        if (quote != '"' && quote != '\'') return null;
        int e = head.indexOf(quote, q + 1);
        return e < 0 ? null : head.substring(q + 1, e);
    }
}
