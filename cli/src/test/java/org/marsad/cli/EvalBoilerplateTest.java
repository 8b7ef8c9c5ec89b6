package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad eval boilerplate}: counts what the cleaner removes; a broken input is reported and the rest still counted. */
class EvalBoilerplateTest {
    @TempDir
    Path dir;

    @Test
    void aMissingInputIsReportedAndTheOthersCounted() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "دمشق-سانا\nبحث الوزير مع نظيره التعاون بين البلدين.\n"
                + "تابعونا على قناتنا في تلغرام\n");
        Path missing = dir.resolve("none.txt");
        CliRun r = CliRun.of("eval", "boilerplate", missing.toString(), article.toString(), "--show", "0");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(missing + ": no such file");
        assertThat(r.lines()).last().asString().startsWith("articles=1 ");
        // with no broken input the exit code is 0
        assertThat(CliRun.of("eval", "boilerplate", article.toString(), "--show", "0").code()).isZero();
    }
}
