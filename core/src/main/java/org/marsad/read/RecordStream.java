package org.marsad.read;

import java.io.IOException;
import java.util.Iterator;

/** A lazily read sequence of records from one input; close it to release the file. */
public interface RecordStream extends Iterator<ReadItem>, AutoCloseable {
    @Override
    void close() throws IOException;
}
