package org.marsad.read;

import java.io.IOException;
import java.io.Reader;
import java.util.NoSuchElementException;

/**
 * The iterator half of a streaming reader: subclasses say how to read the next record
 * ({@link #advance()}, null at the end) and this class holds one record ahead. Closing closes
 * the underlying reader.
 */
abstract class LazyRecordStream implements RecordStream {
    protected final Reader in;
    private ReadItem next;

    protected LazyRecordStream(Reader in) {
        this.in = in;
    }

    /** The next record or failure, or null when the input is exhausted. */
    protected abstract ReadItem advance();

    @Override
    public final boolean hasNext() {
        if (next == null) next = advance();
        return next != null;
    }

    @Override
    public final ReadItem next() {
        if (!hasNext()) throw new NoSuchElementException();
        ReadItem r = next;
        next = null;
        return r;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
