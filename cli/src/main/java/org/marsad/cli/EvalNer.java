package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.article.EntityType;
import org.marsad.entity.ConllNer;
import org.marsad.entity.DomainGuesser;
import org.marsad.entity.NerDomain;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.EntityStage;
import org.marsad.entity.KnowledgeBase;
import org.marsad.entity.NerScorer;
import org.marsad.entity.NerSentence;
import org.marsad.text.TextStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval ner --gold FILE.conll}: exact-span NER scores per type and micro-averaged. */
@Command(name = "ner", description = {"Named-entity recognition, exact spans as conlleval scores them, on a CoNLL file.",
        "The file is read as one document: nearby sentences inform each other, as in an article."})
final class EvalNer implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "gold CoNLL file (word TAB tag, BIO)")
    Path gold;

    @Option(names = "--model", description = "a model file from 'marsad train ner --out' (default: the shipped model of the domain)")
    Path model;

    @Option(names = "--domain", defaultValue = "auto", description = {"news, wikipedia, or auto (default): the domain",
            "whose training words make the file's words most likely (naive Bayes over words; never the file name or tags)"})
    String domain;

    @Option(names = "--errors", defaultValue = "0", description = "print up to N sentences with a wrong chunk")
    int errors;

    @Option(names = "--level", defaultValue = "stage", description = {"what is scored: stage (default; what 'analyze' outputs:",
            "the file re-tokenised as 'analyze' tokenises a body, recognised, then completed by the linker: knowledge-base names",
            "the recogniser missed, surnames met alone, knowledge-base spans and types; a mention marks every word it overlaps),",
            "recogniser (the trained model alone on the file's own tokens) or tokens (the model alone on the re-tokenised file)"})
    String level;

    @Option(names = "--block", defaultValue = "20", description = {"with --level stage: sentences linked together as one",
            "article (the file marks no article boundaries; default 20, the recogniser's own history window)"})
    int block;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<NerSentence> sentences = ConllNer.read(gold);
        NerDomain d = switch (domain.toLowerCase(java.util.Locale.ROOT)) {
            case "news" -> NerDomain.NEWS;
            case "wikipedia" -> NerDomain.WIKIPEDIA;
            case "auto" -> DomainGuesser.shipped().guess(sentences.stream().flatMap(s -> s.words().stream()).toList());
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--domain must be news, wikipedia or auto, not '" + domain + "'");
        };
        EntityRecognizer ner = model == null ? EntityRecognizer.shipped(d) : EntityRecognizer.load(model);
        System.out.printf("domain=%s model=%s level=%s%n", d.label(), model == null ? d.resource() : model, level);
        NerScorer scorer = new NerScorer();
        int shown = 0;
        List<List<String>> words = sentences.stream().map(NerSentence::words).toList();
        List<List<String>> all = switch (level.toLowerCase(java.util.Locale.ROOT)) {
            case "recogniser", "recognizer" -> ner.tagDocument(words);
            case "tokens", "stage" -> new EntityStage(ner, KnowledgeBase.shipped())
                    .tagWords(words, new TextStage(), level.equalsIgnoreCase("stage"), Math.max(1, block));
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--level must be recogniser, tokens or stage, not '" + level + "'");
        };
        for (int k = 0; k < sentences.size(); k++) {
            NerSentence s = sentences.get(k);
            List<String> predicted = all.get(k);
            scorer.add(s.tags(), predicted);
            if (shown < errors && !NerScorer.chunks(s.tags()).equals(NerScorer.chunks(predicted))) {
                shown++;
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < s.size(); i++) {
                    b.append(s.words().get(i));
                    String g = s.tags().get(i);
                    String p = predicted.get(i);
                    if (!g.equals("O") || !p.equals("O")) b.append('/').append(g.equals(p) ? g : g + "≠" + p);
                    b.append(' ');
                }
                System.out.println(b.toString().strip());
            }
        }
        System.out.printf("sentences=%d tokens=%d%n", sentences.size(), scorer.tokens());
        for (EntityType t : EntityType.values()) {
            System.out.printf("%-4s gold=%d predicted=%d correct=%d f1=%.4f precision=%.4f recall=%.4f%n", t,
                    scorer.gold(t), scorer.predicted(t), scorer.truePositives(t), scorer.f1(t), scorer.precision(t), scorer.recall(t));
        }
        System.out.printf("f1=%.4f precision=%.4f recall=%.4f%n", scorer.f1(), scorer.precision(), scorer.recall());
        return 0;
    }
}
