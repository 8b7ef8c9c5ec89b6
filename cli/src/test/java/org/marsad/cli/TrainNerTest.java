package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad train ner} on tiny files: by default the models are refitted on train + dev and the
 * meta file says so and lists every file; {@code --train-only} keeps dev out; a bad learner is one
 * clear line.
 */
class TrainNerTest {
    @TempDir
    Path dir;

    private Path conll(String name, String person, String place) throws Exception {
        Path f = dir.resolve(name);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append("التقى\tO\nالوزير\tO\n").append(person).append("\tB-PERS\nفي\tO\n").append(place)
                    .append("\tB-LOC\n.\tO\n\n");
        }
        Files.writeString(f, b.toString());
        return f;
    }

    private JsonNode train(String... extra) throws Exception {
        Path out = dir.resolve("m" + extra.length).resolve("ner-model.bin.gz");
        Files.createDirectories(out.getParent());
        List<String> args = new ArrayList<>(List.of("train", "ner", "--data", conll("n-train.conll", "سمير", "طرابلس").toString(),
                "--dev-data", conll("n-dev.conll", "حداد", "بيروت").toString(),
                "--wikipedia-data", conll("w-train.conll", "أحمد", "القاهرة").toString(),
                "--wikipedia-dev-data", conll("w-dev.conll", "علي", "دمشق").toString(),
                "--names", "none", "--epochs", "1", "--folds", "2", "--learner", "pa", "--out", out.toString()));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(new String[0]));
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(out.resolveSibling("ner-model.meta.json").toFile());
    }

    @Test
    void refitsOnTrainAndDevByDefaultAndSaysSo() throws Exception {
        JsonNode meta = train();
        assertThat(meta.get("refit").asBoolean()).isTrue();
        assertThat(meta.get("learner").asText()).isEqualTo("pa");
        List<String> data = new ArrayList<>();
        meta.get("data").fieldNames().forEachRemaining(data::add);
        assertThat(data).hasSize(2).anyMatch(f -> f.endsWith("n-train.conll")).anyMatch(f -> f.endsWith("n-dev.conll"));
    }

    @Test
    void trainOnlyLeavesDevOut() throws Exception {
        JsonNode meta = train("--train-only");
        assertThat(meta.get("refit").asBoolean()).isFalse();
        List<String> data = new ArrayList<>();
        meta.get("data").fieldNames().forEachRemaining(data::add);
        assertThat(data).hasSize(1).allMatch(f -> f.endsWith("n-train.conll"));
    }

    @Test
    void unknownLearnerIsOneClearLine() {
        CliRun r = CliRun.of("train", "ner", "--learner", "svm", "--out", dir.resolve("x.bin.gz").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--learner must be perceptron, pa or crf, not 'svm'").doesNotContain("\tat ");
    }
}
