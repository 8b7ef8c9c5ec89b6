package org.marsad.search.index;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** An input file that counts the bytes read from it, for the ingest progress estimate. */
final class CountingStream extends FilterInputStream {
    private final AtomicLong count = new AtomicLong();

    private CountingStream(InputStream in) {
        super(in);
    }

    /** The file opened for counting, or null for stdin or a file that cannot be opened (the reader reports it). */
    static CountingStream open(String f) {
        if (f.equals("-")) return null;
        try {
            return new CountingStream(Files.newInputStream(Path.of(f)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    long count() {
        return count.get();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count.incrementAndGet();
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) count.addAndGet(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long k = super.skip(n);
        count.addAndGet(k);
        return k;
    }
}
