package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * Sums of money among one sentence's mentions: a currency word with a nationality («ريال سعودي»),
 * or after a number or an amount word («مليار ريال»), is MISC with no link yet ({@link Currencies}
 * links it), not the club «ريال» of the sports pages. Split from {@link MentionTypes}. Thread-safe.
 */
final class Amounts {
    private final KnowledgeBase kb;

    Amounts(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** «مليار ريال»: a sum of money is MISC with no link, not the club «ريال» of the sports pages. */
    void retype(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            if (isAmount(tokens, d)) {
                d.type = EntityType.MISC;
                d.entries = List.of();
                d.amount = true;
            }
        }
    }

    /**
     * As {@link #retype}, for the mentions added after the sentence pass where the article repeats a
     * name it found («600 ألف بوليفار» after «عملة "بوليفار"»): a repeat that is a sum is money,
     * with no identity of the name it repeats.
     */
    void retypeRepeats(List<List<Token>> sentences, List<Draft> repeats) {
        for (Draft d : repeats) {
            if (!isAmount(sentences.get(d.sentence), d)) continue;
            d.type = EntityType.MISC;
            d.entries = List.of();
            d.sameAs = null;
            d.amount = true;
        }
    }

    /** Whether the token, without clitics and article, is a currency's name («اليورو», «بالدولار»). */
    static boolean isCurrencyWord(Token t) {
        String bare = WordForms.folded(t);
        return Currencies.WORDS.contains(bare.startsWith("ال") ? bare.substring(2) : bare);
    }

    /** What may close a number written in brackets, quote marks or slashes before a currency. */
    private static final java.util.Set<String> NUMBER_CLOSERS = java.util.Set.of(")", "»", "\"", "”", "/");

    /** Words that count or price what follows: «مليار ريال», «آلاف الدنانير», «نصف المليون ريال», «سعر الريال», «عملة الريال». */
    private static final java.util.Set<String> AMOUNTS = ArabicNormalizer.foldedSet("مليون", "مليار", "المليون", "المليار",
            "ألف", "آلاف", "ملايين", "مليارات", "تريليون", "تريليونات", "مليوني", "ملياري", "ألفي", "عشرات", "مئات", "مائة", "مئة", "مقابل",
            "سعر", "صرف", "عملة");

    /**
     * Whether the mention is a currency: a currency name with a nationality («ريال سعودي»,
     * «الريال الإيراني»), or alone after a number (in brackets or quote marks too: «(10.100.000)
     * ريال») or an amount word («مليار ريال») or before a nationality or «مقابل» («الريال مقابل
     * الدولار»).
     */
    private boolean isAmount(List<Token> tokens, Draft d) {
        if (Currencies.word(WordForms.folded(tokens.get(d.first))) == null && Currencies.word(tokens.get(d.first).norm()) == null) {
            return false; // «وون» is the won, no و + «ون»
        }
        for (int k = d.first + 1; k <= d.last; k++) if (kb.byAdjective(WordForms.folded(tokens.get(k))).isEmpty()) return false;
        return d.last > d.first || moneyAround(tokens, d.first, d.last, kb);
    }

    /**
     * Whether the words around a currency word at tokens [first, last] make it money: a number (in
     * brackets or quote marks too) or an amount word before it, a nationality or «مقابل» after it.
     * {@link Nicknames} asks it of «الريال».
     */
    static boolean moneyAround(List<Token> tokens, int first, int last, KnowledgeBase kb) {
        if (first > 0) {
            int p = first - 1;
            // «بقيمة (10.100.000) ريال», «تبلغ «45.999.54» ريال»: the number in brackets or quote marks
            if (p > 0 && NUMBER_CLOSERS.contains(tokens.get(p).text())) p--;
            Token prev = tokens.get(p);
            if (prev.text().chars().anyMatch(Character::isDigit) || AMOUNTS.contains(WordForms.foldedWithoutConjunction(prev))) return true;
        }
        if (last + 1 < tokens.size()) {
            Token next = tokens.get(last + 1);
            return kb.byAdjective(WordForms.folded(next)).isPresent() || WordForms.folded(next).equals("مقابل");
        }
        return false;
    }
}
