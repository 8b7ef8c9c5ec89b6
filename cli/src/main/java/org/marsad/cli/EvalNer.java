package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.article.EntityType;
import org.marsad.entity.ConllNer;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.NerScorer;
import org.marsad.entity.NerSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval ner --gold FILE.conll}: exact-span NER scores per type and micro-averaged. */
@Command(name = "ner", description = "Named-entity recognition, exact spans as conlleval scores them, on a CoNLL file.")
final class EvalNer implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "gold CoNLL file (word TAB tag, BIO)")
    Path gold;

    @Option(names = "--model", description = "a model file from 'marsad train ner --out' (default: the shipped model)")
    Path model;

    @Override
    public Integer call() throws Exception {
        List<NerSentence> sentences = ConllNer.read(gold);
        EntityRecognizer ner = model == null ? EntityRecognizer.shipped() : EntityRecognizer.load(model);
        NerScorer scorer = new NerScorer();
        for (NerSentence s : sentences) scorer.add(s.tags(), ner.tag(s.words()));
        System.out.printf("sentences=%d tokens=%d%n", sentences.size(), scorer.tokens());
        for (EntityType t : EntityType.values()) {
            System.out.printf("%-4s gold=%d predicted=%d correct=%d f1=%.4f precision=%.4f recall=%.4f%n", t,
                    scorer.gold(t), scorer.predicted(t), scorer.truePositives(t), scorer.f1(t), scorer.precision(t), scorer.recall(t));
        }
        System.out.printf("f1=%.4f precision=%.4f recall=%.4f%n", scorer.f1(), scorer.precision(), scorer.recall());
        return 0;
    }
}
