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
        Set<String> named = new HashSet<>();
        for (Draft d : drafts) {
            if (d.type == EntityType.LOC && d.entries.size() == 1) named.add(d.entries.get(0).ref().id());
        }
        if (named.isEmpty()) return;
        boolean[][] covered = EntityLinker.coverage(sentences, drafts);
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                if (covered[s][i]) continue;
                KbMatcher.Match m = matcher.at(tokens, i);
                if (m == null || m.first() != m.last() || m.entries().size() != 1 || kb.addsMentions(m.name())
                        || kb.isExemplarCity(m.name()) || kb.isNickname(m.name())) continue;
                KbEntry e = m.entries().get(0);
                if (e.ref().type() != EntityType.LOC || !named.contains(e.ref().id()) || SpanTrims.tanween(tokens.get(i))) continue;
                if (e.ref().id().startsWith("kb:country/") || NOT_REPEATED.contains(m.name())) continue;
                if (!profile.placeAtTimes(WordForms.foldedStem(tokens.get(i)))) continue;
                Draft d = new Draft(s, i, i, EntityType.LOC);
                d.entries = m.entries();
                drafts.add(d);
                covered[s][i] = true;
            }
        }
    }
}
