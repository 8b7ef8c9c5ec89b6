package org.marsad.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;

/**
 * Nicknames («الريال» Real Madrid, «البلوز» Chelsea, «البارسا» Barcelona): knowledge-base
 * names marked '^', which alone are common words or other things («الريال» is the
 * rial, «البلوز» the blues), stand for their entity only in an article that names it otherwise,
 * and there they become mentions, the way a surname does after the full name. Elsewhere they are
 * no link, even for a mention the recogniser found. Nor where the word is money: after a number
 * or «سعر», «صرف», «عملة», or before a nationality adjective («الريال السعودي»):
 * {@link Amounts#moneyAround}. Stateless.
 */
final class Nicknames {
    private Nicknames() {}

    /**
     * Adds to {@code drafts} a mention for every nickname of an entity another mention of the
     * article names, and takes the knowledge-base entry from the recogniser's mentions of a
     * nickname whose entity the article does not name otherwise.
     */
    static void add(List<List<Token>> sentences, List<Draft> drafts, KbMatcher matcher, KnowledgeBase kb) {
        Set<String> named = new HashSet<>();
        List<Draft> nicknamed = new java.util.ArrayList<>();
        for (Draft d : drafts) {
            if (d.entries.isEmpty()) continue;
            KbMatcher.Match m = matcher.at(sentences.get(d.sentence), d.first);
            if (m != null && m.last() == d.last && kb.isNickname(m.name())) {
                nicknamed.add(d); // a nickname names nothing else (and money the recogniser found, Currencies links)
            } else {
                // every entity the name may be: «برشلونة» is the club or the city, which the linker tells apart later
                for (KbEntry e : d.entries) named.add(e.ref().id());
            }
        }
        for (Draft d : nicknamed) {
            if (!d.entries.isEmpty() && !named.contains(d.entries.get(0).ref().id())) d.entries = List.of();
        }
        named.removeIf(id -> !kb.hasNickname(id)); // most articles name no entity with a nickname: no pass over the tokens
        if (named.isEmpty()) return;
        boolean[][] covered = EntityLinker.coverage(sentences, drafts);
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                KbMatcher.Match m = matcher.at(tokens, i);
                if (m == null || !kb.isNickname(m.name()) || m.entries().size() != 1) continue;
                if (!named.contains(m.entries().get(0).ref().id()) || Amounts.moneyAround(tokens, m.first(), m.last(), kb)) continue;
                boolean free = true;
                for (int k = m.first(); k <= m.last(); k++) free &= !covered[s][k];
                if (!free) continue;
                Draft d = new Draft(s, m.first(), m.last(), m.entries().get(0).ref().type());
                d.entries = m.entries();
                drafts.add(d);
                for (int k = m.first(); k <= m.last(); k++) covered[s][k] = true;
                i = m.last();
            }
        }
    }
}
