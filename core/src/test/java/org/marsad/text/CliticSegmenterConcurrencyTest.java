package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.marsad.article.Segment;

/** The analysis cache is shared and lock-free: threads racing to fill it must get the same answers. */
class CliticSegmenterConcurrencyTest {
    private static final String TEXT = "وقال وزير الخارجية الروسي سيرغي لافروف بموسكو إن المحادثات ستعقد "
            + "وسيلتقي الوفد بممثلي الحكومة للبحث في مستقبلها وكلامه واضح بشأن دعمها لسورية والعراق وللحكومة";

    @Test
    void racingThreadsSegmentLikeOneThread() throws Exception {
        List<String> words = new ArrayList<>(List.of(TEXT.split(" ")));
        CliticSegmenter reference = new CliticSegmenter(WordFrequencies.shipped());
        List<List<Segment>> expected = new ArrayList<>();
        for (String w : words) expected.add(reference.segment(w, 0, w.length()));

        CliticSegmenter shared = new CliticSegmenter(WordFrequencies.shipped());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < words.size(); i++) order.add(i);
                    Random random = new Random(seed);
                    for (int round = 0; round < 200; round++) {
                        Collections.shuffle(order, random);
                        for (int i : order) {
                            String w = words.get(i);
                            if (!shared.segment(w, 0, w.length()).equals(expected.get(i))) return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) assertThat(f.get()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
