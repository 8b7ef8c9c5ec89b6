package org.marsad.entity;

import java.util.List;
import java.util.regex.Pattern;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * «مشهد»: "a scene" («في مشهد مؤثر») or Mashhad, the Iranian city. The recogniser reads both as a
 * place; {@link NonNames} drops the scene, unless the article names the city as such. Split from
 * {@link NonNames} and {@link NameLookAlikes}. Stateless.
 */
final class Scenes {
    private Scenes() {}

    /** «مدينة مشهد», «بمحافظة مشهد», «مشهد الإيرانية»: the article names the Iranian city as such. */
    private static final Pattern MASHHAD_NAMED = Pattern.compile(
            "(?:مدينة|محافظة)\\s+[\"«“]?مشهد(?![\\p{L}])|(?<![\\p{L}])[وب]?مشهد\\s+ال[اإ]يراني");

    /**
     * Whether the article names Mashhad as a city somewhere («مدينة مشهد», «مشهد الإيرانية»): there every
     * «مشهد» is the city («إلى مشهد وتستغرق الرحلة»), elsewhere one before a word is "a scene"
     * ({@link #aScene}).
     */
    static boolean namesMashhad(String body) {
        return MASHHAD_NAMED.matcher(body).find();
    }

    private static final String SCENE = ArabicNormalizer.normalize("مشهد");

    /** Nouns of a city or province before its name («مدينة مشهد», «بمحافظة مشهد»). Folded. */
    private static final java.util.Set<String> CITY_HEADS = ArabicNormalizer.foldedSet("مدينة", "بمدينة", "لمدينة", "محافظة", "بمحافظة",
            "لمحافظة", "ومدينة", "ومحافظة");

    /**
     * Whether the word at {@code i} is «مشهد» "a scene" («في مشهد غريب», «مشهد من مشاهد», «في مشهد يؤكد»),
     * not the Iranian city: a word follows it, and it stands after no «مدينة» or «محافظة», in no list
     * of places («طهران ومشهد», «مشهد وشيراز») and before no «الإيرانية». The city keeps its name before
     * punctuation or a quotation mark («في مشهد، شمال شرق إيران»), and everywhere in an article that
     * names it as a city ({@link #namesMashhad}; the caller asks).
     */
    static boolean aScene(List<Token> tokens, int i, KbMatcher matcher) {
        Token t = tokens.get(i);
        if (!WordForms.folded(t).equals(SCENE) || i + 1 >= tokens.size()) return false;
        Token next = tokens.get(i + 1);
        if (!Character.isLetter(next.text().codePointAt(0)) || QuoteMarks.isQuoteMark(next)) return false;
        if (i > 0 && CITY_HEADS.contains(tokens.get(i - 1).norm())) return false;
        if (WordForms.folded(next).startsWith("الايراني")) return false;
        boolean placeBefore = WordForms.opensWithAnd(t) && i > 0 && knownPlace(tokens, i - 1, matcher);
        boolean placeAfter = WordForms.opensWithAnd(next) && knownPlace(tokens, i + 1, matcher);
        return !placeBefore && !placeAfter;
    }

    /** Whether the knowledge base knows the word at {@code i}, without its conjunction, as a place. */
    private static boolean knownPlace(List<Token> tokens, int i, KbMatcher matcher) {
        return matcher.lookup(tokens, i, i).stream().anyMatch(e -> e.ref().type() == EntityType.LOC);
    }
}
