package org.marsad.entity;

import java.util.List;
import java.util.regex.Pattern;
import org.marsad.article.Token;

/**
 * The one-word cities of ICU's time-zone exemplar list ({@link KnowledgeBase#isExemplarCity}), which
 * add no mention by themselves because many are common words too («ترك» Chuuk is also "left",
 * «العيون» Laayoune "the eyes"), made mentions where the word is a place: news uses it as a place at
 * times and seldom as a person's name ({@link StemProfile#placeAtTimes}: «الرياض», «القاهرة», «مسقط»;
 * not «ترك», «العيون», «جوني»), it has no tanween («صوفياً» "a Sufi"), and it is not the «مسقط» of «مسقط
 * رأسه» ("his birthplace"). Stateless.
 */
final class ExemplarCities {
    private ExemplarCities() {}

    /** The word after «مسقط» in «مسقط رأسه» ("his birthplace"), «مسقط روحي». Folded. */
    private static final Pattern BIRTHPLACE = Pattern.compile("راس|روح");

    /** Whether the knowledge-base match {@code m} is an exemplar city that is a place here. */
    static boolean placeHere(List<Token> tokens, KbMatcher.Match m, KnowledgeBase kb, StemProfile profile) {
        if (m.first() != m.last() || !kb.isExemplarCity(m.name()) || SpanTrims.tanween(tokens.get(m.first()))) return false;
        if (m.last() + 1 < tokens.size() && BIRTHPLACE.matcher(WordForms.folded(tokens.get(m.last() + 1))).lookingAt()) return false;
        return profile.placeAtTimes(WordForms.foldedStem(tokens.get(m.first())));
    }
}
