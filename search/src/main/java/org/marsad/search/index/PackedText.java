package org.marsad.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;

/**
 * Per-document text kept as an LZ4-compressed binary doc value instead of a stored field: the
 * article body (read for every search hit's snippet) and the analysis JSON (read when an article
 * is opened). Lucene compresses stored fields in blocks of many documents with a shared
 * dictionary, so reading one hit's fields decompressed the dictionary, whole sub-blocks and, while
 * the analysis was stored beside the body, five times more bytes than the body: a third of a
 * search's time. Here a read decompresses exactly the value asked for.
 * Layout: the uncompressed length as a vInt, then LZ4 data (Lucene's {@link LZ4}). Thread-safe.
 */
public final class PackedText {
    private PackedText() {}

    /** The doc-values field {@code name} holding {@code text}. */
    public static BinaryDocValuesField field(String name, String text) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(raw.length);
            LZ4.compress(raw, 0, raw.length, out, new LZ4.FastCompressionHashTable());
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory output failed", e);    // cannot happen in memory
        }
        return new BinaryDocValuesField(name, new BytesRef(out.toArrayCopy()));
    }

    /** The text of field {@code name} of {@code doc} in {@code leaf}, or null when the document has none. */
    public static String read(LeafReader leaf, String name, int doc) throws IOException {
        BinaryDocValues dv = leaf.getBinaryDocValues(name);
        if (dv == null || !dv.advanceExact(doc)) return null;
        BytesRef b = dv.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
        int length = in.readVInt();
        byte[] raw = new byte[length];
        LZ4.decompress(in, length, raw, 0);
        return new String(raw, StandardCharsets.UTF_8);
    }
}
