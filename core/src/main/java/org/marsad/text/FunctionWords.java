package org.marsad.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.marsad.article.Segment;

/**
 * Fixed clitic analyses of closed-class words, where corpus frequencies mislead (a particle is
 * often more frequent than the stem it would split off), in UD Arabic's convention: particles and
 * prepositions keep their pronoun suffixes apart (علي+ه، لكن+ها، ب+أن+ه), while لكن، كما، لدى، إلى stay
 * whole. Also the words that begin with ال without it being the article. Keys are light-folded
 * ({@link CliticSegmenter#lightFold}); pieces are "KIND:surface" or "KIND:surface=form".
 */
final class FunctionWords {
    private static final Set<String> ARTICLE_INITIAL = Set.of("الله", "الذي", "التي", "الذين", "اللذان",
            "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللائي", "الي", "الا", "الان", "الف",
            "الاف", "الم", "الهه", "الهة", "الية", "اليات", "الة", "الات", "الفا");

    /** Words never split, though they begin or end with clitic letters. */
    private static final String[] WHOLE = {
        "في", "فيما", "فقط", "فوق", "لكن", "لم", "لن", "لا", "لما", "لقد", "لدي", "ليس", "ليست",
        "لعل", "لو", "لولا", "لذا", "كل", "كلا", "كما", "كلما", "كي", "كيف", "كان", "كانت", "كانوا", "كذلك",
        "بين", "بعد", "بل", "بلا", "بينما", "بي", "بما", "وفق", "وفقا", "ذلك", "تلك", "هناك", "هنا", "هذه", "هذا",
        "حيث", "ثم", "ما", "سوف", "هي", "هو", "منذ", "لدن", "وسط", "لكي", "ايضا", "اذ", "اذا",
        "الي", "علي", "عن", "من", "مع", "ان", "او", "ام", "غير", "سوي", "حتي", "قبل", "عند", "لدي", "ليكن", "بال", "ولاية", "مما", "فحسب"
    };

    /** Prepositional and adverbial phrases written as one word, always ب/ل + noun (بشكل = «in a way»). */
    private static final String[] PREP_PHRASES = {"بشكل", "بسبب", "بشان", "بحسب", "بفضل", "بواسطة", "بخصوص",
        "بمثابة", "بالاضافة", "بالنسبة", "بالفعل", "بالطبع", "بالتالي", "بالقرب", "بالرغم", "بنسبة", "بمقدار",
        "بدون", "بلا", "بما", "بشدة", "برفقة", "بصفة", "بصورة", "بمناسبة", "بهدف", "بغية", "بغض", 
        "لمدة", "لصالح", "لاجل", "لدعم", "للغاية", "بمجرد", "بمعزل", "بموجب", "بحضور", "بقيادة", "بطريقة"};

    /** Particles and prepositions with pronoun suffixes, and other fixed analyses. */
    private static final String[][] SPLIT = {
        {"له", "PREP:ل", "PRON:ه"}, {"لها", "PREP:ل", "PRON:ها"}, {"لهم", "PREP:ل", "PRON:هم"},
        {"لهما", "PREP:ل", "PRON:هما"}, {"لنا", "PREP:ل", "PRON:نا"}, {"لك", "PREP:ل", "PRON:ك"},
        {"لكم", "PREP:ل", "PRON:كم"}, {"لي", "PREP:ل", "PRON:ي"}, {"لهن", "PREP:ل", "PRON:هن"},
        {"به", "PREP:ب", "PRON:ه"}, {"بها", "PREP:ب", "PRON:ها"}, {"بهم", "PREP:ب", "PRON:هم"},
        {"بهما", "PREP:ب", "PRON:هما"}, {"بنا", "PREP:ب", "PRON:نا"}, {"بكم", "PREP:ب", "PRON:كم"}, {"بك", "PREP:ب", "PRON:ك"},
        {"نفسه", "STEM:نفس", "PRON:ه"}, {"نفسها", "STEM:نفس", "PRON:ها"}, {"نفسهم", "STEM:نفس", "PRON:هم"},
        {"انفسهم", "STEM:انفس", "PRON:هم"}, {"انفسنا", "STEM:انفس", "PRON:نا"}, {"ذاته", "STEM:ذات", "PRON:ه"},
        {"ذاتها", "STEM:ذات", "PRON:ها"}, {"واحد", "STEM:واحد"}, {"واحدة", "STEM:واحدة"},
        {"لله", "PREP:ل", "STEM:له=الله"}, {"وحده", "STEM:وحد", "PRON:ه"}, {"وحدها", "STEM:وحد", "PRON:ها"}, {"ممن", "PREP:م=من", "STEM:من"}, {"عما", "PREP:ع=عن", "STEM:ما"},
        {"عنما", "PREP:عن", "STEM:ما"}, {"منما", "PREP:من", "STEM:ما"}, {"منمن", "PREP:من", "STEM:من"},
        {"عنمن", "PREP:عن", "STEM:من"}, {"لذلك", "PREP:ل", "STEM:ذلك"},
        {"لهذا", "PREP:ل", "STEM:هذا"}, {"لهذه", "PREP:ل", "STEM:هذه"}, {"بهذا", "PREP:ب", "STEM:هذا"},
        {"بهذه", "PREP:ب", "STEM:هذه"}, {"وهذا", "CONJ:و", "STEM:هذا"}, {"وهذه", "CONJ:و", "STEM:هذه"},
        {"لان", "PREP:ل", "STEM:ان"}, {"بان", "PREP:ب", "STEM:ان"}, {"وان", "CONJ:و", "STEM:ان"},
        {"فان", "CONJ:ف", "STEM:ان"}, {"ولكن", "CONJ:و", "STEM:لكن"}, {"وفي", "CONJ:و", "STEM:في"},
        {"ولم", "CONJ:و", "STEM:لم"}, {"ولا", "CONJ:و", "STEM:لا"}, {"فلا", "CONJ:ف", "STEM:لا"},
        {"وقد", "CONJ:و", "STEM:قد"}, {"فقد", "CONJ:ف", "STEM:قد"}, {"وهو", "CONJ:و", "STEM:هو"},
        {"وهي", "CONJ:و", "STEM:هي"}, {"وما", "CONJ:و", "STEM:ما"}, {"ومن", "CONJ:و", "STEM:من"},
        {"وها", "CONJ:و", "STEM:ها"}, {"ولن", "CONJ:و", "STEM:لن"}, {"وكان", "CONJ:و", "STEM:كان"},
        {"وكانت", "CONJ:و", "STEM:كانت"}, {"وكما", "CONJ:و", "STEM:كما"}, {"وكلما", "CONJ:و", "STEM:كلما"},
        {"وبين", "CONJ:و", "STEM:بين"}, {"وبعد", "CONJ:و", "STEM:بعد"}, {"ومع", "CONJ:و", "STEM:مع"},
        {"وعلي", "CONJ:و", "STEM:علي"}, {"والي", "CONJ:و", "STEM:الي"}, {"وعن", "CONJ:و", "STEM:عن"},
        {"واذا", "CONJ:و", "STEM:اذا"}, {"فاذا", "CONJ:ف", "STEM:اذا"}, {"وحتي", "CONJ:و", "STEM:حتي"},
        {"فكان", "CONJ:ف", "STEM:كان"}, {"فكانت", "CONJ:ف", "STEM:كانت"},
    };

    /** Particles and prepositions that take pronoun suffixes as separate words. */
    private static final String[] HOSTS = {"في", "عن", "من", "مع", "ان", "لكن", "علي", "الي", "لدي", "بين",
        "عند", "حول", "دون", "بعد", "قبل", "منذ", "كان", "ليت", "لعل", "لان", "بان", "وان", "فان",
        "ولكن", "وكان", "فكان"};
    private static final String[] HOST_SUFFIXES = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا", "ي", "ني"};

    private FunctionWords() {}

    static Map<String, CliticAnalysis> analyses() {
        Map<String, CliticAnalysis> m = new HashMap<>();
        for (String w : WHOLE) {
            m.put(w, CliticAnalysis.whole(w.length()));
            if (w.endsWith("ي")) m.put(w.substring(0, w.length() - 1) + "ى", CliticAnalysis.whole(w.length()));
        }
        for (String p : PREP_PHRASES) {
            String rest = p.substring(1);
            boolean det = rest.startsWith("ال") || p.startsWith("لل");
            put(m, det && p.startsWith("لل") ? new String[] {p, "PREP:ل", "DET:ل=ال", "STEM:" + rest.substring(1)}
                    : det ? new String[] {p, "PREP:" + p.charAt(0), "DET:ال", "STEM:" + rest.substring(2)}
                    : new String[] {p, "PREP:" + p.charAt(0), "STEM:" + rest});
        }
        for (String[] row : SPLIT) put(m, row);
        for (String host : HOSTS) {
            String[] hostPieces = m.containsKey(host) && !m.get(host).isWhole() ? piecesOf(m.get(host), host) : new String[] {"STEM:" + host};
            for (String suf : HOST_SUFFIXES) {
                String[] row = new String[hostPieces.length + 2];
                row[0] = host + suf;
                System.arraycopy(hostPieces, 0, row, 1, hostPieces.length);
                row[row.length - 1] = "PRON:" + suf;
                if (!m.containsKey(row[0])) put(m, row);
            }
        }
        return m;
    }

    private static String[] piecesOf(CliticAnalysis a, String word) {
        String[] out = new String[a.size()];
        int at = 0;
        for (int i = 0; i < a.size(); i++) {
            out[i] = a.kinds()[i] + ":" + word.substring(at, at + a.lengths()[i]) + (a.forms()[i] == null ? "" : "=" + a.forms()[i]);
            at += a.lengths()[i];
        }
        return out;
    }

    private static void put(Map<String, CliticAnalysis> m, String[] row) {
        int n = row.length - 1;
        int[] lengths = new int[n];
        Segment.Kind[] kinds = new Segment.Kind[n];
        String[] forms = new String[n];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String p = row[i + 1];
            int colon = p.indexOf(':');
            int eq = p.indexOf('=');
            String surface = eq < 0 ? p.substring(colon + 1) : p.substring(colon + 1, eq);
            kinds[i] = Segment.Kind.valueOf(p.substring(0, colon));
            lengths[i] = surface.length();
            forms[i] = eq < 0 ? null : p.substring(eq + 1);
            joined.append(surface);
        }
        if (!joined.toString().equals(row[0])) throw new IllegalStateException("bad function-word row " + row[0]);
        m.put(row[0], new CliticAnalysis(lengths, kinds, forms));
    }

    static boolean isArticleInitial(String stem) {
        return ARTICLE_INITIAL.contains(stem);
    }
}
