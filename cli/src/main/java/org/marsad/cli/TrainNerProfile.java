package org.marsad.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.entity.NerTrainer;
import org.marsad.entity.StemProfileBuilder;
import org.marsad.json.AnalysisJson;
import org.marsad.read.Inputs;
import org.marsad.text.WordFrequencyBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train ner-profile}: how a context-only recogniser labels each stem across
 * unlabelled news; the NER model reads it as features (run after 'train ner-clusters', before 'train ner').
 */
@Command(name = "ner-profile", description = "Stem label profiles for NER features, from ANT train tagged by a context-only model (run before 'train ner').")
final class TrainNerProfile implements Callable<Integer> {
    @Option(names = "--data", split = ",", defaultValue = "../shared/data/ner/anercorp/train.conll",
            description = "labelled CoNLL files the context-only model learns from")
    List<Path> data;

    @Option(names = "--corpus", defaultValue = "../shared/data/news/ant/train")
    List<String> corpus;

    @Option(names = "--epochs", defaultValue = "10")
    int epochs;

    @Option(names = "--seed", defaultValue = "20170207")
    long seed;

    @Option(names = "--min-uses", defaultValue = "3")
    int minUses;

    @Option(names = "--out", defaultValue = "core/src/main/resources/org/marsad/entity/ner-profile.tsv.gz")
    Path out;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        StemProfileBuilder b = new StemProfileBuilder(NerTrainer.read(data), epochs, seed);
        List<String> files = Inputs.expand(corpus);
        long articles = CleanBodies.forEach(files, b::addText);
        System.err.printf("tagged %d articles, %d tokens in %.1f s%n", articles, b.tokens(), (System.nanoTime() - t0) / 1e9);
        int stems = b.write(out, minUses);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("model", "NER stem profiles: per stem hash, uses and uses tagged PER/LOC/ORG/MISC by a context-only perceptron");
        meta.put("command", "marsad train ner-profile");
        meta.put("epochs", epochs);
        meta.put("seed", seed);
        meta.put("minUses", minUses);
        meta.put("articles", articles);
        meta.put("tokens", b.tokens());
        meta.put("stems", stems);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Path f : data) hashes.put(f.normalize().toString().replaceFirst("^.*?shared/", "../shared/"), WordFrequencyBuilder.sha256(f));
        for (String f : files) hashes.put(Path.of(f).getFileName().toString(), WordFrequencyBuilder.sha256(Path.of(f)));
        meta.put("data", hashes);
        Path metaFile = out.resolveSibling(out.getFileName().toString().replace(".tsv.gz", "") + ".meta.json");
        AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(metaFile.toFile(), meta);
        System.out.printf("wrote %s: %d stems in %.1f s%n", out, stems, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
