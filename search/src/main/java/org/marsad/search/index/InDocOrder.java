package org.marsad.search.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * Reads a value per document for a page of hits through doc-values iterators, which only go
 * forward: the documents are visited in increasing order, one iterator per segment, instead of
 * opening an iterator per hit (each opening allocates buffers sized for the field's longest value).
 */
final class InDocOrder {
    private InDocOrder() {}

    /** Opens a segment's doc values; null when the segment has none. */
    interface Opener<V> {
        V open(LeafReader leaf) throws IOException;
    }

    /** The value of document {@code doc} (segment-local) from {@code values}; null when it has none. */
    interface Getter<V, T> {
        T get(V values, int doc) throws IOException;
    }

    /** The value of each of {@code docs} (top-level document numbers, any order, repeats allowed). */
    static <V, T> T[] read(IndexReader reader, int[] docs, Opener<V> open, Getter<V, T> get, IntFunction<T[]> array)
            throws IOException {
        T[] out = array.apply(docs.length);
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        V values = null;
        int previous = -1;
        for (int i : order) {
            int doc = docs[i];
            if (previous >= 0 && doc == docs[previous]) {    // the same document again: iterators cannot go back
                out[i] = out[previous];
                continue;
            }
            previous = i;
            int li = ReaderUtil.subIndex(doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                values = open.open(leaf.reader());
            }
            if (values != null) out[i] = get.get(values, doc - leaf.docBase);
        }
        return out;
    }
}
