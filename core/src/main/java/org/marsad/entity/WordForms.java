package org.marsad.entity;

import java.util.List;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * The parts of a token that names are made of: the span without attached conjunction or
 * preposition in front and pronoun behind (the article ال stays: «والولايات» gives «الولايات»,
 * «بموسكو» gives «موسكو», «للحكومة» gives «الحكومة» with the alef restored), and its folded form
 * for knowledge-base lookups. A future particle stays too: it only ever goes with a verb, so in a
 * word taken for a name it is the name's first letter («ورفيقته ستاسي»: Stacy, not س + «تاسي»).
 * Stateless.
 */
final class WordForms {
    private WordForms() {}

    /** Start of the name part of {@code t}: its future particle, article or stem segment. */
    static int nameStart(Token t) {
        for (Segment s : t.segments()) {
            if (namePart(s)) return s.start();
        }
        return t.start();
    }

    private static boolean namePart(Segment s) {
        return s.kind() == Segment.Kind.FUT || s.kind() == Segment.Kind.DET || s.kind() == Segment.Kind.STEM;
    }

    /** End of the name part of {@code t}: the end of its stem segment. */
    static int nameEnd(Token t) {
        for (Segment s : t.segments()) if (s.kind() == Segment.Kind.STEM) return s.end();
        return t.end();
    }

    /** The folded name part: future particle, article (as written in a dictionary) plus stem. */
    static String folded(Token t) {
        StringBuilder b = new StringBuilder(t.text().length() + 1);
        for (Segment s : t.segments()) {
            if (namePart(s)) b.append(s.form());
        }
        String f = ArabicNormalizer.normalize(b);
        return f.isEmpty() ? t.norm() : f;
    }

    /** The folded stem segment alone, without clitics or article («بروايتها» → «روايه»). */
    static String foldedStem(Token t) {
        return ArabicNormalizer.normalize(t.stem().form());
    }

    /** The folded token without a leading conjunction only («والولايات» → «الولايات»). */
    static String foldedWithoutConjunction(Token t) {
        if (!t.segments().isEmpty() && t.segments().get(0).kind() == Segment.Kind.CONJ && t.segments().size() > 1) {
            return ArabicNormalizer.normalize(t.text().substring(t.segments().get(1).start() - t.start()));
        }
        return t.norm();
    }

    /** The token as written, without a leading conjunction and without diacritics or tatweel («وأبو» → «أبو»). */
    static String withoutConjunction(Token t) {
        String text = t.text();
        if (!t.segments().isEmpty() && t.segments().get(0).kind() == Segment.Kind.CONJ && t.segments().size() > 1) {
            text = text.substring(t.segments().get(1).start() - t.start());
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\u0640' && (c < '\u064B' || c > '\u0652')) b.append(c);
        }
        return b.toString();
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("في", "من", "ما", "لا", "لم", "لن", "عن", "علي", "الي",
            "ان", "او", "هو", "هي", "له", "لها", "به", "فيه", "منه", "مع", "قد", "كي", "لو", "لي", "بي", "ثم",
            // with a pronoun: «كاليه» (Calais) is not ك + «إليه»
            "اليه", "اليها", "اليهم", "عليه", "عليها", "عليهم", "لديه", "لديها", "منها", "عنها", "عنه", "فيها", "لهم", "بها", "بهم");

    /**
     * Whether a folded word is a particle, alone or after و/ف («وفي», «فما»): what is left of a
     * name whose first letters the segmenter took for clitics («كوفي» → ك + «وفي»).
     */
    static boolean isParticle(String folded) {
        if (PARTICLES.contains(folded)) return true;
        return folded.length() > 2 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف') && PARTICLES.contains(folded.substring(1));
    }

    /** Start of {@code t} after a leading conjunction و/ف, if the segmenter found one («وبدوي» → «بدوي»). */
    static int startAfterConjunction(Token t) {
        List<Segment> segs = t.segments();
        return segs.size() > 1 && segs.get(0).kind() == Segment.Kind.CONJ ? segs.get(1).start() : t.start();
    }

    /** Whether the segmenter read {@code t} as the conjunction «و» and a word («والقاعدة», «وَخالد»). */
    static boolean opensWithAnd(Token t) {
        return t.segments().size() > 1 && t.segments().get(0).kind() == Segment.Kind.CONJ && t.text().startsWith("و");
    }

    /** Whether {@code t} opens with a preposition, after an optional conjunction, with more of the word behind it («بالملك», «ولوكاس»). */
    static boolean opensWithPreposition(Token t) {
        List<Segment> segs = t.segments();
        int lead = !segs.isEmpty() && segs.get(0).kind() == Segment.Kind.CONJ ? 1 : 0;
        return segs.size() > lead + 1 && segs.get(lead).kind() == Segment.Kind.PREP;
    }

    /**
     * Whether a token is a family name in «ـي» with the article and nothing before it («الحوثي»,
     * «الوادعي»), no ordinal («الثاني»).
     */
    static boolean familyNisba(Token t) {
        String n = t.norm();
        if (!n.startsWith("ال") || n.length() < 5 || !n.endsWith("ي") || NonNames.isOrdinal(n)) return false;
        return t.segments().isEmpty() || t.segments().get(0).kind() == Segment.Kind.DET;
    }

    /** Whether a folded word is the plural of a nisba with the article: «العباسيين», «الأمويون», «والفاطميين». */
    static boolean pluralNisba(String norm) {
        int a = norm.indexOf("ال");
        return a >= 0 && a <= 1 && norm.length() >= a + 7 && (norm.endsWith("يين") || norm.endsWith("يون"));
    }
}
