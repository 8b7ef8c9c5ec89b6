package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.article.EntityType;

/**
 * The labels a recogniser model predicts over PER, LOC, ORG and MISC, and which label may follow
 * which, so that every decoded sequence is well formed. Two schemes:
 * <ul>
 *   <li>{@link #BIO}: B-X begins a name, I-X continues it (only after B-X or I-X).</li>
 *   <li>{@link #BILOU} (Ratinov and Roth 2009): B-X begins a name of several words, I-X continues
 *       it, L-X ends it, U-X is a name of one word; I-X and L-X only after B-X or I-X, and a
 *       sentence never ends inside a name. The model learns where names end as well as where they
 *       begin.</li>
 * </ul>
 * A model file lists its labels, so it names its scheme ({@link #ofLabels}); outside the models
 * labels are always read as BIO tags ({@link #bio}). Immutable.
 */
final class TagSet {
    private static final String[] TYPES = {"PER", "LOC", "ORG", "MISC"};

    static final TagSet BIO = new TagSet("bio", "BI");
    static final TagSet BILOU = new TagSet("bilou", "BILU");

    private final String name;
    private final String parts;
    /** Whether names have a label for their last word (BILOU): then no sentence ends inside one. */
    private final boolean closed;
    private final List<String> labels;
    /** {@code allowed[prev + 1][next]}: row 0 is the sentence start. Decoding asks it per label pair and token. */
    private final boolean[][] allowed;
    /** Whether a sentence may end after each label (not inside an open name). */
    private final boolean[] canEnd;
    /** {@code predecessors[next]}: the labels {@code next} may follow, ascending. */
    private final int[][] predecessors;

    private TagSet(String name, String parts) {
        this.name = name;
        this.parts = parts;
        this.closed = parts.indexOf('L') >= 0;
        List<String> l = new ArrayList<>();
        l.add("O");
        for (String t : TYPES) for (char p : parts.toCharArray()) l.add(p + "-" + t);
        this.labels = List.copyOf(l);
        int size = labels.size();
        allowed = new boolean[size + 1][size];
        canEnd = new boolean[size];
        for (int p = -1; p < size; p++) for (int n = 0; n < size; n++) allowed[p + 1][n] = rule(p, n);
        for (int y = 0; y < size; y++) canEnd[y] = !closed || !opens(y);
        predecessors = new int[size][];
        for (int n = 0; n < size; n++) {
            final int next = n;
            predecessors[n] = java.util.stream.IntStream.range(0, size).filter(p -> allowed[p + 1][next]).toArray();
        }
    }

    /** The scheme called {@code bio} or {@code bilou}. */
    static TagSet named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "bio" -> BIO;
            case "bilou" -> BILOU;
            default -> throw new IllegalArgumentException("unknown tag scheme '" + name + "' (bio or bilou)");
        };
    }

    /** The scheme whose labels are exactly these, in this order (as a model file lists them). */
    static TagSet ofLabels(List<String> labels) {
        for (TagSet t : List.of(BIO, BILOU)) if (t.labels.equals(labels)) return t;
        throw new IllegalArgumentException("labels " + labels + " are neither BIO nor BILOU");
    }

    String name() {
        return name;
    }

    List<String> labels() {
        return labels;
    }

    int size() {
        return labels.size();
    }

    /** 0 for O, else 1..4 for PER, LOC, ORG, MISC. */
    int typeOf(int label) {
        return label == 0 ? 0 : (label - 1) / parts.length() + 1;
    }

    /** 'O', 'B', 'I', 'L' or 'U'. */
    char part(int label) {
        return label == 0 ? 'O' : parts.charAt((label - 1) % parts.length());
    }

    /** Whether the label is the first word of a name. */
    boolean begins(int label) {
        char p = part(label);
        return p == 'B' || p == 'U';
    }

    EntityType type(int label) {
        return EntityType.valueOf(TYPES[typeOf(label) - 1]);
    }

    /** The BIO tag of a label: L-X reads I-X, U-X reads B-X. */
    String bio(int label) {
        if (label == 0) return "O";
        return (begins(label) ? "B-" : "I-") + TYPES[typeOf(label) - 1];
    }

    /** The last word of the name that begins at {@code start} in a well-formed label sequence. */
    int end(int[] labels, int start) {
        int j = start;
        while (j + 1 < labels.length && typeOf(labels[j + 1]) == typeOf(labels[start]) && !begins(labels[j + 1])) j++;
        return j;
    }

    /**
     * Label indices for one sentence's BIO tags. BIO keeps the tags as given. In BILOU a name's last
     * word is L-X and a one-word name U-X, and an I-X that follows neither B-X nor I-X begins a
     * name, as conlleval reads it (ANERcorp train has 34 such tags), since BILOU has no label for
     * it that decoding could reach.
     */
    int[] encode(List<String> bio) {
        int[] out = new int[bio.size()];
        for (int i = 0; i < out.length; i++) {
            String t = bio.get(i);
            if (t.equals("O")) continue;
            if (!(t.startsWith("B-") || t.startsWith("I-"))) throw new IllegalArgumentException("unknown tag '" + t + "'");
            String type = t.substring(2);
            char p = t.charAt(0);
            if (closed) {
                String prev = i > 0 ? bio.get(i - 1) : "O";
                boolean inside = p == 'I' && (prev.equals("B-" + type) || prev.equals("I-" + type));
                boolean continues = i + 1 < out.length && bio.get(i + 1).equals("I-" + type);
                p = !inside ? (continues ? 'B' : 'U') : (continues ? 'I' : 'L');
            }
            out[i] = index(p + "-" + type);
        }
        return out;
    }

    int index(String tag) {
        int i = labels.indexOf(tag);
        if (i < 0) throw new IllegalArgumentException("unknown tag '" + tag + "'");
        return i;
    }

    /** Whether {@code next} may follow {@code prev}; {@code prev == -1} is the sentence start. */
    boolean allowed(int prev, int next) {
        return allowed[prev + 1][next];
    }

    /** The labels {@code next} may follow (not counting the sentence start), ascending. */
    int[] predecessors(int next) {
        return predecessors[next];
    }

    /** Whether a sentence may end with this label. */
    boolean canEnd(int label) {
        return canEnd[label];
    }

    /** Whether the next word must continue the name (B-X or I-X). */
    private boolean opens(int label) {
        char p = part(label);
        return p == 'B' || p == 'I';
    }

    private boolean rule(int prev, int next) {
        char n = part(next);
        boolean continues = n == 'I' || n == 'L';
        if (prev < 0) return !continues;
        if (!closed) return !continues || (prev != 0 && typeOf(prev) == typeOf(next));
        return opens(prev) ? continues && typeOf(prev) == typeOf(next) : !continues;
    }
}
