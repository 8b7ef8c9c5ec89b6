package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;

/**
 * A person's name of three words or more that the recogniser found whole, and that the article
 * writes again where the recogniser cut it into pieces, is the person there too: after «الرئيس
 * رفائيل كوريا دلجادو», the pieces «رفائيل» and «كوريا دلجادو» (a place: «كوريا» is Korea) of a
 * second «رفائيل كوريا دلجادو» become that name. Only where every mention on the words lies inside
 * them. Stateless.
 */
final class SplitNames {
    private SplitNames() {}

    /** Replaces, in {@code drafts}, the pieces of each repeated full name by the name. */
    static void join(List<List<Token>> sentences, List<Draft> drafts, FoldedWords folded) {
        Map<String, Draft> names = new HashMap<>();
        int longest = 0;
        for (Draft d : drafts) {
            if (d.type != EntityType.PER || d.last - d.first < 2 || d.last - d.first > 5) continue;
            String key = ArticleNames.tokensKey(folded, d.sentence, d.first, d.last);
            if (key == null) continue;
            names.putIfAbsent(key, d);
            longest = Math.max(longest, d.last - d.first + 1);
        }
        if (names.isEmpty()) return;
        List<Draft> joined = new ArrayList<>();
        java.util.Set<Draft> pieces = new java.util.HashSet<>();
        for (Draft d : drafts) {
            if (pieces.contains(d)) continue;
            Draft join = nameOver(sentences.get(d.sentence).size(), drafts, d, names, longest, folded, pieces);
            if (join != null) joined.add(join);
        }
        drafts.removeAll(pieces);
        drafts.addAll(joined);
    }

    /**
     * The full name of {@code names} the article writes over piece {@code d} (opening at or before it,
     * ending at or after it, the longest first), with every mention on its words added to {@code
     * pieces}; or null.
     */
    private static Draft nameOver(int words, List<Draft> drafts, Draft d, Map<String, Draft> names, int longest,
                                  FoldedWords folded, java.util.Set<Draft> pieces) {
        for (int first = Math.max(0, d.last - longest + 1); first <= d.first; first++) {
            for (int len = Math.min(longest, words - first); len >= 3 && first + len - 1 >= d.last; len--) {
                int last = first + len - 1;
                String key = ArticleNames.tokensKey(folded, d.sentence, first, last);
                Draft source = key == null ? null : names.get(key);
                List<Draft> inside = source == null ? null : inside(drafts, d.sentence, first, last);
                if (inside == null) continue;
                Draft join = new Draft(d.sentence, first, last, EntityType.PER);
                join.words = source.words;
                join.entries = source.entries;
                join.wholeLast = true;
                pieces.addAll(inside);
                return join;
            }
        }
        return null;
    }

    /** The mentions on tokens [first, last] of a sentence when all lie inside and none is the whole span; else null. */
    private static List<Draft> inside(List<Draft> drafts, int sentence, int first, int last) {
        List<Draft> inside = new ArrayList<>();
        for (Draft o : drafts) {
            if (o.sentence != sentence || o.last < first || o.first > last) continue;
            if (o.first < first || o.last > last || o.first == first && o.last == last) return null;
            inside.add(o);
        }
        return inside;
    }
}
