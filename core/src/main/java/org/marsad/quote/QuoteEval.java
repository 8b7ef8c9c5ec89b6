package org.marsad.quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.article.Article;
import org.marsad.article.Quote;
import org.marsad.clean.Cleaner;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextStage;

/**
 * Scores quotations against hand-annotated gold: a TSV of DOCNO, start, end, kind and speaker
 * name (alternatives separated by «/»), offsets into the cleaned body. Articles are read from a
 * TREC/SGML corpus directory and cleaned as {@link Cleaner} does. A system quotation matches a
 * gold one (one-to-one) when they share at least half of the shorter span; precision counts every
 * system quotation in the annotated articles. A matched speaker is right when the system speaker
 * contains a gold name or is contained in one (folded). Not thread-safe: one instance, one run.
 */
public final class QuoteEval {
    /** One gold quotation. */
    public record Gold(String docno, int start, int end, Quote.Kind kind, List<String> speakers) {}

    private final Pipeline pipeline = Pipeline.of(List.of(new TextStage(), new QuoteStage()));
    private int gold;
    private int system;
    private int matched;
    private int speakerOk;
    private int kindOk;
    private final List<String> errors = new ArrayList<>();

    /** Reads a gold TSV; lines starting with # are comments. IOException names the file and line. */
    public static List<Gold> readGold(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        List<String> lines = org.marsad.read.TextFiles.utf8Lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\t");
            try {
                out.add(new Gold(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Quote.Kind.parse(f[3]),
                        List.of(f[4].split("/"))));
            } catch (RuntimeException e) {
                throw new IOException(file + " line " + (i + 1) + ": expected DOCNO<TAB>start<TAB>end<TAB>kind<TAB>speaker: " + e);
            }
        }
        return out;
    }

    /** The cleaned articles with the given DOCNOs from the corpus files under {@code dir}. */
    public static Map<String, Article> articles(Path dir, Set<String> docnos) throws IOException {
        Map<String, Article> found = new LinkedHashMap<>();
        Cleaner cleaner = new Cleaner();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".sgml.gz")).sorted().toList();
        }
        for (Path f : files) {
            if (found.size() == docnos.size()) break;
            try (RecordStream records = Inputs.open(f.toString(), Format.AUTO, FieldMap.defaults())) {
                while (records.hasNext()) {
                    if (records.next() instanceof ReadItem.Ok ok) {
                        String docno = ok.article().fields().get("docno");
                        if (docno != null && docnos.contains(docno)) found.put(docno, cleaner.clean(ok.article()));
                    }
                }
            }
        }
        return found;
    }

    /** Scores the quotations of one article against its gold quotations. */
    public void add(Article article, List<Gold> golds) {
        Analysis a = pipeline.analyze(article);
        List<Quote> sys = a.quotes();
        gold += golds.size();
        system += sys.size();
        boolean[] used = new boolean[sys.size()];
        String docno = article.field("docno").orElse(article.id());
        for (Gold g : golds) {
            int best = -1;
            double bestOverlap = 0;
            for (int k = 0; k < sys.size(); k++) {
                Quote q = sys.get(k);
                int overlap = Math.min(q.end(), g.end()) - Math.max(q.start(), g.start());
                double share = overlap / (double) Math.max(1, Math.min(q.end() - q.start(), g.end() - g.start()));
                if (!used[k] && share >= 0.5 && share > bestOverlap) {
                    best = k;
                    bestOverlap = share;
                }
            }
            String goldText = a.body().substring(g.start(), g.end());
            if (best < 0) {
                errors.add(docno + " MISSED " + g.kind().json() + " [" + g.speakers().get(0) + "] " + abbreviate(goldText));
                continue;
            }
            used[best] = true;
            matched++;
            Quote q = sys.get(best);
            if (q.kind() == g.kind()) kindOk++;
            String spk = q.speaker().map(Quote.Speaker::text).orElse("");
            if (speakerMatches(spk, g.speakers())) speakerOk++;
            else errors.add(docno + " SPEAKER gold=" + String.join("/", g.speakers()) + " system=" + spk + " : " + abbreviate(goldText));
        }
        for (int k = 0; k < sys.size(); k++) {
            if (!used[k]) errors.add(docno + " SPURIOUS " + sys.get(k).kind().json() + " [" + sys.get(k).speaker().map(Quote.Speaker::text).orElse("") + "] " + abbreviate(sys.get(k).text()));
        }
    }

    static boolean speakerMatches(String system, List<String> golds) {
        String s = ArabicNormalizer.normalize(system).strip();
        if (s.isEmpty()) return false;
        for (String g : golds) {
            String n = ArabicNormalizer.normalize(g).strip();
            if (s.contains(n) || n.contains(s)) return true;
        }
        return false;
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 70 ? one : one.substring(0, 70) + "…";
    }

    public int gold() { return gold; }
    public int system() { return system; }
    public int matched() { return matched; }
    public double precision() { return system == 0 ? 0 : matched / (double) system; }
    public double recall() { return gold == 0 ? 0 : matched / (double) gold; }
    public double f1() { return gold + system == 0 ? 0 : 2.0 * matched / (gold + system); }
    public double speakerAccuracy() { return matched == 0 ? 0 : speakerOk / (double) matched; }
    public double kindAccuracy() { return matched == 0 ? 0 : kindOk / (double) matched; }
    public List<String> errors() { return List.copyOf(errors); }
}
