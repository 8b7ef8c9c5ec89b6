package org.marsad.entity;

import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.WordFrequencies;

/**
 * Sound masculine plurals of common words, which the recogniser reads as a person's name («موظفون»,
 * «قانونيون», «محامو»): told from names in «ـون», «ـيون» and «ـو» by how often news writes the
 * word's other forms. {@link NonNames} drops them as one-word persons and {@link PersonEdges}
 * leaves a plural in the construct state out of the name after it; split from {@link NonNames}.
 * Stateless.
 */
final class PluralNouns {
    private PluralNouns() {}

    private static final WordFrequencies FREQ = WordFrequencies.shipped();

    /** How often the singular must be written in the corpus for a plural in «ـيون» to be its plural. */
    static final int COMMON_SINGULAR = 30;

    /**
     * Whether a folded word with the article is a common noun: its bare form is written at least
     * {@link #COMMON_SINGULAR} times in the corpus («البنك», «الهلال»: «بنك», «هلال»), which «الريدز» is not.
     */
    static boolean commonWithArticle(String folded) {
        return folded.startsWith("ال") && FREQ.count(CliticSegmenter.lightFold(folded.substring(2))) >= COMMON_SINGULAR;
    }

    static final int SOUND_PLURAL_IN = 10;
    static final int CONSTRUCT_PLURAL_IN = 15;
    static final int CONSTRUCT_PLURAL_UN = 3;

    /**
     * «قانونيون», «وعقاريون», «مصرفيون» ("legal experts", "real-estate men", "bankers"): the plural of
     * an adjective in «ـي» that the corpus writes often in the singular («قانوني»), written without
     * the article; a name in «ـيون» has no such singular («نابليون»: «نابلي» is not written). A people
     * («أوروبيون») is one too, which callers keep (AQMAR marks peoples as persons).
     */
    static boolean ofACommonAdjective(Token t) {
        // alone, or after «و» («اقتصاديون وعقاريون»); with the article it may be a people («الأمريكيين»)
        Segment stem = t.segments().get(t.segments().size() - 1);
        if (stem.kind() != Segment.Kind.STEM || t.segments().size() > 2 || t.segments().get(0).kind() == Segment.Kind.DET) return false;
        String w = CliticSegmenter.lightFold(stem.form());
        if (w.length() < 6 || w.startsWith("ال") || !(w.endsWith("يون") || w.endsWith("يين"))) return false;
        return FREQ.count(w.substring(0, w.length() - 2)) >= COMMON_SINGULAR;
    }

    /**
     * «موظفون», «متعاملون», «مراسلون» ("employees", "dealers", "reporters"): a sound masculine plural in
     * «ـون», without the article, of a stem of four letters or more that the corpus also writes with «ـين»,
     * with or without the article, at least {@link #SOUND_PLURAL_IN} times; a name in «ـون» has no such
     * form («جاكسون»: no «جاكسين»; «زيدون», «خلدون»: stems of three letters). With the article the plural
     * may be a group AQMAR marks as persons («المسلمون», «الصليبيون»).
     */
    static boolean sound(Token t) {
        String w = indefiniteStem(t);
        if (w == null || w.startsWith("ال") || w.length() < 6 || !w.endsWith("ون")) return false;
        String oblique = w.substring(0, w.length() - 2) + "ين";
        return FREQ.count(oblique) + FREQ.count("ال" + oblique) >= SOUND_PLURAL_IN;
    }

    /**
     * Whether two words are a sound plural ({@link #sound}) and the plural of a common adjective
     * ({@link #ofACommonAdjective}) after it: «مسؤولون بيطريون», «ناشطون سوريون».
     */
    static boolean nounAndAdjective(Token noun, Token adjective) {
        return sound(noun) && ofACommonAdjective(adjective);
    }

    /**
     * «مديرو», «معارضو» ("the directors of", "the opponents of"): a sound masculine plural in the
     * construct state, which drops its «ن»; the corpus writes its stem with «ـين» and with «ـون»
     * (at least {@link #CONSTRUCT_PLURAL_IN} and {@link #CONSTRUCT_PLURAL_UN} times). Names in «ـو»
     * have no such forms («رونالدو», «مادورو»: no «رونالدين»), and «سيكو» has «سيكون» only.
     */
    static boolean inConstruct(Token t) {
        String w = indefiniteStem(t);
        if (w == null || w.length() < 4 || !w.endsWith("و")) return false;
        String x = w.substring(0, w.length() - 1);
        return FREQ.count(x + "ين") >= CONSTRUCT_PLURAL_IN && FREQ.count(x + "ون") >= CONSTRUCT_PLURAL_UN;
    }

    /** The light-folded stem of a token written without the article, or null (no stem last, or the article). */
    private static String indefiniteStem(Token t) {
        Segment stem = t.segments().isEmpty() ? null : t.segments().get(t.segments().size() - 1);
        if (stem == null || stem.kind() != Segment.Kind.STEM || t.article() != null) return null;
        return CliticSegmenter.lightFold(stem.form());
    }
}
