package org.marsad.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.article.Segment;
import org.marsad.article.Span;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.Tokenizer;

/**
 * Scores clitic segmentation against a UD treebank the way the CoNLL 2018 shared task scores
 * "words": each sentence's text is rebuilt from the gold tokens (a space wherever SpaceAfter=No is
 * absent), Marsad tokenises and segments it, and a system word is correct when it covers exactly the
 * characters of a gold word. Inside multi-word tokens, whose gold forms need not be substrings,
 * words are aligned by longest common subsequence of folded forms (diacritics, tatweel, alef forms,
 * digits). UD keeps the article ال attached, so Marsad's DET segment is merged into the word that
 * follows it before scoring (but not into a number: UD writes «ال+3»).
 *
 * <p>Errors are reported per chunk (a run of gold tokens written without spaces, such as
 * «ل+لسلطة»): the chunk, its gold words and the system words overlapping it. Not thread-safe.
 */
public final class SegmentationEval {
    /** A mis-segmented chunk: OVER when the system made more words than gold, UNDER fewer, else WRONG. */
    public record ChunkError(String chunk, List<String> gold, List<String> system) {
        public String kind() {
            return system.size() > gold.size() ? "OVER" : system.size() < gold.size() ? "UNDER" : "WRONG";
        }

        @Override
        public String toString() {
            return kind() + "\t" + chunk + "\tgold=" + String.join("+", gold) + "\tsystem=" + String.join("+", system);
        }
    }

    private static final int MAX_ERRORS = 100_000;
    private final CliticSegmenter segmenter;
    private long gold;
    private long system;
    private long correct;
    private final List<ChunkError> errors = new ArrayList<>();

    public SegmentationEval(CliticSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    public void add(List<Conllu.GoldToken> sentence) {
        StringBuilder text = new StringBuilder();
        int[][] spans = new int[sentence.size()][];
        for (int i = 0; i < sentence.size(); i++) {
            Conllu.GoldToken t = sentence.get(i);
            int s = text.length();
            text.append(t.surface());
            spans[i] = new int[] {s, text.length()};
            if (t.spaceAfter()) text.append(' ');
        }
        List<Span> sys = systemWords(text);
        system += sys.size();
        int next = 0; // first system word not yet assigned to a chunk
        int i = 0;
        while (i < sentence.size()) {
            int j = i;
            while (j < sentence.size() - 1 && !sentence.get(j).spaceAfter()) j++;
            int cs = spans[i][0];
            int ce = spans[j][1];
            List<Span> inChunk = new ArrayList<>();
            while (next < sys.size() && sys.get(next).start() < ce) {
                if (sys.get(next).end() > cs) inChunk.add(sys.get(next));
                next++;
            }
            // a system word straddling the chunk's end also overlaps the next chunk
            if (!inChunk.isEmpty() && inChunk.get(inChunk.size() - 1).end() > ce) next--;
            scoreChunk(text, sentence, spans, i, j, inChunk);
            i = j + 1;
        }
    }

    private void scoreChunk(CharSequence text, List<Conllu.GoldToken> sentence, int[][] spans, int first, int last,
            List<Span> inChunk) {
        Set<Long> sysSpans = new HashSet<>();
        for (Span w : inChunk) sysSpans.add(key(w.start(), w.end()));
        int goldCount = 0;
        int matched = 0;
        List<String> goldForms = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            Conllu.GoldToken t = sentence.get(k);
            goldCount += t.words().size();
            goldForms.addAll(t.words());
            if (t.multiword()) {
                List<String> sysForms = new ArrayList<>();
                for (Span w : inChunk) {
                    if (w.start() >= spans[k][0] && w.end() <= spans[k][1]) sysForms.add(ArabicNormalizer.normalize(w.of(text)));
                }
                List<String> g = new ArrayList<>();
                for (String word : t.words()) g.add(ArabicNormalizer.normalize(word));
                matched += lcs(g, sysForms);
            } else if (sysSpans.contains(key(spans[k][0], spans[k][1]))) {
                matched++;
            }
        }
        gold += goldCount;
        correct += matched;
        if ((matched < goldCount || matched < inChunk.size()) && errors.size() < MAX_ERRORS) {
            List<String> sysForms = new ArrayList<>();
            for (Span w : inChunk) sysForms.add(w.of(text));
            errors.add(new ChunkError(text.subSequence(spans[first][0], spans[last][1]).toString(), goldForms, sysForms));
        }
    }

    private static long key(int start, int end) {
        return (long) start << 32 | end;
    }

    /** Marsad's words in UD convention: segments, with a DET merged into the following word. */
    List<Span> systemWords(CharSequence text) {
        List<Span> out = new ArrayList<>();
        for (Span tok : Tokenizer.tokenize(text)) {
            List<Segment> segs = segmenter.segment(text, tok.start(), tok.end());
            int pendingStart = -1;
            for (int k = 0; k < segs.size(); k++) {
                Segment s = segs.get(k);
                boolean beforeNumber = k + 1 < segs.size() && Character.isDigit(segs.get(k + 1).form().charAt(0));
                if (s.kind() == Segment.Kind.DET && !beforeNumber) {
                    if (pendingStart < 0) pendingStart = s.start();
                    continue;
                }
                out.add(new Span(pendingStart >= 0 ? pendingStart : s.start(), s.end()));
                pendingStart = -1;
            }
            if (pendingStart >= 0) out.add(new Span(pendingStart, tok.end()));
        }
        return out;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] d = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                d[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? d[i - 1][j - 1] + 1 : Math.max(d[i - 1][j], d[i][j - 1]);
            }
        }
        return d[a.size()][b.size()];
    }

    public long goldWords() { return gold; }
    public long systemWords() { return system; }
    public long correctWords() { return correct; }
    /** Mis-segmented chunks in text order (at most 100,000). */
    public List<ChunkError> errors() { return errors; }

    public double precision() { return system == 0 ? 0 : (double) correct / system; }
    public double recall() { return gold == 0 ? 0 : (double) correct / gold; }
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
