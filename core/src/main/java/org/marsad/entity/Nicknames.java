package org.marsad.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;

/**
 * Nicknames («الريال» Real Madrid, «البلوز» Chelsea, «البارسا» Barcelona): knowledge-base
 * names marked '^', which alone are common words or other things («الريال» is the
 * rial, «البلوز» the blues), stand for their entity only in an article that names it otherwise,
 * and there they become mentions, the way a surname does after the full name. Elsewhere they are
 * no link, even for a mention the recogniser found. Nor where the word is money: after a number
 * or «سعر», «صرف», «عملة», or before a nationality adjective («الريال السعودي»):
 * {@link Amounts#moneyAround}. A club's short name that is a common word («الهلال», «النصر»,
 * {@link KnowledgeBase#isClubShortName}) becomes a mention the same way wherever its article names the
 * club, by that word or another, and speaks of football; in an article that does not, a mention of
 * that word alone is the common word, and goes («رؤية الهلال»). Stateless.
 */
final class Nicknames {
    private Nicknames() {}

    /**
     * Words of football news: the club, the match, the league, a player, the coach, the national team, the
     * pitch, the goal, the cup, two goals. Not «هدف» nor «الموسم», «الفريق» or «بطولة», which are also an aim,
     * a season, a lieutenant general and heroism. Folded.
     */
    private static final Set<String> SPORT_WORDS = org.marsad.text.ArabicNormalizer.foldedSet("نادي", "النادي", "مباراة",
            "المباراة", "مباريات", "المباريات", "الدوري", "لاعب", "اللاعب", "لاعبي", "لاعبو", "اللاعبين", "المدرب", "المنتخب",
            "الملعب", "مرمى", "كأس", "الكأس", "هدفين", "بهدفين");

    /** Whether a word of the article is one of {@link #SPORT_WORDS}, a clitic allowed before it. */
    private static boolean speaksOfSport(List<List<Token>> sentences) {
        for (List<Token> tokens : sentences) {
            for (Token t : tokens) if (SPORT_WORDS.contains(WordForms.folded(t)) || SPORT_WORDS.contains(t.norm())) return true;
        }
        return false;
    }

    /**
     * Adds to {@code drafts} a mention for every nickname of an entity another mention of the
     * article names, and takes the knowledge-base entry from the recogniser's mentions of a
     * nickname whose entity the article does not name otherwise.
     */
    static void add(List<List<Token>> sentences, List<Draft> drafts, KbMatcher matcher, KnowledgeBase kb) {
        // a club's short name only where the article speaks of sport: in a piece on the new moon the recogniser's
        // «الهلال» is the crescent, and no club's other «الهلال» follow it (a name that is no common noun, «الريدز»,
        // stays the club)
        List<Draft> clubWords = new java.util.ArrayList<>();
        for (Draft d : drafts) {
            KbMatcher.Match m = d.first == d.last && !d.entries.isEmpty() ? matcher.at(sentences.get(d.sentence), d.first) : null;
            if (m != null && m.last() == d.last && kb.isClubShortName(m.name()) && PluralNouns.commonWithArticle(m.name())) clubWords.add(d);
        }
        Boolean sport = clubWords.isEmpty() ? null : speaksOfSport(sentences);
        if (Boolean.FALSE.equals(sport)) drafts.removeAll(clubWords);
        Set<String> named = new HashSet<>();
        List<Draft> nicknamed = new java.util.ArrayList<>();
        List<Draft> clubNicknames = new java.util.ArrayList<>();
        for (Draft d : drafts) {
            if (d.entries.isEmpty()) continue;
            KbMatcher.Match m = matcher.at(sentences.get(d.sentence), d.first);
            if (m != null && m.last() == d.last && kb.isNickname(m.name())) {
                nicknamed.add(d); // a nickname names nothing else (and money the recogniser found, Currencies links)
                if (d.type == org.marsad.article.EntityType.ORG && (kb.isClubShortName(m.name()) || kb.isSharedClubNickname(m.name()))) {
                    clubNicknames.add(d);
                }
            } else {
                // every entity the name may be: «برشلونة» is the club or the city, which the linker tells apart later
                for (KbEntry e : d.entries) named.add(e.ref().id());
            }
        }
        // a club's bare name the recogniser read as an organisation stays the club in football news, named otherwise
        // or not: a list of the league's clubs («الفتح والفيصلي والرائد»), a match report naming each side once
        if (!clubNicknames.isEmpty() && (sport != null ? sport : (sport = speaksOfSport(sentences)))) {
            nicknamed.removeAll(clubNicknames);
            for (Draft d : clubNicknames) if (d.entries.size() == 1) named.add(d.entries.get(0).ref().id()); // its other uses are the club too
        }
        for (Draft d : nicknamed) {
            if (!d.entries.isEmpty() && !named.contains(d.entries.get(0).ref().id())) d.entries = List.of();
        }
        named.removeIf(id -> !kb.hasNickname(id) && !kb.hasClubShortName(id));
        // most articles name no entity with a nickname or a club's short name and are no football news, where a club's
        // short name after a word for team or beside another's is the club («فريق الهلال», «بين النصر والهلال»)
        boolean football = sport != null ? sport : speaksOfSport(sentences);
        if (named.isEmpty() && !football) return;
        EntityLinker.addMatches(sentences, drafts, matcher, (tokens, m) -> (kb.isNickname(m.name()) || football && kb.isClubShortName(m.name()))
                && (named.contains(m.entries().get(0).ref().id()) || football && kb.isClubShortName(m.name())
                        && (afterTeamWord(tokens, m.first(), matcher, kb) || coordinatedClubs(tokens, m, matcher, kb)))
                && !Amounts.moneyAround(tokens, m.first(), m.last(), kb));
    }

    /** «فريق», «فريقي», «فريقا» (the two teams), «نادي», «ناديي», «ناديا»: the word before a club's name. Folded. */
    private static final Set<String> TEAM_WORDS = org.marsad.text.ArabicNormalizer.foldedSet("فريق", "فريقي", "فريقا", "نادي",
            "ناديي", "ناديا");

    /**
     * Whether the club's short name matched as {@code m} is joined by «و» to another club's short name
     * («بين النصر والهلال», «الهلال والنصر»): in football news two clubs side by side name each other.
     */
    private static boolean coordinatedClubs(List<Token> tokens, KbMatcher.Match m, KbMatcher matcher, KnowledgeBase kb) {
        int next = m.last() + 1;
        if (next < tokens.size() && tokens.get(next).text().startsWith("و")) {
            KbMatcher.Match after = matcher.at(tokens, next);
            if (after != null && kb.isClubShortName(after.name())) return true;
        }
        if (m.first() == 0 || !tokens.get(m.first()).text().startsWith("و")) return false;
        for (int j = m.first() - 1; j >= Math.max(0, m.first() - 3); j--) {
            KbMatcher.Match before = matcher.at(tokens, j);
            if (before != null && before.last() == m.first() - 1) return kb.isClubShortName(before.name());
        }
        return false;
    }

    private static boolean teamWord(Token t) {
        return TEAM_WORDS.contains(WordForms.foldedWithoutConjunction(t));
    }

    /**
     * Whether the word at {@code i} follows a {@link #TEAM_WORDS team word} («فريق الوحدة»), or, after «و», a
     * club's short name that does («فريقي الهلال والنصر»).
     */
    private static boolean afterTeamWord(List<Token> tokens, int i, KbMatcher matcher, KnowledgeBase kb) {
        if (i == 0) return false;
        if (teamWord(tokens.get(i - 1))) return true;
        if (i < 2 || !tokens.get(i).text().startsWith("و")) return false;
        KbMatcher.Match before = matcher.at(tokens, i - 1);
        return before != null && before.last() == i - 1 && kb.isClubShortName(before.name())
                && teamWord(tokens.get(i - 2));
    }
}
