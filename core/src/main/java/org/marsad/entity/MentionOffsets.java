package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * Where a draft mention starts and ends in the body: which of its first token's letters are clitics
 * and which the name's, and whether its last token's last letters are a pronoun suffix. Split from
 * {@link EntityLinker}. Stateless.
 */
final class MentionOffsets {
    private MentionOffsets() {}

    /**
     * Where the mention starts: after the attached clitics of its first token, unless a one-word
     * mention would then keep fewer than three letters («"واس"» is the agency, not و + «اس») or
     * what is left of the word is a particle («كوفي» is not ك + «وفي»), or the preposition ل ate
     * the article's alef («للأمم المتحدة»: «لأمم» is no word, so the whole word is kept). A name that
     * is all a pair of quote marks holds keeps its first letters too: a conjunction or preposition
     * stands before the opening mark («لشركة "وثرة"», «برنامج "فطن"»).
     */
    static int start(List<Token> tokens, Draft d) {
        Token first = tokens.get(d.first);
        if (d.gluedLetters > 0 && !d.wholeToken) return first.start() + afterLeadingLetters(first.text(), d.gluedLetters);
        if (d.wholeToken || quotedWhole(tokens, d)) return first.start();
        if (d.wholeFirst) return WordForms.startAfterConjunction(first);
        int s = WordForms.nameStart(first);
        int e = end(tokens, d);
        if (d.first == d.last && e - s < 3) return first.start();
        if (s > first.start()) {
            String tail = first.text().substring(s - first.start());
            String rest = ArabicNormalizer.normalize(tail);
            // «كوفي عنان»: not ك + «وفي» (but «لبي بي سي» is ل + «بي بي سي», and «وعلي الشيخي» و + the name Ali,
            // which the particle «على» written with ya would never open)
            boolean ali = d.last > d.first && tail.equals(ALI);
            if (WordForms.isParticle(rest) && !(d.last > d.first && opensKnownName(d.entries, rest)) && !ali) return first.start();
        }
        if (first.elidedArticle()) return first.start(); // «للأمم المتحدة», not «لأمم المتحدة»
        return s < e ? s : first.start();
    }

    private static final String ALI = "علي";

    /**
     * Whether the draft is all that a pair of quote marks holds, written against it («"وثرة"», not
     * «"أوكسفام" لبي بي سي "ندرك»), and the knowledge base knows no name in it without its first
     * letters («"وتلغرام"» is و + Telegram).
     */
    private static boolean quotedWhole(List<Token> tokens, Draft d) {
        if (!d.entries.isEmpty() || !QuoteMarks.betweenQuoteMarks(tokens, d)) return false;
        Token open = tokens.get(d.first - 1);
        Token close = tokens.get(d.last + 1);
        if (!QuoteMarks.quotesPair(open, close)) return false;
        if (open.end() != tokens.get(d.first).start() || close.start() != tokens.get(d.last).end()) return false;
        for (int i = d.first; i <= d.last; i++) if (QuoteMarks.isQuoteMark(tokens.get(i))) return false;
        return true;
    }

    /** The offset in {@code text} after its first {@code letters} letters and the vowel marks on them («وَهاني», 1 → 2). */
    private static int afterLeadingLetters(String text, int letters) {
        int i = 0;
        for (int n = 0; n < letters && i < text.length(); n++) {
            i++;
            while (i < text.length() && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK) i++;
        }
        return i;
    }

    /** Whether one of the entries has a name of several words whose first word is {@code word} (folded). */
    private static boolean opensKnownName(List<KbEntry> entries, String word) {
        for (KbEntry e : entries) for (String n : e.names()) if (n.startsWith(word + " ")) return true;
        return false;
    }

    static int end(List<Token> tokens, Draft d) {
        Token last = tokens.get(d.last);
        // a personal name takes no pronoun suffix: the last word is whole («محمد عبده», not «محمد عبد» + ه)
        if (d.wholeLast || d.type == EntityType.PER && d.last > d.first) return last.end();
        int e = WordForms.nameEnd(last);
        return e > tokens.get(d.first).start() ? e : last.end();
    }
}
