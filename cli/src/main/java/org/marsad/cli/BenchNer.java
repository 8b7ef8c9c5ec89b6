package org.marsad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.article.Token;
import org.marsad.clean.Cleaner;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.EntityStage;
import org.marsad.pipeline.Analysis;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import org.marsad.text.TextStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench ner}: recogniser throughput (tokens/s, one thread) on a corpus whose text
 * layer is computed beforehand, and the whole entity stage (recognition + linking) per article.
 */
@Command(name = "ner", description = "Named-entity recognition and the entity stage, one thread.")
final class BenchNer implements Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "../shared/data/news/ant/dev")
    List<String> corpus;

    @Option(names = "--rounds", defaultValue = "5", description = "timed passes after 2 warm-up passes")
    int rounds;

    @Override
    public Integer call() throws Exception {
        long l0 = System.nanoTime();
        EntityRecognizer ner = EntityRecognizer.shipped();
        System.out.printf("load: model, clusters, knowledge base and segmenter lexicon in %.0f ms (%d features)%n",
                (System.nanoTime() - l0) / 1e6, ner.features());
        Cleaner cleaner = new Cleaner();
        TextStage text = new TextStage();
        List<Analysis> docs = new ArrayList<>();
        List<List<List<String>>> words = new ArrayList<>();
        long tokens = 0;
        for (String f : Inputs.expand(corpus)) {
            try (RecordStream rs = Inputs.open(f, Format.AUTO, FieldMap.defaults())) {
                while (rs.hasNext()) {
                    if (!(rs.next() instanceof ReadItem.Ok ok)) continue;
                    Analysis a = text.apply(Analysis.of(cleaner.clean(ok.article())));
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
            }
        }
        System.out.printf("corpus: %d articles, %d tokens%n", docs.size(), tokens);
        EntityStage stage = new EntityStage();
        for (int r = 0; r < 2; r++) {
            for (List<List<String>> d : words) ner.tagDocument(d);
        }
        double best = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long sink = 0;
            for (List<List<String>> d : words) sink += ner.tagDocument(d).size();
            double s = (System.nanoTime() - t0) / 1e9;
            best = Math.max(best, tokens / s);
            System.out.printf("recogniser round %d: %.2f s, %,.0f tokens/s (checksum %d)%n", r + 1, s, tokens / s, sink);
        }
        double bestStage = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long sink = 0;
            for (Analysis a : docs) sink += stage.apply(a).entities().size();
            double s = (System.nanoTime() - t0) / 1e9;
            bestStage = Math.max(bestStage, tokens / s);
            System.out.printf("entity stage round %d: %.2f s, %,.0f tokens/s, %,.0f articles/s (mentions %d)%n", r + 1, s,
                    tokens / s, docs.size() / s, sink);
        }
        System.out.printf("ner, 1 thread: recogniser best %,.0f tokens/s; entity stage best %,.0f tokens/s%n", best, bestStage);
        return 0;
    }
}
