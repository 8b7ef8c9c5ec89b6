package org.marsad.topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.marsad.article.Keyword;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * Picks an article's key phrases: single content words and runs of two or three adjacent content
 * words ({@link Phrases}), scored by sublinear term frequency × corpus idf
 * ({@link DocumentFrequencies}), with a bonus for appearing in the first sentences. Clitic
 * variants count as one (they share a stem key); stop words and numbers are never candidates. A
 * phrase must be a corpus collocation or a new run the article repeats ({@link #isPhrase}). A candidate that
 * lives almost only inside a better one («الأمن» inside «مجلس الأمن الدولي») is dropped. Each
 * keyword is shown in its most common surface form. Thread-safe.
 */
public final class KeywordExtractor {
    static final int MAX = 10;
    static final int MIN = 5;
    /** Candidates below this share of the best score are dropped once {@link #MIN} are chosen. */
    static final double RELATIVE_FLOOR = 0.25;
    static final int MIN_PHRASE_DF = 3;
    static final double MIN_ASSOCIATION = 2.0;

    /**
     * Keys (folded stems) of honorifics and titles, which are no keyword by themselves («سمو»,
     * «الدكتور», «الأستاذ»); Gulf papers write them before every name.
     */
    private static final Set<String> TITLES = ArabicNormalizer.foldedSet("سمو", "دكتور", "دكتورة", "أستاذ", "أستاذة", "مهندس",
            "مهندسة", "معالي", "سعادة", "فضيلة", "فخامة", "شيخ", "صاحب", "ملكي", "أمير", "أميرة", "الله", "تعالى", "سبحانه");

    /**
     * Keys that open an honorific or a formula rather than a subject: «صاحب السمو الملكي», «السمو
     * الملكي الأمير», «معالي وزير الخارجية», «التهاني وأطيب التمنيات», «فسيح جناته», «رحمه الله»,
     * «بمشيئة الله تعالى», «حفظه الله», «الله تعالى». A phrase that opens with one is no keyword; the
     * name or office after it is one on its own. «الله» alone is left out too: in news it comes from
     * such formulas.
     */
    private static final Set<String> FORMULA_OPENERS = ArabicNormalizer.foldedSet("صاحب", "سمو", "ملكي", "معالي", "سعادة", "فضيلة",
            "فخامة", "تهاني", "أطيب", "تمنيات", "فسيح", "رحمه", "مشيئة", "إذن", "حفظه", "الله");

    /**
     * Whether every occurrence of a one-word candidate carries tanween («لاحقاً», «أخيراً», «يومًا»,
     * «بلاغاً»): an adverb or an indefinite object, not what the article is about.
     */
    private static boolean alwaysTanween(List<Token> tokens, Candidate c) {
        for (int i = 0; i < c.tf; i++) if (!ArabicNormalizer.hasTanween(tokens.get(c.at[i]).text())) return false;
        return true;
    }

    /**
     * Whether a one-word candidate is an indefinite accusative written without its tanween
     * («مجانا», «عالميا», «طفلا», «شهرا»): every occurrence ends in «ا» and has no article, and the
     * word without that «ا» is in over three times as many documents. An adverb or a count, not what
     * the article is about; names that end so («روسيا») are exempt as recognised names.
     */
    private boolean accusative(List<Token> tokens, Candidate c) {
        if (c.key.length() < 4 || !c.key.endsWith("ا")) return false;
        for (int i = 0; i < c.tf; i++) {
            Token t = tokens.get(c.at[i]);
            if (t.article() != null || !t.text().endsWith("ا")) return false;
        }
        return df.df(c.key.substring(0, c.key.length() - 1)) > 3 * df.df(c.key);
    }

    /** Whether a candidate is an honorific or a formula: a title alone, or a phrase opened by one. */
    static boolean formulaic(String key, int words) {
        int space = key.indexOf(' ');
        String first = space < 0 ? key : key.substring(0, space);
        if (opensFormula(first, words) || allahFormula(key, words)) return true;
        // «وأطيب», «لفخامة»: a conjunction or preposition the segmenter left on the word
        return first.length() > 3 && "وبلف".indexOf(first.charAt(0)) >= 0 && opensFormula(first.substring(1), words);
    }

    /** Words that make a formula with «الله» after them: «حفظ الله», «شاء الله», «الحمد لله». */
    private static final Set<String> BEFORE_ALLAH = ArabicNormalizer.foldedSet("حفظ", "رحم", "رحمة", "شاء", "سبحان", "حمد", "بسم");

    private static boolean opensFormula(String first, int words) {
        return FORMULA_OPENERS.contains(first) || words == 1 && TITLES.contains(first);
    }

    /** «حفظ الله», «شاء الله»: two words, the second «الله», the first a formula's verb or noun. */
    private static boolean allahFormula(String key, int words) {
        if (words != 2 || !key.endsWith(" الله")) return false;
        return BEFORE_ALLAH.contains(key.substring(0, key.length() - " الله".length()));
    }

    private final DocumentFrequencies df;

    public KeywordExtractor(DocumentFrequencies df) {
        this.df = df;
    }

    private static final class Candidate {
        final String key;
        final int words;
        final int first;
        int tf;
        /** Token index of each occurrence; display forms are built only for chosen candidates. */
        int[] at = new int[2];
        double score;

        Candidate(String key, int words, int first) {
            this.key = key;
            this.words = words;
            this.first = first;
        }
    }

    /** Keywords of a body whose tokens carry content keys; {@code leadEnd} is where the lead sentences end. */
    public List<Keyword> extract(String body, List<Token> tokens, String[] keys, int leadEnd) {
        return extract(body, tokens, keys, leadEnd, NameMarks.NONE);
    }

    /**
     * The same, knowing what the entity stage marked ({@code marks}): a candidate that opens with a
     * verb is dropped («اصطدمت سيارة», «فرضت الولايات المتحدة», «يتمهلون»), but a name never is,
     * though names share a verb's shape («تونس», «ينبع»); a phrase that runs from words before a name
     * into part of it («الرئيس التركي رجب», «النجم الأرجنتيني ليونيل») is dropped: the name is cut;
     * a lone nationality adjective linked to a country («الإيراني», «الروسية») is no key phrase (the
     * country is among the article's places, and phrases that hold the adjective stay: «الاتفاق
     * النووي الإيراني»); and a name whose first letter the segmenter took for a clitic is shown
     * whole, as the entity stage found it («لوكاس فاسكيز», not «وكاس فاسكيز»), and one that kept a
     * conjunction the segmenter left on it is shown without it («تركمنستان», not «وتركمنستان»).
     */
    public List<Keyword> extract(String body, List<Token> tokens, String[] keys, int leadEnd, NameMarks marks) {
        IntUnaryOperator nameAt = marks.nameAt();
        Map<String, Candidate> cands = new HashMap<>();
        Phrases.forEach(body, tokens, keys, (from, length, key) -> {
            Candidate c = cands.computeIfAbsent(key, k -> new Candidate(k, length, tokens.get(from).start()));
            if (c.tf == c.at.length) c.at = java.util.Arrays.copyOf(c.at, c.tf * 2);
            c.at[c.tf++] = from;
        });
        List<Candidate> scored = new ArrayList<>();
        for (Candidate c : cands.values()) {
            int d = df.df(c.key); // one look-up per candidate: the statistics table is large and cold
            if (c.words > 1 && !isPhrase(c, d)) continue;
            double lead = c.first < leadEnd ? 1.5 : 1.0;
            c.score = (1 + Math.log(c.tf)) * df.idfOf(d) * lead * (1 + 0.2 * (c.words - 1));
            scored.add(c);
        }
        scored.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score) : a.key.compareTo(b.key));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : scored) {
            if (chosen.size() == MAX) break;
            if (chosen.size() >= MIN && c.score < RELATIVE_FLOOR * chosen.get(0).score) break;
            if (redundant(c, chosen) || formulaic(c.key, c.words) || c.words == 1 && alwaysTanween(tokens, c)) continue;
            if (address(tokens.get(c.at[0]).text())) continue; // a link or an e-mail address is no subject
            if (c.words == 1 && mostly(c, marks.nationalityAt())) continue;
            // checked here, on the few candidates that get this far, not on all of them
            if (VerbShape.isVerb(tokens.get(c.at[0])) && !anyNamed(c, nameAt)) continue;
            if (c.words == 1 && accusative(tokens, c) && !anyNamed(c, nameAt)) continue;
            if (c.words > 1 && mostlyCutsAName(c, nameAt, tokens)) continue;
            if (c.words > 1 && mostlyJoinsAtAClitic(c, marks.nameStart(), tokens)) continue;
            if (c.words > 1 && keys[c.at[0]] == null && mostlyMidName(body, tokens, keys, c)) continue;
            chosen.removeIf(o -> c.words > o.words && containsWords(c.key, o.key) && mostlyInside(o, c));
            chosen.add(c);
        }
        chosen.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score) : a.key.compareTo(b.key));
        double top = chosen.isEmpty() ? 1 : chosen.get(0).score;
        List<Keyword> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            Map<String, Integer> forms = new LinkedHashMap<>(4);
            for (int i = 0; i < c.tf; i++) forms.merge(form(body, tokens, c.at[i], c.words, marks.nameStart()), 1, Integer::sum);
            String text = mostCommon(forms);
            // «ثييم» and «لثييم» (ل + a name the segmenter left whole) are two keys shown as one name
            if (out.stream().anyMatch(k -> k.text().equals(text))) continue;
            out.add(new Keyword(text, Math.round(c.score / top * 1e4) / 1e4));
        }
        return out;
    }

    /**
     * Whether a phrase that opens with a name connector («بن سلمان بن عبدالعزيز») mostly continues a
     * word before it: the tail of a longer name («محمد بن سلمان بن عبدالعزيز»), not a name of its own
     * («أبو مازن», «آل سعود», «بن لادن» alone).
     */
    private static boolean mostlyMidName(String body, List<Token> tokens, String[] keys, Candidate c) {
        int mid = 0;
        for (int i = 0; i < c.tf; i++) {
            int at = c.at[i];
            if (at > 0 && keys[at - 1] != null && ContentWords.adjacent(body, tokens.get(at - 1), tokens.get(at))) mid++;
        }
        return 2 * mid > c.tf;
    }

    /** «http://ub.edu.sa/content/91», «www.spa.gov.sa», «info@sana.sy»: an address, not a word. */
    static boolean address(String text) {
        return text.contains("://") || text.startsWith("www.") || text.indexOf('@') > 0;
    }

    /** Whether most occurrences of {@code c} start at a token the predicate holds for. */
    private static boolean mostly(Candidate c, java.util.function.IntPredicate at) {
        int n = 0;
        for (int i = 0; i < c.tf; i++) if (at.test(c.at[i])) n++;
        return 2 * n > c.tf;
    }

    /** Whether any occurrence of {@code c} starts inside a recognised name. */
    private static boolean anyNamed(Candidate c, IntUnaryOperator nameAt) {
        for (int i = 0; i < c.tf; i++) if (nameAt.applyAsInt(c.at[i]) >= 0) return true;
        return false;
    }

    /**
     * Whether most occurrences of a phrase begin outside a name and end inside one that goes on
     * after it: «الرئيس التركي رجب» of «الرئيس التركي رجب طيب أردوغان». A name cut before its «بن» or
     * «آل» is a short form news uses («الملك سلمان», «الأمير محمد بن سلمان» of «... بن عبدالعزيز»).
     */
    private static boolean mostlyCutsAName(Candidate c, IntUnaryOperator nameAt, List<Token> tokens) {
        int cut = 0;
        for (int i = 0; i < c.tf; i++) {
            int first = c.at[i];
            int last = first + c.words - 1;
            int name = nameAt.applyAsInt(last);
            if (name < 0 || nameAt.applyAsInt(first) == name || last + 1 >= tokens.size() || nameAt.applyAsInt(last + 1) != name) continue;
            if (!NAME_GOES_ON.contains(tokens.get(last + 1).norm())) cut++;
        }
        return 2 * cut > c.tf;
    }

    /**
     * Whether most of the candidate's runs go on into a name that begins inside a later word, after
     * a letter the segmenter left on it: «كازاخستان وتركمنستان» is two places joined by «و».
     */
    private static boolean mostlyJoinsAtAClitic(Candidate c, IntUnaryOperator nameStart, List<Token> tokens) {
        int joined = 0;
        for (int i = 0; i < c.tf; i++) {
            for (int k = c.at[i] + 1; k < c.at[i] + c.words; k++) {
                if (nameStart.applyAsInt(k) > tokens.get(k).start()) {
                    joined++;
                    break;
                }
            }
        }
        return 2 * joined > c.tf;
    }

    /** «بن», «بنت», «ابن», «آل» (folded): where a long name may be cut to the form news uses. */
    private static final java.util.Set<String> NAME_GOES_ON = java.util.Set.of("بن", "بنت", "ابن", "ال");

    /**
     * A run of words is a phrase when the corpus shows it as a collocation (its words occur
     * together at least {@link #MIN_ASSOCIATION} times more often than chance: «مكافحة الإرهاب»
     * yes, «شهدت مشاركة» no), or when the article repeats a run the corpus does not know (a
     * new name). {@code d} is the phrase's document frequency; its words' are looked up only
     * when the corpus knows the phrase (most candidate runs it does not).
     */
    private boolean isPhrase(Candidate c, int d) {
        if (d < MIN_PHRASE_DF) return c.tf >= 2;
        int cut = c.key.lastIndexOf(' ');
        double expected = (double) Math.max(1, df.df(c.key.substring(0, cut))) * Math.max(1, df.df(c.key.substring(cut + 1))) / df.docs();
        double association = d / Math.max(expected, 1e-9);
        return association >= MIN_ASSOCIATION || c.tf >= 2 && association >= 1;
    }

    /**
     * True when {@code c} adds little to what is chosen: it lives mostly inside a chosen phrase, or
     * it is a phrase overlapping a chosen phrase that is at least as frequent («الأمن الدولي» next
     * to «مجلس الأمن»).
     */
    private static boolean redundant(Candidate c, List<Candidate> chosen) {
        for (Candidate o : chosen) {
            if (o.words > c.words && containsWords(o.key, c.key) && mostlyInside(c, o)) return true;
            if (c.words > 1 && o.words > 1 && !containsWords(c.key, o.key) && sharesWord(c.key, o.key) && c.tf <= o.tf) return true;
        }
        return false;
    }

    /** True when most occurrences of {@code part} are inside {@code whole}. */
    private static boolean mostlyInside(Candidate part, Candidate whole) {
        return part.tf <= 1.5 * whole.tf + 1;
    }

    private static boolean sharesWord(String a, String b) {
        for (String w : a.split(" ")) if (containsWords(b, w)) return true;
        return false;
    }

    private static boolean containsWords(String phrase, String part) {
        return (" " + phrase + " ").contains(" " + part + " ");
    }

    private static String form(String body, List<Token> tokens, int from, int length, IntUnaryOperator nameStart) {
        Token first = tokens.get(from);
        int name = nameStart.applyAsInt(from);
        // a name the entity stage begins before the shown form («لوكاس», not ل + «وكاس»), or after a
        // conjunction the segmenter left on a rare word («وتركمنستان» → «تركمنستان»)
        boolean nameShown = name >= 0 && (name < shownFrom(first) && !first.elidedArticle()
                || first.segments().size() == 1 && name > first.start() && name < first.end());
        String head = nameShown ? body.substring(name, first.stem().end())
                : length == 1 ? ContentWords.display(first) : ContentWords.display(first, tokens.get(from + 1));
        if (length == 1) return head;
        StringBuilder b = new StringBuilder(head);
        for (int i = from + 1; i < from + length; i++) b.append(' ').append(ContentWords.display(tokens.get(i)));
        return b.toString();
    }

    /**
     * Where the form {@link ContentWords#display} shows of a token begins: at its article or its
     * stem. (A name in a word whose preposition ate the article's alef, «للأمم المتحدة», is taken
     * whole by the entity stage but shown as display restores it: «الأمم المتحدة».)
     */
    private static int shownFrom(Token t) {
        Segment article = t.article();
        return article != null ? article.start() : t.stem().start();
    }

    private static String mostCommon(Map<String, Integer> forms) {
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
