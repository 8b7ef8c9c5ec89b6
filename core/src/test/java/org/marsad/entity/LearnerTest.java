package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three learners on a small synthetic sequence problem: a word after the trigger «T» begins a
 * person name, the word after that continues it, the same words elsewhere are O, and a second
 * domain reads a shared word differently. Each learner must fit it, and train deterministically.
 */
class LearnerTest {
    private static final int WORDS = 30;
    private static final long TRIGGER = 1000;
    private static final long SHARED = 2000;

    /** Features of a token: its word and the previous word. */
    private static long[] token(long[] words, int i) {
        return new long[] {words[i], 10_000 + (i == 0 ? -1 : words[i - 1])};
    }

    private record Data(List<long[][]> feats, List<int[]> gold, int[] domainOf) {}

    private static Data data(long seed) {
        return data(seed, TagSet.BIO);
    }

    private static Data data(long seed, TagSet tags) {
        Random r = new Random(seed);
        List<long[][]> feats = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        List<Integer> domains = new ArrayList<>();
        for (int s = 0; s < 400; s++) {
            int domain = s % 2;
            int n = 6 + r.nextInt(6);
            long[] words = new long[n];
            List<String> bio = new ArrayList<>(java.util.Collections.nCopies(n, "O"));
            for (int i = 0; i < n; i++) words[i] = r.nextInt(WORDS);
            int at = r.nextInt(n - 3);
            words[at] = TRIGGER;
            bio.set(at + 1, "B-PER");
            bio.set(at + 2, "I-PER");
            int other = at + 3 < n ? at + 3 : -1;
            if (other >= 0) {
                words[other] = SHARED;
                bio.set(other, domain == 0 ? "B-LOC" : "B-MISC");
            }
            int[] y = tags.encode(bio);
            long[][] f = new long[n][];
            for (int i = 0; i < n; i++) f[i] = token(words, i);
            feats.add(f);
            gold.add(y);
            domains.add(domain);
        }
        return new Data(feats, gold, domains.stream().mapToInt(Integer::intValue).toArray());
    }

    private static PerceptronTrainer trainer(NerTrainer.Learner learner) {
        return trainer(learner, TagSet.BIO);
    }

    private static PerceptronTrainer trainer(NerTrainer.Learner learner, TagSet tags) {
        return switch (learner) {
            case PERCEPTRON -> new PerceptronTrainer(5, 3, 1, learner, 0, 0, false, tags);
            case PA -> new PerceptronTrainer(5, 3, 1, learner, 0.01, 0, true, tags);
            case CRF -> new PerceptronTrainer(5, 3, 1, learner, 1, 0.1, false, tags);
        };
    }

    /** Tokens of {@code test} whose label the domain's model gets wrong. */
    private static int errors(PerceptronModel[] m, Data test) {
        int wrong = 0;
        for (int s = 0; s < test.feats().size(); s++) {
            int[] p = m[test.domainOf()[s]].decode(test.feats().get(s));
            for (int i = 0; i < p.length; i++) if (p[i] != test.gold().get(s)[i]) wrong++;
        }
        return wrong;
    }

    private static int tokens(Data d) {
        return d.gold().stream().mapToInt(g -> g.length).sum();
    }

    @ParameterizedTest
    @EnumSource(NerTrainer.Learner.class)
    void fitsASequenceProblemInEachDomain(NerTrainer.Learner learner) {
        Data train = data(1);
        PerceptronModel[] m = trainer(learner).train(train.feats(), train.gold(), train.domainOf(), 2);
        Data test = data(2);
        assertThat(errors(m, test)).as("errors of %s in %d tokens", learner, tokens(test)).isLessThanOrEqualTo(tokens(test) / 100);
    }

    @ParameterizedTest
    @EnumSource(NerTrainer.Learner.class)
    void trainsToIdenticalWeights(NerTrainer.Learner learner) throws Exception {
        Data train = data(1);
        assertThat(bytes(trainer(learner).train(train.feats(), train.gold(), train.domainOf(), 2)[1]))
                .isEqualTo(bytes(trainer(learner).train(train.feats(), train.gold(), train.domainOf(), 2)[1]));
    }

    @Test
    void paWithoutCostAugmentedDecodingFitsToo() {
        Data train = data(1);
        PerceptronModel[] m = new PerceptronTrainer(5, 3, 1, NerTrainer.Learner.PA, 0.01, 0, false, TagSet.BIO)
                .train(train.feats(), train.gold(), train.domainOf(), 2);
        assertThat(errors(m, data(2))).isLessThanOrEqualTo(30);
    }

    @ParameterizedTest
    @EnumSource(NerTrainer.Learner.class)
    void fitsTheProblemWithBilouLabelsToo(NerTrainer.Learner learner) {
        Data train = data(1, TagSet.BILOU);
        PerceptronModel[] m = trainer(learner, TagSet.BILOU).train(train.feats(), train.gold(), train.domainOf(), 2);
        assertThat(m[0].tags()).isSameAs(TagSet.BILOU);
        Data test = data(2, TagSet.BILOU);
        assertThat(errors(m, test)).as("errors of %s in %d tokens", learner, tokens(test)).isLessThanOrEqualTo(tokens(test) / 100);
    }

    @Test
    void learnersDiffer() throws Exception {
        Data train = data(1);
        byte[] perceptron = bytes(trainer(NerTrainer.Learner.PERCEPTRON).train(train.feats(), train.gold()));
        assertThat(bytes(trainer(NerTrainer.Learner.PA).train(train.feats(), train.gold()))).isNotEqualTo(perceptron);
        assertThat(bytes(trainer(NerTrainer.Learner.CRF).train(train.feats(), train.gold()))).isNotEqualTo(perceptron);
    }

    private static byte[] bytes(PerceptronModel m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(out)) {
            m.write(d);
        }
        return out.toByteArray();
    }
}
