package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.marsad.article.Article;
import org.marsad.clean.Cleaner;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import org.marsad.search.story.MinHash;
import org.marsad.search.story.StoryGrouper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad eval stories}: story grouping over a corpus in reading order. Recall: the share of
 * records published twice under the same URL whose copies land in one story. Precision: writes a
 * seeded sample of grouped pairs with different URLs (titles and openings) for a person to judge.
 */
@Command(name = "stories", description = "Story grouping: recall on same-URL copies; a sample of grouped pairs to judge.")
final class EvalStories implements Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "../shared/data/news/ant/train,../shared/data/news/ant/dev", split = ",")
    List<String> corpus;

    @Option(names = "--threshold", defaultValue = "" + StoryGrouper.DEFAULT_THRESHOLD)
    double threshold;

    @Option(names = "--sample", defaultValue = "100", description = "grouped pairs to write for judging")
    int sample;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--pairs-out", description = "file for the sampled pairs (default: stdout)")
    Path pairsOut;

    private record Doc(String url, String source, String title, String opening, int[] sig) {}

    @Override
    public Integer call() throws Exception {
        Cleaner cleaner = new Cleaner();
        List<Doc> docs = new ArrayList<>();
        for (String f : Inputs.expand(corpus)) {
            try (RecordStream rs = Inputs.open(f, Format.AUTO, FieldMap.defaults())) {
                while (rs.hasNext()) {
                    if (!(rs.next() instanceof ReadItem.Ok ok)) continue;
                    Article a = cleaner.clean(ok.article());
                    String body = a.body();
                    docs.add(new Doc(a.source().url(), a.source().name(), a.title().orElse(""),
                            body.substring(0, Math.min(220, body.length())).replace('\n', ' '),
                            MinHash.signature(a.title().orElse(""), body)));
                }
            }
        }
        StoryGrouper g = new StoryGrouper(threshold);
        String[] story = new String[docs.size()];
        List<int[]> grouped = new ArrayList<>();        // (article, its best match) with different URLs
        List<Integer> remembered = new ArrayList<>();   // grouper position -> doc index
        int[] histogram = new int[11];
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            StoryGrouper.Match m = g.bestMatch(d.sig());
            if (m != null) histogram[(int) Math.floor(m.similarity() * 10)]++;
            story[i] = g.assign("s" + i, d.sig());
            if (d.sig().length > 0) remembered.add(i);
            if (m != null && m.similarity() >= threshold) {
                int j = remembered.get(m.index());
                if (d.url() == null || !d.url().equals(docs.get(j).url())) grouped.add(new int[] {i, j});
            }
        }
        Map<String, List<Integer>> byUrl = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).url() != null) byUrl.computeIfAbsent(docs.get(i).url(), k -> new ArrayList<>()).add(i);
        }
        int pairs = 0;
        int together = 0;
        int tooShort = 0;
        for (List<Integer> same : byUrl.values()) {
            for (int k = 1; k < same.size(); k++) {
                pairs++;
                if (docs.get(same.get(0)).sig().length == 0) tooShort++;
                if (story[same.get(0)].equals(story[same.get(k)])) together++;
            }
        }
        long stories = java.util.Arrays.stream(story).distinct().count();
        System.out.printf("articles=%d stories=%d threshold=%.2f bands=%d%n", docs.size(), stories, threshold, StoryGrouper.BANDS);
        System.out.print("best-match similarity histogram (tenths): ");
        for (int b = 0; b <= 10; b++) System.out.print(b / 10.0 + ":" + histogram[b] + " ");
        System.out.println();
        System.out.printf("grouped pairs with different URLs: %d%n", grouped.size());
        System.out.printf("same-URL pairs=%d grouped=%d too_short_to_compare=%d recall=%.4f%n", pairs, together, tooShort,
                pairs == 0 ? 0 : together / (double) pairs);
        Collections.shuffle(grouped, new Random(seed));
        try (PrintWriter out = pairsOut == null ? new PrintWriter(System.out, true)
                : new PrintWriter(Files.newBufferedWriter(pairsOut, StandardCharsets.UTF_8))) {
            int n = 0;
            for (int[] p : grouped.subList(0, Math.min(sample, grouped.size()))) {
                Doc a = docs.get(p[0]);
                Doc b = docs.get(p[1]);
                out.printf("## pair %d  similarity %.2f%nA %s | %s | %s%n  %s%nB %s | %s | %s%n  %s%n%n", ++n,
                        MinHash.similarity(a.sig(), b.sig()), a.source(), a.url(), a.title(), a.opening(),
                        b.source(), b.url(), b.title(), b.opening());
            }
        }
        return 0;
    }
}
