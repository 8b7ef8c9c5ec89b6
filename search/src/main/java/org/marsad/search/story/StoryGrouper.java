package org.marsad.search.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns story ids to articles in arrival order: an article joins the story of the most similar
 * earlier article whose estimated Jaccard similarity reaches the threshold, else starts its own
 * story (its id is the story id). Candidates come from locality-sensitive hashing: the signature is
 * cut into {@value #BANDS} bands of two hashes, and articles sharing any band are compared (a pair
 * at similarity 0.5 is found with probability 1 - 0.75^32 > 0.999). Not thread-safe: the
 * index writer calls it from one thread, in input order, so grouping is deterministic.
 */
public final class StoryGrouper {
    public static final int BANDS = 32;
    /** Measured on ANT (docs/EVALUATION.md): same-URL copies vs. random pairs. */
    public static final double DEFAULT_THRESHOLD = 0.64;

    private final double threshold;
    private final Map<Long, List<Integer>> bands = new HashMap<>();
    private final List<int[]> signatures = new ArrayList<>();
    private final List<String> stories = new ArrayList<>();

    public StoryGrouper(double threshold) {
        this.threshold = threshold;
    }

    public StoryGrouper() {
        this(DEFAULT_THRESHOLD);
    }

    /** Records an article already in the index with its story id (used when reopening an index). */
    public void remember(int[] signature, String story) {
        if (signature.length == 0) return;
        int idx = signatures.size();
        signatures.add(signature);
        stories.add(story);
        int rows = signature.length / BANDS;
        for (int b = 0; b < BANDS; b++) bands.computeIfAbsent(bandKey(signature, b, rows), k -> new ArrayList<>(2)).add(idx);
    }

    /** The story id for a new article, which is then remembered. */
    public String assign(String articleId, int[] signature) {
        Match m = bestMatch(signature);
        String story = m != null && m.similarity >= threshold ? m.story : articleId;
        remember(signature, story);
        return story;
    }

    /** The most similar remembered article sharing a band with {@code signature}, or null. */
    public Match bestMatch(int[] signature) {
        if (signature.length == 0) return null;
        int rows = signature.length / BANDS;
        Match best = null;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int b = 0; b < BANDS; b++) {
            List<Integer> hits = bands.get(bandKey(signature, b, rows));
            if (hits == null) continue;
            for (int idx : hits) {
                if (!seen.add(idx)) continue;
                double s = MinHash.similarity(signature, signatures.get(idx));
                if (best == null || s > best.similarity) best = new Match(stories.get(idx), s, idx);
            }
        }
        return best;
    }

    public int size() {
        return signatures.size();
    }

    private static long bandKey(int[] sig, int band, int rows) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < rows; r++) h = (h ^ sig[band * rows + r]) * 0x100000001b3L;
        return h;
    }

    /**
     * A candidate: its story, estimated similarity, and its position among remembered articles
     * (in the order they were remembered or assigned).
     */
    public record Match(String story, double similarity, int index) {}
}
