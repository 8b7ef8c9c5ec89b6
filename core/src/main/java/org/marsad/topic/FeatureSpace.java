package org.marsad.topic;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The classifier's feature space for one training set: shared features kept by document frequency
 * (words ≥ minDf articles, pairs ≥ minPairDf) minus outlet leaks, each with its idf; and, when the
 * settings ask for outlets, per-outlet copies ({@code @outlet|feature}, kept by the same
 * frequency cut within the outlet's articles) plus one {@code @outlet|bias} per outlet. An outlet
 * copy's value is the shared feature's normalised value times {@code outletScale}, so the copies
 * never change the shared part of the vector. Features are sorted by name; immutable once built.
 */
record FeatureSpace(List<String> order, Map<String, Integer> index, float[] idf, List<String> leaks, int candidates,
                    Map<String, int[]> outletRows) {

    static FeatureSpace build(List<LabelledCorpus.Doc> docs, TopicTrainer.Settings settings) {
        Map<String, int[]> df = new HashMap<>(1 << 20);
        for (LabelledCorpus.Doc d : docs) {
            for (String f : d.features().keySet()) if (keep(f, settings)) df.computeIfAbsent(f, k -> new int[1])[0]++;
        }
        TreeMap<String, Integer> kept = new TreeMap<>();
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            if (e.getValue()[0] >= minDf(e.getKey(), settings)) kept.put(e.getKey(), e.getValue()[0]);
        }
        List<String> leaks = settings.outletFilter()
                ? new OutletLeaks(settings.outletShare(), settings.outletMinDf()).find(docs, kept.keySet())
                : List.of();
        leaks.forEach(kept::remove);
        TreeMap<String, Float> scale = new TreeMap<>();
        for (Map.Entry<String, Integer> e : kept.entrySet()) {
            scale.put(e.getKey(), (float) Math.log((docs.size() + 1.0) / (e.getValue() + 1.0)));
        }
        if (settings.outlets()) addOutletCopies(docs, settings, kept, scale);
        List<String> order = List.copyOf(scale.keySet());
        Map<String, Integer> index = new HashMap<>(order.size() * 2);
        float[] idf = new float[order.size()];
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
            idf[i] = scale.get(order.get(i));
        }
        Map<String, int[]> outletRows = new HashMap<>();
        if (settings.outlets()) {
            for (String f : order) {
                String outlet = TopicModel.outletOfBias(f);
                if (outlet == null) continue;
                String prefix = TopicModel.outletPrefix(outlet);
                int[] rows = new int[order.size() + 1];
                for (int i = 0; i < order.size(); i++) rows[i] = index.getOrDefault(prefix + order.get(i), -1);
                rows[order.size()] = index.get(f);
                outletRows.put(outlet, rows);
            }
        }
        return new FeatureSpace(order, index, idf, leaks, df.size(), outletRows);
    }

    private static void addOutletCopies(List<LabelledCorpus.Doc> docs, TopicTrainer.Settings settings,
                                        Map<String, Integer> shared, Map<String, Float> scale) {
        Map<String, int[]> df = new HashMap<>(1 << 20);
        for (LabelledCorpus.Doc d : docs) {
            String outlet = TopicModel.outletKey(d.outlet());
            if (outlet == null) continue;
            String prefix = TopicModel.outletPrefix(outlet);
            df.computeIfAbsent(prefix + TopicModel.OUTLET_BIAS, k -> new int[1])[0]++;
            for (String f : d.features().keySet()) {
                if (shared.containsKey(f)) df.computeIfAbsent(prefix + f, k -> new int[1])[0]++;
            }
        }
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            String f = e.getKey();
            boolean bias = f.endsWith("|" + TopicModel.OUTLET_BIAS);
            if (bias || e.getValue()[0] >= minDf(f.substring(f.indexOf('|') + 1), settings)) {
                scale.put(f, (float) settings.outletScale());
            }
        }
    }

    private static boolean keep(String feature, TopicTrainer.Settings settings) {
        if (feature.startsWith("b:")) return settings.pairs();
        if (feature.startsWith("t:")) return settings.titles();
        return true;
    }

    private static int minDf(String feature, TopicTrainer.Settings settings) {
        return feature.startsWith("b:") ? settings.minPairDf() : settings.minDf();
    }

    int size() {
        return idf.length;
    }

    /**
     * The document's vector: shared tf-idf values, L2-normalised; the outlet's copies of them
     * (when the space has the outlet) and its bias; sorted by index, liblinear's bias feature last.
     */
    Feature[] vector(Map<String, Integer> counts, String outlet) {
        Feature[] shared = TopicTrainer.vector(counts, index, idf);
        int[] rows = outlet == null ? null : outletRows.get(outlet);
        if (rows == null) return shared;
        List<FeatureNode> nodes = new ArrayList<>(shared.length * 2 + 1);
        for (int k = 0; k < shared.length - 1; k++) {
            FeatureNode n = (FeatureNode) shared[k];
            nodes.add(n);
            int copy = rows[n.getIndex() - 1];
            if (copy >= 0) nodes.add(new FeatureNode(copy + 1, n.getValue() * idf[copy]));
        }
        int bias = rows[rows.length - 1];
        nodes.add(new FeatureNode(bias + 1, idf[bias]));
        nodes.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
        nodes.add((FeatureNode) shared[shared.length - 1]);
        return nodes.toArray(new Feature[0]);
    }
}
