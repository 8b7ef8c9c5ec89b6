package org.marsad.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;

/**
 * A link-only place of one word («الطائف», «عسير», «مأرب»: also common words or other things, so
 * that alone they make no mention) is a mention wherever it stands in an article that already names
 * that place with a mention: «شرطة الطائف» after «محافظة الطائف», «صحة عسير» after «منطقة عسير». Only
 * where the stem profile shows the word a place at times and seldom a person ({@link
 * StemProfile#placeAtTimes}), which keeps out «الخبر» (the news; Khobar), «صور» (pictures; Tyre),
 * «العين» (the eye; Al Ain), and not with tanween («جنيناً»). Not a country: a country's link-only
 * name is a common adjective as well («مالي», financial and Malian). Stateless.
 */
final class RepeatedPlaces {
    private RepeatedPlaces() {}

    /**
     * «الخليج»: also the Khaleej club of Saihat and the first word of companies' names («نفط الخليج»), often
     * in the same article as the Gulf. Folded.
     */
    private static final Set<String> NOT_REPEATED = org.marsad.text.ArabicNormalizer.foldedSet("الخليج");

    static void add(List<List<Token>> sentences, List<Draft> drafts, KbMatcher matcher, KnowledgeBase kb, StemProfile profile) {
        // only places with a one-word link-only name: most articles name none, and need no pass over their tokens
        Set<String> named = new HashSet<>();
        for (Draft d : drafts) {
            if (d.type == EntityType.LOC && d.entries.size() == 1 && repeatable(d.entries.get(0), kb)) named.add(d.entries.get(0).ref().id());
        }
        if (named.isEmpty()) return;
        EntityLinker.addMatches(sentences, drafts, matcher, (tokens, m) -> m.first() == m.last() && repeatable(m.name(), kb)
                && named.contains(m.entries().get(0).ref().id()) && !SpanTrims.tanween(tokens.get(m.first()))
                && profile.placeAtTimes(WordForms.foldedStem(tokens.get(m.first()))));
    }

    /** Whether a place that is no country has a name of one word that {@link #repeatable(String, KnowledgeBase)} allows. */
    private static boolean repeatable(KbEntry e, KnowledgeBase kb) {
        if (e.ref().type() != EntityType.LOC || e.ref().id().startsWith("kb:country/")) return false;
        for (String n : e.names()) if (n.indexOf(' ') < 0 && repeatable(n, kb)) return true;
        return false;
    }

    /** Whether a folded name is link-only, no exemplar city nor nickname, and not {@link #NOT_REPEATED}. */
    private static boolean repeatable(String name, KnowledgeBase kb) {
        return !kb.addsMentions(name) && !kb.isExemplarCity(name) && !kb.isNickname(name) && !NOT_REPEATED.contains(name);
    }
}
