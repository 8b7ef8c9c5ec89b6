package org.marsad.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/**
 * Runs a document's analysis chains ahead of time, on the calling thread, so that the single
 * index-writer thread only inverts ready tokens: the analysis threads do the expensive Arabic work
 * in parallel. The tokens are exactly what {@code analyzer} would have produced inside Lucene.
 */
final class PreAnalyzed {
    private PreAnalyzed() {}

    /** A copy of {@code doc} whose tokenized string fields carry replayable token streams. */
    static Document of(Document doc, Analyzer analyzer) {
        Document out = new Document();
        for (IndexableField f : doc) {
            if (f.fieldType().indexOptions() != IndexOptions.NONE && f.fieldType().tokenized()
                    && f.numericValue() == null && f.stringValue() != null) {
                FieldType indexed = new FieldType(f.fieldType());
                indexed.setStored(false);
                indexed.freeze();
                out.add(new Field(f.name(), Replay.of(analyzer, f.name(), f.stringValue()), indexed));
                if (f.fieldType().stored()) out.add(new StoredField(f.name(), f.stringValue()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** A token stream that replays recorded terms, position increments and offsets. */
    static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final List<String> terms;
        private final int[] data;       // per token: increment, start, end
        private final int finalOffset;
        private int next;

        private Replay(List<String> terms, int[] data, int finalOffset) {
            this.terms = terms;
            this.data = data;
            this.finalOffset = finalOffset;
        }

        static Replay of(Analyzer a, String field, String text) {
            List<String> terms = new ArrayList<>(text.length() / 5);
            int[] data = new int[64];
            int finalOffset;
            try (TokenStream ts = a.tokenStream(field, text)) {
                CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
                OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    int k = terms.size() * 3;
                    if (k + 3 > data.length) data = java.util.Arrays.copyOf(data, data.length * 2);
                    terms.add(t.toString());
                    data[k] = p.getPositionIncrement();
                    data[k + 1] = o.startOffset();
                    data[k + 2] = o.endOffset();
                }
                ts.end();
                finalOffset = o.endOffset();
            } catch (IOException e) {
                throw new UncheckedIOException("analysing a string cannot fail", e);
            }
            return new Replay(terms, data, finalOffset);
        }

        @Override
        public boolean incrementToken() {
            if (next >= terms.size()) return false;
            clearAttributes();
            int k = next * 3;
            term.setEmpty().append(terms.get(next));
            inc.setPositionIncrement(data[k]);
            offset.setOffset(data[k + 1], data[k + 2]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
