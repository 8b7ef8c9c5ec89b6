package org.marsad.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.article.RawArticle;
import org.marsad.article.Source;

/**
 * Streams JSON Lines: one article object per line, fields named by a {@link FieldMap}. Blank
 * lines are skipped; a malformed line, a non-object, a line without a body, or a line longer
 * than {@link #MAX_LINE_CHARS} is reported with its line number and the rest are read.
 */
public final class JsonLinesReader extends LazyRecordStream {
    public static final int MAX_LINE_CHARS = 32 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String input;
    private final String encoding;
    private final FieldMap fields;
    private final char[] chunk = new char[1 << 16];
    private int pos;
    private int len;
    private int lineNo;
    private boolean eof;

    public JsonLinesReader(Reader in, String input, String encoding, FieldMap fields) {
        super(in);
        this.input = input;
        this.encoding = encoding;
        this.fields = fields;
    }

    @Override
    protected ReadItem advance() {
        try {
            while (true) {
                StringBuilder line = new StringBuilder();
                boolean tooLong = false;
                boolean any = false;
                while (true) {
                    if (pos == len) {
                        len = in.read(chunk);
                        pos = 0;
                        if (len < 0) {
                            len = 0;
                            eof = true;
                            break;
                        }
                    }
                    any = true;
                    char c = chunk[pos++];
                    if (c == '\n') break;
                    if (line.length() < MAX_LINE_CHARS) {
                        line.append(c);
                    } else {
                        tooLong = true;
                    }
                }
                if (!any && eof) return null;
                lineNo++;
                if (tooLong) {
                    return new ReadItem.Failed(where(), "line longer than " + (MAX_LINE_CHARS >> 20) + "M characters; skipped");
                }
                String s = line.toString().strip();
                if (s.isEmpty()) {
                    if (eof) return null;
                    continue;
                }
                return parse(s);
            }
        } catch (IOException e) {
            eof = true;
            return new ReadItem.Failed(input, "read error: " + e.getMessage());
        }
    }

    private String where() {
        return input + " line " + lineNo;
    }

    private ReadItem parse(String line) {
        if (line.indexOf('\uFFFD') >= 0) return new ReadItem.Failed(where(), "undecodable bytes for " + encoding);
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            return new ReadItem.Failed(where(), "malformed JSON: " + firstLine(msg));
        }
        if (node == null || !node.isObject()) {
            return new ReadItem.Failed(where(), "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()));
        }
        Optional<String> body = field(node, "body");
        if (body.isEmpty() || body.get().isBlank()) {
            return new ReadItem.Failed(where(), "no article text: none of the fields " + fields.of("body") + " is a non-empty string");
        }
        Map<String, String> extra = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isValueNode() && !isMapped(e.getKey())) extra.put(e.getKey(), e.getValue().asText());
        }
        field(node, "id").ifPresent(v -> extra.put("docno", v));
        Optional<String> rawDate = field(node, "published");
        Optional<String> published = rawDate.flatMap(Published::iso);
        if (published.isEmpty()) rawDate.ifPresent(v -> extra.put("publishedRaw", v));
        Source source = new Source(field(node, "source").orElse(null), field(node, "url").orElse(null),
                input + "#" + lineNo);
        String text = body.get().replace("\r\n", "\n");
        return new ReadItem.Ok(new RawArticle(source, encoding, field(node, "title").filter(t -> !t.isBlank()),
                text, published, extra));
    }

    private boolean isMapped(String name) {
        for (String part : FieldMap.PARTS) if (fields.of(part).contains(name)) return true;
        return false;
    }

    private Optional<String> field(JsonNode node, String part) {
        List<String> names = fields.of(part);
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && v.isValueNode() && !v.isNull()) return Optional.of(v.asText());
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
