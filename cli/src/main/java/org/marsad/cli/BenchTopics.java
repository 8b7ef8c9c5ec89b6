package org.marsad.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.article.Article;
import org.marsad.clean.Cleaner;
import org.marsad.pipeline.Analysis;
import org.marsad.read.Inputs;
import org.marsad.text.TextStage;
import org.marsad.topic.TopicStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code marsad bench topics}: articles per second of the topic stage (topic + keywords +
 * summary) on one thread, over articles whose text layer was computed beforehand, and of the
 * text layer + topic stage together.
 */
@Command(name = "topics", description = "Topic + keywords + summary throughput, one thread (text layer excluded, then included).")
final class BenchTopics implements Callable<Integer> {
    @Mixin
    DevCorpusOptions options;

    @Override
    public Integer call() throws Exception {
        Cleaner cleaner = new Cleaner();
        TextStage text = new TextStage();
        List<Article> articles = new ArrayList<>();
        for (var raw : Inputs.readAll(options.corpus)) articles.add(cleaner.clean(raw));
        List<Analysis> withText = new ArrayList<>(articles.size());
        for (Article a : articles) withText.add(text.apply(Analysis.of(a)));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        TopicStage topic = new TopicStage();
        System.out.printf("corpus: %d articles; topic stage loaded in %.2f s wall, %.2f s CPU%n", articles.size(),
                (System.nanoTime() - t0) / 1e9, (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
        int summaries = 0;
        int fiveKeywords = 0;
        int topics = 0;
        for (Analysis a : withText) {
            Analysis out = topic.apply(a);
            if (out.summary().isPresent()) summaries++;
            if (out.keywords().size() >= 5) fiveKeywords++;
            if (out.topic().isPresent()) topics++;
        }
        System.out.printf("coverage: topic %d, >=5 keywords %d, summary %d of %d articles%n", topics, fiveKeywords, summaries, withText.size());
        for (int r = 0; r < 2; r++) topicPass(topic, withText);
        double best = 0;
        double sum = 0;
        double bestCpu = 0;
        double sumCpu = 0;
        for (int r = 0; r < options.rounds; r++) {
            long s = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            long sink = topicPass(topic, withText);
            double aps = withText.size() / ((System.nanoTime() - s) / 1e9);
            double cps = withText.size() / ((cpu.getCurrentThreadCpuTime() - c) / 1e9);
            best = Math.max(best, aps);
            sum += aps;
            bestCpu = Math.max(bestCpu, cps);
            sumCpu += cps;
            System.out.printf("round %d: %,.0f articles/s wall, %,.0f articles per CPU-second (checksum %d)%n", r + 1, aps, cps, sink);
        }
        System.out.printf("topic+keywords+summary, 1 thread, text layer excluded: mean %,.0f articles/s wall (best %,.0f); "
                + "mean %,.0f articles per CPU-second (best %,.0f)%n", sum / options.rounds, best, sumCpu / options.rounds, bestCpu);
        double both = 0;
        double bothCpu = 0;
        for (int r = 0; r < Math.max(1, options.rounds / 2); r++) {
            long s = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            long sink = 0;
            for (Article a : articles) sink += topic.apply(text.apply(Analysis.of(a))).keywords().size();
            both = Math.max(both, articles.size() / ((System.nanoTime() - s) / 1e9));
            bothCpu = Math.max(bothCpu, articles.size() / ((cpu.getCurrentThreadCpuTime() - c) / 1e9));
            if (sink < 0) System.out.println(sink);
        }
        System.out.printf("text layer + topic stage, 1 thread: best %,.0f articles/s wall, %,.0f articles per CPU-second%n", both, bothCpu);
        return 0;
    }

    private static long topicPass(TopicStage topic, List<Analysis> docs) {
        long sink = 0;
        for (Analysis a : docs) {
            Analysis out = topic.apply(a);
            sink += out.keywords().size() + out.summary().map(String::length).orElse(0);
        }
        return sink;
    }
}
