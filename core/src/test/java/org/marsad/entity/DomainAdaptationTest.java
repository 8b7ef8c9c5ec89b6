package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Domain-augmented training: a shared weight plus one per domain, folded into one model per domain. */
class DomainAdaptationTest {
    private static final long A = 11;
    private static final long B = 22;
    private static final long C = 33;

    private static void add(List<long[][]> feats, List<int[]> gold, List<Integer> domains, int domain, long feature,
            String label, int copies) {
        for (int i = 0; i < copies; i++) {
            feats.add(new long[][] {{feature}});
            gold.add(new int[] {TagSet.BIO.index(label)});
            domains.add(domain);
        }
    }

    private static String tag(PerceptronModel m, long feature) {
        return TagSet.BIO.labels().get(m.decode(new long[][] {{feature}})[0]);
    }

    @Test
    void eachDomainKeepsItsOwnReadingOfASharedFeature() {
        List<long[][]> feats = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        List<Integer> domains = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            add(feats, gold, domains, 0, A, "B-PER", 4);
            add(feats, gold, domains, 0, C, "B-LOC", 4);
            add(feats, gold, domains, 1, B, "B-ORG", 4);
            add(feats, gold, domains, 1, C, "B-MISC", 4);
        }
        int[] domainOf = domains.stream().mapToInt(Integer::intValue).toArray();
        PerceptronModel[] m = new PerceptronTrainer(5, 3, 1).train(feats, gold, domainOf, 2);
        assertThat(tag(m[0], C)).isEqualTo("B-LOC");
        assertThat(tag(m[1], C)).isEqualTo("B-MISC");
        assertThat(tag(m[0], A)).isEqualTo("B-PER");
        assertThat(tag(m[1], B)).isEqualTo("B-ORG");
    }

    @Test
    void oneDomainTrainsAsBefore() {
        List<long[][]> feats = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        List<Integer> domains = new ArrayList<>();
        add(feats, gold, domains, 0, A, "B-ORG", 10);
        add(feats, gold, domains, 0, B, "O", 10);
        PerceptronModel m = new PerceptronTrainer(5, 3, 1).train(feats, gold);
        assertThat(tag(m, A)).isEqualTo("B-ORG");
        assertThat(tag(m, B)).isEqualTo("O");
    }
}
