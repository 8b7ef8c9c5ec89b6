package org.marsad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.article.Token;
import org.marsad.clean.Cleaner;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.TextStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad bench ...}: throughput benchmarks whose figures go in docs/BENCHMARKS.md. */
@Command(name = "bench", description = "Measure throughput on a corpus.", subcommands = {BenchCommand.Text.class, BenchIngest.class, BenchSearch.class, BenchServe.class})
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("marsad bench: name the benchmark, e.g. 'marsad bench text'");
    }

    @Command(name = "text", description = "Text layer (normalise + sentences + tokens + clitic segments), one thread.")
    static final class Text implements Callable<Integer> {
        @Option(names = "--corpus", defaultValue = "../shared/data/news/ant/train")
        List<String> corpus;

        @Option(names = "--rounds", defaultValue = "5", description = "timed passes over the corpus after 2 warm-up passes")
        int rounds;

        @Override
        public Integer call() throws Exception {
            List<String> bodies = new ArrayList<>();
            Cleaner cleaner = new Cleaner();
            for (String f : Inputs.expand(corpus)) {
                try (RecordStream rs = Inputs.open(f, Format.AUTO, FieldMap.defaults())) {
                    while (rs.hasNext()) {
                        if (rs.next() instanceof ReadItem.Ok ok) bodies.add(cleaner.clean(ok.article()).body());
                    }
                }
            }
            TextStage stage = new TextStage();
            long words = 0;
            long chars = 0;
            for (String b : bodies) {
                chars += b.length();
                for (Token t : stage.tokens(b)) if (Character.isLetter(t.text().charAt(0))) words++;
            }
            System.out.printf("corpus: %d articles, %d words, %d chars%n", bodies.size(), words, chars);
            for (int r = 0; r < 2; r++) pass(stage, bodies);
            double best = 0;
            double sum = 0;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                long sink = pass(stage, bodies);
                double s = (System.nanoTime() - t0) / 1e9;
                double wps = words / s;
                best = Math.max(best, wps);
                sum += wps;
                System.out.printf("round %d: %.2f s, %,.0f words/s (checksum %d)%n", r + 1, s, wps, sink);
            }
            System.out.printf("text layer, 1 thread: mean %,.0f words/s, best %,.0f words/s%n", sum / rounds, best);
            return 0;
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
