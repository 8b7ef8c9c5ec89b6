package org.marsad.time;

import java.util.List;
import java.util.Set;
import org.marsad.article.Span;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Tokenizer;

/**
 * A text's tokens as time-expression rules see them: offsets into the text, the folded form, and
 * the base form with a leading conjunction (و، ف) and a preposition glued to the article (بال، لل،
 * كال) or to a time word (لعام، بيوم) taken off. {@link #start(int)} is where the base form begins,
 * so an expression «والعام الماضي» starts at «العام». Immutable after construction.
 */
final class Words {
    private static final Set<String> BARE_TIME_WORDS = Set.of("عام", "سنه", "يوم", "شهر", "اسبوع", "مده",
            "فتره", "منتصف", "نهايه", "بدايه", "مطلع", "اواخر", "اوائل", "اواسط", "قبل", "بعد", "منذ", "كل", "غد",
            "امس", "حوالي", "نحو", "قرابه", "صباح", "مساء", "ليله", "فجر", "ظهر", "عصر", "سنوات", "ايام", "اعوام",
            "شهور", "اشهر", "ساعات", "ساعه", "سنويا", "يوميا", "اسبوعيا", "شهريا", "يومين", "عامين", "سنتين",
            "شهرين", "اسبوعين", "ساعتين", "حاليا", "مستقبلا", "لاحقا", "سابقا", "موخرا", "مدار", "هذا", "هذه", "ذلك",
            "تلك", "ذاك");
    /** Words that begin with و or ف as part of the word, not as a conjunction. */
    private static final Set<String> KEEP_INITIAL = Set.of("فجر", "وقت", "فتره", "فترات", "وقتها", "فيفري",
            "واحد", "واحده", "فبراير", "فبرير", "فصل");

    final String text;
    private final List<Span> spans;
    private final String[] folded;
    private final String[] base;
    private final int[] baseStart;

    Words(String text) {
        this(text, Tokenizer.tokenize(text), null);
    }

    /** Words over the text layer's tokens, reusing their folded forms. */
    Words(String text, List<Token> tokens) {
        this(text, tokens.stream().map(Token::span).toList(), tokens.stream().map(Token::norm).toArray(String[]::new));
    }

    private Words(String text, List<Span> spans, String[] norms) {
        this.text = text;
        this.spans = spans;
        int n = spans.size();
        folded = new String[n];
        base = new String[n];
        baseStart = new int[n];
        for (int i = 0; i < n; i++) {
            Span s = spans.get(i);
            folded[i] = norms != null ? norms[i] : ArabicNormalizer.normalize(text, s.start(), s.end());
            int cut = prefixLength(folded[i]);
            base[i] = folded[i].substring(cut);
            baseStart[i] = s.start() + rawLength(text, s.start(), s.end(), Math.max(cut, 0));
            if (cut > 0 && base[i].startsWith("ل") && folded[i].charAt(cut - 1) == 'ل') {
                base[i] = "ا" + base[i];           // «للعام» -> «العام»; the span keeps the whole word
                baseStart[i] = s.start() + rawLength(text, s.start(), s.end(), cut - 1);
            }
        }
    }

    /** How many folded characters of prefix to drop from {@code w}. */
    static int prefixLength(String w) {
        int cut = 0;
        if (w.length() >= 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && !KEEP_INITIAL.contains(w)) cut = 1;
        String rest = w.substring(cut);
        if (rest.length() >= 4 && (rest.charAt(0) == 'ب' || rest.charAt(0) == 'ك' || rest.charAt(0) == 'ل')) {
            String r = rest.substring(1);
            if (r.startsWith("ال") || BARE_TIME_WORDS.contains(r) || CalendarNames.month(r, null) != null
                    || CalendarNames.weekday(r) != 0) {
                cut++;
            } else if (rest.startsWith("لل") && rest.length() >= 5) {
                cut++;
            }
        }
        return cut;
    }

    private static int rawLength(String text, int from, int to, int foldedChars) {
        int k = from;
        int seen = 0;
        while (k < to && seen < foldedChars) {
            if (ArabicNormalizer.fold(text.charAt(k)) != ArabicNormalizer.DELETE) seen++;
            k++;
        }
        while (k < to && seen > 0 && ArabicNormalizer.fold(text.charAt(k)) == ArabicNormalizer.DELETE) k++;
        return k - from;
    }

    int size() {
        return spans.size();
    }

    /** The base form of token {@code i}, or "" past the end (so rules need no bounds checks). */
    String b(int i) {
        return i >= 0 && i < base.length ? base[i] : "";
    }

    /** The folded form of token {@code i}, or "". */
    String f(int i) {
        return i >= 0 && i < folded.length ? folded[i] : "";
    }

    boolean is(int i, Set<String> forms) {
        return forms.contains(b(i));
    }

    boolean is(int i, String form) {
        return b(i).equals(form);
    }

    /** Where the base form of token {@code i} starts (after a stripped conjunction or preposition). */
    int start(int i) {
        return baseStart[i];
    }

    int tokenStart(int i) {
        return spans.get(i).start();
    }

    int end(int i) {
        return spans.get(i).end();
    }

    /** True when tokens {@code i} and {@code i+1} are in the same sentence (no stop between them). */
    boolean isPunct(int i) {
        String f = f(i);
        return !f.isEmpty() && !Tokenizer.isWordChar(f.charAt(0));
    }
}
