package org.marsad.text;

import java.util.List;
import java.util.Map;
import org.marsad.article.Segment;

/**
 * Splits an Arabic word into clitics and stem: conjunctions و ف, prepositions ب ل ك, the future
 * particle س, the article ال, and pronoun suffixes ه ها هم هما هن ك كم كن نا ي ني.
 *
 * <p>Words that merely begin or end with those letters (وزير، بغداد، كابول، سورية، لافروف، وجه)
 * stay whole because each split is weighed against corpus evidence ({@link CliticAnalyzer} over
 * {@link WordFrequencies}); closed-class words get fixed analyses ({@link FunctionWords}). A tatweel
 * written before or after the letters («ـ11», «الأهمـ») is a PUNCT segment of its own, as in UD.
 *
 * <p>Segment offsets are UTF-16 offsets into the text the token came from; segments are contiguous
 * and cover the token. A segment's {@code form} restores what spelling elided (the alef of ال after
 * ل, a teh marbuta written ت before a suffix); otherwise it is the segment's text as written.
 * Analyses are cached per folded word. Thread-safe after construction.
 */
public final class CliticSegmenter {
    private static final char TATWEEL = '\u0640';

    private final CliticAnalyzer analyzer;
    private final Map<String, CliticAnalysis> fixed;
    private final AnalysisCache cache = new AnalysisCache(20);
    private final Map<CliticAnalysis, CliticAnalysis> shapes = new java.util.concurrent.ConcurrentHashMap<>();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public CliticSegmenter(WordFrequencies freq) {
        this.analyzer = new CliticAnalyzer(freq);
        this.fixed = FunctionWords.analyses();
        for (Map.Entry<String, CliticAnalysis> e : fixed.entrySet()) {
            char[] k = e.getKey().toCharArray();
            cache.put(k, k.length, AnalysisCache.hash(k, k.length), e.getValue());
        }
    }

    /** A segmenter over the shipped corpus frequencies. */
    public static CliticSegmenter shipped() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final CliticSegmenter INSTANCE = new CliticSegmenter(WordFrequencies.shipped());
    }

    /** Per-thread buffers: the folded word and, for each folded char, its offset in the text. */
    private static final class Scratch {
        char[] folded = new char[64];
        int[] pos = new int[65];

        void ensure(int n) {
            if (folded.length < n) {
                folded = new char[n * 2];
                pos = new int[n * 2 + 1];
            }
        }
    }

    /**
     * The light fold used for the frequency lexicon: diacritics and tatweel removed, alef forms and
     * alef maqsura unified, Persian letters (ی ک and the heh forms ھ ۀ ہ ۂ) mapped; teh marbuta and hamza carriers ؤ ئ kept.
     */
    public static char lightFold(char c) {
        return LIGHT_FOLD[c];
    }

    private static final char[] LIGHT_FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            LIGHT_FOLD[i] = switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
                case '\u0649', '\u06CC' -> '\u064A';
                case '\u06A9' -> '\u0643';
                case '\u06BE', '\u06C0', '\u06C1', '\u06C2' -> '\u0647';
                default -> ArabicNormalizer.fold(c) == ArabicNormalizer.DELETE ? ArabicNormalizer.DELETE : c;
            };
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

    /** The segments of one word as "KIND:form" pieces, e.g. "CONJ:و PREP:ب STEM:موسكو" (for tests and tools). */
    public String describe(String word) {
        if (word.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        for (Segment s : segment(word, 0, word.length())) {
            if (b.length() > 0) b.append(' ');
            b.append(s.kind()).append(':').append(s.form());
        }
        return b.toString();
    }

    /**
     * Segments the word {@code text[start, end)}; offsets in the result are into {@code text}.
     * A word that is not Arabic, or not split, comes back as one STEM segment.
     */
    public List<Segment> segment(CharSequence text, int start, int end) {
        return segment(text, start, end, null);
    }

    /**
     * As {@link #segment(CharSequence, int, int)}, reusing {@code surface} (the token's text, or
     * null) as the form of an unsplit word instead of copying it again.
     */
    public List<Segment> segment(CharSequence text, int start, int end, String surface) {
        if (end <= start) throw new IllegalArgumentException("empty token at " + start);
        char first = text.charAt(start);
        if (first < '\u0621' || first > '\u06FF') return whole(text, start, end, surface);
        int lead = start;
        while (lead < end && text.charAt(lead) == TATWEEL) lead++;
        int trail = end;
        while (trail > lead && text.charAt(trail - 1) == TATWEEL) trail--;
        if (lead == end) return List.of(new Segment(start, end, text.subSequence(start, end).toString(), Segment.Kind.PUNCT));
        Scratch sc = scratch.get();
        sc.ensure(trail - lead + 1);
        char[] f = sc.folded;
        int[] pos = sc.pos;
        int n = 0;
        boolean arabic = false;
        for (int i = lead; i < trail; i++) {
            char c = text.charAt(i);
            if (ArabicNormalizer.isPresentationForm(c)) return whole(text, start, end, surface);
            char g = lightFold(c);
            if (g == ArabicNormalizer.DELETE) continue;
            if (g >= '\u0621' && g <= '\u064A') arabic = true;
            pos[n] = i;
            f[n++] = g;
        }
        pos[n] = trail;
        // a final ى is kept apart from ي so that it is never read as the suffix ي
        if (n > 0 && f[n - 1] == '\u064A' && text.charAt(pos[n - 1]) == '\u0649') f[n - 1] = '\u0649';
        AnalysisCache.Entry entry = arabic && n >= 2 ? entry(f, n) : null;
        CliticAnalysis a = entry == null ? null : entry.analysis;
        if (lead == start && trail == end && (a == null || a.isWhole())) return whole(text, start, end, surface);
        Segment[] out = new Segment[(a == null ? 1 : a.size()) + (lead > start ? 1 : 0) + (trail < end ? 1 : 0)];
        int o = 0;
        if (lead > start) out[o++] = new Segment(start, lead, text.subSequence(start, lead).toString(), Segment.Kind.PUNCT);
        if (a == null) {
            out[o++] = new Segment(lead, trail, text.subSequence(lead, trail).toString(), Segment.Kind.STEM);
        } else {
            AnalysisCache.Forms known = entry.forms;
            boolean reuse = known != null && known.matches(text, lead, trail);
            String[] forms = reuse ? known.forms() : new String[a.size()];
            int k = 0;
            for (int i = 0; i < a.size(); i++) {
                int s = i == 0 ? lead : pos[k];
                k += a.lengths()[i];
                int e = i == a.size() - 1 ? trail : pos[k];
                if (!reuse) forms[i] = a.forms()[i] != null ? a.forms()[i] : text.subSequence(s, e).toString();
                out[o++] = new Segment(s, e, forms[i], a.kinds()[i]);
            }
            if (!reuse) entry.forms = new AnalysisCache.Forms(text.subSequence(lead, trail).toString().toCharArray(), forms);
        }
        if (trail < end) out[o] = new Segment(trail, end, text.subSequence(trail, end).toString(), Segment.Kind.PUNCT);
        return List.of(out);
    }

    private AnalysisCache.Entry entry(char[] f, int n) {
        int h = AnalysisCache.hash(f, n);
        AnalysisCache.Entry e = cache.get(f, n, h);
        return e != null ? e : cache.put(f, n, h, shared(analysis(new String(f, 0, n))));
    }

    /**
     * One instance per distinct analysis (few hundred shapes cover a whole corpus), so the
     * analyses the hot path reads stay in the CPU caches.
     */
    private CliticAnalysis shared(CliticAnalysis a) {
        CliticAnalysis known = shapes.putIfAbsent(a, a);
        return known != null ? known : a;
    }

    private CliticAnalysis analysis(String w) {
        CliticAnalysis a = fixed.get(w);
        return a != null ? a : analyzer.analyze(w);
    }

    private static List<Segment> whole(CharSequence text, int start, int end, String surface) {
        String form = surface != null ? surface : text.subSequence(start, end).toString();
        return List.of(new Segment(start, end, form, Segment.Kind.STEM));
    }
}
