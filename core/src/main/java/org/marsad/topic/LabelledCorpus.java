package org.marsad.topic;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.article.Article;
import org.marsad.article.Token;
import org.marsad.clean.Cleaner;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import org.marsad.text.TextStage;

/**
 * Reads topic-labelled articles (TREC-style records whose CAT field is the label, as in ANT) and
 * hands each one, cleaned and tokenised, to a visitor. Records that fail to read or carry no
 * category are counted and named, never fatal.
 */
public final class LabelledCorpus {
    /** One labelled article as the topic code sees it. */
    public record Doc(Article article, String label, String outlet, List<Token> tokens, String[] keys,
                      Map<String, Integer> features) {}

    /** What reading a corpus skipped. */
    public record Skipped(int failed, int unlabelled, Optional<String> firstProblem) {}

    private final TextStage text;
    private final TopicFeatures features;
    private final Cleaner cleaner = new Cleaner();

    public LabelledCorpus(TextStage text, TopicFeatures features) {
        this.text = text;
        this.features = features;
    }

    /** Visits every labelled article of {@code files} in file order, then record order. */
    public Skipped read(List<String> files, java.util.function.Consumer<Doc> visitor) throws IOException {
        return read(files, Integer.MAX_VALUE, visitor);
    }

    /** Visits the first {@code limit} labelled articles of {@code files}, as {@link #read(List, java.util.function.Consumer)}. */
    public Skipped read(List<String> files, int limit, java.util.function.Consumer<Doc> visitor) throws IOException {
        int visited = 0;
        int failed = 0;
        int unlabelled = 0;
        String first = null;
        for (String f : files) {
            if (visited >= limit) break;
            try (RecordStream rs = Inputs.open(f, Format.AUTO, FieldMap.defaults())) {
                while (visited < limit && rs.hasNext()) {
                    ReadItem item = rs.next();
                    if (item instanceof ReadItem.Failed bad) {
                        failed++;
                        if (first == null) first = bad.toString();
                        continue;
                    }
                    Article a = cleaner.clean(((ReadItem.Ok) item).article());
                    Optional<String> label = a.field("category").map(String::strip).filter(s -> !s.isEmpty());
                    if (label.isEmpty()) {
                        unlabelled++;
                        if (first == null) first = a.source().file() + ": record has no CAT (category) field";
                        continue;
                    }
                    visitor.accept(doc(a, label.get()));
                    visited++;
                }
            }
        }
        return new Skipped(failed, unlabelled, Optional.ofNullable(first));
    }

    private Doc doc(Article a, String label) {
        List<Token> tokens = text.tokens(a.body());
        String[] keys = features.words().keys(tokens);
        List<Token> title = a.title().map(text::tokens).orElse(List.of());
        String outlet = a.source().name() == null ? "?" : a.source().name();
        return new Doc(a, label, outlet, tokens, keys, features.of(a.body(), tokens, keys, title));
    }
}
