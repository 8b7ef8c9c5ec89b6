package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad eval ner}: the domain's model and the level are named first, the exact summary line last; a bad domain is one clear line. */
class EvalNerTest {
    @TempDir
    Path dir;

    private Path gold() throws Exception {
        Path f = dir.resolve("gold.conll");
        Files.writeString(f, "التقى\tO\nالوزير\tO\nسمير\tB-PERS\nحداد\tI-PERS\nفي\tO\nطرابلس\tB-LOC\n.\tO\n\n"
                + "وقال\tO\nمكتب\tO\nالوزير\tO\nإن\tO\nالزيارة\tO\nمهمة\tO\n.\tO\n");
        return f;
    }

    @Test
    void chosenDomainFirstAndScoresLast() throws Exception {
        for (String domain : List.of("news", "wikipedia")) {
            List<String> lines = CliRun.of("eval", "ner", "--gold", gold().toString(), "--domain", domain).lines();
            assertThat(lines.get(0)).startsWith("domain=" + domain + " ");
            assertThat(lines.get(lines.size() - 1)).matches("f1=[01]\\.\\d{4} precision=[01]\\.\\d{4} recall=[01]\\.\\d{4}");
        }
    }

    @Test
    void autoDomainNamesItsChoice() throws Exception {
        List<String> lines = CliRun.of("eval", "ner", "--gold", gold().toString()).lines();
        assertThat(lines.get(0)).matches("domain=(news|wikipedia) model=.*");
    }

    @Test
    void scoresWhatAnalyzeOutputsByDefault() throws Exception {
        List<String> lines = CliRun.of("eval", "ner", "--gold", gold().toString(), "--domain", "news").lines();
        assertThat(lines.get(0)).endsWith(" level=stage");
    }

    @Test
    void unknownDomainIsOneClearLine() throws Exception {
        CliRun r = CliRun.of("eval", "ner", "--gold", gold().toString(), "--domain", "sports");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--domain must be news, wikipedia or auto, not 'sports'")
                .doesNotContain("\tat ");
    }

    @Test
    void aMissingOrUndecodableFileIsOneLineThatNamesIt() throws Exception {
        Path missing = dir.resolve("none.conll");
        CliRun r = CliRun.of("eval", "ner", "--gold", missing.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).isEqualTo("marsad: " + missing + ": no such file");
        Path bytes = dir.resolve("cp1256.conll");
        Files.write(bytes, new byte[] {(byte) 0xDE, (byte) 0xC7, (byte) 0xE1, '\t', 'O', '\n'});
        r = CliRun.of("eval", "ner", "--gold", bytes.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).isEqualTo("marsad: " + bytes + ": not UTF-8 text");
    }

    @Test
    void everyLevelEndsWithTheSummaryLine() throws Exception {
        for (String level : List.of("recogniser", "tokens", "stage")) {
            List<String> lines = CliRun.of("eval", "ner", "--gold", gold().toString(), "--domain", "news", "--level", level).lines();
            assertThat(lines.get(0)).endsWith(" level=" + level);
            assertThat(lines.get(lines.size() - 1)).matches("f1=[01]\\.\\d{4} precision=[01]\\.\\d{4} recall=[01]\\.\\d{4}");
        }
        CliRun r = CliRun.of("eval", "ner", "--gold", gold().toString(), "--level", "article");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--level must be recogniser, tokens or stage, not 'article'");
    }
}
