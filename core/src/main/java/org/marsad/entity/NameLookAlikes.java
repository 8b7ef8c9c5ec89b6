package org.marsad.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;

/**
 * One-word mentions that only folding makes a knowledge-base name: another word written with «ئ»
 * or a final «ى» («فئات» is no Fiat, «أودى» no Audi), or a name beside a word that vetoes it
 * («بنين» beside «بنات» is "boys", not Benin). {@link EntityLinker} drops them. Thread-safe.
 */
final class NameLookAlikes {
    private final KnowledgeBase kb;

    NameLookAlikes(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** «فى», «الذى», «التى»: written so only where an article writes every final ي as ى. */
    private static final Pattern YA_AS_ALEF_MAQSURA = Pattern.compile("(?<![\\p{L}])(?:فى|الذى|التى|وفى|ففى)(?![\\p{L}])");

    /** Whether the article writes every final ي as ى, as Egyptian papers do («فى», «الذى»). */
    static boolean writesYaAsAlefMaqsura(String body) {
        return YA_AS_ALEF_MAQSURA.matcher(body).find();
    }

    /** «على» ("on") written with its ى. */
    private static final Pattern ON_WITH_ALEF_MAQSURA = Pattern.compile("(?<![\\p{L}])[وف]?على(?![\\p{L}])");

    /**
     * Whether «علي», written with ي, is the name Ali in this article: it writes the preposition «على»
     * with its ى, and does not write every final ي as ى.
     */
    static boolean aliIsAName(String body) {
        return ON_WITH_ALEF_MAQSURA.matcher(body).find() && !writesYaAsAlefMaqsura(body);
    }

    /**
     * Whether a one-word mention is another word than the entry it folds to, which folding for
     * search hides:
     * <ul>
     * <li>it is written with «ئ», the entry's name without («فئات» "categories" is no «فيات» Fiat,
     * «هادئ» "calm" no «هادي» Hadi, «فائز» "winner" no «فايز»), or with «ؤ», the name without («أؤدي» "I
     * perform" is no «أودي» Audi);</li>
     * <li>it ends in «ى» where the entry's name ends in «ي» («أودى» "claimed" is no «أودي» Audi, «المنفى»
     * "exile" no «المنفي»), unless the article writes every final ي as ى ({@code yaAsAlefMaqsura}:
     * there «السيسى» is «السيسي»).</li>
     * </ul>
     */
    static boolean anotherWord(String body, List<Token> tokens, Draft d, KbEntry e, boolean yaAsAlefMaqsura) {
        if (d.first != d.last) return false;
        String text = body.substring(MentionOffsets.start(tokens, d), MentionOffsets.end(tokens, d));
        String name = e.ref().name();
        if (text.indexOf('\u0626') >= 0 && name.indexOf('\u0626') < 0) return true;
        if (text.indexOf('\u0624') >= 0 && name.indexOf('\u0624') < 0) return true;
        return text.endsWith("\u0649") && name.endsWith("\u064A") && !yaAsAlefMaqsura;
    }

    /**
     * Whether a one-word mention that several entries share, none of them chosen, is vetoed by every
     * one of them: «أبناء الجزيرة» (the people of the peninsula) for the channel, the club and the paper.
     */
    boolean vetoedByEvery(List<Token> tokens, Draft d) {
        return d.entries.size() > 1 && d.entries.stream().allMatch(e -> vetoed(tokens, d, e));
    }

    /** Whether a veto word of the entry ({@link KnowledgeBase#vetoes}) stands within four words of a one-word mention. */
    boolean vetoed(List<Token> tokens, Draft d, KbEntry e) {
        if (d.first != d.last) return false;
        Set<String> vetoes = kb.vetoes(e.ref().id());
        if (vetoes.isEmpty()) return false;
        for (int k = Math.max(0, d.first - 4); k <= Math.min(tokens.size() - 1, d.last + 4); k++) {
            if (k != d.first && (vetoes.contains(WordForms.folded(tokens.get(k))) || vetoes.contains(tokens.get(k).norm()))) return true;
        }
        return false;
    }
}
