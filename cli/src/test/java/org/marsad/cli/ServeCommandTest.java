package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's refusals: each is one line naming the problem, exit code 2, no stack trace. */
class ServeCommandTest {
    @TempDir
    Path dir;

    static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDirectoryWithoutAnIndexIsRefusedWithAHint() {
        int[] code = new int[1];
        String err = stderrOf(() -> code[0] = Main.run("serve", "--index", dir.resolve("none").toString()));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains("no Marsad index in").contains("marsad ingest").doesNotContain("\tat ");
    }

    @Test
    void aBadPortIsRefused() {
        int[] code = new int[1];
        String err = stderrOf(() -> code[0] = Main.run("serve", "--index", dir.toString(), "--max-body", "lots"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains("max-body");
    }
}
