package org.marsad.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.article.Token;
import org.marsad.clean.Cleaner;
import org.marsad.read.Inputs;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.TextStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad bench ...}: throughput benchmarks whose figures go in docs/BENCHMARKS.md. */
@Command(name = "bench", description = "Measure throughput on a corpus.", subcommands = {
        BenchCommand.Text.class,
        BenchNer.class,
        BenchQuotesDates.class,
        BenchTopics.class,
        BenchIngest.class,
        BenchStages.class,
        BenchSearch.class,
        BenchServe.class})
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("marsad bench: name the benchmark, e.g. 'marsad bench text'");
    }

    /**
     * The text layer over a corpus held in memory, one thread. Words are tokens that begin with a
     * letter. Throughput is given per CPU-second of the whole JVM process (the per-core figure,
     * including garbage collection, and not disturbed by other processes on a shared machine) and per
     * wall-clock second. The launcher
     * runs the JVM with the C1 compiler only (fast start-up); a benchmark needs C2, so when C2 is
     * off the command re-runs itself in a child JVM with the default compilers.
     */
    @Command(name = "text", description = "Text layer (normalise + sentences + tokens + clitic segments), one thread.")
    static final class Text implements Callable<Integer> {
        @Option(names = "--corpus", defaultValue = "../shared/data/news/ant/train")
        List<String> corpus;

        @Option(names = "--rounds", defaultValue = "5", description = "timed passes over the corpus after 2 warm-up passes")
        int rounds;

        @Override
        public Integer call() throws Exception {
            List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
            if (jvmArgs.contains("-XX:TieredStopAtLevel=1")) return rerunWithC2(jvmArgs);
            List<String> bodies = new ArrayList<>();
            Cleaner cleaner = new Cleaner();
            for (var raw : Inputs.readAll(corpus)) bodies.add(cleaner.clean(raw).body());
            TextStage stage = new TextStage();
            long words = 0;
            long chars = 0;
            for (String b : bodies) {
                chars += b.length();
                for (Token t : stage.tokens(b)) if (Character.isLetter(t.text().charAt(0))) words++;
            }
            System.out.printf("corpus: %d articles, %d words, %d chars%n", bodies.size(), words, chars);
            for (int r = 0; r < 2; r++) pass(stage, bodies);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            double bestCpu = 0;
            double sumCpu = 0;
            double sumWall = 0;
            for (int r = 0; r < rounds; r++) {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                long sink = pass(stage, bodies);
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - c0) / 1e9;
                bestCpu = Math.max(bestCpu, words / cpu);
                sumCpu += words / cpu;
                sumWall += words / wall;
                System.out.printf("round %d: %.2f s cpu, %.2f s wall, %,.0f words/cpu-s, %,.0f words/s wall (checksum %d)%n",
                        r + 1, cpu, wall, words / cpu, words / wall, sink);
            }
            System.out.printf("text layer, 1 thread: mean %,.0f words per cpu-second (best %,.0f), mean %,.0f words/s wall%n",
                    sumCpu / rounds, bestCpu, sumWall / rounds);
            return 0;
        }

        private Integer rerunWithC2(List<String> jvmArgs) throws Exception {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String a : jvmArgs) if (!a.startsWith("-XX:TieredStopAtLevel")) cmd.add(a);
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(Main.class.getName());
            cmd.add("bench");
            cmd.add("text");
            cmd.add("--rounds=" + rounds);
            for (String c : corpus) cmd.add("--corpus=" + c);
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        }

        private static long pass(TextStage stage, List<String> bodies) {
            long sink = 0;
            for (String b : bodies) {
                sink += ArabicNormalizer.normalize(b).length();
                sink += SentenceSplitter.split(b).size();
                for (Token t : stage.tokens(b)) sink += t.segments().size();
            }
            return sink;
        }
    }
}
