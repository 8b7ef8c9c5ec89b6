package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;

/** The writer's name that opens a body before a dash («سلوى سعد – متابعات»). Stateless. */
final class Bylines {
    private Bylines() {}

    private static final NameLists GIVEN_NAMES = NameLists.shipped();

    /**
     * A byline opens the body: «سلوى سعد – متابعات», «عويد التومي - رفحاء». A name of two or three
     * words the knowledge base does not know, at the start of the first sentence and right before a
     * dash, whose first word opens people's names or whose last is a word of them in the name lists, is the
     * writer, whatever type the recogniser gave it.
     */
    static void retype(int sentence, List<Token> tokens, List<Draft> here) {
        if (sentence != 0) return;
        for (Draft d : here) {
            if (d.first != 0 || d.last == d.first || d.last - d.first > 2 || d.type == EntityType.PER || !d.entries.isEmpty()) continue;
            if (d.last + 1 >= tokens.size() || !DASHES.contains(tokens.get(d.last + 1).text())) continue;
            if (GIVEN_NAMES.opensPersonName(WordForms.folded(tokens.get(d.first)))
                    || GIVEN_NAMES.inPersonName(WordForms.folded(tokens.get(d.last)))) d.typedAs(EntityType.PER);
        }
    }

    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "\u2013", "\u2014");
}
