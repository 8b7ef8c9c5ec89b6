package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad eval topics}: matrix above, the exact summary line last; bad input is one clear line. */
class EvalTopicsTest {
    private static List<String> run(ByteArrayOutputStream err, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void lastLineIsAccuracyAndMacroF1() {
        String gold = SharedData.path("data/news/ant/dev/France24-economy.sgml.gz").toString();
        List<String> lines = run(new ByteArrayOutputStream(), "eval", "topics", "--gold", gold);
        assertThat(lines.get(lines.size() - 1)).matches("accuracy=[01]\\.\\d{4} macro_f1=[01]\\.\\d{4}");
        assertThat(lines.get(lines.size() - 2)).matches("urls_with_two_labels=\\d+ accuracy_ceiling=[01]\\.\\d{4} accuracy_any_label_of_url=[01]\\.\\d{4}");
        assertThat(lines).anyMatch(l -> l.startsWith("economy"));
    }

    @Test
    void missingFileIsNamedWithoutAStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        run(err, "eval", "topics", "--gold", "/no/such/dir/gold.sgml");
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(e).contains("/no/such/dir/gold.sgml").doesNotContain("Exception", "\tat ");
    }

    @Test
    void modelFileGivesTheSameFiguresAsTheShippedModelItCopies(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("topic-model.tsv.gz");
        try (InputStream in = EvalTopicsTest.class.getResourceAsStream("/org/marsad/topic/topic-model.tsv.gz")) {
            Files.copy(in, copy);
        }
        String gold = SharedData.path("data/news/ant/dev/France24-economy.sgml.gz").toString();
        List<String> shipped = run(new ByteArrayOutputStream(), "eval", "topics", "--gold", gold);
        List<String> fromFile = run(new ByteArrayOutputStream(), "eval", "topics", "--gold", gold, "--model", copy.toString());
        assertThat(fromFile).isEqualTo(shipped);
    }

    @Test
    void unreadableModelIsNamedWithoutAStackTrace(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String gold = SharedData.path("data/news/ant/dev/France24-economy.sgml.gz").toString();
        run(err, "eval", "topics", "--gold", gold, "--model", "/no/such/topic-model.tsv.gz");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("/no/such/topic-model.tsv.gz", "no such file")
                .doesNotContain("Exception", "\tat ");

        Path garbage = Files.writeString(dir.resolve("topic-model.tsv.gz"), "not a model");
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        run(err2, "eval", "topics", "--gold", gold, "--model", garbage.toString());
        assertThat(err2.toString(StandardCharsets.UTF_8)).contains(garbage.toString(), "not a gzip file").doesNotContain("\tat ");
    }
}
