package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;
import org.marsad.article.Segment;
import org.marsad.article.Span;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.Tokenizer;

/**
 * Scores clitic segmentation against a UD treebank the way the CoNLL 2018 shared task scores
 * "words": each sentence's text is rebuilt from the gold tokens, Marsad tokenises and segments it,
 * and a system word is correct when it covers exactly the characters of a gold word. Inside
 * multi-word tokens, whose gold forms need not be substrings, words are aligned by longest common
 * subsequence of folded forms. UD keeps the article ال attached, so Marsad's DET segment is
 * merged into the word that follows it before scoring.
 */
public final class SegmentationEval {
    private final CliticSegmenter segmenter;
    private long gold;
    private long system;
    private long correct;
    private final List<String> errors = new ArrayList<>();

    public SegmentationEval(CliticSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    public void add(List<Conllu.GoldToken> sentence) {
        StringBuilder text = new StringBuilder();
        List<int[]> tokenSpans = new ArrayList<>();
        for (Conllu.GoldToken t : sentence) {
            int s = text.length();
            text.append(t.surface());
            tokenSpans.add(new int[] {s, text.length()});
            if (t.spaceAfter()) text.append(' ');
        }
        List<Span> sys = systemWords(text);
        system += sys.size();
        for (int i = 0; i < sentence.size(); i++) {
            Conllu.GoldToken t = sentence.get(i);
            int[] ts = tokenSpans.get(i);
            gold += t.words().size();
            List<Span> inside = new ArrayList<>();
            for (Span w : sys) if (w.start() >= ts[0] && w.end() <= ts[1]) inside.add(w);
            int matched;
            if (t.multiword()) {
                List<String> sysForms = new ArrayList<>();
                for (Span w : inside) sysForms.add(ArabicNormalizer.normalize(w.of(text)));
                List<String> goldForms = new ArrayList<>();
                for (String g : t.words()) goldForms.add(ArabicNormalizer.normalize(g));
                matched = lcs(goldForms, sysForms);
            } else {
                matched = inside.size() == 1 && inside.get(0).start() == ts[0] && inside.get(0).end() == ts[1] ? 1 : 0;
                // a gold word that is a substring of a larger system word never matches
            }
            correct += matched;
            if (matched < Math.max(t.words().size(), inside.size()) && errors.size() < 100_000) {
                StringBuilder sysText = new StringBuilder();
                for (Span w : inside) sysText.append(sysText.length() > 0 ? "+" : "").append(w.of(text));
                errors.add(t.surface() + "\tgold=" + String.join("+", t.words()) + "\tsystem=" + sysText);
            }
        }
        // gold-non-MWT tokens split differently from the system's tokenisation are counted above;
        // system words straddling gold token boundaries only add to the system count (precision).
    }

    /** Marsad's words in UD convention: segments, with a DET merged into the following word. */
    List<Span> systemWords(CharSequence text) {
        List<Span> out = new ArrayList<>();
        for (Span tok : Tokenizer.tokenize(text)) {
            List<Segment> segs = segmenter.segment(text, tok.start(), tok.end());
            int pendingStart = -1;
            for (Segment s : segs) {
                if (s.kind() == Segment.Kind.DET) {
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
    public List<String> errors() { return errors; }

    public double precision() { return system == 0 ? 0 : (double) correct / system; }
    public double recall() { return gold == 0 ? 0 : (double) correct / gold; }
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
