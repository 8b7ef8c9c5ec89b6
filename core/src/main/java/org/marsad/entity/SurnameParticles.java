package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;

/**
 * Surnames written in several words that the recogniser cuts: European ones that open with a
 * particle («غوري فان غوليك», «ليوناردو دا فينشي», «كاميرون فان دير بيرغ») and Persian ones that end
 * in «زاده» written apart («رضا جعفر زاده»). Used by {@link PersonEdges} and {@link
 * MentionSpans#mergeAdjacent}; split from {@link PersonEdges}. Stateless.
 */
final class SurnameParticles {
    private SurnameParticles() {}

    /** «زاده», as written: the Persian "born of" that ends a surname written in two words («جعفر زاده»). */
    private static final String ZADEH = "زاده";

    /** «فان», «فون», «دي», «دا», «دو», «ديل», «دوس»: the particles of Dutch, German and Romance surnames, as written. */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("فان", "فون", "دي", "دا", "دو", "ديل", "دوس");

    /** «دير», «در», «دن», «لا»: a second particle after the first («فان دير سار», «دو لا سابليير»), as written. */
    private static final java.util.Set<String> SECOND_PARTICLES = java.util.Set.of("دير", "در", "دن", "لا");

    /**
     * The last token of a surname that opens with a particle right after the person's name at
     * [first, last] («مارك فان بومل», «ليوناردو دا فينشي», «كاميرون فان دير بيرغ»), which the
     * recogniser left out, or cut after its first particle («أنييس فون» of «أنييس فون در مول»); else {@code last}. The surname is one word with no clitic and no article
     * («فان المجلس» is "so the council"), and no mention holds it or the particles; the name before
     * is not a known person of two words or more («غاريث بيل فان غال» is Bale, then van Gaal).
     * When a person mention holds the surname, {@link MentionSpans#mergeAdjacent} joins the two.
     */
    static int surnameEnd(List<Token> tokens, int first, int last, boolean[] covered, KbMatcher matcher) {
        int k = particlesAfter(tokens, last);
        // «أنييس فون در مول»: the recogniser ended the name on its first particle
        if (k < 0 && last > first && PARTICLES.contains(tokens.get(last).text())) k = particlesAfter(tokens, last - 1);
        if (k < 0 || k >= tokens.size() || covered[k]) return last;
        for (int j = last + 1; j < k; j++) if (covered[j]) return last;
        if (!surnameWord(tokens.get(k))) return last;
        if (last > first && matcher.lookup(tokens, first, last).stream().anyMatch(e -> e.ref().type() == EntityType.PER)) return last;
        return k;
    }

    /** The token after the particles that follow token {@code last} («فان», «فان دير»), or -1 when no particle follows. */
    static int particlesAfter(List<Token> tokens, int last) {
        int k = last + 1;
        if (k >= tokens.size() || !PARTICLES.contains(tokens.get(k).text())) return -1;
        k++;
        if (k < tokens.size() && SECOND_PARTICLES.contains(tokens.get(k).text())) k++;
        return k;
    }

    /**
     * A word that may be a surname after a particle: letters only, one piece (no clitic, no article),
     * no particle itself, and no function word («جيرار دو خلال القرن»: Gerard Dou, "during" the century).
     */
    static boolean surnameWord(Token t) {
        String n = t.norm();
        String folded = WordForms.folded(t);
        return t.segments().size() == 1 && t.segments().get(0).kind() == Segment.Kind.STEM && n.length() >= 2
                && n.codePoints().allMatch(Character::isLetter) && !WordForms.isParticle(folded) && !FUNCTION_WORDS.contains(folded);
    }

    /** Prepositions and adverbs of time and place, which end a name rather than open a surname. Folded. */
    private static final java.util.Set<String> FUNCTION_WORDS = org.marsad.text.ArabicNormalizer.foldedSet("خلال", "حول", "ضد",
            "منذ", "عند", "بعد", "قبل", "بين", "عبر", "نحو", "لدى", "أمام", "خلف", "فوق", "تحت", "دون", "حتى", "إلى", "على", "إثر");

    /** Whether the word after token {@code last} is «زاده» and no mention holds it. */
    static boolean zadehAfter(List<Token> tokens, int last, boolean[] covered) {
        return last + 1 < tokens.size() && !covered[last + 1] && tokens.get(last + 1).text().equals(ZADEH);
    }
}
