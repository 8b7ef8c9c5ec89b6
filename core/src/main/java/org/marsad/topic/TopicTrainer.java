package org.marsad.topic;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns a {@link TopicModel} with L2-regularised logistic regression (liblinear, one-vs-rest),
 * choosing the regularisation C on the dev set and then a softmax temperature that minimises
 * the dev log-loss. Features are selected by document frequency, minus those that betray the
 * outlet rather than the topic ({@link OutletLeaks}). Deterministic: features are sorted and
 * liblinear's solver is seeded.
 */
public final class TopicTrainer {
    /** Training settings, recorded beside the model. */
    public record Settings(int minDf, int minPairDf, boolean pairs, boolean titles, boolean outletFilter,
                           double outletShare, int outletMinDf, List<Double> cGrid, double eps) {
        public static Settings defaults() {
            return new Settings(3, 5, true, true, true, 0.9, 20, List.of(2.0, 4.0, 8.0, 16.0), 0.01);
        }
    }

    /** A trained model with what was learnt about it on the dev set. */
    public record Result(TopicModel model, List<String> featureOrder, double c, Map<Double, Double> devAccuracyByC,
                         List<String> leaks, int candidateFeatures) {}

    /** liblinear's solver seed; L2R_LR's Newton solver does not draw, but a seed keeps it so if the solver changes. */
    static final long SEED = 1;

    private final Settings settings;

    public TopicTrainer(Settings settings) {
        this.settings = settings;
    }

    public Result train(List<LabelledCorpus.Doc> train, List<LabelledCorpus.Doc> dev) {
        List<String> labels = train.stream().map(LabelledCorpus.Doc::label).distinct().sorted().toList();
        Map<String, int[]> df = new HashMap<>(1 << 20);
        for (LabelledCorpus.Doc d : train) {
            for (String f : d.features().keySet()) if (keep(f)) df.computeIfAbsent(f, k -> new int[1])[0]++;
        }
        TreeMap<String, Integer> candidates = new TreeMap<>();
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            int min = e.getKey().startsWith("b:") ? settings.minPairDf() : settings.minDf();
            if (e.getValue()[0] >= min) candidates.put(e.getKey(), e.getValue()[0]);
        }
        List<String> leaks = settings.outletFilter()
                ? new OutletLeaks(settings.outletShare(), settings.outletMinDf()).find(train, candidates.keySet())
                : List.of();
        leaks.forEach(candidates::remove);
        List<String> order = List.copyOf(candidates.keySet());
        Map<String, Integer> index = new HashMap<>(order.size() * 2);
        float[] idf = new float[order.size()];
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
            idf[i] = (float) Math.log((train.size() + 1.0) / (candidates.get(order.get(i)) + 1.0));
        }
        Problem problem = problem(train, labels, index, idf);
        Map<Double, Double> accByC = new TreeMap<>();
        TopicModel best = null;
        double bestC = 0;
        double bestAcc = -1;
        for (double c : settings.cGrid()) {
            TopicModel m = fit(problem, c, labels, index, idf);
            double acc = accuracy(m, dev);
            accByC.put(c, acc);
            if (acc > bestAcc) {
                bestAcc = acc;
                best = m;
                bestC = c;
            }
        }
        TopicModel calibrated = best.withTemperature(Calibration.temperature(best, dev));
        return new Result(calibrated, order, bestC, accByC, leaks, df.size());
    }

    private boolean keep(String feature) {
        if (feature.startsWith("b:")) return settings.pairs();
        if (feature.startsWith("t:")) return settings.titles();
        return true;
    }

    private Problem problem(List<LabelledCorpus.Doc> docs, List<String> labels, Map<String, Integer> index, float[] idf) {
        Problem p = new Problem();
        p.l = docs.size();
        p.n = idf.length + 1;
        p.bias = 1;
        p.x = new Feature[docs.size()][];
        p.y = new double[docs.size()];
        for (int d = 0; d < docs.size(); d++) {
            p.x[d] = vector(docs.get(d).features(), index, idf);
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

    private TopicModel fit(Problem problem, double c, List<String> labels, Map<String, Integer> index, float[] idf) {
        Linear.disableDebugOutput();
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, settings.eps());
        parameter.setRandom(new java.util.Random(SEED));
        Model model = Linear.train(problem, parameter);
        int n = labels.size();
        int[] modelLabels = model.getLabels();
        double[] w = model.getFeatureWeights();
        int nrClass = model.getNrClass();
        float[] weights = new float[idf.length * n];
        float[] bias = new float[n];
        for (int col = 0; col < nrClass; col++) {
            int label = modelLabels[col];
            for (int i = 0; i < idf.length; i++) weights[i * n + label] = (float) w[i * nrClass + col];
            bias[label] = (float) w[idf.length * nrClass + col];
        }
        return new TopicModel(labels, index, idf, weights, bias, 1.0);
    }

    static double accuracy(TopicModel m, List<LabelledCorpus.Doc> docs) {
        if (docs.isEmpty()) return 0;
        int ok = 0;
        for (LabelledCorpus.Doc d : docs) if (m.classify(d.features()).label().equals(d.label())) ok++;
        return ok / (double) docs.size();
    }
}
