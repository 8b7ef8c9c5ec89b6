package org.marsad.topic;

import java.util.List;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * The content words of a token list, as the topic, keyword and summary code sees them: each word
 * keyed by its folded clitic-free stem, so «موسكو، بموسكو، لموسكو» share the key «موسكو»; stop
 * words, numbers, punctuation and one-letter words have no key. A word's display form keeps the
 * article and drops conjunctions, prepositions and pronoun suffixes («للحكومة» → «الحكومة»).
 * Stateless apart from the stop-word list; thread-safe.
 */
public final class ContentWords {
    private final StopWords stopWords;

    public ContentWords(StopWords stopWords) {
        this.stopWords = stopWords;
    }

    /** Keys of {@code tokens}, index for index; null where the token is not a content word. */
    public String[] keys(List<Token> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) out[i] = key(tokens.get(i));
        return out;
    }

    /** The folded stem of a content word, or null for a stop word, number, symbol or letter. */
    public String key(Token t) {
        String norm = t.norm();
        if (norm.length() < 2 || !Character.isLetter(norm.charAt(0))) return null;
        String key = norm;
        if (t.segments().size() > 1) {
            Segment stem = t.stem();
            key = ArabicNormalizer.normalize(stem.form());
        }
        if (key.length() < 2 || !Character.isLetter(key.charAt(0))) return null;
        if (stopWords.contains(key) || stopWords.contains(norm) || stopWords.contains(withoutConjunction(norm))) return null;
        return key;
    }

    /** «ولفت» when the segmenter kept it whole: the word after a leading و or ف. */
    private static String withoutConjunction(String norm) {
        char c = norm.charAt(0);
        return (c == 'و' || c == 'ف') && norm.length() > 3 ? norm.substring(1) : norm;
    }

    /**
     * True when the token can continue a phrase: a conjunction or preposition in front of it
     * starts something new («روسيا وأفغانستان» is two keywords, not one).
     */
    static boolean continuesPhrase(Token t) {
        Segment.Kind first = t.segments().get(0).kind();
        return first != Segment.Kind.CONJ && first != Segment.Kind.PREP && first != Segment.Kind.FUT;
    }

    /** How the word is shown: the stem with its article, as spelled in the body. */
    public static String display(Token t) {
        if (t.segments().size() == 1) return t.text();
        StringBuilder b = new StringBuilder(t.text().length());
        for (Segment s : t.segments()) {
            if (s.kind() == Segment.Kind.DET || s.kind() == Segment.Kind.STEM) b.append(s.form());
        }
        return b.length() == 0 ? t.text() : b.toString();
    }

    /**
     * How the word is shown inside a phrase, before {@code next}: as {@link #display}, except that
     * an article the spelling did not write («للعب»: ل + [ال]لعب) is left out before a word without
     * one, where the word must be the first of a construct («للعب كرة القدم» → «لعب كرة القدم», not
     * «اللعب كرة القدم»).
     */
    static String display(Token t, Token next) {
        return t.elidedArticle() && next.article() == null ? t.stem().form() : display(t);
    }

    /** True when only spaces separate tokens {@code a} and {@code b} in {@code body} (same phrase). */
    static boolean adjacent(String body, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = body.charAt(i);
            if (c != ' ' && c != '\u00A0') return false;
        }
        return true;
    }
}
