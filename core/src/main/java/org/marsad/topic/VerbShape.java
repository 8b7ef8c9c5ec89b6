package org.marsad.topic;

import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.WordFrequencies;

/**
 * A guess, without a part-of-speech tagger, that a word is a verb: the news never writes it with
 * the article (nouns and adjectives take ال; in 15 million words of ANT and SaudiNewsNet
 * «الاصطدمت» and «اليتحدث» never occur) and it has a verb's shape: an imperfect prefix
 * («يتحدث», «تستهدف», «نقوم») or the past tense's feminine or plural ending («اصطدمت»,
 * «أحضروا»). Names share these shapes («تونس», «بيروت»), so callers exempt recognised names.
 * Masculine past verbs («أسفر») look like nouns and pass. Stateless.
 */
final class VerbShape {
    /** Below this many uses the corpus is no evidence that the article is never written. */
    static final int MIN_USES = 30;

    private static final WordFrequencies FREQ = WordFrequencies.shipped();

    private VerbShape() {}

    static boolean isVerb(Token t) {
        String stem = null;
        for (Segment s : t.segments()) {
            if (s.kind() == Segment.Kind.DET) return false;
            if (s.kind() == Segment.Kind.STEM) stem = CliticSegmenter.lightFold(s.form());
        }
        if (stem == null || stem.length() < 3 || !shape(stem)) return false;
        if (FREQ.count("ال" + stem) > 0) return false;
        return FREQ.count(stem) >= MIN_USES || conjugated(stem);
    }

    /**
     * A rarer word needs a conjugated form that nouns hardly take: the imperfect plural or dual
     * («يتشدقون», «يطلبان»), a derived imperfect ({@link #DERIVED_IMPERFECT}), the plural «ـوا» ending on a longer word («تبادلوا», «استيقظوا»; not
     * «ـاوا», «ـووا» as in «أوتاوا»), or a past tense that both opens with a derived verb's prefix
     * and ends in the feminine «ـت» («توافدت», «ازدانت», «استوردت»; not «ـات», «ـيت», «ـوت», which
     * end plural nouns and borrowed words such as «جانيت», «باسكوت»).
     */
    static boolean conjugated(String w) {
        int n = w.length();
        if (n < 5) return false;
        char c = w.charAt(0);
        if (c == 'ي' && (w.endsWith("ون") || w.endsWith("ان"))) return true;
        if (DERIVED_IMPERFECT.matcher(w).lookingAt()) return true;
        if (w.endsWith("وا")) return !w.endsWith("اوا") && !w.endsWith("ووا");
        return (c == 'ت' || c == 'ا') && w.endsWith("ت") && !w.endsWith("ات") && !w.endsWith("يت") && !w.endsWith("وت");
    }

    /**
     * The imperfect of the derived verbs that add «ت» or «است» («تتملكنا», «نتجنب», «يتغلغل»,
     * «نستجيب», «تستغيث»), and "we" before a verb that adds «ن» or whose root opens with it
     * («ننطلق», «ننتصر»): the nouns of these verbs open with «ت», «است», «ان» instead («تملك»,
     * «استجابة», «انطلاق»); the few nouns written so are common («نتائج», «تتويج») and the corpus
     * shows them with the article.
     */
    private static final java.util.regex.Pattern DERIVED_IMPERFECT = java.util.regex.Pattern.compile("[ينت]ت|[ينت]ست|نن");

    private static boolean shape(String w) {
        char c = w.charAt(0);
        // an accusative noun («تحذيرا», «تسجيلا») never takes the article either, but ends in ا
        boolean imperfect = (c == 'ي' || c == 'ت' || c == 'ن') && w.length() >= 4 && !w.endsWith("ا");
        boolean femininePast = w.endsWith("ت") && !w.endsWith("ات");
        return imperfect || femininePast || w.endsWith("وا");
    }
}
