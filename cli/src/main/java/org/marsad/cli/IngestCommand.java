package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.search.index.IngestProgress;
import org.marsad.search.index.IngestReport;
import org.marsad.search.index.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad ingest}: analyses and indexes articles. Idempotent and resumable: articles already
 * in the index are skipped, so re-running after an interruption continues where it stopped.
 * Exit 0 when everything was read, 1 when some record failed (the summary names them).
 */
@Command(name = "ingest", description = "Analyse articles and add them to a search index.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files, directories, .gz, or - for stdin")
    List<String> inputs = List.of();

    @Option(names = "--index", required = true, description = "index directory (created if missing)")
    Path index;

    @Option(names = "--threads", description = "analysis threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--commit-every", defaultValue = "1000", description = "commit after this many articles (default 1000)")
    int commitEvery;

    @Option(names = "--commit-seconds", defaultValue = "10", description = "and at least this often (default 10 s)")
    int commitSeconds;

    @Option(names = "--quiet", description = "no progress, only the summary")
    boolean quiet;

    @Option(names = "--merge", description = "afterwards, merge the index into one segment: faster searches for an "
            + "archive that is mostly read (takes about a second per 1,000 articles; alone, with no INPUT, merges only)")
    boolean merge;

    @Option(names = "--summary-budget", defaultValue = "300", paramLabel = "CHARS",
            description = "longest summary in characters (default 300); whole sentences only")
    int summaryBudget;

    @Override
    public Integer call() throws Exception {
        if (summaryBudget < 1) {
            System.err.println("marsad ingest: --summary-budget must be positive, got " + summaryBudget);
            return 2;
        }
        if (inputs.isEmpty() && !merge) {
            System.err.println("marsad ingest: give at least one INPUT (or --merge to merge the index only)");
            return 2;
        }
        if (inputs.isEmpty()) return merge();
        Ingester ingester = new Ingester(index, org.marsad.pipeline.Analyzer.standard(summaryBudget).pipeline(), threads,
                commitEvery, commitSeconds * 1000L);
        PrintStream err = System.err;
        IngestProgress.Listener listener = quiet ? IngestProgress.Listener.NONE : new ProgressView(err, System.console() != null);
        IngestReport r;
        try {
            r = ingester.ingest(inputs, listener);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            System.err.println("marsad ingest: another ingest is writing to " + index + "; wait for it or use another --index");
            return 2;
        }
        if (!quiet && System.console() != null) err.println();
        for (String f : r.failures()) err.println("failed: " + f);
        if (r.failed() > r.failures().size()) err.println("... and " + (r.failed() - r.failures().size()) + " more failures");
        System.out.printf("ingested %,d, skipped as present %,d, failed %,d in %.1f s (%,.0f articles/s, %,.0f words/s) into %s%n",
                r.ingested(), r.skipped(), r.failed(), r.seconds(), r.ingested() / Math.max(r.seconds(), 1e-9),
                r.words() / Math.max(r.seconds(), 1e-9), index);
        int merged = merge ? merge() : 0;
        return r.failed() > 0 ? 1 : merged;
    }

    private int merge() {
        try {
            long t0 = System.nanoTime();
            int before = Ingester.merge(index);
            System.out.printf("merged %d segments into one in %.1f s%n", before, (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            System.err.println("marsad ingest: another ingest is writing to " + index + "; merge when it has finished");
            return 2;
        } catch (java.io.IOException e) {
            System.err.println("marsad ingest: cannot merge " + index + ": " + e.getMessage());
            return 1;
        }
    }

    /** A progress bar on a terminal (rewritten in place), plain lines otherwise. */
    static final class ProgressView implements IngestProgress.Listener {
        private final PrintStream out;
        private final boolean tty;
        private double lastPrinted = -100;

        ProgressView(PrintStream out, boolean tty) {
            this.out = out;
            this.tty = tty;
        }

        @Override
        public void progress(IngestProgress p) {
            double rate = p.ingested() / Math.max(p.seconds(), 1e-9);
            String eta = p.fraction() > 0.01 && p.fraction() < 1
                    ? String.format("ETA %s", clock(p.seconds() * (1 - p.fraction()) / p.fraction())) : "";
            String counts = String.format("%,d ingested, %,d skipped, %,d failed, %,.0f articles/s %s",
                    p.ingested(), p.skipped(), p.failed(), rate, eta);
            if (tty) {
                int width = 30;
                int filled = p.fraction() < 0 ? 0 : (int) Math.round(p.fraction() * width);
                out.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + counts + "   ");
                out.flush();
            } else if (p.seconds() - lastPrinted >= 5) {
                lastPrinted = p.seconds();
                out.println("marsad ingest: " + counts.strip());
            }
        }

        private static String clock(double s) {
            long t = Math.round(s);
            return String.format("%d:%02d", t / 60, t % 60);
        }
    }
}
