package org.marsad.cli;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.clean.Cleaner;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;

/** The cleaned bodies of a training corpus, for the commands that learn from unlabelled news. */
final class CleanBodies {
    private CleanBodies() {}

    /** Passes the cleaned body of every readable article of {@code files} ({@link Inputs#expand}ed) to {@code body}; returns how many. */
    static long forEach(List<String> files, Consumer<String> body) throws IOException {
        Cleaner cleaner = new Cleaner();
        long articles = 0;
        for (String f : files) {
            try (RecordStream rs = Inputs.open(f, Format.AUTO, FieldMap.defaults())) {
                while (rs.hasNext()) {
                    if (rs.next() instanceof ReadItem.Ok ok) {
                        body.accept(cleaner.clean(ok.article()).body());
                        articles++;
                    }
                }
            }
        }
        return articles;
    }
}
