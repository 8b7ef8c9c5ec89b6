package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        NerTrainer.Settings settings = new NerTrainer.Settings(2, 7, 1, 2, 5, NerTrainer.Learner.PA, 0.01, 0, true, 0.5,
                List.of());
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

    @Test
    void eachDomainGetsTheLabelsOfItsSchemeAndLoadsWithThem() throws Exception {
        List<NerSentence> news = ConllNer.read(SharedData.path("data/ner/anercorp/train.conll")).subList(0, 200);
        List<NerSentence> wiki = ConllNer.read(SharedData.path("data/ner/aqmar/train.conll")).subList(0, 200);
        NerTrainer.Settings settings = new NerTrainer.Settings(2, 7, 1, 2, 5, NerTrainer.Learner.PA, 0.01, 0, true, 0,
                List.of("bilou", "bio"));
        EntityRecognizer[] m = NerTrainer.trainDomains(List.of(news, wiki), settings, NameLists.none(), k -> { });
        assertThat(m[0].tagScheme()).isEqualTo("bilou");
        assertThat(m[1].tagScheme()).isEqualTo("bio");
        m[0].save(dir.resolve("news.bin.gz"));
        EntityRecognizer loaded = EntityRecognizer.load(dir.resolve("news.bin.gz"));
        assertThat(loaded.tagScheme()).isEqualTo("bilou");
        List<List<String>> words = news.subList(0, 50).stream().map(NerSentence::words).toList();
        List<List<String>> tags = loaded.tagDocument(words);
        assertThat(tags).isEqualTo(m[0].tagDocument(words));
        // BILOU labels come out as BIO tags, and the model learnt something from 200 sentences
        assertThat(tags.stream().flatMap(List::stream).distinct()).allMatch(t -> t.equals("O") || t.matches("[BI]-(PER|LOC|ORG|MISC)"));
        assertThat(tags.stream().flatMap(List::stream).filter(t -> t.startsWith("B-")).count()).isGreaterThan(20);
    }

    @Test
    void anUnknownSchemeIsRefused() {
        assertThatThrownBy(() -> new NerTrainer.Settings(2, 7, 1, 2, 5, NerTrainer.Learner.PA, 0.01, 0, true, 0,
                List.of("bilou", "bioes"))).hasMessageContaining("bioes");
    }
}
