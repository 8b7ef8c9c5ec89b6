package org.marsad.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The corpus and round options shared by the per-stage benchmarks (a picocli mixin). */
final class DevCorpusOptions {
    @Option(names = "--corpus", defaultValue = "../shared/data/news/ant/dev", description = "corpus files or directories (default: ANT dev)")
    List<String> corpus;

    @Option(names = "--rounds", defaultValue = "5", description = "timed passes after 2 warm-up passes")
    int rounds;
}
