package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * A stock index named after «مؤشر» (index) is a thing, as the knowledge base has «مؤشر داو جونز»:
 * «مؤشر نيكي» (the Nikkei, not a woman called Nikki), «مؤشر داكس», «مؤشر السوق المالية السعودية
 * "تاسي"». The recogniser types such names by their look, a person or a company. Stateless.
 */
final class MarketIndices {
    private MarketIndices() {}

    private static final String INDEX = ArabicNormalizer.normalize("مؤشر");

    /** How many words a quoted index may stand after «مؤشر» («مؤشر السوق المالية السعودية "تاسي"»). */
    private static final int QUOTED_REACH = 5;

    /**
     * Types as MISC each draft the knowledge base does not know that stands right after «مؤشر» (or
     * «ومؤشر», «لمؤشر»), a quote mark allowed between, or in quote marks within {@link #QUOTED_REACH}
     * words after it.
     */
    static void retype(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            if (d.first == 0 || !d.entries.isEmpty() || d.type == EntityType.MISC) continue;
            // «مؤشر معهد ايفو»: the index of a body the recogniser found by its head noun is the body's
            if (NonNames.GENERIC_HEADS.contains(WordForms.folded(tokens.get(d.first)))) continue;
            int h = d.first - 1;
            boolean quoted = QuoteMarks.isQuoteMark(tokens.get(h));
            if (quoted && h > 0) h--;
            if (index(tokens.get(h))) {
                d.typedAs(EntityType.MISC);
                continue;
            }
            for (int k = h - 1; quoted && k >= 0 && h - k < QUOTED_REACH; k--) {
                if (QuoteMarks.isQuoteMark(tokens.get(k))) break;
                if (index(tokens.get(k))) {
                    d.typedAs(EntityType.MISC);
                    break;
                }
            }
        }
    }

    private static boolean index(Token t) {
        return WordForms.foldedStem(t).equals(INDEX);
    }
}
