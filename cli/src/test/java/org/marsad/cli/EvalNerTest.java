package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad eval ner}: the domain's model is named first, the exact summary line last; a bad domain is one clear line. */
class EvalNerTest {
    @TempDir
    Path dir;

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

    private Path gold() throws Exception {
        Path f = dir.resolve("gold.conll");
        Files.writeString(f, "التقى\tO\nالوزير\tO\nسمير\tB-PERS\nحداد\tI-PERS\nفي\tO\nطرابلس\tB-LOC\n.\tO\n\n"
                + "وقال\tO\nمكتب\tO\nالوزير\tO\nإن\tO\nالزيارة\tO\nمهمة\tO\n.\tO\n");
        return f;
    }

    @Test
    void chosenDomainFirstAndScoresLast() throws Exception {
        for (String domain : List.of("news", "wikipedia")) {
            List<String> lines = run(new ByteArrayOutputStream(), "eval", "ner", "--gold", gold().toString(), "--domain", domain);
            assertThat(lines.get(0)).startsWith("domain=" + domain + " ");
            assertThat(lines.get(lines.size() - 1)).matches("f1=[01]\\.\\d{4} precision=[01]\\.\\d{4} recall=[01]\\.\\d{4}");
        }
    }

    @Test
    void autoDomainNamesItsChoice() throws Exception {
        List<String> lines = run(new ByteArrayOutputStream(), "eval", "ner", "--gold", gold().toString());
        assertThat(lines.get(0)).matches("domain=(news|wikipedia) model=.*");
    }

    @Test
    void unknownDomainIsOneClearLine() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        run(err, "eval", "ner", "--gold", gold().toString(), "--domain", "sports");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--domain must be news, wikipedia or auto, not 'sports'")
                .doesNotContain("\tat ");
    }
}
