package org.marsad.text;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.article.Segment;

/**
 * Splits an Arabic word into clitics and stem: conjunctions و ف, prepositions ب ل ك, the future
 * particle س, the article ال, and pronoun suffixes ه ها هم هما هن ك كم كن نا ي ني.
 *
 * <p>Words that merely begin or end with those letters (وزير، بغداد، كابول، سورية، لافروف، وجه)
 * stay whole because the choice is weighed against corpus evidence: a split wins only when its stem
 * is, after a per-clitic prior, more frequent in news text than the whole word
 * ({@link WordFrequencies}); a short list of function words gets fixed analyses. Segment offsets
 * are UTF-16 offsets into the text the token came from; a segment's {@code form} restores what
 * spelling elided (the alef of ال after ل, a teh marbuta written ت before a suffix).
 *
 * <p>Thread-safe after construction.
 */
public final class CliticSegmenter {
    private static final String[] SUFFIXES = {"هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك", "ي"};
    private static final Map<String, Double> SUFFIX_PRIOR = Map.ofEntries(
            Map.entry("ه", 0.25), Map.entry("ها", 0.4), Map.entry("هم", 0.35), Map.entry("هما", 0.4),
            Map.entry("هن", 0.1), Map.entry("ك", 0.03), Map.entry("كم", 0.1), Map.entry("كما", 0.05),
            Map.entry("كن", 0.02), Map.entry("نا", 0.1), Map.entry("ي", 0.0), Map.entry("ني", 0.05));
    private static final double CONJ_PRIOR = 0.6;
    private static final double PREP_PRIOR = 0.35;
    private static final double FUT_PRIOR = 0.3;

    private final WordFrequencies freq;
    private final Map<String, String[]> fixed;
    /** Analyses of words seen so far; bounded, since news vocabularies are long-tailed. */
    private final Map<String, String[]> cache = new ConcurrentHashMap<>(1 << 16);
    private static final int CACHE_LIMIT = 300_000;

    public CliticSegmenter(WordFrequencies freq) {
        this.freq = freq;
        this.fixed = FunctionWords.analyses();
    }

    /** A segmenter over the shipped corpus frequencies. */
    public static CliticSegmenter shipped() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final CliticSegmenter INSTANCE = new CliticSegmenter(WordFrequencies.shipped());
    }

    /** The light fold used for the frequency lexicon: diacritics and tatweel removed, alef forms unified. */
    public static char lightFold(char c) {
        switch (c) {
            case '\u0622': case '\u0623': case '\u0625': case '\u0671': return '\u0627';
            case '\u06CC': return '\u064A';
            case '\u06A9': return '\u0643';
            default:
                char f = ArabicNormalizer.fold(c);
                return f == ArabicNormalizer.DELETE ? f : c;
        }
    }

    public static String lightFold(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = lightFold(s.charAt(i));
            if (f != ArabicNormalizer.DELETE) b.append(f);
        }
        return b.toString();
    }

    /**
     * Segments the word {@code text[start, end)}; offsets in the result are into {@code text}.
     * A word that is not Arabic, or not split, comes back as one STEM segment.
     */
    public List<Segment> segment(CharSequence text, int start, int end) {
        int n = end - start;
        StringBuilder f = new StringBuilder(n);
        int[] pos = new int[n + 1];
        boolean arabic = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (ArabicNormalizer.isPresentationForm(c)) return whole(text, start, end);
            char g = lightFold(c);
            if (g == ArabicNormalizer.DELETE) continue;
            if (g >= '\u0621' && g <= '\u064A') arabic = true;
            pos[f.length()] = i;
            f.append(g);
        }
        pos[f.length()] = end;
        pos[0] = start; // marks before the first letter belong to the first segment
        if (!arabic || f.length() < 2) return whole(text, start, end);
        String w = f.toString();
        String[] analysis = fixed.get(w);
        if (analysis == null) {
            analysis = cache.get(w);
            if (analysis == null) {
                analysis = analyze(w);
                if (cache.size() < CACHE_LIMIT) cache.put(w, analysis);
            }
        }
        return toSegments(text, analysis, pos, f.length());
    }

    private static List<Segment> whole(CharSequence text, int start, int end) {
        return List.of(new Segment(start, end, text.subSequence(start, end).toString(), Segment.Kind.STEM));
    }

    /**
     * Chooses the best analysis of a light-folded word as pieces "kind:surface[:form]", e.g.
     * {"CONJ:و", "PREP:ب", "STEM:موسكو"}.
     */
    String[] analyze(String w) {
        double best = Math.log(freq.count(w) + 1.0) + 0.5;
        String[] bestAnalysis = null;
        int len = w.length();
        for (int c = 0; c <= 1; c++) {
            if (c == 1 && !(w.charAt(0) == 'و' || w.charAt(0) == 'ف')) break;
            for (int p = 0; p <= 1; p++) {
                int pre = c + p;
                if (p == 1 && (pre >= len || "بلكس".indexOf(w.charAt(c)) < 0)) break;
                for (String suf : suffixesFor(w, pre)) {
                    if (pre == 0 && suf.isEmpty()) continue;
                    int stemEnd = len - suf.length();
                    if (stemEnd - pre < 2) continue;
                    String stem = w.substring(pre, stemEnd);
                    char prep = p == 1 ? w.charAt(c) : 0;
                    if (prep == 'س' && !startsImperfect(stem)) continue;
                    String key = stem;
                    String stemForm = stem;
                    if (prep == 'ل' && stem.charAt(0) == 'ل' && stem.length() > 2) {
                        key = "ا" + stem;          // لل: the article's alef is elided after ل
                    }
                    int stemCount = freq.count(key);
                    if (!suf.isEmpty() && stem.endsWith("ت")) {
                        String marbuta = stem.substring(0, stem.length() - 1) + "ة";
                        int mc = freq.count(marbuta);
                        if (mc > stemCount) {
                            stemCount = mc;
                            stemForm = marbuta;
                        }
                    }
                    if (!suf.isEmpty() && (stem.startsWith("ال") || key.startsWith("ال"))) continue;
                    double prior = 1.0;
                    if (c == 1) prior *= CONJ_PRIOR;
                    if (p == 1) prior *= prep == 'س' ? FUT_PRIOR : PREP_PRIOR;
                    if (!suf.isEmpty()) prior *= SUFFIX_PRIOR.get(suf);
                    if (prior == 0) continue;
                    double score = Math.log(stemCount * prior + 1.0);
                    if (score > best) {
                        best = score;
                        bestAnalysis = pieces(w, c, p, prep, stem, stemForm, suf);
                    }
                }
            }
        }
        if (bestAnalysis == null) bestAnalysis = pieces(w, 0, 0, (char) 0, w, w, "");
        return bestAnalysis;
    }

    private static List<String> suffixesFor(String w, int pre) {
        List<String> out = new ArrayList<>(3);
        out.add("");
        for (String s : SUFFIXES) {
            if (w.length() - s.length() - pre >= 2 && w.endsWith(s)) out.add(s);
        }
        return out;
    }

    private static boolean startsImperfect(String stem) {
        char c = stem.charAt(0);
        return c == 'ي' || c == 'ت' || c == 'ن' || c == 'ا';
    }

    private static String[] pieces(String w, int c, int p, char prep, String stem, String stemForm, String suf) {
        List<String> out = new ArrayList<>(5);
        if (c == 1) out.add("CONJ:" + w.charAt(0));
        if (p == 1) out.add((prep == 'س' ? "FUT:" : "PREP:") + prep);
        if (prep == 'ل' && stem.length() > 2 && stem.charAt(0) == 'ل' && !stem.startsWith("ال")) {
            out.add("DET:ل:ال");
            out.add("STEM:" + stem.substring(1) + (stemForm.equals(stem) ? "" : ":" + stemForm.substring(1)));
        } else if (stem.length() >= 4 && stem.startsWith("ال") && !FunctionWords.isArticleInitial(stem)) {
            out.add("DET:ال");
            out.add("STEM:" + stem.substring(2) + (stemForm.equals(stem) ? "" : ":" + stemForm.substring(2)));
        } else {
            out.add("STEM:" + stem + (stemForm.equals(stem) ? "" : ":" + stemForm));
        }
        if (!suf.isEmpty()) out.add("PRON:" + suf);
        return out.toArray(new String[0]);
    }

    private static List<Segment> toSegments(CharSequence text, String[] analysis, int[] pos, int flen) {
        List<Segment> out = new ArrayList<>(analysis.length);
        int k = 0;
        for (int a = 0; a < analysis.length; a++) {
            String piece = analysis[a];
            int c1 = piece.indexOf(':');
            int c2 = piece.indexOf(':', c1 + 1);
            String surface = c2 < 0 ? piece.substring(c1 + 1) : piece.substring(c1 + 1, c2);
            String form = c2 < 0 ? null : piece.substring(c2 + 1);
            Segment.Kind kind = Segment.Kind.valueOf(piece.substring(0, c1));
            int s = pos[k];
            k += surface.length();
            int e = a == analysis.length - 1 ? pos[flen] : pos[k];
            // the whole-word end includes trailing marks; inner boundaries sit before the next letter
            String formText = form != null ? form : text.subSequence(s, e).toString();
            out.add(new Segment(s, e, formText, kind));
        }
        return out;
    }
}
