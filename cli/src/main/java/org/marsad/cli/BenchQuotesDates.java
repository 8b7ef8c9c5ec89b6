package org.marsad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.clean.Cleaner;
import org.marsad.pipeline.Analysis;
import org.marsad.quote.QuoteStage;
import org.marsad.read.Inputs;
import org.marsad.text.TextStage;
import org.marsad.time.DateStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code marsad bench quotes-dates}: throughput of the quotes and dates stages alone (text layer computed beforehand), one thread. */
@Command(name = "quotes-dates", description = "Quotes stage and dates stage throughput, one thread, text layer precomputed.")
final class BenchQuotesDates implements Callable<Integer> {
    @Mixin
    DevCorpusOptions options;

    @Override
    public Integer call() throws Exception {
        List<Analysis> texts = new ArrayList<>();
        Cleaner cleaner = new Cleaner();
        TextStage text = new TextStage();
        long words = 0;
        for (var raw : Inputs.readAll(options.corpus)) {
            Analysis a = text.apply(Analysis.of(cleaner.clean(raw)));
            words += a.tokens().stream().filter(t -> Character.isLetter(t.text().charAt(0))).count();
            texts.add(a);
        }
        System.out.printf("corpus: %d articles, %d words%n", texts.size(), words);
        QuoteStage quotes = new QuoteStage();
        DateStage dates = new DateStage();
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String name : List.of("quotes", "dates")) {
            for (int r = 0; r < 2; r++) pass(name, quotes, dates, texts);
            double best = 0;
            double sum = 0;
            double sumCpu = 0;
            for (int r = 0; r < options.rounds; r++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                long found = pass(name, quotes, dates, texts);
                double wps = words / ((System.nanoTime() - t0) / 1e9);
                double cps = words / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
                best = Math.max(best, wps);
                sum += wps;
                sumCpu += cps;
                System.out.printf("%s round %d: %,.0f words/s wall, %,.0f words per thread CPU-second (%d found)%n",
                        name, r + 1, wps, cps, found);
            }
            System.out.printf("%s stage, 1 thread: mean %,.0f words/s wall (best %,.0f), mean %,.0f words per thread CPU-second%n",
                    name, sum / options.rounds, best, sumCpu / options.rounds);
        }
        System.out.println("load average: " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip()
                + " (wall-clock figures shrink as the load grows; CPU-time figures do not)");
        return 0;
    }

    private static long pass(String name, QuoteStage quotes, DateStage dates, List<Analysis> texts) {
        long n = 0;
        for (Analysis a : texts) n += name.equals("quotes") ? quotes.apply(a).quotes().size() : dates.apply(a).dates().size();
        return n;
    }
}
