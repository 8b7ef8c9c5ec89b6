package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticSegmenter;

class ClusterBuilderTest {
    @TempDir Path dir;

    @Test
    void jacobiEigenDecomposesASymmetricMatrix() {
        Random rnd = new Random(7);
        int n = 12;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                s[i][j] = rnd.nextGaussian();
                s[j][i] = s[i][j];
            }
        }
        double[] values = new double[n];
        double[][] v = ClusterBuilder.jacobiEigen(s, values);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double sv = 0;
                for (int j = 0; j < n; j++) sv += s[k][j] * v[j][i];
                assertThat(sv).as("(S v_%d)[%d]", i, k).isCloseTo(values[i] * v[k][i], within(1e-9));
            }
        }
    }

    /** Written for this test: cities follow «في» and precede «اليوم»; verbs open a sentence before «الوزير». */
    private static String corpus(Random rnd) {
        List<String> cities = List.of("موسكو", "دمشق", "بيروت", "القاهرة", "عمان");
        List<String> verbs = List.of("قال", "أكد", "أعلن", "أوضح", "أضاف");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            b.append(verbs.get(rnd.nextInt(verbs.size()))).append(" الوزير إن الوفد وصل إلى ")
                    .append(cities.get(rnd.nextInt(cities.size()))).append(" اليوم. ");
        }
        return b.toString();
    }

    private Path build(ClusterBuilder.Settings settings, String name) throws Exception {
        ClusterBuilder b = new ClusterBuilder(settings, CliticSegmenter.shipped());
        Random rnd = new Random(3);
        for (int i = 0; i < 5; i++) b.addText(corpus(rnd));
        Path out = dir.resolve(name);
        b.write(out);
        return out;
    }

    @Test
    void svdClustersGroupWordsOfTheSameContextsAndAreDeterministic() throws Exception {
        ClusterBuilder.Settings svd = new ClusterBuilder.Settings(2, 50, 6, new int[] {6}, 8, 11, 1, 0.5);
        Path a = build(svd, "a.tsv.gz");
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(build(svd, "b.tsv.gz")));
        WordClusters c;
        try (InputStream in = Files.newInputStream(a)) {
            c = WordClusters.read(in);
        }
        int city = c.of("موسكو")[0];
        for (String w : List.of("دمشق", "بيروت", "قاهرة", "عمان")) assertThat(c.of(ArabicNormalizer.normalize(w))[0]).as(w).isEqualTo(city);
        int verb = c.of("قال")[0];
        assertThat(verb).isNotEqualTo(city);
        for (String w : List.of("أكد", "أعلن", "أوضح", "أضاف")) assertThat(c.of(ArabicNormalizer.normalize(w))[0]).as(w).isEqualTo(verb);
    }
}
