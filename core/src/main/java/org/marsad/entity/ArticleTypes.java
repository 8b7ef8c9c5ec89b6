package org.marsad.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.article.EntityType;
import org.marsad.entity.EntityLinker.Draft;

/** One name, one type within an article. Split from {@link ShortForms}. Stateless. */
final class ArticleTypes {
    private ArticleTypes() {}

    /** The votes of a mention typed by its context: more than all the recogniser's in one article. */
    private static final int CONTEXT_VOTES = 1_000;

    /**
     * One name, one type within an article: mentions of the same name the knowledge base does not
     * know take the type most of them have («شياومي» read as ORG eight times and PER once is ORG
     * each time); a type read from the words around a mention («نادي الرائد», «روما الإيطالي»)
     * outweighs all the recogniser's. A tie changes nothing. A sum of money («60 مليون ريال سعودي»)
     * votes but keeps its type: the club «ريال» of the same sports page is another word.
     */
    static void unify(List<Draft> drafts) {
        Map<String, int[]> votes = new HashMap<>();
        for (Draft d : drafts) {
            if (d.ref != null) continue;
            votes.computeIfAbsent(String.join(" ", ShortForms.localKey(d.words)), k -> new int[EntityType.values().length])[d.type.ordinal()] +=
                    d.typedByContext ? CONTEXT_VOTES : 1;
        }
        for (Draft d : drafts) {
            if (d.ref != null || d.amount) continue;
            int[] v = votes.get(String.join(" ", ShortForms.localKey(d.words)));
            int best = 0;
            int total = 0;
            for (int t = 0; t < v.length; t++) {
                total += v[t];
                if (v[t] > v[best]) best = t;
            }
            if (2 * v[best] > total && best != d.type.ordinal()) d.type = EntityType.values()[best];
        }
    }
}
