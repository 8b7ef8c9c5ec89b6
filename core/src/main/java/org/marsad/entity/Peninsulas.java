package org.marsad.entity;

import java.util.List;
import java.util.Set;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * Peninsulas and «الجزيرة» as land: «شبه الجزيرة الإيطالية», «شبه جزيرة عمان», «شبه الجزيرة» are one
 * place each, «شبه» ("semi-") included, where the recogniser took «الجزيرة» for the channel Al
 * Jazeera or left the name out (not «شبه جزيرة» before a word no mention holds); and «الجزيرة» after
 * a word of direction («شمال الجزيرة», «شرق الجزيرة») is land, not the channel. ANERcorp tags the
 * peninsula whole, «شبه» in it. Stateless.
 */
final class Peninsulas {
    private Peninsulas() {}

    private static final String SEMI = ArabicNormalizer.normalize("شبه");

    /** «الجزيرة», «جزيرة» (island, peninsula after «شبه») and «القارة» («شبه القارة الهندية»). Folded. */
    private static final Set<String> LANDS = ArabicNormalizer.foldedSet("الجزيرة", "جزيرة", "القارة");

    private static final String ISLAND = ArabicNormalizer.normalize("الجزيرة");

    /** Words of direction before a place: «شمال الجزيرة». Folded. */
    private static final Set<String> DIRECTIONS = ArabicNormalizer.foldedSet("شمال", "جنوب", "شرق", "غرب", "وسط", "أنحاء");

    /**
     * Adds or widens to a place each peninsula of sentence {@code s} («شبه» + «الجزيرة» or «جزيرة»,
     * and the relative adjective or name after it), and retypes «الجزيرة» after a direction a place.
     */
    static void mark(int s, List<Token> tokens, List<Draft> here, KbMatcher matcher) {
        boolean added = false;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            // (the word ends with «شبه» before any folding: most tokens stop here)
            if (!tokens.get(i).norm().endsWith(SEMI) || !WordForms.foldedWithoutConjunction(tokens.get(i)).equals(SEMI)) continue;
            Token land = tokens.get(i + 1);
            if (!LANDS.contains(WordForms.folded(land)) || land.segments().size() > 1 && land.segments().get(0).kind() != Segment.Kind.DET) {
                continue;
            }
            int last = i + 1;
            if (last + 1 < tokens.size() && HeadedBodies.relativeAdjective(tokens.get(last + 1))) last++; // «الإيطالية»
            else if (land.article() == null) last = lastOfDraftAt(here, last + 1, last); // «شبه جزيرة عمان»
            if (last == i + 1 && land.article() == null) continue; // «شبه جزيرة» before no name the recogniser found is no name
            int first = i;
            int end = last;
            if (here.stream().anyMatch(o -> o.first < first && o.last >= first || o.first <= end && o.last > end)) continue;
            here.removeIf(o -> o.first >= first && o.last <= end);
            Draft d = new Draft(s, first, last, EntityType.LOC);
            d.entries = matcher.lookup(tokens, first, last).stream().filter(e -> e.ref().type() == EntityType.LOC).toList();
            d.typedByContext = true;
            here.add(d);
            added = true;
            i = last;
        }
        for (Draft d : here) {
            if (d.first == 0 || d.last != d.first || d.type == EntityType.LOC) continue;
            if (!WordForms.folded(tokens.get(d.first)).equals(ISLAND)) continue;
            if (DIRECTIONS.contains(WordForms.foldedWithoutConjunction(tokens.get(d.first - 1)))) d.typedAs(EntityType.LOC);
        }
        if (added) here.sort(java.util.Comparator.comparingInt(d -> d.first));
    }

    /** The last token of a draft of {@code here} that starts at token {@code first}, else {@code otherwise}. */
    private static int lastOfDraftAt(List<Draft> here, int first, int otherwise) {
        for (Draft o : here) if (o.first == first && o.type != EntityType.PER) return o.last;
        return otherwise;
    }
}
