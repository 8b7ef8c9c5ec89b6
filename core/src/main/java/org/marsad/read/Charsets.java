package org.marsad.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how bytes are encoded: a byte-order mark (UTF-8, UTF-16LE/BE) wins; otherwise valid
 * UTF-8 is UTF-8; otherwise ICU4J's detector chooses among the Arabic single-byte encodings
 * (windows-1256, ISO-8859-6). Binary data (NUL bytes, control characters) is refused.
 */
public final class Charsets {
    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    private Charsets() {}

    /** Decodes a whole file's bytes, or explains why it cannot. */
    public static Decoded decode(byte[] bytes, String input) throws ReadException {
        Charset cs = detect(bytes, bytes.length, input);
        int skip = bomLength(bytes);
        try {
            String text = strict(cs).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return new Decoded(text, cs.name());
        } catch (CharacterCodingException e) {
            throw new ReadException(input + ": undecodable bytes for " + cs.name());
        }
    }

    /** Detects the charset from the first {@code len} bytes of a stream or file. */
    public static Charset detect(byte[] head, int len, String input) throws ReadException {
        if (len >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (len >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (len >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (looksBinary(head, len)) {
            throw new ReadException(input + ": binary data, not text (NUL or control bytes near the start)");
        }
        if (isUtf8(head, len)) return StandardCharsets.UTF_8;
        CharsetDetector detector = new CharsetDetector();
        byte[] sample = len == head.length ? head : java.util.Arrays.copyOf(head, len);
        detector.setText(sample);
        for (CharsetMatch m : detector.detectAll()) {
            String name = m.getName();
            if (name.equalsIgnoreCase("windows-1256")) return WINDOWS_1256;
            if (name.equalsIgnoreCase("ISO-8859-6")) return ISO_8859_6;
        }
        // ICU's Arabic recognisers need a few letters to vote; windows-1256 covers all bytes, so
        // it is the only choice that decodes anything Arabic-like without loss.
        return WINDOWS_1256;
    }

    static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return 3;
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) return 2;
        return 0;
    }

    static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Binary if it has NUL bytes or more than 1% C0 control bytes other than tab, CR, LF, FF. */
    static boolean looksBinary(byte[] b, int len) {
        int controls = 0;
        for (int i = 0; i < len; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) controls++;
        }
        return len > 0 && controls * 100 > len;
    }

    /** Valid UTF-8, allowing a multi-byte sequence cut at the end of the sample. */
    static boolean isUtf8(byte[] b, int len) {
        CharsetDecoder d = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(b, 0, len);
        CharBuffer out = CharBuffer.allocate(len + 1);
        var r = d.decode(in, out, false);
        return !r.isError();
    }
}
