package org.marsad.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.marsad.article.Article;
import org.marsad.clean.Cleaner;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;

/**
 * Scores predicted topics against gold labels: a confusion matrix, accuracy, and macro-averaged
 * F1 over every label seen in gold or predictions (a label never predicted scores F1 0). Also
 * collects the top label's probability to report calibration. Not thread-safe.
 */
public final class TopicEval {
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final List<Double> confidence = new ArrayList<>();
    private final List<Boolean> correct = new ArrayList<>();
    /** Each article's gold label, prediction and URL (null when unknown), for the per-URL figures. */
    private final List<Scored> scored = new ArrayList<>();

    private record Scored(String gold, String predicted, String url) {}

    /**
     * Runs {@code pipeline} (which must provide the topic layer) over every record of
     * {@code files} that has a CAT label; unreadable or unlabelled records are reported to
     * {@code problems}, one line each, and left out.
     */
    public static TopicEval evaluate(List<String> files, Pipeline pipeline, Consumer<String> problems) throws java.io.IOException {
        TopicEval eval = new TopicEval();
        Cleaner cleaner = new Cleaner();
        for (String f : files) {
            try (RecordStream rs = Inputs.open(f, Format.AUTO, FieldMap.defaults())) {
                while (rs.hasNext()) {
                    ReadItem item = rs.next();
                    if (item instanceof ReadItem.Failed bad) {
                        problems.accept(bad.toString());
                        continue;
                    }
                    Article a = cleaner.clean(((ReadItem.Ok) item).article());
                    String gold = a.field("category").map(String::strip).orElse("");
                    if (gold.isEmpty()) {
                        problems.accept(a.source().file() + ": no CAT (category) field; left out");
                        continue;
                    }
                    Analysis an = pipeline.analyze(a);
                    eval.add(gold, an.topic().map(t -> t.label()).orElse("-"), an.topic().map(t -> t.score()).orElse(0.0),
                            a.source().url());
                }
            }
        }
        return eval;
    }

    /** Records one article; {@code predicted} is "-" when the article got no topic. */
    public void add(String gold, String predicted, double score) {
        add(gold, predicted, score, null);
    }

    /**
     * Records one article with its URL (null when unknown); articles sharing a URL are copies of
     * one article, which a corpus built from section feeds may file under two labels.
     */
    public void add(String gold, String predicted, double score, String url) {
        confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        confidence.add(score);
        correct.add(gold.equals(predicted));
        scored.add(new Scored(gold, predicted, url == null || url.isBlank() ? null : url.strip()));
    }

    /** Gold label counts per article URL. */
    private Map<String, Map<String, Integer>> goldByUrl() {
        Map<String, Map<String, Integer>> byUrl = new TreeMap<>();
        for (Scored a : scored) {
            if (a.url() != null) byUrl.computeIfAbsent(a.url(), k -> new TreeMap<>()).merge(a.gold(), 1, Integer::sum);
        }
        return byUrl;
    }

    /**
     * Accuracy counting an article right when its prediction is any gold label that a copy of it
     * (same URL) carries: the score if the corpus had filed each article under all its labels.
     */
    public double accuracyAnyLabelOfTheUrl() {
        if (total() == 0) return 0;
        Map<String, Map<String, Integer>> byUrl = goldByUrl();
        long ok = scored.stream()
                .filter(a -> a.url() == null ? a.gold().equals(a.predicted()) : byUrl.get(a.url()).containsKey(a.predicted()))
                .count();
        return ok / (double) total();
    }

    /** URLs whose copies carry more than one gold label. */
    public int urlsWithTwoLabels() {
        return (int) goldByUrl().values().stream().filter(labels -> labels.size() > 1).count();
    }

    /**
     * The best accuracy any classifier can reach if it gives all copies of one article (same URL)
     * the same label: per URL the count of its most frequent gold label; articles without a URL
     * count as reachable.
     */
    public double accuracyCeiling() {
        if (total() == 0) return 0;
        long reachable = scored.stream().filter(a -> a.url() == null).count();
        for (Map<String, Integer> labels : goldByUrl().values()) reachable += java.util.Collections.max(labels.values());
        return reachable / (double) total();
    }

    public int total() {
        return correct.size();
    }

    public double accuracy() {
        long ok = correct.stream().filter(b -> b).count();
        return total() == 0 ? 0 : ok / (double) total();
    }

    private TreeSet<String> labels() {
        TreeSet<String> labels = new TreeSet<>(confusion.keySet());
        confusion.values().forEach(row -> labels.addAll(row.keySet()));
        labels.remove("-");
        return labels;
    }

    public double f1(String label) {
        int tp = cell(label, label);
        int goldCount = 0;
        int predCount = 0;
        for (Map.Entry<String, Map<String, Integer>> row : confusion.entrySet()) {
            for (Map.Entry<String, Integer> e : row.getValue().entrySet()) {
                if (row.getKey().equals(label)) goldCount += e.getValue();
                if (e.getKey().equals(label)) predCount += e.getValue();
            }
        }
        return goldCount + predCount == 0 ? 0 : 2.0 * tp / (goldCount + predCount);
    }

    public double macroF1() {
        TreeSet<String> labels = labels();
        if (labels.isEmpty()) return 0;
        double sum = 0;
        for (String l : labels) sum += f1(l);
        return sum / labels.size();
    }

    public double expectedCalibrationError() {
        double[] conf = confidence.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] ok = new boolean[correct.size()];
        for (int i = 0; i < ok.length; i++) ok[i] = correct.get(i);
        return Calibration.expectedCalibrationError(conf, ok);
    }

    private int cell(String gold, String predicted) {
        return confusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    /** The confusion matrix (rows gold, columns predicted) with per-label F1, as text. */
    public String matrix() {
        List<String> labels = new ArrayList<>(labels());
        boolean none = confusion.values().stream().anyMatch(r -> r.containsKey("-"));
        List<String> cols = new ArrayList<>(labels);
        if (none) cols.add("-");
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-18s", "gold \\ predicted"));
        for (String c : cols) b.append(String.format(Locale.ROOT, "%8s", abbreviate(c)));
        b.append(String.format(Locale.ROOT, "%8s%n", "F1"));
        for (String g : labels) {
            b.append(String.format(Locale.ROOT, "%-18s", g));
            for (String c : cols) b.append(String.format(Locale.ROOT, "%8d", cell(g, c)));
            b.append(String.format(Locale.ROOT, "%8.4f%n", f1(g)));
        }
        return b.toString();
    }

    private static String abbreviate(String label) {
        return label.length() <= 7 ? label : label.substring(0, 7);
    }

    /** The summary line, exactly {@code accuracy=0.xxxx macro_f1=0.xxxx}. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "accuracy=%.4f macro_f1=%.4f", accuracy(), macroF1());
    }
}
