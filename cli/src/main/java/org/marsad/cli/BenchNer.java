package org.marsad.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.article.Token;
import org.marsad.clean.Cleaner;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.EntityStage;
import org.marsad.entity.KnowledgeBase;
import org.marsad.text.CliticSegmenter;
import org.marsad.pipeline.Analysis;
import org.marsad.read.Inputs;
import org.marsad.text.TextStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code marsad bench ner}: recogniser throughput (tokens/s, one thread) on a corpus whose text
 * layer is computed beforehand, and the whole entity stage (recognition + linking) per article.
 */
@Command(name = "ner", description = "Named-entity recognition and the entity stage, one thread.")
final class BenchNer implements Callable<Integer> {
    @Mixin
    DevCorpusOptions options;

    @Override
    public Integer call() throws Exception {
        long l0 = System.nanoTime();
        CliticSegmenter.shipped().segment("ولافروف", 0, 7);
        long l1 = System.nanoTime();
        KnowledgeBase.shipped();
        long l2 = System.nanoTime();
        EntityRecognizer ner = EntityRecognizer.shipped();
        long l3 = System.nanoTime();
        System.out.printf("load: segmenter lexicon %.0f ms (shared with the text layer), knowledge base %.0f ms, "
                + "clusters + model %.0f ms (%d live features)%n", (l1 - l0) / 1e6, (l2 - l1) / 1e6, (l3 - l2) / 1e6, ner.features());
        Cleaner cleaner = new Cleaner();
        TextStage text = new TextStage();
        List<Analysis> docs = new ArrayList<>();
        List<List<List<String>>> words = new ArrayList<>();
        long tokens = 0;
        for (var raw : Inputs.readAll(options.corpus)) {
            Analysis a = text.apply(Analysis.of(cleaner.clean(raw)));
            docs.add(a);
            List<List<String>> sentences = new ArrayList<>();
            int k = 0;
            for (var s : a.sentences()) {
                List<String> w = new ArrayList<>();
                while (k < a.tokens().size() && a.tokens().get(k).start() < s.end()) {
                    Token t = a.tokens().get(k++);
                    if (t.start() >= s.start()) w.add(t.text());
                }
                if (!w.isEmpty()) sentences.add(w);
                tokens += w.size();
            }
            words.add(sentences);
        }
        System.out.printf("corpus: %d articles, %d tokens%n", docs.size(), tokens);
        EntityStage stage = new EntityStage();
        for (int r = 0; r < 2; r++) {
            for (List<List<String>> d : words) ner.tagDocument(d);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double best = 0;
        double bestCpu = 0;
        for (int r = 0; r < options.rounds; r++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            long sink = 0;
            for (List<List<String>> d : words) sink += ner.tagDocument(d).size();
            double s = (System.nanoTime() - t0) / 1e9;
            double c = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            best = Math.max(best, tokens / s);
            bestCpu = Math.max(bestCpu, tokens / c);
            System.out.printf("recogniser round %d: %.2f s wall, %.2f s cpu: %,.0f tokens/s wall, %,.0f tokens per cpu-second (checksum %d)%n",
                    r + 1, s, c, tokens / s, tokens / c, sink);
        }
        double bestStage = 0;
        double bestStageCpu = 0;
        for (int r = 0; r < options.rounds; r++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            long sink = 0;
            for (Analysis a : docs) sink += stage.apply(a).entities().size();
            double s = (System.nanoTime() - t0) / 1e9;
            double c = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            bestStage = Math.max(bestStage, tokens / s);
            bestStageCpu = Math.max(bestStageCpu, tokens / c);
            System.out.printf("entity stage round %d: %.2f s wall, %.2f s cpu: %,.0f tokens/s wall, %,.0f tokens per cpu-second (mentions %d)%n",
                    r + 1, s, c, tokens / s, tokens / c, sink);
        }
        System.out.printf("ner, 1 thread: recogniser best %,.0f tokens/s wall, %,.0f per cpu-second; "
                + "entity stage best %,.0f tokens/s wall, %,.0f per cpu-second%n", best, bestCpu, bestStage, bestStageCpu);
        return 0;
    }
}
