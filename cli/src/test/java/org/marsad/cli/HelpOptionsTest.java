package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command, however deep, answers {@code --help} with its usage and exit code 0, even when it has required options. */
class HelpOptionsTest {
    @ParameterizedTest
    @ValueSource(strings = {"search", "ingest", "serve", "train ner-profile", "eval topics", "bench search", "eval ner"})
    void helpPrintsUsage(String command) {
        String[] words = (command + " --help").split(" ");
        CliRun r = CliRun.of(words);
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: marsad " + command + " ");
        assertThat(r.err()).doesNotContain("Unknown option");
    }
}
