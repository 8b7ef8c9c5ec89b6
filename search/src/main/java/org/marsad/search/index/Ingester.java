package org.marsad.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.marsad.article.Article;
import org.marsad.article.Token;
import org.marsad.clean.Cleaner;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import org.marsad.search.story.StoryGrouper;

/**
 * Reads inputs, analyses every article on a pool of threads, and indexes them in input order.
 * The reading thread submits work to a bounded queue of futures; one writer thread takes them in
 * order, assigns story ids, updates the index by article id and commits every {@code commitEvery}
 * articles or {@code commitMillis}, whichever comes first. Only committed articles are reported,
 * so a killed run loses nothing it acknowledged; Lucene's commit protocol keeps the index whole.
 * Re-running skips ids already present, so a run is idempotent and continues where one stopped.
 * One ingest per index at a time (Lucene's write lock enforces it).
 */
public final class Ingester {
    private static final int MAX_FAILURES_KEPT = 100;

    private final Path indexDir;
    private final Pipeline pipeline;
    private final int threads;
    private final int commitEvery;
    private final long commitMillis;
    private final Cleaner cleaner = new Cleaner();
    private final ArticleDocuments documents = ArticleDocuments.standard();

    public Ingester(Path indexDir, Pipeline pipeline, int threads, int commitEvery, long commitMillis) {
        this.indexDir = indexDir;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.commitEvery = Math.max(1, commitEvery);
        this.commitMillis = commitMillis;
    }

    /** An ingester with the standard pipeline, all cores, commits every 1,000 articles or 10 s. */
    public static Ingester standard(Path indexDir) {
        return new Ingester(indexDir, org.marsad.pipeline.Analyzer.standard().pipeline(),
                Runtime.getRuntime().availableProcessors(), 1000, 10_000);
    }

    public IngestReport ingest(List<String> inputs, IngestProgress.Listener listener) throws IOException {
        long t0 = System.nanoTime();
        List<String> files = Inputs.expand(inputs);
        long totalBytes = 0;
        for (String f : files) totalBytes += f.equals("-") ? 0 : sizeOf(f);
        Files.createDirectories(indexDir);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-analyse");
            t.setDaemon(true);
            return t;
        });
        try (Directory dir = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(dir, config())) {
            IndexState state;
            try (DirectoryReader r = DirectoryReader.indexExists(dir) ? DirectoryReader.open(dir) : null) {
                state = IndexState.load(r, new StoryGrouper());
            }
            BlockingQueue<Future<Outcome>> queue = new ArrayBlockingQueue<>(threads * 16);
            IndexingLoop loop = new IndexingLoop(writer, state, queue, listener, t0, totalBytes);
            Thread writerThread = new Thread(loop, "marsad-index-writer");
            writerThread.start();
            long doneBytes = 0;
            try {
                for (String f : files) {
                    CountingStream counted = CountingStream.open(f);
                    loop.currentFile = counted;
                    try (RecordStream rs = counted == null ? Inputs.open(f, Format.AUTO, FieldMap.defaults())
                            : Inputs.open(counted, f, Format.AUTO, FieldMap.defaults())) {
                        while (rs.hasNext() && loop.error == null) {
                            ReadItem item = rs.next();
                            Future<Outcome> fut = item instanceof ReadItem.Ok ok
                                    ? pool.submit(() -> analyse(ok, state.present))
                                    : CompletableFuture.completedFuture(new Outcome.Failed(item.toString()));
                            put(queue, fut, loop);
                        }
                    } catch (RuntimeException e) {
                        put(queue, CompletableFuture.completedFuture(new Outcome.Failed(f + ": " + e)), loop);
                    }
                    doneBytes += f.equals("-") ? 0 : sizeOf(f);
                    loop.currentFile = null;
                    loop.bytesDone = doneBytes;
                    if (loop.error != null) break;
                }
            } finally {
                put(queue, CompletableFuture.completedFuture(Outcome.END), loop);
                join(writerThread);
            }
            if (loop.error != null) throw new IOException("indexing failed: " + loop.error.getMessage(), loop.error);
            return new IngestReport(loop.committed, loop.skipped, loop.failed, loop.failures, loop.words,
                    (System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Merges the index in {@code indexDir} into one segment and commits; a crash meanwhile leaves
     * the previous commit intact. Fewer segments make every search cheaper (each term is looked up
     * once per segment, and facet ordinals need no cross-segment map).
     *
     * @return the number of segments before the merge
     * @throws IOException when there is no index there or it cannot be written
     */
    public static int merge(Path indexDir) throws IOException {
        try (Directory dir = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) throw new IOException("no Marsad index in " + indexDir);
            IndexWriterConfig c = new IndexWriterConfig(Fields.analyzer());
            c.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
            try (IndexWriter writer = new IndexWriter(dir, c)) {
                int before = org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).size();
                writer.forceMerge(1);
                writer.commit();
                return before;
            }
        }
    }

    private IndexWriterConfig config() {
        IndexWriterConfig c = new IndexWriterConfig(Fields.analyzer());
        c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        c.setRAMBufferSizeMB(96);
        return c;
    }

    private Outcome analyse(ReadItem.Ok ok, Set<String> present) {
        String where = ok.article().source().file();
        try {
            Article article = cleaner.clean(ok.article());
            if (present.contains(article.id())) return new Outcome.Skipped(article.id());
            Analysis a = pipeline.analyze(article);
            long words = 0;
            for (Token t : a.tokens()) if (Character.isLetter(t.text().charAt(0))) words++;
            return new Outcome.Indexed(documents.build(a), words);
        } catch (RuntimeException | StackOverflowError e) {
            if (System.getenv("MARSAD_DEBUG") != null) e.printStackTrace();  // for bug reports; users get one line
            return new Outcome.Failed(where + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void put(BlockingQueue<Future<Outcome>> q, Future<Outcome> f, IndexingLoop loop) {
        try {
            while (!q.offer(f, 200, TimeUnit.MILLISECONDS)) {
                if (loop.finished) return;       // the writer died; nothing will take it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long sizeOf(String f) {
        try {
            return Files.size(Path.of(f));
        } catch (IOException e) {
            return 0;    // the reader reports the missing file as a failure
        }
    }

    /** The result of analysing one record. */
    sealed interface Outcome {
        Outcome END = new Failed(null);

        record Indexed(ArticleDocuments.Built built, long words) implements Outcome {}

        record Skipped(String id) implements Outcome {}

        record Failed(String reason) implements Outcome {}
    }

    /** The single writer: takes outcomes in input order, indexes, groups stories, commits. */
    private final class IndexingLoop implements Runnable {
        final IndexWriter writer;
        final IndexState state;
        final BlockingQueue<Future<Outcome>> queue;
        final IngestProgress.Listener listener;
        final long t0;
        final long totalBytes;
        final Set<String> seen = new HashSet<>();
        final List<String> failures = new ArrayList<>();
        volatile long bytesDone;
        volatile CountingStream currentFile;
        volatile Throwable error;
        volatile boolean finished;
        long committed;
        long pending;
        long skipped;
        long failed;
        long words;
        long lastCommit = System.nanoTime();

        IndexingLoop(IndexWriter writer, IndexState state, BlockingQueue<Future<Outcome>> queue,
                     IngestProgress.Listener listener, long t0, long totalBytes) {
            this.writer = writer;
            this.state = state;
            this.queue = queue;
            this.listener = listener;
            this.t0 = t0;
            this.totalBytes = totalBytes;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Outcome o = take();
                    if (o == Outcome.END) break;
                    handle(o);
                    if (pending >= commitEvery || System.nanoTime() - lastCommit > commitMillis * 1_000_000L) commit();
                }
                commit();
            } catch (Throwable t) {
                error = t;
            } finally {
                finished = true;
                queue.clear();
            }
        }

        private Outcome take() throws InterruptedException {
            Future<Outcome> f = queue.take();
            try {
                return f.get();
            } catch (ExecutionException e) {
                return new Outcome.Failed("analysis: " + e.getCause());
            }
        }

        private void handle(Outcome o) throws IOException {
            if (o instanceof Outcome.Skipped) {
                skipped++;
            } else if (o instanceof Outcome.Failed f) {
                failed++;
                if (failures.size() < MAX_FAILURES_KEPT) failures.add(f.reason());
            } else if (o instanceof Outcome.Indexed ix) {
                String id = ix.built().id();
                if (state.present.contains(id) || !seen.add(id)) {
                    skipped++;
                    return;
                }
                String story = state.grouper.assign(id, ix.built().signature());
                writer.updateDocument(new Term(Fields.ID, id), ArticleDocuments.withStory(ix.built().doc(), story));
                pending++;
                words += ix.words();
            }
        }

        private void commit() throws IOException {
            writer.commit();
            committed += pending;
            pending = 0;
            lastCommit = System.nanoTime();
            CountingStream current = currentFile;
            long read = bytesDone + (current == null ? 0 : current.count());
            double fraction = totalBytes > 0 ? Math.min(1.0, read / (double) totalBytes) : -1;
            listener.progress(new IngestProgress(committed, skipped, failed, fraction, (System.nanoTime() - t0) / 1e9));
        }
    }
}
