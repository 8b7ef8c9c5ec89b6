package org.marsad.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;

/**
 * Which knowledge-base entry a mention's name denotes when the linker has its entries: the only
 * one, or the only one of the recognised type; among entries sharing a name («عمان»: Oman, and
 * Amman), the one whose cue words ({@code cues.tsv}) the article and the words near the name hold
 * most; and for a city and the club named after it («برشلونة»), the words around before the
 * recognised type. Thread-safe; {@link InArticle} is one article's, for one thread.
 */
final class EntryChoice {
    private final KnowledgeBase kb;

    EntryChoice(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Choices for the mentions of one article, whose words are gathered once, when cues are first needed. */
    InArticle in(List<List<Token>> sentences, FoldedWords folded) {
        return new InArticle(sentences, folded);
    }

    final class InArticle {
        private final List<List<Token>> sentences;
        private final FoldedWords folded;
        private Set<String> words;

        private InArticle(List<List<Token>> sentences, FoldedWords folded) {
            this.sentences = sentences;
            this.folded = folded;
        }

        /** The entry draft {@code d} denotes, or null. */
        KbEntry pick(Draft d) {
            List<Token> tokens = sentences.get(d.sentence);
            KbEntry e = null;
            if (cuesOverType(d.entries, d.type)) {
                // a city and the club named after it: the recogniser types them by habit, the words around tell
                EntityType agreed = typeByAgreement(tokens, d);
                if (agreed != null) e = choose(d.entries, agreed);
                if (e == null) e = byCues(d.entries, null, words(), tokens, d);
            }
            if (e == null) e = choose(d.entries, d.type);
            if (e == null && d.entries.size() > 1) e = byCues(d.entries, d.type, words(), tokens, d);
            return e;
        }

        /** Every word of the article, folded, with and without its clitics. */
        private Set<String> words() {
            if (words == null) {
                words = new HashSet<>();
                for (int s = 0; s < sentences.size(); s++) {
                    for (int i = 0; i < sentences.get(s).size(); i++) {
                        words.add(sentences.get(s).get(i).norm());
                        words.add(folded.at(s, i));
                    }
                }
            }
            return words;
        }
    }

    /**
     * Whether entries sharing a name are of different types, one of them the recognised type, and all
     * have cue words («برشلونة»: the city and FC Barcelona), so that the cues choose among them
     * before the recognised type does: the recogniser types a club named after its town LOC or ORG
     * much as its training data did. Cues near the name then outweigh all the article's others, and
     * cues beside it those near it («في مدينة ميونيخ» in a story on a football camp).
     */
    private boolean cuesOverType(List<KbEntry> entries, EntityType type) {
        if (entries.size() < 2 || entries.stream().noneMatch(e -> e.ref().type() == type)) return false;
        for (KbEntry e : entries) {
            if (kb.cues(e.ref().id()).isEmpty()) return false;
        }
        return entries.stream().map(e -> e.ref().type()).distinct().count() > 1;
    }

    /**
     * What the nationality adjective right after a name says it is: a city is feminine in Arabic
     * («مرسيليا الفرنسية»), a club, «النادي» or «الفريق», masculine («مرسيليا الفرنسي»); null
     * without such an adjective.
     */
    private EntityType typeByAgreement(List<Token> tokens, Draft d) {
        if (d.last + 1 >= tokens.size()) return null;
        String adjective = WordForms.folded(tokens.get(d.last + 1));
        if (!adjective.startsWith("ال")) return null;
        if (adjective.endsWith("يه") && kb.byAdjective(adjective.substring(0, adjective.length() - 1)).isPresent()) return EntityType.LOC;
        if (adjective.endsWith("ي") && kb.byAdjective(adjective).isPresent()) return EntityType.ORG;
        return null;
    }

    /**
     * Among entries sharing a name («عمان»: Oman, and Amman), the one of the recognised type (any
     * type when {@code type} is null) with the most of its cue words in the article («الأردنية» →
     * Amman, «سلطنة» → Oman); null on a tie or when no cue is there.
     */
    private KbEntry byCues(List<KbEntry> entries, EntityType type, Set<String> words, List<Token> tokens, Draft d) {
        return UniqueBest.of(entries, e -> {
            if (type != null && e.ref().type() != type) return 0;
            Set<String> cues = kb.cues(e.ref().id());
            int score = 0;
            for (String cue : cues) if (words.contains(cue)) score++;
            // a cue next to the name outweighs the article's others: «عمان في الأردن» in a story on the Gulf
            for (int k = Math.max(0, d.first - NEAR); k <= Math.min(tokens.size() - 1, d.last + NEAR); k++) {
                if (k >= d.first && k <= d.last || !cues.contains(WordForms.folded(tokens.get(k)))) continue;
                if (type != null) score += NEAR_WEIGHT;
                else score += k == d.first - 1 || k == d.last + 1 ? BESIDE_OVER_TYPE : NEAR_OVER_TYPE;
            }
            return score;
        });
    }

    /** Words either side of a name whose cues count {@link #NEAR_WEIGHT} times more. */
    private static final int NEAR = 5;
    private static final int NEAR_WEIGHT = 3;
    /**
     * What a cue near the name weighs when cues choose across types: more than any article's cues
     * together; and a cue right beside it, more than the others near it («بمدينة ميونيخ الألمانية،
     * عقب فوزه»: the city, though a win follows).
     */
    private static final int NEAR_OVER_TYPE = 1000;
    private static final int BESIDE_OVER_TYPE = 1_000_000;

    /** The one entry a name denotes: the only one, or the only one of the recognised type. */
    private static KbEntry choose(List<KbEntry> entries, EntityType type) {
        if (entries.size() == 1) return entries.get(0);
        KbEntry pick = null;
        for (KbEntry e : entries) {
            if (e.ref().type() != type) continue;
            if (pick != null) return null;
            pick = e;
        }
        return pick;
    }
}
