package org.marsad.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.entity.ClusterBuilder;
import org.marsad.json.AnalysisJson;
import org.marsad.read.Inputs;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.WordFrequencyBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train ner-clusters}: the word clusters the NER model uses, from unlabelled news. */
@Command(name = "ner-clusters", description = "Word clusters for NER features, from ANT train (run before 'train ner').")
final class TrainNerClusters implements Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "../shared/data/news/ant/train")
    List<String> corpus;

    @Option(names = "--min-count", defaultValue = "4")
    int minCount;

    @Option(names = "--contexts", defaultValue = "2500")
    int contexts;

    @Option(names = "--dims", defaultValue = "160")
    int dims;

    @Option(names = "--k", split = ",", defaultValue = "100,400,1600")
    int[] ks;

    @Option(names = "--iterations", defaultValue = "8")
    int iterations;

    @Option(names = "--seed", defaultValue = "20170207")
    long seed;

    @Option(names = "--power-iterations", defaultValue = "1",
            description = "power iterations of the truncated SVD (default 1); 0: a random projection instead (the clusters shipped until 2026-12-05)")
    int powerIterations;

    @Option(names = "--eigen-weight", defaultValue = "0.5",
            description = "the SVD's singular values to this power scale the word vectors (default 0.5)")
    double eigenWeight;

    @Option(names = "--out", defaultValue = "core/src/main/resources/org/marsad/entity/clusters.tsv.gz")
    Path out;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        ClusterBuilder.Settings s = new ClusterBuilder.Settings(minCount, contexts, dims, ks, iterations, seed, powerIterations, eigenWeight);
        ClusterBuilder b = new ClusterBuilder(s, CliticSegmenter.shipped());
        List<String> files = Inputs.expand(corpus);
        long articles = CleanBodies.forEach(files, b::addText);
        System.err.printf("read %d articles, %d tokens in %.1f s%n", articles, b.tokens(), (System.nanoTime() - t0) / 1e9);
        int v = b.write(out);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("model", "NER word clusters: PPMI left/right contexts, " + (powerIterations > 0
                ? "truncated SVD (randomized range finder, " + powerIterations + " power iteration(s)), rows scaled by singular values^" + eigenWeight
                : "random projection") + ", spherical k-means");
        meta.put("command", "marsad train ner-clusters");
        meta.put("settings", s);
        meta.put("articles", articles);
        meta.put("tokens", b.tokens());
        meta.put("words", v);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String f : files) hashes.put(Path.of(f).getFileName().toString(), WordFrequencyBuilder.sha256(Path.of(f)));
        meta.put("data", hashes);
        Path metaFile = out.resolveSibling(out.getFileName().toString().replace(".tsv.gz", "") + ".meta.json");
        AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(metaFile.toFile(), meta);
        System.out.printf("wrote %s: %d words in %.1f s%n", out, v, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
