package org.marsad.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.article.Article;
import org.marsad.article.RawArticle;
import org.marsad.article.TimeExpression;
import org.marsad.clean.Cleaner;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Analyzer;
import org.marsad.pipeline.Stage;
import org.marsad.read.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench stages}: where the full pipeline's time goes. Runs the cleaner and every
 * stage of {@link Analyzer#standardStages()} over a corpus held in memory, one thread, and charges
 * each step the thread's own CPU time ({@link ThreadMXBean}), which other processes on a shared
 * machine do not inflate. Words are tokens that begin with a letter. {@code --dump-dates} writes
 * every time expression found (article index, span, type, value, mod) and {@code --dump} every
 * article's whole analysis as JSON lines, for before/after comparisons of an optimisation.
 */
@Command(name = "stages", description = "CPU time per pipeline stage (cleaner + every standard stage), one thread.")
final class BenchStages implements Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "../shared/data/news/ant/dev", split = ",")
    List<String> corpus;

    @Option(names = "--rounds", defaultValue = "3", description = "timed passes after the warm-up passes")
    int rounds;

    @Option(names = "--warmup", defaultValue = "1", description = "untimed passes first")
    int warmup;

    @Option(names = "--dump-dates", description = "write every time expression of the last pass to this file")
    Path dumpDates;

    @Option(names = "--dump", description = "write every article's full analysis (JSON lines) of the last pass to this file")
    Path dump;

    @Override
    public Integer call() throws Exception {
        List<RawArticle> raws = Inputs.readAll(corpus);
        if (raws.isEmpty()) {
            System.err.println("marsad bench stages: no articles read from " + corpus);
            return 2;
        }
        Cleaner cleaner = new Cleaner();
        List<Stage> stages = Analyzer.standardStages();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = stages.size() + 1;
        String[] names = new String[n];
        names[0] = "clean";
        for (int s = 0; s < stages.size(); s++) names[s + 1] = stages.get(s).name();
        long words = 0;
        List<Analysis> last = new ArrayList<>(); // the last pass's analyses, kept only for --dump
        double[] total = new double[n];
        for (int r = 0; r < warmup + rounds; r++) {
            long[] cpu = new long[n];

            words = 0;
            boolean keep = r == warmup + rounds - 1 && (dump != null || dumpDates != null);
            int failed = 0;
            for (RawArticle raw : raws) {
                long t0 = mx.getCurrentThreadCpuTime();
                Article article = cleaner.clean(raw);
                long t1 = mx.getCurrentThreadCpuTime();
                cpu[0] += t1 - t0;
                Analysis a = Analysis.of(article);
                for (int s = 0; s < stages.size(); s++) {
                    try {
                        a = stages.get(s).apply(a);
                    } catch (RuntimeException e) {
                        if (failed++ < 20) {
                            StackTraceElement[] at = e.getStackTrace();
                            System.out.printf("failed: stage %s on article %s: %s at %s%n", stages.get(s).name(), article.id(), e,
                                    java.util.Arrays.asList(at).subList(0, Math.min(4, at.length)));
                        }
                        break;
                    } finally {
                        long t2 = mx.getCurrentThreadCpuTime();
                        cpu[s + 1] += t2 - t1;
                        t1 = t2;
                    }
                }
                words += a.tokens().stream().filter(t -> Character.isLetter(t.text().charAt(0))).count();
                if (keep) last.add(a);
            }
            if (failed > 0) System.out.printf("%d articles failed in a stage%n", failed);
            boolean timed = r >= warmup;
            StringBuilder line = new StringBuilder(timed ? "round " + (r - warmup + 1) : "warm-up " + (r + 1));
            for (int s = 0; s < n; s++) {
                line.append(String.format("  %s %.2fs", names[s], cpu[s] / 1e9));
                if (timed) total[s] += cpu[s] / 1e9 / rounds;
            }
            System.out.println(line);
        }
        System.out.printf("corpus: %,d articles, %,d words; mean thread CPU over %d rounds, 1 thread%n", raws.size(), words, rounds);
        double sum = 0;
        for (double t : total) sum += t;
        System.out.printf("%-10s %10s %8s %14s %16s%n", "step", "CPU s", "share", "words/CPU-s", "articles/CPU-s");
        for (int s = 0; s < n; s++) {
            System.out.printf("%-10s %10.2f %7.1f%% %,14.0f %,16.0f%n", names[s], total[s], 100 * total[s] / sum,
                    words / total[s], raws.size() / total[s]);
        }
        System.out.printf("%-10s %10.2f %7.1f%% %,14.0f %,16.0f%n", "all", sum, 100.0, words / sum, raws.size() / sum);
        System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).strip());
        if (dumpDates != null) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dumpDates, StandardCharsets.UTF_8))) {
                for (int i = 0; i < last.size(); i++) {
                    for (TimeExpression t : last.get(i).dates()) {
                        out.printf("%d\t%d\t%d\t%s\t%s\t%s\t%s%n", i, t.start(), t.end(), t.type(), t.value(),
                                t.mod().orElse("-"), t.text());
                    }
                }
            }
            System.out.println("dates written to " + dumpDates);
        }
        if (dump != null) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
                for (Analysis a : last) out.println(org.marsad.json.AnalysisJson.write(a, false));
            }
            System.out.println("analyses written to " + dump);
        }
        return 0;
    }
}
