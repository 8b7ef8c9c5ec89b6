package org.marsad.entity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.marsad.json.AnalysisJson;
import org.marsad.text.WordFrequencyBuilder;

/**
 * Trains the recogniser from CoNLL files and writes the model with a {@code .meta.json} beside it
 * (data files' SHA-256, settings, feature count). Deterministic: same data and settings give the
 * same model. Not thread-safe.
 */
public final class NerTrainer {
    /**
     * Training settings. {@code tagSchemes}: per domain, in the order of the domains, the labels its
     * model predicts ({@code bio} or {@code bilou}); a domain beyond the list gets {@code bio}.
     */
    public record Settings(int epochs, long seed, int minFeatureCount, int folds, int window, Learner learner, double c,
            double rate, boolean costAugmented, double prune, List<String> tagSchemes) {
        public Settings {
            tagSchemes = List.copyOf(tagSchemes);
            for (String t : tagSchemes) TagSet.named(t);
        }

        /** The averaged perceptron with these settings, nothing pruned, BIO labels. */
        public Settings(int epochs, long seed, int minFeatureCount, int folds, int window) {
            this(epochs, seed, minFeatureCount, folds, window, Learner.PERCEPTRON, 0, 0, false, 0, List.of());
        }

        /** The label scheme of domain {@code d}. */
        TagSet tags(int d) {
            return d < tagSchemes.size() ? TagSet.named(tagSchemes.get(d)) : TagSet.BIO;
        }
    }

    /** The learner that sets the weights (see {@link PerceptronTrainer}); decoding is the same for all. */
    public enum Learner {
        /** Averaged structured perceptron. */
        PERCEPTRON,
        /**
         * Averaged passive-aggressive (1-best MIRA, PA-I) with Hamming cost; {@code c} caps the step;
         * {@code costAugmented}: the update is against the best sequence by score plus cost.
         */
        PA,
        /** Linear-chain CRF, AdaGrad with base step {@code rate}, L2 weight {@code c}, weights averaged. */
        CRF;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private NerTrainer() {}

    public static EntityRecognizer trainFiles(List<Path> files, Settings settings, IntConsumer epochDone) throws IOException {
        return train(read(files), settings, epochDone);
    }

    /** The sentences of the given CoNLL files, in order. */
    public static List<NerSentence> read(List<Path> files) throws IOException {
        List<NerSentence> data = new ArrayList<>();
        for (Path f : files) data.addAll(ConllNer.read(f));
        return data;
    }

    /** Trains on sentences of one domain in the given order; {@code modelDone} hears 0..folds as each model is trained. */
    public static EntityRecognizer train(List<NerSentence> data, Settings settings, IntConsumer modelDone) {
        return trainDomains(List.of(data), settings, NameLists.shipped(), modelDone)[0];
    }

    /**
     * Trains one recogniser per domain from all domains' sentences at once, with domain-augmented
     * features (see {@link PerceptronTrainer}): each domain's model learns from the others' data
     * what is common and from its own what is particular. {@code domains.get(d)} holds domain d's
     * sentences; the result is in the same order. {@code names} are the name lists the features
     * read (the shipped ones, or ones just built by {@link NameLists#build}).
     */
    public static EntityRecognizer[] trainDomains(List<List<NerSentence>> domains, Settings settings, NameLists names,
            IntConsumer modelDone) {
        NerFeatures features = EntityRecognizer.defaultFeatures(StemProfile.shipped(), names);
        List<NerSentence> data = new ArrayList<>();
        for (List<NerSentence> d : domains) data.addAll(d);
        int D = domains.size();
        int n = data.size();
        int[] domainOf = new int[n];
        for (int d = 0, s = 0; d < D; d++) for (int i = 0; i < domains.get(d).size(); i++) domainOf[s++] = d;
        List<long[][]> feats = new ArrayList<>(n);
        long[][] stems = new long[n][];
        for (int s = 0; s < n; s++) {
            WordView[] views = features.views(data.get(s).words());
            feats.add(features.extract(views));
            stems[s] = DocumentHistory.stems(views);
        }
        // domains with different label schemes: the joint training runs once per scheme, and each
        // domain keeps the model of its own scheme
        EntityRecognizer[] out = new EntityRecognizer[D];
        for (int d = 0; d < D; d++) {
            if (out[d] != null) continue;
            TagSet tags = settings.tags(d);
            List<int[]> gold = new ArrayList<>(n);
            for (NerSentence sentence : data) gold.add(tags.encode(sentence.tags()));
            EntityRecognizer[] trained = trainScheme(features, feats, stems, gold, domains, domainOf, settings, tags, modelDone);
            for (int e = d; e < D; e++) if (settings.tags(e) == tags) out[e] = trained[e];
        }
        return out;
    }

    private static EntityRecognizer[] trainScheme(NerFeatures features, List<long[][]> feats, long[][] stems,
            List<int[]> gold, List<List<NerSentence>> domains, int[] domainOf, Settings settings, TagSet tags,
            IntConsumer modelDone) {
        int D = domains.size();
        int n = feats.size();
        PerceptronTrainer trainer = new PerceptronTrainer(settings.epochs(), settings.seed(), settings.minFeatureCount(),
                settings.learner(), settings.c(), settings.rate(), settings.costAugmented(), tags);
        PerceptronModel[] first = trainer.train(feats, gold, domainOf, D);
        modelDone.accept(0);
        // first-pass labels for the training data come from models that did not see it (jackknife);
        // folds are cut within each domain so every fold model has seen every domain
        int[][] pass = new int[n][];
        for (int k = 0; k < settings.folds(); k++) {
            List<long[][]> rf = new ArrayList<>();
            List<int[]> rg = new ArrayList<>();
            int[] rd = new int[n];
            int m = 0;
            boolean[] held = new boolean[n];
            for (int d = 0, base = 0; d < D; d++) {
                int size = domains.get(d).size();
                int from = base + (int) ((long) size * k / settings.folds());
                int to = base + (int) ((long) size * (k + 1) / settings.folds());
                for (int s = from; s < to; s++) held[s] = true;
                base += size;
            }
            for (int s = 0; s < n; s++) {
                if (held[s]) continue;
                rf.add(feats.get(s));
                rg.add(gold.get(s));
                rd[m++] = domainOf[s];
            }
            PerceptronModel[] fm = trainer.train(rf, rg, java.util.Arrays.copyOf(rd, m), D);
            for (int s = 0; s < n; s++) if (held[s]) pass[s] = fm[domainOf[s]].decode(feats.get(s));
            modelDone.accept(k + 1);
        }
        // history features look only within a domain's own sentences (each domain is its own text)
        long[][][] extended = new long[n][][];
        for (int d = 0, base = 0; d < D; d++) {
            int size = domains.get(d).size();
            long[][][] ext = DocumentHistory.extend(feats.subList(base, base + size).toArray(new long[0][][]),
                    java.util.Arrays.copyOfRange(stems, base, base + size),
                    java.util.Arrays.copyOfRange(pass, base, base + size), tags, settings.window());
            System.arraycopy(ext, 0, extended, base, size);
            base += size;
        }
        PerceptronModel[] second = trainer.train(java.util.Arrays.asList(extended), gold, domainOf, D);
        EntityRecognizer[] out = new EntityRecognizer[D];
        // the finished models drop their weakest live features (see PerceptronModel.pruned)
        for (int d = 0; d < D; d++) {
            out[d] = new EntityRecognizer(features, first[d].pruned(settings.prune()), second[d].pruned(settings.prune()),
                    settings.window());
        }
        return out;
    }

    private static String resourceSha256(String resource) throws IOException {
        // a resource just rebuilt (name lists) is read from the source tree when run from the project root
        Path source = Path.of("core/src/main/resources" + resource);
        if (java.nio.file.Files.isRegularFile(source)) return WordFrequencyBuilder.sha256(source);
        try (java.io.InputStream in = NerTrainer.class.getResourceAsStream(resource)) {
            if (in == null) return "missing";
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(in.readAllBytes()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * Writes {@code meta} (JSON) describing how {@code model} was made: settings, the training files'
     * SHA-256, and the SHA-256 of the shipped resources its features read (clusters, knowledge
     * base, segmenter lexicon).
     */
    public static void writeMeta(Path meta, EntityRecognizer model, List<Path> files, Settings settings, String domain,
            List<Path> otherDomainFiles, List<Path> nameListFiles, boolean refit) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", "Marsad NER: two-pass linear-chain model (" + switch (settings.learner()) {
            case PERCEPTRON -> "averaged structured perceptron";
            case PA -> "averaged passive-aggressive (PA-I), Hamming cost" + (settings.costAugmented() ? ", cost-augmented decoding" : "");
            case CRF -> "CRF, AdaGrad + L2, averaged";
        } + "; second pass sees first-pass labels of the same stem nearby), "
                + model.tagScheme().toUpperCase(java.util.Locale.ROOT) + " labels over PER/LOC/ORG/MISC");
        m.put("tagScheme", model.tagScheme());
        m.put("command", "marsad train ner");
        m.put("domain", domain);
        m.put("training", "domain-augmented features (Daume 2007): one shared and one per-domain weight per feature, folded into this domain's model");
        m.put("learner", settings.learner().label());
        if (settings.learner() != Learner.PERCEPTRON) m.put("learnerC", settings.c());
        if (settings.learner() == Learner.PA) m.put("costAugmentedDecoding", settings.costAugmented());
        if (settings.learner() == Learner.CRF) m.put("learnerRate", settings.rate());
        m.put("prunedShareOfLiveFeatures", settings.prune());
        m.put("epochs", settings.epochs());
        m.put("seed", settings.seed());
        m.put("minFeatureCount", settings.minFeatureCount());
        m.put("jackknifeFolds", settings.folds());
        m.put("historyWindowSentences", settings.window());
        m.put("features", model.features());
        m.put("refit", refit);
        m.put("refitNote", refit
                ? "trained on train + dev with settings chosen on dev; 'data' lists every file used. Its own dev score is not a measurement: "
                        + "the dev figures in docs/EVALUATION.md come from a --train-only model"
                : "trained on the training files only (--train-only); 'data' lists every file used");
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String r : List.of(WordClusters.RESOURCE, KnowledgeBase.RESOURCE_DIR + "countries.tsv",
                KnowledgeBase.RESOURCE_DIR + "entities.tsv", org.marsad.text.WordFrequencies.RESOURCE,
                StemProfile.RESOURCE, NameLists.RESOURCE)) {
            inputs.put(r, resourceSha256(r));
        }
        m.put("resources", inputs);
        // the knowledge base's words as the features see them: an edit that changes them needs a retraining
        m.put("gazetteerSha256", KnowledgeBase.shipped().gazetteer().sha256());
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Path f : files) hashes.put(f.normalize().toString().replaceFirst("^.*?shared/", "../shared/"), WordFrequencyBuilder.sha256(f));
        m.put("data", hashes);
        Map<String, String> other = new LinkedHashMap<>();
        for (Path f : otherDomainFiles) other.put(f.normalize().toString().replaceFirst("^.*?shared/", "../shared/"), WordFrequencyBuilder.sha256(f));
        m.put("otherDomainData", other);
        Map<String, String> lists = new LinkedHashMap<>();
        for (Path f : nameListFiles) lists.put(f.normalize().toString().replaceFirst("^.*?shared/", "../shared/"), WordFrequencyBuilder.sha256(f));
        m.put("nameLists", lists);
        AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(meta.toFile(), m);
    }
}
