package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.SharedData;

/** Model training (slow-ish: trains small models on real ANERcorp sentences). */
class NerTrainingTest {
    @TempDir
    Path dir;

    @Test
    void sameDataAndSettingsGiveTheSameModelBytes() throws Exception {
        List<NerSentence> data = ConllNer.read(SharedData.path("data/ner/anercorp/train.conll")).subList(0, 300);
        NerTrainer.Settings settings = new NerTrainer.Settings(2, 7, 1, 2, 5);
        NerTrainer.train(data, settings, m -> { }).save(dir.resolve("a.bin.gz"));
        NerTrainer.train(data, settings, m -> { }).save(dir.resolve("b.bin.gz"));
        assertThat(Files.readAllBytes(dir.resolve("a.bin.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.bin.gz")));
    }

    @Test
    void paTrainingIsDeterministicToo() throws Exception {
        List<NerSentence> data = ConllNer.read(SharedData.path("data/ner/anercorp/train.conll")).subList(0, 300);
        NerTrainer.Settings settings = new NerTrainer.Settings(2, 7, 1, 2, 5, NerTrainer.Learner.PA, 0.01, 0, true, 0.5);
        NerTrainer.train(data, settings, m -> { }).save(dir.resolve("a.bin.gz"));
        NerTrainer.train(data, settings, m -> { }).save(dir.resolve("b.bin.gz"));
        assertThat(Files.readAllBytes(dir.resolve("a.bin.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.bin.gz")));
    }

    @Test
    void savedModelLoadsAndTagsLikeTheTrainedOne() throws Exception {
        List<NerSentence> data = ConllNer.read(SharedData.path("data/ner/anercorp/train.conll")).subList(0, 300);
        EntityRecognizer trained = NerTrainer.train(data, new NerTrainer.Settings(2, 7, 1, 2, 5), m -> { });
        trained.save(dir.resolve("m.bin.gz"));
        EntityRecognizer loaded = EntityRecognizer.load(dir.resolve("m.bin.gz"));
        List<List<String>> words = data.subList(0, 50).stream().map(NerSentence::words).toList();
        assertThat(loaded.tagDocument(words)).isEqualTo(trained.tagDocument(words));
    }
}
