package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Found;
import org.marsad.text.ArabicNormalizer;

/**
 * Where one recognised mention holds two names joined by «و» («أندريا بارزالي وجيورجي كيليني»,
 * «فيسبوك وآبل»), and where «و» belongs to the name instead («البوسنة والهرسك», «بيتر والتون»).
 * {@link MentionSpans} splits a mention where this says; {@link CoordinatedNames} finds the link-only
 * names coordinated with a mention. Stateless after construction.
 */
final class JoinedNames {
    private final KbMatcher matcher;
    private final PersonEdges personEdges;

    JoinedNames(KbMatcher matcher, PersonEdges personEdges) {
        this.matcher = matcher;
        this.personEdges = personEdges;
    }

    /**
     * The token where a second name joined by «و» starts inside [first, last], or -1. The word
     * after «و» must be a name in its own right: known to the knowledge base, or, for people,
     * written without the «و» in another mention of the article («آرثر وفيدال» after «أرتورو
     * فيدال»), or, as the mention's last word, a given name the name lists know («محمد وخالد»). The
     * segmenter reads the W of foreign names as «و» («بيتر والتون», «ستيف وزنياك»), and «البوسنة
     * والهرسك», «وزارة الخارجية والمغتربين» are one name each; all of these stay whole, and so does
     * a word after a compound head («سعد بن أبي وقاص»).
     */
    int secondAt(List<Token> tokens, int first, int last, EntityType type, java.util.Set<String> plainNameWords) {
        for (int k = first + 1; k <= last; k++) {
            boolean conjunction = WordForms.opensWithAnd(tokens.get(k));
            // after «بن», «أبي», «آل» the word goes on with the name («سعد بن أبي وقاص»)
            if (EntityLinker.COMPOUND_HEADS.contains(WordForms.folded(tokens.get(k - 1)))) continue;
            // two full names: «و» is the conjunction even where the segmenter read the word whole («وأكشاي», «وهاني»)
            if (type == EntityType.PER && twoFullNamesAround(tokens, first, k, last)) return k;
            if (!conjunction) continue;
            boolean known = !matcher.lookup(tokens, k, last).isEmpty();
            // or, ending the mention, a given name the lists know («وإخوانه محمد وخالد»)
            if (type == EntityType.PER ? known || plainNameWords.contains(WordForms.folded(tokens.get(k)))
                    || k == last && givenNameAfterAnd(tokens.get(k))
                    : known && !matcher.lookup(tokens, first, k - 1).isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the word is «و» + a given name the name lists know: its stem («وخالد»), or all of it
     * after «و» where the segmenter reads more clitics into the name («وليلى» as و + ل + «يلى»).
     */
    private boolean givenNameAfterAnd(Token t) {
        return personEdges.givenName(t) || personEdges.isGivenName(WordForms.foldedWithoutConjunction(t));
    }

    /**
     * Whether a person mention is two full names of two words or more joined by «و» at {@code k}
     * («إبراهيم حسن وهاني رمزي», «بيتر شولز وأكشاي فنكاتيش»), «و» and three letters or more: the
     * Mauritanian «ولد» ("son of") goes on with the name («محمد فال ولد بلال»), and so does a given
     * name that begins with «و» («سامي الحاج وحيد فريد» stays one).
     */
    boolean twoFullNamesAround(List<Token> tokens, int first, int k, int last) {
        if (k - first < 2 || last - k < 1) return false;
        Token t = tokens.get(k);
        String text = ArabicNormalizer.withoutMarks(t.text());
        // a given name that begins with «و» is written whole («وحيد فريد», «وليد جنبلاط»)
        return text.startsWith("و") && text.length() >= 4 && !personEdges.isGivenName(t.norm());
    }

    /** The words of the recognised mentions, folded, from tokens that do not begin with the conjunction «و». */
    static java.util.Set<String> plainNameWords(List<List<Token>> sentences, List<Found> recognised, FoldedWords folded) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Found f : recognised) {
            List<Token> tokens = sentences.get(f.sentence());
            for (int k = f.first(); k <= f.last(); k++) {
                Token t = tokens.get(k);
                if (t.segments().isEmpty() || t.segments().get(0).kind() != Segment.Kind.CONJ) out.add(folded.at(f.sentence(), k));
            }
        }
        return out;
    }
}
