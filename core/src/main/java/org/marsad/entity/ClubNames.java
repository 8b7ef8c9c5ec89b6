package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * A club named by a word that opens clubs' names and the name of its town: «دينامو كييف»,
 * «لوكوموتيف موسكو», «أولمبيك آسفي», «حسنية أكادير», «اتحاد طنجة». The recogniser often takes the
 * town alone («هرتا برلين» as the place «برلين») or the whole as a person («أولمبيك خريبكة»). In
 * ANERcorp train and dev, 23 of the 25 words after one of these openers are one organisation's name
 * with it (the others: «سبورتينغ» and «لشبونة» tagged apart, and a word in quote marks). «اتحاد»
 * ("union") and «وفاق» ("accord") open a club's name only before a town that is no country: «اتحاد»
 * 6 times of 7 there («اتحاد طنجة»; not «اتحاد باريس 1883», the treaty's union). Stateless.
 */
final class ClubNames {
    private ClubNames() {}

    /** Words that open a sports club's name, and nothing else in news. Folded. */
    private static final Set<String> OPENERS = ArabicNormalizer.foldedSet("أولمبيك", "دينامو", "سبارتاك", "لوكوموتيف", "هرتا",
            "سبورتنغ", "سبورتينغ", "أتلتيكو", "أتليتيكو", "أتليتكو", "ديبورتيفو", "بوروسيا", "فيردر", "حسنية", "مولودية", "ستاندار",
            "ستيوا", "أيك");

    /** «اتحاد» ("union") and «وفاق» ("accord"), which open a club's name before a town only: «اتحاد طنجة», «وفاق سطيف». Folded. */
    private static final Set<String> UNIONS = ArabicNormalizer.foldedSet("اتحاد", "وفاق");

    /**
     * Makes each draft of {@code here} that opens with an opener an organisation, and widens a town
     * or name right after one to take it in, dropping a draft of the opener alone
     * («لوكوموتيف» + «موسكو» found apart).
     */
    static void widen(List<Token> tokens, List<Draft> here, KbMatcher matcher) {
        List<Draft> openersAlone = new ArrayList<>();
        for (Draft d : here) {
            if (d.last > d.first && OPENERS.contains(WordForms.foldedWithoutConjunction(tokens.get(d.first)))) {
                if (d.type != EntityType.ORG) named(tokens, d, d.first, matcher); // «أولمبيك خريبكة» found as a person
                continue;
            }
            if (d.first == 0 || d.type == EntityType.PER || d.type == EntityType.MISC) continue;
            int opener = d.first - 1;
            String word = WordForms.foldedWithoutConjunction(tokens.get(opener)); // «الدينامو» is another word
            boolean wholeWord = UNIONS.contains(tokens.get(opener).norm()); // «وفاق» is no و + «فاق»
            boolean club = OPENERS.contains(word) || (wholeWord || UNIONS.contains(word)) && town(d);
            if (!club) continue;
            Draft alone = null;
            for (Draft o : here) if (o != d && o.first <= opener && opener <= o.last) alone = o;
            if (alone != null && (alone.first != opener || alone.last != opener)) continue; // the word is another name's
            if (alone != null) openersAlone.add(alone);
            named(tokens, d, opener, matcher);
            d.wholeToken = wholeWord;
        }
        here.removeAll(openersAlone);
    }

    /** Draft {@code d} from token {@code first} on is a club: the one the knowledge base knows by that name, else a new one. */
    private static void named(List<Token> tokens, Draft d, int first, KbMatcher matcher) {
        d.first = first;
        d.type = EntityType.ORG;
        d.entries = matcher.lookup(tokens, d.first, d.last).stream().filter(e -> e.ref().type() == EntityType.ORG).toList();
        d.typedByContext = true;
    }

    /** Whether the draft is a place the knowledge base knows, none of them a country, or a place it does not know. */
    private static boolean town(Draft d) {
        if (d.type != EntityType.LOC) return false;
        return d.entries.stream().noneMatch(e -> e.ref().id().startsWith("kb:country/"));
    }
}
