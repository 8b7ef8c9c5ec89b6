package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Analyzer;
import org.marsad.json.AnalysisJson;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad analyze}: reads files, directories or stdin and prints one JSON document per
 * article (JSON Lines), or a readable view. A bad file or record is reported on stderr with its
 * place and the rest go on; the exit code is 1 when anything failed.
 */
@Command(name = "analyze", description = "Analyse articles and print JSON Lines (or --format text).")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories, or - for stdin")
    List<String> inputs;

    @Option(names = "--date", description = "reference date YYYY-MM-DD for relative dates (overrides the publication date)")
    LocalDate date;

    @Option(names = "--format", defaultValue = "json", description = "json (default), text, or timeml")
    String format;

    @Option(names = "--tokens", description = "include tokens with their clitic segments in the JSON")
    boolean tokens;

    @Option(names = "--input-format", defaultValue = "AUTO", description = "auto (default), wire, trec, jsonl")
    Format inputFormat;

    @Option(names = "--field", paramLabel = "PART=NAME", description = "JSON Lines field names, e.g. --field body=content (parts: title, body, url, published, source, id)")
    List<String> fieldOverrides = new ArrayList<>();

    @Option(names = "--summary-budget", defaultValue = "300", paramLabel = "CHARS",
            description = "longest summary in characters (default 300); whole sentences only, so an article whose "
                    + "sentences are all longer gets none")
    int summaryBudget;

    @Option(names = "--quiet", description = "no summary line on stderr")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        FieldMap fields;
        try {
            fields = FieldMap.defaults().with(fieldOverrides);
        } catch (IllegalArgumentException e) {
            System.err.println("marsad analyze: " + e.getMessage());
            return 2;
        }
        if (!List.of("json", "text", "timeml").contains(format)) {
            System.err.println("marsad analyze: unknown --format '" + format + "' (json, text, timeml)");
            return 2;
        }
        if (summaryBudget < 1) {
            System.err.println("marsad analyze: --summary-budget must be positive, got " + summaryBudget);
            return 2;
        }
        Analyzer analyzer = Analyzer.standard(summaryBudget);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        int ok = 0;
        int failed = 0;
        List<String> expanded;
        try {
            expanded = Inputs.expand(inputs);
        } catch (RuntimeException e) {
            System.err.println("marsad analyze: " + e.getMessage());
            return 1;
        }
        for (String input : expanded) {
            try (RecordStream records = Inputs.open(input, inputFormat, fields)) {
                while (records.hasNext()) {
                    ReadItem item = records.next();
                    if (item instanceof ReadItem.Failed f) {
                        failed++;
                        System.err.println("marsad: " + f);
                        continue;
                    }
                    ReadItem.Ok rec = (ReadItem.Ok) item;
                    try {
                        Analysis a = analyzer.analyze(rec.article(), Optional.ofNullable(date));
                        out.println(render(a));
                        ok++;
                    } catch (RuntimeException e) {
                        failed++;
                        if (System.getenv("MARSAD_DEBUG") != null) e.printStackTrace();  // for bug reports; users get one line
                        System.err.println("marsad: " + rec.article().source().file() + ": analysis failed: " + e);
                    }
                }
            }
        }
        out.flush();
        if (!quiet && (failed > 0 || ok != 1)) {
            System.err.printf("marsad analyze: %d article(s) analysed, %d failed, from %d input(s)%n", ok, failed, expanded.size());
        }
        return failed > 0 ? 1 : 0;
    }

    private String render(Analysis a) {
        return switch (format) {
            case "text" -> TextView.render(a);
            case "timeml" -> TimeMlView.render(a);
            default -> AnalysisJson.write(a, tokens);
        };
    }
}
