package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.time.DateEval;
import org.marsad.time.TimeMlDocument;
import org.marsad.time.TimexTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval dates --timeml DIR}: TIMEX3 extraction F1 and value accuracy against TimeML files. */
@Command(name = "dates", description = "Score time expressions against TimeML (*.tml) files; each file's DCT is its reference date.")
final class EvalDates implements Callable<Integer> {
    @Option(names = "--timeml", required = true, description = "a directory of TimeML files, or one file")
    Path timeml;

    @Option(names = "--dct", description = "reference date YYYY-MM-DD for files without a <DCT>")
    LocalDate dct;

    @Option(names = "--errors", defaultValue = "0", description = "print up to N missed, spurious or mis-valued expressions")
    int errors;

    @Override
    public Integer call() {
        List<Path> files;
        try (Stream<Path> s = Files.isDirectory(timeml) ? Files.list(timeml) : Stream.of(timeml)) {
            files = s.filter(p -> p.toString().endsWith(".tml") || p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            System.err.println("marsad eval dates: cannot read " + timeml + ": " + e.getMessage());
            return 1;
        }
        if (files.isEmpty()) {
            System.err.println("marsad eval dates: no .tml files in " + timeml);
            return 1;
        }
        DateEval eval = new DateEval(new TimexTagger());
        for (Path f : files) {
            try {
                eval.add(TimeMlDocument.read(f), Optional.ofNullable(dct));
            } catch (IOException e) {
                System.err.println("marsad eval dates: " + e.getMessage());
                return 1;
            }
        }
        eval.errors().stream().limit(errors).forEach(System.out::println);
        System.out.printf("documents=%d gold=%d system=%d relaxed_matches=%d strict_matches=%d%n", files.size(),
                eval.gold(), eval.system(), eval.relaxedMatches(), eval.strictMatches());
        System.out.printf("precision=%.4f recall=%.4f type_accuracy=%.4f%n", eval.precision(), eval.recall(), eval.typeAccuracy());
        System.out.printf("f1=%.4f strict_f1=%.4f value_accuracy=%.4f%n", eval.f1(), eval.strictF1(), eval.valueAccuracy());
        return 0;
    }
}
