package org.marsad.entity;

import java.util.List;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * The blessings written after a prophet's name: «عليه السلام», «عليه الصلاة والسلام», «صلى الله
 * عليه وسلم», «ﷺ», in brackets or after a dash or not. A one-word name they follow is a prophet's
 * («إبراهيم عليه السلام», «محمد عليه الصلاة والسلام»), which no longer name of the article's people
 * («إبراهيم العبدالعزيز») stands for; «محمد» so blessed is the Prophet. Stateless and thread-safe.
 */
final class Blessings {
    private Blessings() {}

    private static final List<List<String>> BLESSINGS = List.of(
            folded("عليه", "السلام"), folded("عليه", "الصلاة", "والسلام"), folded("صلى", "الله", "عليه", "وسلم"), folded("ﷺ"));

    private static List<String> folded(String... words) {
        return java.util.Arrays.stream(words).map(ArabicNormalizer::normalize).toList();
    }

    /** Whether a blessing follows token {@code last}, past an opening bracket or a dash. */
    static boolean after(List<Token> tokens, int last) {
        int at = last + 1;
        while (at < tokens.size() && "(-–—".contains(tokens.get(at).text())) at++;
        for (List<String> blessing : BLESSINGS) {
            if (at + blessing.size() > tokens.size()) continue;
            boolean all = true;
            for (int k = 0; k < blessing.size() && all; k++) all = tokens.get(at + k).norm().equals(blessing.get(k));
            if (all) return true;
        }
        return false;
    }
}
