package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * One club, one reading per article: a club the knowledge base knows, once the article has it by
 * the bare word of its name («الشباب» after «نادي الشباب», «الاتحاد», «الهلال»), is that club
 * wherever else the article writes the word and nothing found it («مدافع فريق الشباب», «ودخل
 * الشباب الشوط الثاني»); so is a club it does not know, found right after «نادي» («نادي الأنصار»).
 * The article need not speak of football: the club's name says it does. The eighteen `analyze`
 * outputs of the tests' corpora (SaudiNewsNet's sports pages of 2015, ANT dev) gain 249 mentions,
 * of which one of the 219 first read is wrong («بمقر الاتحاد», the football association's seat, in a
 * piece on it). Not where the word is the common one it also is: after a definite noun, whose
 * adjective it is («التعليم الأهلي», private schooling; «اللاعبين الشباب», the young players),
 * before a definite word, which makes it a noun with its adjective («الاتحاد البرتغالي», the
 * Portuguese federation), or after a word that takes the common noun («لرعاية الشباب», youth
 * welfare; «منتخب الشباب», the youth side; «كأس الاتحاد»). A mention of the word that the linker
 * left without an entity is the club too; but a word that also names a place («العين», the town of
 * Al Ain; «الخليج», the Gulf) is the club only where it was found. Stateless.
 */
final class ClubRepeats {
    private ClubRepeats() {}

    private static final String CLUB = ArabicNormalizer.normalize("نادي");

    /** Words after which a club's bare name is the common word: welfare, the national side, a category, the cup, a league. Folded. */
    private static final Set<String> COMMON_AFTER = ArabicNormalizer.foldedSet("رعاية", "لرعاية", "منتخب", "فئة", "فئات",
            "كأس", "دوري");

    /**
     * Adds to {@code drafts} a mention of each club the article has by the bare word of its name,
     * wherever else the article writes that word on tokens no mention covers.
     */
    static void add(List<List<Token>> sentences, List<Draft> drafts, KnowledgeBase kb, FoldedWords folded) {
        Map<String, Draft> clubs = new HashMap<>();
        Set<String> mixed = new java.util.HashSet<>();
        List<Draft> unlinked = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.first != d.last || d.words.length != 1) continue;
            String word = folded.at(d.sentence, d.first);
            if (!word.startsWith("ال") || word.length() < 5) continue;
            if (d.type == EntityType.ORG && d.ref == null) {
                unlinked.add(d);
                continue;
            }
            boolean club = d.type == EntityType.ORG && kb.isClub(d.ref.id());
            Draft before = clubs.get(word);
            if (!club || before != null && !before.ref.id().equals(d.ref.id())) mixed.add(word);
            else clubs.putIfAbsent(word, d);
        }
        mixed.forEach(clubs::remove);
        for (Draft d : unlinked) {
            // «نادي الأنصار»: a club the knowledge base does not know, named as one
            String word = folded.at(d.sentence, d.first);
            if (d.first > 0 && folded.at(d.sentence, d.first - 1).equals(CLUB) && !mixed.contains(word)) clubs.putIfAbsent(word, d);
        }
        if (clubs.isEmpty()) return;
        for (Draft d : unlinked) {
            Draft source = clubs.get(folded.at(d.sentence, d.first));
            if (source != null) linkAs(d, source); // found and not linked: the club the article has by the same word
        }
        clubs.keySet().removeIf(kb::namesPlace); // «العين» is the town of Al Ain and the eye, «الخليج» the Gulf: found only
        boolean[][] covered = EntityLinker.coverage(sentences, drafts);
        List<Draft> added = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                Draft source = covered[s][i] ? null : clubs.get(folded.at(s, i));
                if (source == null || commonWord(tokens, covered[s], folded, s, i)) continue;
                Draft d = new Draft(s, i, i, EntityType.ORG);
                linkAs(d, source);
                added.add(d);
            }
        }
        drafts.addAll(added);
    }

    private static void linkAs(Draft d, Draft source) {
        d.words = source.words;
        d.entries = source.entries;
        d.ref = source.ref;
    }

    /** Whether the club's word at {@code i} is the common word: an adjective, a noun with its adjective, or after {@link #COMMON_AFTER}. */
    private static boolean commonWord(List<Token> tokens, boolean[] covered, FoldedWords folded, int s, int i) {
        if (i > 0 && !covered[i - 1]) {
            String before = folded.at(s, i - 1);
            if (before.startsWith("ال") || COMMON_AFTER.contains(before) || COMMON_AFTER.contains(tokens.get(i - 1).norm())) return true;
        }
        return i + 1 < tokens.size() && !covered[i + 1] && tokens.get(i + 1).norm().startsWith("ال");
    }
}
