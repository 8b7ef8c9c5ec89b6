package org.marsad.topic;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns a {@link TopicModel} with L2-regularised logistic regression (liblinear, one-vs-rest),
 * choosing the regularisation C on the dev set and then a softmax temperature that minimises
 * the dev log-loss. Features are selected by document frequency, minus those that betray the
 * outlet rather than the topic ({@link OutletLeaks}); with {@link Settings#outlets()} each outlet
 * also gets its own copy of every feature and a bias ({@link FeatureSpace}). With
 * {@link Settings#refitWithDev()} the shipped model is refitted on train + dev with the C and
 * temperature chosen on dev; the dev figures are those of the train-only model. Deterministic:
 * features are sorted and liblinear's solver is seeded.
 */
public final class TopicTrainer {
    /** Training settings, recorded beside the model. */
    public record Settings(int minDf, int minPairDf, boolean pairs, boolean titles, boolean outletFilter,
                           double outletShare, int outletMinDf, List<Double> cGrid, double eps,
                           boolean outlets, double outletScale, boolean refitWithDev) {
        public static Settings defaults() {
            return new Settings(3, 5, true, true, true, 0.9, 20, List.of(4.0, 8.0, 16.0, 32.0), 0.01, true, 1.0, true);
        }
    }

    /**
     * A trained model with what was learnt about it on the dev set.
     *
     * @param model        the model to ship (refitted on train + dev when the settings say so)
     * @param devModelAccuracy dev accuracy of the train-only model at the chosen C (the reported figure)
     * @param devSharedOnlyAccuracy the same model's dev accuracy when the outlet is withheld (as for an unknown outlet)
     */
    public record Result(TopicModel model, List<String> featureOrder, double c, Map<Double, Double> devAccuracyByC,
                         double devModelAccuracy, double devSharedOnlyAccuracy, List<String> leaks,
                         int candidateFeatures, boolean refitted, int fitArticles) {}

    /** liblinear's solver seed; L2R_LR's Newton solver does not draw, but a seed keeps it so if the solver changes. */
    static final long SEED = 1;

    private final Settings settings;

    public TopicTrainer(Settings settings) {
        this.settings = settings;
    }

    public Result train(List<LabelledCorpus.Doc> train, List<LabelledCorpus.Doc> dev) {
        List<String> labels = labels(train);
        FeatureSpace space = FeatureSpace.build(train, settings);
        Problem problem = problem(train, labels, space);
        Map<Double, Double> accByC = new TreeMap<>();
        TopicModel best = null;
        double bestC = 0;
        double bestAcc = -1;
        for (double c : settings.cGrid()) {
            TopicModel m = fit(problem, c, labels, space);
            double acc = accuracy(m, dev, true);
            accByC.put(c, acc);
            if (acc > bestAcc) {
                bestAcc = acc;
                best = m;
                bestC = c;
            }
        }
        double temperature = Calibration.temperature(best, dev);
        double sharedOnly = accuracy(best, dev, false);
        if (!settings.refitWithDev() || dev.isEmpty()) {
            return new Result(best.withTemperature(temperature), space.order(), bestC, accByC, bestAcc, sharedOnly,
                    space.leaks(), space.candidates(), false, train.size());
        }
        List<LabelledCorpus.Doc> all = new ArrayList<>(train);
        all.addAll(dev);
        List<String> allLabels = labels(all);
        FeatureSpace allSpace = FeatureSpace.build(all, settings);
        TopicModel refit = fit(problem(all, allLabels, allSpace), bestC, allLabels, allSpace).withTemperature(temperature);
        return new Result(refit, allSpace.order(), bestC, accByC, bestAcc, sharedOnly, allSpace.leaks(),
                allSpace.candidates(), true, all.size());
    }

    /** The labels of {@code docs}, sorted: the model's label order. */
    private static List<String> labels(List<LabelledCorpus.Doc> docs) {
        return docs.stream().map(LabelledCorpus.Doc::label).distinct().sorted().toList();
    }

    private static Problem problem(List<LabelledCorpus.Doc> docs, List<String> labels, FeatureSpace space) {
        Problem p = new Problem();
        p.l = docs.size();
        p.n = space.size() + 1;
        p.bias = 1;
        p.x = new Feature[docs.size()][];
        p.y = new double[docs.size()];
        for (int d = 0; d < docs.size(); d++) {
            p.x[d] = space.vector(docs.get(d).features(), TopicModel.outletKey(docs.get(d).outlet()));
            p.y[d] = labels.indexOf(docs.get(d).label());
        }
        return p;
    }

    /** The document's tf-idf vector, L2-normalised, sorted by index, with the bias feature last. */
    static Feature[] vector(Map<String, Integer> counts, Map<String, Integer> index, float[] idf) {
        List<FeatureNode> nodes = new ArrayList<>(counts.size() + 1);
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Integer i = index.get(e.getKey());
            if (i == null) continue;
            double v = (1 + Math.log(e.getValue())) * idf[i];
            norm += v * v;
            nodes.add(new FeatureNode(i + 1, v));
        }
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (FeatureNode n : nodes) n.setValue(n.getValue() * scale);
        nodes.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
        nodes.add(new FeatureNode(idf.length + 1, 1.0));
        return nodes.toArray(new Feature[0]);
    }

    private TopicModel fit(Problem problem, double c, List<String> labels, FeatureSpace space) {
        Linear.disableDebugOutput();
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, settings.eps());
        parameter.setRandom(new java.util.Random(SEED));
        Model model = Linear.train(problem, parameter);
        int n = labels.size();
        int[] modelLabels = model.getLabels();
        double[] w = model.getFeatureWeights();
        int nrClass = model.getNrClass();
        int features = space.size();
        float[] weights = new float[features * n];
        float[] bias = new float[n];
        for (int col = 0; col < nrClass; col++) {
            int label = modelLabels[col];
            for (int i = 0; i < features; i++) weights[i * n + label] = (float) w[i * nrClass + col];
            bias[label] = (float) w[features * nrClass + col];
        }
        return new TopicModel(labels, space.index(), space.idf(), weights, bias, 1.0);
    }

    /** Dev accuracy; {@code useOutlet} false scores every article as from an unknown outlet. */
    static double accuracy(TopicModel m, List<LabelledCorpus.Doc> docs, boolean useOutlet) {
        if (docs.isEmpty()) return 0;
        int ok = 0;
        for (LabelledCorpus.Doc d : docs) {
            String outlet = useOutlet ? TopicModel.outletKey(d.outlet()) : null;
            if (m.classify(d.features(), outlet).label().equals(d.label())) ok++;
        }
        return ok / (double) docs.size();
    }
}
