package org.marsad.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.clean.Cleaner;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import org.marsad.search.index.IngestProgress;
import org.marsad.search.index.IngestReport;
import org.marsad.search.index.Ingester;
import org.marsad.search.query.Searcher;

/**
 * The index a server serves: an open {@link Searcher} that many request threads share, and the
 * ingest path that adds articles and then swaps in a searcher over the new commit. A swapped-out
 * searcher is closed when its last reader releases it, so a request never sees a closed index.
 * Thread-safe; ingests run one at a time.
 */
public final class Archive implements AutoCloseable {
    private final Path dir;
    private final Pipeline pipeline;
    private final Cleaner cleaner = new Cleaner();
    private final Object ingestLock = new Object();
    private final AtomicLong generation = new AtomicLong();
    private volatile Handle current;
    private volatile long commitSeen;
    private java.util.concurrent.ScheduledExecutorService watcher;

    private Archive(Path dir, Pipeline pipeline, Searcher searcher) {
        this.dir = dir;
        this.pipeline = pipeline;
        this.current = new Handle(searcher);
        this.commitSeen = lastCommit(dir);
    }

    /**
     * Checks every {@code period} whether another process (e.g. {@code marsad ingest}) committed
     * to the index, and if so makes its articles searchable.
     */
    public synchronized Archive watch(java.time.Duration period) {
        if (watcher != null) return this;
        watcher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "marsad-index-watch");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(100, period.toMillis());
        watcher.scheduleWithFixedDelay(this::refreshIfCommitted, ms, ms, java.util.concurrent.TimeUnit.MILLISECONDS);
        return this;
    }

    private void refreshIfCommitted() {
        try {
            synchronized (ingestLock) {
                if (lastCommit(dir) != commitSeen) reopen();
            }
        } catch (IOException | RuntimeException e) {
            // the index is being written or is briefly unreadable: keep serving the last commit, try again later
        }
    }

    private static long lastCommit(Path dir) {
        try (var d = org.apache.lucene.store.FSDirectory.open(dir)) {
            return org.apache.lucene.index.SegmentInfos.getLastCommitGeneration(d);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Opens the index in {@code dir}; with {@code create}, an empty index is made first when there
     * is none. {@code pipeline} analyses what is ingested through the API.
     */
    public static Archive open(Path dir, Pipeline pipeline, boolean create) throws IOException {
        if (create && !hasIndex(dir)) ingestFiles(dir, pipeline, List.of(emptyInput()));
        return new Archive(dir, pipeline, Searcher.open(dir));
    }

    private static boolean hasIndex(Path dir) {
        try (var d = org.apache.lucene.store.FSDirectory.open(dir)) {
            return org.apache.lucene.index.DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;    // no readable index there: create one
        }
    }

    public Path dir() {
        return dir;
    }

    /** Incremented each time ingest makes new articles visible; caches key on it. */
    public long generation() {
        return generation.get();
    }

    /** Runs {@code work} against the current searcher, which stays open until it returns. */
    public <T> T read(SearcherWork<T> work) throws Exception {
        Handle h = acquire();
        try {
            return work.apply(h.searcher);
        } finally {
            h.release();
        }
    }

    /** Articles in the index now. */
    public int size() {
        try {
            return read(Searcher::size);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the index size", e);
        }
    }

    /**
     * Ingests JSON Lines text (one article object per line, the reader's field names), commits,
     * and makes the new articles searchable before returning.
     *
     * @return the ingest report and the ids of the articles the lines hold
     */
    public Ingested ingest(String jsonLines) throws IOException {
        Path tmp = Files.createTempFile("marsad-post-", ".jsonl");
        try {
            Files.writeString(tmp, jsonLines, StandardCharsets.UTF_8);
            List<String> ids = new ArrayList<>();
            try (RecordStream rs = Inputs.open(tmp.toString(), Format.JSONL, FieldMap.defaults())) {
                while (rs.hasNext()) {
                    if (rs.next() instanceof ReadItem.Ok ok) ids.add(cleaner.clean(ok.article()).id());
                }
            }
            IngestReport report;
            synchronized (ingestLock) {
                report = ingestFiles(dir, pipeline, List.of(tmp.toString()));
                if (report.ingested() > 0) reopen();
            }
            return new Ingested(report, ids);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static IngestReport ingestFiles(Path dir, Pipeline pipeline, List<String> files) throws IOException {
        Ingester ingester = new Ingester(dir, pipeline, Math.max(1, Runtime.getRuntime().availableProcessors()),
                1000, 10_000);
        return ingester.ingest(files, IngestProgress.Listener.NONE);
    }

    private static String emptyInput() throws IOException {
        Path empty = Files.createTempFile("marsad-empty-", ".jsonl");
        empty.toFile().deleteOnExit();
        return empty.toString();
    }

    private void reopen() throws IOException {
        Handle old = current;
        long commit = lastCommit(dir);
        current = new Handle(Searcher.open(dir));
        commitSeen = commit;
        generation.incrementAndGet();
        old.retire();
    }

    private Handle acquire() {
        while (true) {
            Handle h = current;
            if (h.tryAcquire()) return h;
        }
    }

    @Override
    public synchronized void close() {
        if (watcher != null) watcher.shutdownNow();
        current.retire();
    }

    /** What one ingest call did. */
    public record Ingested(IngestReport report, List<String> ids) {}

    /** Work done with a searcher. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(Searcher s) throws Exception;
    }

    /** A searcher with a reference count; closed once retired and released by every reader. */
    private static final class Handle {
        final Searcher searcher;
        final AtomicInteger refs = new AtomicInteger(1);    // the archive's own reference

        Handle(Searcher searcher) {
            this.searcher = searcher;
        }

        boolean tryAcquire() {
            int n;
            do {
                n = refs.get();
                if (n == 0) return false;
            } while (!refs.compareAndSet(n, n + 1));
            return true;
        }

        void release() {
            if (refs.decrementAndGet() == 0) {
                try {
                    searcher.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close a retired searcher", e);
                }
            }
        }

        void retire() {
            release();
        }
    }
}
