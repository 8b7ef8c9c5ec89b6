package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link PerceptronModel#pruned}: drops the live features with the smallest largest weight. */
class PruneTest {
    private static PerceptronModel model() {
        int L = TagSet.BIO.size();
        LongIntMap index = new LongIntMap(8);
        float[] w = new float[5 * L];
        for (int k = 0; k < 5; k++) index.getOrAdd(100 + k);
        // feature 100 has no weight; 101..104 have largest weights 0.1, 0.2, 3, 4
        w[1 * L + 1] = 0.1f;
        w[2 * L + 3] = -0.2f;
        w[3 * L + 1] = 3f;
        w[4 * L + 5] = 4f;
        return new PerceptronModel(TagSet.BIO, index, w, new float[(L + 1) * L]);
    }

    @Test
    void dropsTheWeakestShareOfLiveFeatures() {
        PerceptronModel m = model();
        assertThat(m.pruned(0).features()).isEqualTo(4);
        PerceptronModel half = m.pruned(0.5);
        assertThat(half.features()).isEqualTo(2);
        assertThat(TagSet.BIO.labels().get(half.decode(new long[][] {{103}, {104}})[0])).isEqualTo("B-PER");
        assertThat(TagSet.BIO.labels().get(half.decode(new long[][] {{104}})[0])).isEqualTo("B-ORG");
        assertThat(half.decode(new long[][] {{101}})).isEqualTo(m.pruned(0.9).decode(new long[][] {{100}}));
    }
}
