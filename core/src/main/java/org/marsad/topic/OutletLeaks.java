package org.marsad.topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds features that identify the outlet rather than the topic. ANT's categories come one file
 * per outlet and category, so a site's self-references, bylines and stock phrases («سكاي نيوز
 * عربية», «لبي بي سي») would let a classifier learn the outlet's category mix. A feature is a leak
 * when at least {@code share} of the training articles that contain it come from one outlet, and
 * that is at least twice what the feature's category spread predicts (the outlet's share of each
 * category, weighted by the feature's articles per category). Features seen in fewer than
 * {@code minDf} articles are left to the document-frequency cut.
 */
final class OutletLeaks {
    private final double share;
    private final int minDf;

    OutletLeaks(double share, int minDf) {
        this.share = share;
        this.minDf = minDf;
    }

    /** The leaking features among {@code candidates}, sorted. */
    List<String> find(List<LabelledCorpus.Doc> docs, Set<String> candidates) {
        List<String> outlets = docs.stream().map(LabelledCorpus.Doc::outlet).distinct().sorted().toList();
        List<String> labels = docs.stream().map(LabelledCorpus.Doc::label).distinct().sorted().toList();
        int no = outlets.size();
        int nl = labels.size();
        double[][] outletShareOfLabel = new double[nl][no];
        int[] perLabel = new int[nl];
        Map<String, int[]> counts = new HashMap<>(candidates.size() * 2);
        for (LabelledCorpus.Doc d : docs) {
            int o = outlets.indexOf(d.outlet());
            int l = labels.indexOf(d.label());
            outletShareOfLabel[l][o]++;
            perLabel[l]++;
            for (String f : d.features().keySet()) {
                if (!candidates.contains(f)) continue;
                int[] c = counts.computeIfAbsent(f, k -> new int[no + nl]);
                c[o]++;
                c[no + l]++;
            }
        }
        for (int l = 0; l < nl; l++) for (int o = 0; o < no; o++) outletShareOfLabel[l][o] /= Math.max(1, perLabel[l]);
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            int df = 0;
            for (int l = 0; l < nl; l++) df += c[no + l];
            if (df < minDf) continue;
            for (int o = 0; o < no; o++) {
                if (c[o] < share * df) continue;
                double expected = 0;
                for (int l = 0; l < nl; l++) expected += c[no + l] * outletShareOfLabel[l][o];
                if (c[o] >= 2 * expected) leaks.add(e.getKey());
            }
        }
        leaks.sort(null);
        return leaks;
    }
}
