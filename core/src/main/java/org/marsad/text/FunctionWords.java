package org.marsad.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fixed clitic analyses of frequent function words, where corpus frequencies mislead (a particle
 * is often more frequent than the stem it would split off), and words that begin with ال without
 * it being the article. Keys are light-folded ({@link CliticSegmenter#lightFold}).
 */
final class FunctionWords {
    private static final Set<String> ARTICLE_INITIAL = Set.of("الله", "الذي", "التي", "الذين", "اللذان",
            "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللائي", "الى", "الا", "الان", "الي", "الف",
            "الاف", "الم", "الهة", "الية", "اليات");

    /** Words never split, though they begin or end with clitic letters. */
    private static final String[] WHOLE = {
        "في", "فى", "فيما", "فقط", "فوق", "فان", "فإن", "لكن", "لكنه", "لكنها", "لم", "لن", "لا", "لما", "لقد", "لدى",
        "لدي", "ليس", "ليست", "لعل", "لو", "لولا", "كل", "كلا", "كما", "كي", "كيف", "كان", "كانت", "كانوا", "كذلك",
        "بين", "بعد", "بل", "بلا", "بينما", "وفق", "وفقا", "ولاية", "وقت", "وزير", "وزيرة", "وزارة", "وجود", "وضع",
        "ذلك", "تلك", "هناك", "هنا", "هذه", "هذا", "اليه", "عليه", "حيث", "ثم", "ما", "سوف", "هي", "هو",
        "ولي", "والي", "بني", "فيه", "منذ", "لدن", "كأن", "كان", "لان", "لأن", "وسط", "وصول", "ولد", "سبب"
    };

    /** Particles and prepositions with pronoun suffixes, and other fixed analyses. */
    private static final String[][] SPLIT = {
        {"له", "PREP:ل", "PRON:ه"}, {"لها", "PREP:ل", "PRON:ها"}, {"لهم", "PREP:ل", "PRON:هم"},
        {"لهما", "PREP:ل", "PRON:هما"}, {"لنا", "PREP:ل", "PRON:نا"}, {"لك", "PREP:ل", "PRON:ك"},
        {"لكم", "PREP:ل", "PRON:كم"}, {"لي", "PREP:ل", "PRON:ي"}, {"لهن", "PREP:ل", "PRON:هن"},
        {"به", "PREP:ب", "PRON:ه"}, {"بها", "PREP:ب", "PRON:ها"}, {"بهم", "PREP:ب", "PRON:هم"},
        {"بهما", "PREP:ب", "PRON:هما"}, {"بنا", "PREP:ب", "PRON:نا"}, {"بك", "PREP:ب", "PRON:ك"},
        {"بكم", "PREP:ب", "PRON:كم"}, {"بي", "PREP:ب", "PRON:ي"},
        {"فيها", "STEM:في", "PRON:ها"}, {"فيهم", "STEM:في", "PRON:هم"}, {"فيهما", "STEM:في", "PRON:هما"},
        {"عنه", "STEM:عن", "PRON:ه"}, {"عنها", "STEM:عن", "PRON:ها"}, {"عنهم", "STEM:عن", "PRON:هم"},
        {"منه", "STEM:من", "PRON:ه"}, {"منها", "STEM:من", "PRON:ها"}, {"منهم", "STEM:من", "PRON:هم"},
        {"مني", "STEM:من", "PRON:ي"}, {"عني", "STEM:عن", "PRON:ي"}, {"معه", "STEM:مع", "PRON:ه"},
        {"معها", "STEM:مع", "PRON:ها"}, {"معهم", "STEM:مع", "PRON:هم"}, {"انه", "STEM:ان", "PRON:ه"},
        {"انها", "STEM:ان", "PRON:ها"}, {"انهم", "STEM:ان", "PRON:هم"}, {"اننا", "STEM:ان", "PRON:نا"},
        {"انني", "STEM:ان", "PRON:ني"}, {"لانه", "PREP:ل", "STEM:ان", "PRON:ه"}, {"لانها", "PREP:ل", "STEM:ان", "PRON:ها"},
        {"بانه", "PREP:ب", "STEM:ان", "PRON:ه"}, {"بانها", "PREP:ب", "STEM:ان", "PRON:ها"},
        {"بما", "PREP:ب", "STEM:ما"}, {"بينه", "STEM:بين", "PRON:ه"}, {"بينها", "STEM:بين", "PRON:ها"},
        {"بينهم", "STEM:بين", "PRON:هم"}, {"عليها", "STEM:علي", "PRON:ها"}, {"عليهم", "STEM:علي", "PRON:هم"},
        {"اليها", "STEM:الي", "PRON:ها"}, {"اليهم", "STEM:الي", "PRON:هم"}, {"لديه", "STEM:لدي", "PRON:ه"},
        {"لديها", "STEM:لدي", "PRON:ها"}, {"لديهم", "STEM:لدي", "PRON:هم"}, {"ولكن", "CONJ:و", "STEM:لكن"},
        {"وفي", "CONJ:و", "STEM:في"}, {"ولم", "CONJ:و", "STEM:لم"}, {"ولا", "CONJ:و", "STEM:لا"},
        {"وقد", "CONJ:و", "STEM:قد"}, {"وهو", "CONJ:و", "STEM:هو"}, {"وهي", "CONJ:و", "STEM:هي"},
        {"وكان", "CONJ:و", "STEM:كان"}, {"وكانت", "CONJ:و", "STEM:كانت"}, {"فقد", "CONJ:ف", "STEM:قد"},
        {"وما", "CONJ:و", "STEM:ما"}, {"ومن", "CONJ:و", "STEM:من"}, {"وان", "CONJ:و", "STEM:ان"},
        {"بان", "PREP:ب", "STEM:ان"}, {"فانه", "CONJ:ف", "STEM:ان", "PRON:ه"}
    };

    private FunctionWords() {}

    static Map<String, String[]> analyses() {
        Map<String, String[]> m = new HashMap<>();
        for (String w : WHOLE) m.put(w, new String[] {"STEM:" + w});
        for (String[] row : SPLIT) {
            String[] pieces = new String[row.length - 1];
            System.arraycopy(row, 1, pieces, 0, pieces.length);
            m.put(row[0], pieces);
        }
        return m;
    }

    static boolean isArticleInitial(String stem) {
        return ARTICLE_INITIAL.contains(stem);
    }
}
