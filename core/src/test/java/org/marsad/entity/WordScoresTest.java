package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;

/**
 * Scores from per-word cached blocks ({@link WordScores}) against the plain sum over every feature
 * hash ({@link PerceptronModel#scores(long[][])}), with the shipped news model's two passes.
 */
class WordScoresTest {
    private static PerceptronModel first;
    private static PerceptronModel second;
    private static int window;
    private static final NerFeatures FEATURES = EntityRecognizer.defaultFeatures();

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(EntityRecognizer.RESOURCE);
                DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
            window = d.readInt();
            first = PerceptronModel.read(d);
            second = PerceptronModel.read(d);
        }
    }

    @Test
    void cachedScoresEqualTheSumOverAllFeaturesOnAnercorpDev() throws Exception {
        List<List<String>> sentences = new ArrayList<>();
        for (NerSentence s : ConllNer.read(SharedData.path("data/ner/anercorp/dev.conll"))) sentences.add(s.words());
        assertSame(sentences.subList(0, 200));
    }

    @Test
    void cachedScoresEqualTheSumOverAllFeaturesOnRandomWords() {
        Random random = new Random(20261205);
        String[] alphabets = {"ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى", "0123456789", "abcxyz", ".,«»:؛()-", "ـًٌٍَُِّْ"};
        List<List<String>> sentences = new ArrayList<>();
        sentences.add(List.of());
        sentences.add(List.of("موسكو"));
        for (int s = 0; s < 2000; s++) {
            int n = 1 + random.nextInt(40);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                StringBuilder w = new StringBuilder();
                int len = 1 + random.nextInt(9);
                for (int c = 0; c < len; c++) {
                    String a = alphabets[random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(alphabets.length - 1)];
                    w.append(a.charAt(random.nextInt(a.length())));
                }
                words.add(w.toString());
            }
            sentences.add(words);
        }
        // more distinct words than the cache has slots, so entries are evicted and recomputed
        assertThat(sentences.stream().mapToInt(List::size).sum()).isGreaterThan(WordScores.SLOTS);
        assertSame(sentences);
        assertSame(sentences);
    }

    @Test
    void aRareWordDoesNotEvictAFrequentOneFromItsSlot() {
        WordScores scores = new WordScores(first);
        long slotMate = 7L + WordScores.SLOTS; // the same slot as word hash 7
        WordView frequent = view(7L, 5_000);
        WordView rare = view(slotMate, 3);
        WordView moreFrequent = view(slotMate, 9_000);
        float[] cached = scores.of(frequent);
        scores.of(rare);
        assertThat(scores.of(frequent)).as("kept").isSameAs(cached);
        scores.of(moreFrequent);
        assertThat(scores.of(frequent)).as("replaced, recomputed").isNotSameAs(cached).isEqualTo(cached);
    }

    private static WordView view(long word, int count) {
        return new WordView(word, word + 1, word + 2, 0, new long[] {FeatureHash.with(Templates.WORD, word)}, -1, 0, count);
    }

    /** Both passes, as {@link EntityRecognizer} runs them, against the uncached sums. */
    private static void assertSame(List<List<String>> sentences) {
        WordScores cachedFirst = new WordScores(first);
        WordScores cachedSecond = new WordScores(second);
        int n = sentences.size();
        WordView[][] views = new WordView[n][];
        long[][][] feats = new long[n][][];
        long[][] stems = new long[n][];
        int[][] pass = new int[n][];
        for (int s = 0; s < n; s++) {
            views[s] = FEATURES.views(sentences.get(s));
            feats[s] = FEATURES.extract(views[s]);
            stems[s] = DocumentHistory.stems(views[s]);
            long[][] pairs = NerFeatures.pairs(views[s]);
            float[] cached = cachedFirst.scores(views[s], pairs, null);
            assertClose(cached, first.scores(feats[s]), sentences.get(s));
            pass[s] = first.decode(feats[s]);
            assertThat(cachedFirst.decode(views[s], pairs, null)).as("first pass of %s", sentences.get(s)).isEqualTo(pass[s]);
        }
        long[][][] history = DocumentHistory.features(stems, pass, first.tags(), window);
        long[][][] extended = DocumentHistory.extend(feats, stems, pass, first.tags(), window);
        for (int s = 0; s < n; s++) {
            long[][] pairs = NerFeatures.pairs(views[s]);
            assertClose(cachedSecond.scores(views[s], pairs, history[s]), second.scores(extended[s]), sentences.get(s));
            assertThat(cachedSecond.decode(views[s], pairs, history[s])).as("second pass of %s", sentences.get(s))
                    .isEqualTo(second.decode(extended[s]));
        }
    }

    private static void assertClose(float[] cached, float[] plain, List<String> sentence) {
        assertThat(cached).as("scores of %s", sentence).hasSameSizeAs(plain);
        for (int i = 0; i < plain.length; i++) {
            assertThat(cached[i]).as("score %d of %s", i, sentence).isCloseTo(plain[i], within(1e-4f + 1e-5f * Math.abs(plain[i])));
        }
    }
}
