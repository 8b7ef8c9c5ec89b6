package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.article.EntityType;
import org.marsad.article.Nationality;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * Finds the nationality adjectives of an article («الروسي», «الكوري الشمالي», «المصريين») outside
 * its mentions and links each to its country. Two words are tried before one; «المجرى» ("the
 * course") is no Hungarian, «الإمبراطورية الرومانية» no Romanian, and a bare adjective right after a
 * place or organisation is part of a name («فيسيل كوبي»). Thread-safe.
 */
final class NationalityFinder {
    private final KnowledgeBase kb;

    NationalityFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The nationality adjectives of the article outside its mentions {@code drafts}. */
    List<Nationality> find(String body, List<List<Token>> sentences, List<Draft> drafts) {
        List<Nationality> out = new ArrayList<>();
        boolean[][] coverage = EntityLinker.coverage(sentences, drafts);
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            boolean[] covered = coverage[s];
            for (int i = 0; i < tokens.size(); i++) {
                if (covered[i]) continue;
                Token t = tokens.get(i);
                // two words first: «الكوري الشمالي» is North Korean, «الكوري» alone neither Korea
                Token second = i + 1 < tokens.size() && !covered[i + 1] ? tokens.get(i + 1) : null;
                Optional<KbEntry> c = Optional.empty();
                if (second != null) {
                    String next = " " + WordForms.folded(second);
                    c = kb.byAdjective(WordForms.folded(t) + next);
                    if (c.isEmpty()) c = kb.byAdjective(WordForms.foldedWithoutConjunction(t) + next);
                }
                Token last = c.isPresent() ? second : t;
                if (c.isEmpty()) c = singleWordAdjective(t);
                if (c.isEmpty() || roman(c.get(), tokens, i) || bareAfterName(drafts, s, i, t)) continue;
                int start = WordForms.nameStart(t);
                int end = WordForms.nameEnd(last);
                if (end <= start) {
                    start = t.start();
                    end = last.end();
                }
                out.add(new Nationality(start, end, body.substring(start, end), c.get().ref()));
                if (last != t) i++;
            }
        }
        return out;
    }

    /**
     * The country of a one-word adjective. An adjective known only with the article («المجري»:
     * bare «مجري» is no adjective) does not count written with a final «ى» («المجرى» "the course"),
     * although folding makes the two one word; adjectives with a bare form keep the Egyptian
     * spelling («المصرى»).
     */
    private Optional<KbEntry> singleWordAdjective(Token t) {
        String folded = WordForms.folded(t);
        Optional<KbEntry> c = kb.byAdjective(folded);
        if (c.isEmpty()) {
            folded = WordForms.foldedWithoutConjunction(t);
            c = kb.byAdjective(folded);
        }
        if (c.isPresent() && t.text().endsWith("ى") && folded.startsWith("ال")
                && kb.byAdjective(folded.substring(2)).isEmpty()) return Optional.empty();
        return c;
    }

    /**
     * Whether a bare adjective form at {@code i} («كوبي», «تركي») follows a place or an
     * organisation: a name is definite and takes adjectives with the article, so the word is part
     * of the name or the next name («فيسيل كوبي» Vissel Kobe, «السعودية تركي آل الشيخ»). After a
     * currency it stays an adjective («دولار أمريكي»), and after a person too, where it is often
     * predicative («أبو بكر آدم تشادي الجنسية»).
     */
    private static boolean bareAfterName(List<Draft> drafts, int s, int i, Token t) {
        if (i == 0 || WordForms.folded(t).startsWith("ال") || WordForms.opensWithPreposition(t)) return false;
        for (Draft d : drafts) {
            if (d.sentence != s || d.last != i - 1 || d.type != EntityType.ORG && d.type != EntityType.LOC) continue;
            // «مليون ريال سعودي»: a currency the recogniser took for a club keeps its adjective
            return !Currencies.WORDS.contains(d.words[d.words.length - 1]);
        }
        return false;
    }

    /** Nouns after which «الروماني» is Roman, not Romanian: «الإمبراطورية الرومانية», «المدرج الروماني». */
    private static final java.util.Set<String> ROMAN_THINGS = ArabicNormalizer.foldedSet("إمبراطورية", "امبراطورية", "حضارة",
            "عصر", "عصور", "حقبة", "قانون", "أرقام", "ارقام", "مدرج", "مسرح", "آثار", "اثار", "معبد", "جيش", "فيلق", "كنيسة");

    /** Whether a Romanian adjective at {@code i} is «الروماني» "Roman" after one of {@link #ROMAN_THINGS}. */
    private static boolean roman(KbEntry country, List<Token> tokens, int i) {
        if (!country.ref().id().equals("kb:country/ro") || i == 0) return false;
        String before = WordForms.folded(tokens.get(i - 1));
        return ROMAN_THINGS.contains(before.startsWith("ال") ? before.substring(2) : before);
    }
}
