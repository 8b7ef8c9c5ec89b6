package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model training on a small slice of ANT dev (three outlet files, about 100 articles): the run is
 * deterministic (same bytes twice) and writes the model, the statistics, the stop words and the
 * meta file with data hashes. The full run is {@code marsad train topics}.
 */
class TopicTrainingTest {
    private static List<String> files() {
        return List.of(SharedData.path("data/news/ant/dev/France24-culture.sgml.gz").toString(),
                SharedData.path("data/news/ant/dev/France24-economy.sgml.gz").toString(),
                SharedData.path("data/news/ant/dev/France24-sport.sgml.gz").toString(),
                SharedData.path("data/news/ant/dev/BBC-culture.sgml.gz").toString());
    }

    private static TopicTraining training() {
        TopicTrainer.Settings d = TopicTrainer.Settings.defaults();
        return new TopicTraining(new TopicTrainer.Settings(2, 2, true, true, true, 0.9, 20, List.of(1.0, 4.0), d.eps(),
                true, 1.0, true),
                false, List.of());
    }

    @Test
    void trainingTwiceGivesTheSameBytes(@TempDir Path dir) throws IOException {
        Path stop = SharedData.path("data/lexicons/stopwords-mohataher/list.txt");
        TopicTraining.Report r = training().run(files(), files(), stop, dir.resolve("a"));
        training().run(files(), files(), stop, dir.resolve("b"));
        assertThat(r.trainDocs()).isGreaterThan(50);
        for (String f : List.of(TopicModel.RESOURCE, DocumentFrequencies.RESOURCE, StopWords.RESOURCE, "topic-model.meta.json")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
        }
        assertThat(Files.readString(dir.resolve("a/topic-model.meta.json"))).contains("France24-culture.sgml.gz", "settings");
        TopicModel m = TopicModel.read(Files.newInputStream(dir.resolve("a").resolve(TopicModel.RESOURCE)));
        assertThat(m.labels()).containsExactly("culture", "economy", "sport");
        assertThat(m.outlets()).containsExactly("bbc", "france24");
    }

    @Test
    void metaSaysWhichModelTheDevFiguresBelongTo(@TempDir Path dir) throws IOException {
        Path stop = SharedData.path("data/lexicons/stopwords-mohataher/list.txt");
        TopicTraining.Report r = training().run(files(), files(), stop, dir);
        assertThat(r.refitted()).isTrue();
        assertThat(r.fitArticles()).isEqualTo(r.trainDocs() + r.devDocs());
        assertThat(Files.readString(dir.resolve("topic-model.meta.json")))
                .contains("\"refittedOnTrainPlusDev\" : true", "devAccuracyOutletWithheld", "train-only model");
    }
}
