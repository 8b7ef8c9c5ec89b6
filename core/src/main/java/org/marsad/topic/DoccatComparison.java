package org.marsad.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The alternative the issue asked to measure: Apache OpenNLP's document categorizer (maximum
 * entropy, GIS) trained on the same features as {@link TopicTrainer}, each feature passed as a
 * bag-of-words token repeated by its count. Used by {@code marsad train topics --compare} to
 * report its dev accuracy next to liblinear's; Marsad does not ship it.
 */
public final class DoccatComparison {
    private DoccatComparison() {}

    /** Dev accuracy of an OpenNLP maxent document categorizer trained on {@code train}. */
    public static double devAccuracy(List<LabelledCorpus.Doc> train, List<LabelledCorpus.Doc> dev, Set<String> vocabulary,
                                     int iterations) {
        List<DocumentSample> samples = new ArrayList<>(train.size());
        for (LabelledCorpus.Doc d : train) samples.add(new DocumentSample(d.label(), tokens(d.features(), vocabulary)));
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        DoccatModel model;
        try {
            model = DocumentCategorizerME.train("ar", ObjectStreamUtils.createObjectStream(samples), params,
                    new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
        } catch (IOException e) {
            throw new UncheckedIOException("OpenNLP doccat training failed", e);
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        int ok = 0;
        for (LabelledCorpus.Doc d : dev) {
            double[] p = categorizer.categorize(tokens(d.features(), vocabulary));
            if (categorizer.getBestCategory(p).equals(d.label())) ok++;
        }
        return dev.isEmpty() ? 0 : ok / (double) dev.size();
    }

    private static String[] tokens(Map<String, Integer> counts, Set<String> vocabulary) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
            if (!vocabulary.contains(e.getKey())) continue;
            for (int i = 0; i < e.getValue(); i++) out.add(e.getKey());
        }
        return out.toArray(new String[0]);
    }
}
