package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.article.Segment.Kind;

/**
 * Chooses the clitic analysis of one light-folded word by weighing corpus evidence, outside in:
 * a conjunction (و ف), then a preposition (ب ل ك) or the future particle (س), then a pronoun suffix.
 *
 * <p>Each level compares the word read whole with the word read as clitic + rest. A reading's
 * evidence is a pseudo-count: for a whole word, its own count plus the counts of the variants that
 * only a real word has — with the article (الوزير shows that وزير is a word; no «الوقال» exists)
 * and, against a conjunction, after و (ووزير); for a split, the rest's evidence times a per-clitic
 * ratio (how far a clitic form may outnumber its bare stem and still be a clitic form). Prepositions
 * get a larger ratio before a stem that takes the article (a noun), suffixes a smaller one where
 * they are rare in news (first and second person). The split wins when its evidence beats the whole
 * word's by a margin; the parent level then sees the rest's evidence without ratios above 1, so
 * ratios do not compound. Stems before a suffix are looked up with the spelling the suffix hid
 * restored (ت → ة, ؤ ئ → ء, ا → ى). Spelling decides some cases outright: «لل» is always split,
 * a clitic before digits or ال + digits is apart, and و before a frequent word that never takes
 * the article is a conjunction (وأضاف, written far more often than أضاف alone).
 *
 * <p>The ratios were set by reading errors on UD Arabic-PUD dev and ANT news; they are constants
 * of the method, not a list of words. Stateless after construction and thread-safe.
 */
final class CliticAnalyzer {
    private static final String[] SUFFIXES = {"هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك", "ي"};
    private static final double CONJ_WAW = 2.5;
    private static final double CONJ_FA = 0.1;
    /** ب ل ك before a stem that takes the article (a noun), and before one that does not. */
    private static final double PREP_NOUN = 2.5;
    private static final double PREP_OTHER = 0.5;
    private static final double KAF = 0.1;
    /** A clitic before the article: few words begin with وال، بال، لل unless they are clitic + ال. */
    private static final double BEFORE_ARTICLE = 20.0;
    /** Pseudo-count for clitic + ال / لل: split even when neither form was seen. */
    private static final double ARTICLE_PRIOR = 6.0;
    private static final double FUT = 1.0;
    /** ل before an imperfect verb (لتصبح: «so that it becomes»). */
    private static final double LAM_VERB = 1.5;
    private static final double MARGIN = 1.0;
    private static final double MIN_EVIDENCE = 5.0;
    /** A rest this frequent is a word in its own right, so و + rest is a clitic reading. */
    private static final double FREQUENT_REST = 300;
    /** How often و + word must occur before it proves the word whole (see {@link #read}). */
    private static final int DOUBLE_WAW_MIN = 20;
    /** Evidence for a reading that spelling alone decides. */
    private static final double CERTAIN = 1e9;

    private final WordFrequencies freq;

    CliticAnalyzer(WordFrequencies freq) {
        this.freq = freq;
    }

    private record Piece(Kind kind, int length, String form) {}

    /** A reading, its evidence, and the evidence before clitic ratios above 1 were applied. */
    private record Reading(double evidence, double raw, List<Piece> pieces) {
        Reading(double evidence, List<Piece> pieces) {
            this(evidence, evidence, pieces);
        }
    }

    CliticAnalysis analyze(String w) {
        Reading r = read(w, 0);
        int n = r.pieces().size();
        int[] lengths = new int[n];
        Kind[] kinds = new Kind[n];
        String[] forms = new String[n];
        for (int i = 0; i < n; i++) {
            Piece p = r.pieces().get(i);
            lengths[i] = p.length();
            kinds[i] = p.kind();
            forms[i] = p.form();
        }
        return new CliticAnalysis(lengths, kinds, forms);
    }

    /** The best reading of {@code x} when clitics of {@code level} and later may still be split off. */
    private Reading read(String x, int level) {
        int len = x.length();
        if (len >= 3 && x.startsWith("ال") && isNumber(x.substring(2))) {
            // «ال3»: UD writes the article apart from a number
            return new Reading(CERTAIN, List.of(new Piece(Kind.DET, 2, null), new Piece(Kind.STEM, len - 2, null)));
        }
        double whole = count(x) + (x.startsWith("ال") ? 0 : count("ال" + x));
        Reading best = null;
        double bestSplit = 0;
        char c = x.charAt(0);
        if (len >= 3 || len == 2 && isDigit(x.charAt(1))) {
            if (level == 0 && (c == 'و' || c == 'ف')) {
                Reading r = clitic(Kind.CONJ, String.valueOf(c), c == 'و' ? CONJ_WAW : CONJ_FA, x.substring(1), 1);
                if (r != null && r.evidence() > bestSplit) { best = r; bestSplit = r.evidence(); }
                // «ووزير» exists only if وزير is a word, never «وو» + stem
                whole += count(c + x);
                if (c == 'و' && r != null && r.raw() >= FREQUENT_REST && r.raw() * 25 > count(x)
                        && count("ال" + x) * 20 < count(x)) {
                    // a frequent word after و, and the whole never takes the article: و + verb
                    // (وأضاف, which news writes far more often than أضاف alone)
                    best = r;
                    bestSplit = Math.max(r.evidence(), whole * MARGIN + MIN_EVIDENCE + 1);
                }
                int doubled = c == 'و' ? count("و" + x) : 0;
                if (doubled >= DOUBLE_WAW_MIN && doubled * 30 >= count(x)) {
                    // «وولي», «ووليد»: no word begins with وو, so a frequent و + x shows that x is a
                    // word of its own («ولي العهد», not و + «لي»; «وليد», not و + ل + «يد»)
                    best = null;     // a pronoun suffix may still split off («وصفه»)
                    bestSplit = 0;
                }
                if (c == 'و' && whole == 0 && r != null && r.evidence() == 0 && len >= 4) {
                    best = r;         // an unseen word after و: a rare name more often than a rare word
                    bestSplit = CERTAIN;
                }
            }
            if (level <= 1 && (c == 'ب' || c == 'ل' || c == 'ك')) {
                String rest = x.substring(1);
                double ratio = c == 'ك' ? KAF : count("ال" + rest) >= 2 ? PREP_NOUN : PREP_OTHER;
                if (c == 'ل' && isImperfect(rest.charAt(0)) && rest.charAt(0) != 'ا' && rest.length() >= 3) ratio = Math.max(ratio, LAM_VERB);
                if (c != 'ل' && rest.charAt(0) == 'ي') ratio *= 0.2; // ب and ك precede nouns, not verbs
                Reading r = clitic(Kind.PREP, String.valueOf(c), ratio, rest, 2);
                if (r != null && r.evidence() > bestSplit) { best = r; bestSplit = r.evidence(); }
            }
            if (level <= 1 && c == 'س' && isImperfect(x.charAt(1)) && len >= (x.charAt(1) == 'ا' ? 5 : 4)) {
                Reading r = clitic(Kind.FUT, "س", FUT, x.substring(1), 2);
                if (r != null && r.evidence() > bestSplit) { best = r; bestSplit = r.evidence(); }
            }
        }
        if (level <= 2 && !hasArticle(x)) {
            for (String s : SUFFIXES) {
                if (len - s.length() < 2 || !x.endsWith(s)) continue;
                Reading r = suffixed(x, s);
                if (r != null && r.evidence() > bestSplit) { best = r; bestSplit = r.evidence(); }
            }
        }
        if (best != null && bestSplit > whole * MARGIN + MIN_EVIDENCE) {
            // the parent weighs this word's evidence, not the boost a clitic ratio above 1 gave it
            return new Reading(Math.max(whole, best.raw()), best.pieces());
        }
        return new Reading(Math.max(whole, bestSplit), stem(x, null));
    }

    private Reading clitic(Kind kind, String surface, double ratio, String rest, int nextLevel) {
        if (isNumber(rest)) return new Reading(CERTAIN, join(new Piece(kind, 1, null), stem(rest, null)));
        if (!hasArabicLetter(rest)) return null;
        if (kind == Kind.PREP && surface.equals("ل") && rest.charAt(0) == 'ل' && rest.length() >= 3) {
            return lamLam(rest);
        }
        boolean article = rest.startsWith("ال") && rest.length() >= 4;
        if (article && kind == Kind.FUT) return null;
        if (rest.length() < 2 || rest.equals("ال")) return null;
        Reading inner = read(rest, nextLevel);
        double ev = article ? BEFORE_ARTICLE * inner.evidence() + ARTICLE_PRIOR : ratio * inner.evidence();
        return new Reading(ev, Math.min(ev, inner.evidence()), join(new Piece(kind, 1, null), inner.pieces()));
    }

    /**
     * ل + {@code rest}, where rest begins with ل. No Arabic word begins with لل, so this always
     * splits («للبرميل» outnumbers «البرميل» in price reports); the counts decide how. Usually it
     * is ل + the article with its alef elided + stem («للحكومة»: ل + ال + حكومة). When the stem
     * itself begins with ل, spelling drops the article's ل too: «للبنان» is ل + لبنان, «للجنة» ل +
     * اللجنة, «للاعبين» ل + اللاعبين. That reading wins when rest is better attested as a word
     * than rest without its ل. Its article, written nowhere, is shown on the second ل, and the stem
     * keeps its own ل as its form; the article is there only when the stem takes it more often than
     * not («اللجنة» against «لجنة», never «اللبنان»).
     */
    private Reading lamLam(String rest) {
        String shortStem = rest.substring(1);
        double elided = count(shortStem) + count("ال" + shortStem);
        // rest's own count is evidence only when rest is not itself ل + word («لأغراض»)
        Reading inner = read(rest, 1);
        boolean restIsWord = inner.pieces().get(0).kind() != Kind.PREP;
        double lamStem = count("ال" + rest) + (restIsWord ? count(rest) : 0);
        List<Piece> ps = new ArrayList<>(4);
        ps.add(new Piece(Kind.PREP, 1, null));
        if (lamStem <= elided) {
            ps.add(new Piece(Kind.DET, 1, "ال"));
            ps.add(new Piece(Kind.STEM, rest.length() - 1, null));
        } else if (count("ال" + rest) > count(rest)) {
            ps.add(new Piece(Kind.DET, 1, "ال"));
            ps.add(new Piece(Kind.STEM, rest.length() - 1, rest));
        } else {
            ps.addAll(inner.pieces()); // «للاعبيه»: ل + لاعبي + ه
        }
        return new Reading(CERTAIN, ps);
    }

    private Reading suffixed(String x, String suffix) {
        String stem = x.substring(0, x.length() - suffix.length());
        double ev = stemEvidence(stem);
        String form = null;
        char last = stem.charAt(stem.length() - 1);
        String restored = switch (last) {
            case 'ت' -> stem.substring(0, stem.length() - 1) + "ة";
            case 'ؤ', 'ئ' -> stem.substring(0, stem.length() - 1) + "ء";
            case 'ا' -> stem.substring(0, stem.length() - 1) + "ي";
            default -> null;
        };
        if (restored != null) {
            double rev = stemEvidence(restored);
            if (rev > ev) {
                ev = rev;
                form = restored;
            }
        }
        if (ev == 0) return null;
        List<Piece> ps = stem(stem, form);
        ps.add(new Piece(Kind.PRON, suffix.length(), null));
        boolean noun = count("ال" + stem) + (form == null ? 0 : count("ال" + form)) >= 2;
        double ratio = suffixRatio(suffix, stem, noun && count("ال" + x) == 0) * (stem.length() == 2 ? 0.01 : 1.0);
        return new Reading(ratio * ev, Math.min(ratio, 1.0) * ev, ps);
    }

    /** {@code possessive}: the stem takes the article but the whole word does not (حياتي, not القانوني). */
    private static double suffixRatio(String suffix, String stem, boolean possessive) {
        return switch (suffix) {
            case "ه", "ها", "هم", "هما" -> 2.0;
            case "هن", "كم", "كما" -> 0.3;
            case "نا" -> isImperfect(stem.charAt(0)) ? 1.0 : possessive ? 0.5 : 0.02;
            case "ني" -> 0.3;
            case "ي" -> 0.005; // first person: rare in news, while nisba adjectives and plural constructs end in ي
            default -> isImperfect(stem.charAt(0)) && stem.charAt(0) != 'ا' ? 0.5 : 0.02; // ك كن: second person, rare in news
        };
    }

    private double stemEvidence(String s) {
        return count(s) + (s.startsWith("ال") ? 0 : count("ال" + s));
    }

    /** The corpus count of a folded word; a final ى (kept apart so it is never read as suffix ي) counts as ي. */
    private int count(String x) {
        int last = x.length() - 1;
        if (last >= 0 && x.charAt(last) == 'ى') x = x.substring(0, last) + 'ي';
        return freq.count(x);
    }

    /** True when {@code x} is [و ف][ب ك ل] + ال…: a definite noun takes no pronoun suffix. */
    private static boolean hasArticle(String x) {
        int i = 0;
        if (i < x.length() && (x.charAt(i) == 'و' || x.charAt(i) == 'ف')) i++;
        if (i < x.length() && (x.charAt(i) == 'ب' || x.charAt(i) == 'ك')) i++;
        if (x.startsWith("ال", i)) return true;
        return i < x.length() && x.charAt(i) == 'ل' && x.startsWith("ل", i + 1);
    }

    /**
     * A stem piece, with the article split off as DET when it is one: not in words that begin
     * with ال and are frequent while their remainder never occurs alone (ألمانيا, إلغاء, folded
     * to المانيا, الغاء).
     */
    private List<Piece> stem(String x, String form) {
        List<Piece> ps = new ArrayList<>(4);
        if (x.length() >= 4 && x.startsWith("ال") && !FunctionWords.isArticleInitial(x)
                && !(count(x) >= 20 && count(x.substring(2)) == 0)) {
            ps.add(new Piece(Kind.DET, 2, null));
            ps.add(new Piece(Kind.STEM, x.length() - 2, form == null ? null : form.substring(2)));
        } else {
            ps.add(new Piece(Kind.STEM, x.length(), form));
        }
        return ps;
    }

    private static List<Piece> join(Piece first, List<Piece> rest) {
        List<Piece> ps = new ArrayList<>(rest.size() + 1);
        ps.add(first);
        ps.addAll(rest);
        return ps;
    }

    static boolean isImperfect(char c) {
        return c == 'ي' || c == 'ت' || c == 'ن' || c == 'ا';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9';
    }

    private static boolean isNumber(String s) {
        if (!isDigit(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isDigit(c) && c != '.' && c != ',' && c != '\u066B' && c != '\u066C') return false;
        }
        return true;
    }

    private static boolean hasArabicLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '\u0621' && s.charAt(i) <= '\u064A') return true;
        return false;
    }
}
