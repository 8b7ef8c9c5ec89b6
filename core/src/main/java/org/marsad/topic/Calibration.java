package org.marsad.topic;

import java.util.List;

/**
 * Temperature scaling (Guo et al. 2017): the one number T that makes softmax(decisions / T) best
 * predict held-out labels, by minimising their log-loss. It leaves the arg-max, and so accuracy,
 * unchanged. Also measures expected calibration error for the evaluation report.
 */
public final class Calibration {
    private Calibration() {}

    /** The log-loss-minimising temperature on {@code docs}, searched on a log grid in [0.02, 20]. */
    static double temperature(TopicModel model, List<LabelledCorpus.Doc> docs) {
        if (docs.isEmpty()) return 1.0;
        double[][] dec = new double[docs.size()][];
        int[] gold = new int[docs.size()];
        for (int i = 0; i < dec.length; i++) {
            dec[i] = model.decisions(docs.get(i).features(), TopicModel.outletKey(docs.get(i).outlet()));
            gold[i] = model.labels().indexOf(docs.get(i).label());
        }
        double bestT = 1;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= 300; k++) {
            double t = 0.02 * Math.pow(1000, k / 300.0);
            double loss = 0;
            for (int i = 0; i < dec.length; i++) {
                if (gold[i] < 0) continue;
                loss -= Math.log(Math.max(1e-12, TopicModel.softmax(dec[i], t)[gold[i]]));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                bestT = t;
            }
        }
        return bestT;
    }

    /**
     * Expected calibration error over 10 equal-width confidence bins: the mean gap between the
     * top label's probability and whether it was right, weighted by bin size.
     */
    public static double expectedCalibrationError(double[] confidence, boolean[] correct) {
        int bins = 10;
        double[] conf = new double[bins];
        double[] acc = new double[bins];
        int[] n = new int[bins];
        for (int i = 0; i < confidence.length; i++) {
            int b = Math.min(bins - 1, (int) (confidence[i] * bins));
            conf[b] += confidence[i];
            acc[b] += correct[i] ? 1 : 0;
            n[b]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) if (n[b] > 0) ece += Math.abs(conf[b] - acc[b]) / confidence.length;
        return ece;
    }
}
