package org.marsad.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marsad.article.EntityType;

/**
 * Exact-span NER scoring as conlleval does it: a chunk starts at a B- tag, at an I- tag after O,
 * or at an I- tag of another type; a predicted chunk is correct only when its start, end and type
 * all equal a gold chunk's. Counts per type and micro-averaged over all types. Not thread-safe.
 */
public final class NerScorer {
    /** A chunk [start, end) of one type, in word indices. */
    public record Chunk(int start, int end, EntityType type) {}

    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, gold, predicted
    private long tokens;

    public NerScorer() {
        for (EntityType t : EntityType.values()) counts.put(t, new int[3]);
    }

    /** Adds one sentence's gold and predicted tags (same length). */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold tags but " + predicted.size() + " predicted");
        }
        tokens += gold.size();
        List<Chunk> g = chunks(gold);
        List<Chunk> p = chunks(predicted);
        for (Chunk c : g) counts.get(c.type())[1]++;
        for (Chunk c : p) counts.get(c.type())[2]++;
        for (Chunk c : p) if (g.contains(c)) counts.get(c.type())[0]++;
    }

    /** The chunks of a BIO tag sequence, conlleval style. */
    public static List<Chunk> chunks(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        EntityType type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            boolean outside = t.equals("O");
            EntityType tt = outside ? null : EntityType.valueOf(t.substring(2));
            boolean begins = !outside && (t.charAt(0) == 'B' || type != tt);
            if (type != null && (outside || begins)) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if (begins) {
                start = i;
                type = tt;
            }
        }
        return out;
    }

    public long tokens() {
        return tokens;
    }

    public int truePositives(EntityType t) {
        return counts.get(t)[0];
    }

    public int gold(EntityType t) {
        return counts.get(t)[1];
    }

    public int predicted(EntityType t) {
        return counts.get(t)[2];
    }

    public double precision(EntityType t) {
        return ratio(counts.get(t)[0], counts.get(t)[2]);
    }

    public double recall(EntityType t) {
        return ratio(counts.get(t)[0], counts.get(t)[1]);
    }

    public double f1(EntityType t) {
        return f1(precision(t), recall(t));
    }

    public double precision() {
        return ratio(sum(0), sum(2));
    }

    public double recall() {
        return ratio(sum(0), sum(1));
    }

    public double f1() {
        return f1(precision(), recall());
    }

    private int sum(int k) {
        int s = 0;
        for (int[] c : counts.values()) s += c[k];
        return s;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
