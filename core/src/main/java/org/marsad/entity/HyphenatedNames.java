package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;

/**
 * Names written with a hyphen between their parts («جاك-جوزيف شامبليون», «هانسون-يونغ»), which the
 * recogniser reads as two. Split from {@link PersonEdges}. Stateless.
 */
final class HyphenatedNames {
    private HyphenatedNames() {}

    /**
     * The recogniser's mentions of one sentence with two people joined into one where a hyphen
     * touching both stands between them («جاك» - «جوزيف شامبليون» → «جاك-جوزيف شامبليون»): a
     * hyphenated given name read as two names; not where the first is a person the knowledge base
     * knows by that name alone: «الثنائي ميسي-سواريز» is two players.
     */
    static List<EntityLinker.Found> joinHyphenated(List<Token> tokens, List<EntityLinker.Found> found, KbMatcher matcher) {
        List<EntityLinker.Found> out = null;
        for (int n = 0; n < found.size(); n++) {
            EntityLinker.Found f = found.get(n);
            EntityLinker.Found before = out != null && !out.isEmpty() ? out.get(out.size() - 1) : n > 0 ? found.get(n - 1) : null;
            if (before != null && before.type() == EntityType.PER && f.type() == EntityType.PER
                    && f.first() == before.last() + 2 && hyphenatedBefore(tokens, f.first())
                    && matcher.lookup(tokens, before.first(), before.last()).stream().noneMatch(e -> e.ref().type() == EntityType.PER)) {
                if (out == null) out = new ArrayList<>(found.subList(0, n));
                out.set(out.size() - 1, new EntityLinker.Found(f.sentence(), before.first(), f.last(), f.type()));
                continue;
            }
            if (out != null) out.add(f);
        }
        return out == null ? found : out;
    }

    /**
     * Whether the two tokens before {@code first} are a word of letters and a hyphen written as one
     * word with it («هانسون-يونغ»), not a range or a pair spaced around the hyphen, nor an adjective
     * with the article («الأمريكي-ترامب»).
     */
    static boolean hyphenatedBefore(List<Token> tokens, int first) {
        if (first < 2) return false;
        Token before = tokens.get(first - 2);
        Token hyphen = tokens.get(first - 1);
        return KbMatcher.hyphen(hyphen) && before.end() == hyphen.start() && hyphen.end() == tokens.get(first).start()
                && Character.isLetter(before.text().codePointAt(0)) && !WordForms.folded(before).startsWith("ال");
    }
}
