package org.marsad.entity;

import java.util.Arrays;
import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.KinshipWords;
import org.marsad.text.WordFrequencies;

/**
 * A foreign name the corpus has hardly seen, after the nationality that introduces it: «والروماني
 * سانمارتن، والبولندي زوكالا», «مدرب اللياقة اليوناني جريجوريس». Sports pages name players and coaches
 * so, and the recogniser, which has seen neither word, leaves them out. The nationality is a definite
 * singular adjective of the knowledge base after a noun of what the person is, or a masculine one in
 * a list («والروماني»). The name is one to three words of Arabic letters, none a title, particle or
 * kinship word, that the news corpus writes seldom ({@link #SELDOM}) and hardly ever with the article
 * (a name takes none; a common noun often does), and that the stem profiles do not show as a common
 * word seldom a name (a verb: «الأمريكي أكد»). Such a given name before a surname the recogniser
 * found alone joins it ({@link #givenNamesBefore}). Stateless.
 */
final class ForeignNames {
    private ForeignNames() {}

    /** Fewer uses than this in the segmenter's word counts (ANT, 15 million words) make a word seldom written. */
    static final int SELDOM = 500;

    /** At most this share of a word's uses with the article: a name's. */
    static final float ARTICLE_SHARE = 0.05f;

    private static final WordFrequencies FREQ = WordFrequencies.shipped();

    /** Adds a person for each run of rare words right after a definite nationality adjective that no draft covers. */
    static void add(int s, List<Token> tokens, List<Draft> here, boolean[] covered, KnowledgeBase kb, StemProfile profile) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token adjective = tokens.get(i);
            String folded = WordForms.folded(adjective);
            // a singular («الروماني», «الروسية»; not the plural «الأمريكيين»), which introduces a person: after a noun of
            // what the person is («المدافع البولندي», «مدرب اللياقة اليوناني», «الفنانة الإماراتية»), or, masculine, in a
            // list («والروماني»; but «بالفرنسية تارة والإيطالية تارة أخرى»: "sometimes")
            boolean masculine = folded.endsWith("ي");
            if (covered[i] || adjective.article() == null || !masculine && !folded.endsWith("يه") || kb.byAdjective(folded).isEmpty()
                    || !(masculine && WordForms.opensWithAnd(adjective)) && !afterAPersonNoun(tokens, i)) continue;
            int last = i;
            while (last + 1 < tokens.size() && last - i < 3 && !covered[last + 1] && seldomName(tokens.get(last + 1), profile)) last++;
            if (last == i) continue;
            here.add(new Draft(s, i + 1, last, EntityType.PER));
            Arrays.fill(covered, i + 1, last + 1, true);
            i = last;
        }
    }

    /**
     * Takes into a person the recogniser found by the surname alone the foreign given name before it,
     * which the corpus hardly knows ({@link #seldomName}), when what stands before the given name
     * introduces a person: a title with the article («النجم أردا توران»), a noun of what the person
     * is («الممثلة ميريل بينكت»), or «رئيس الوزراء» («رئيسة الوزراء فيوريكا دانسيلا»); after a
     * nationality {@link #add} has taken it in («الشاعرة الأمريكية إملي ديكسون»). Not before a person
     * the knowledge base knows, whose given name it has («الملك يصافح أشتون كارتر»: "the King shakes
     * hands with Ashton Carter").
     */
    static void givenNamesBefore(List<Token> tokens, List<Draft> here, boolean[] covered, StemProfile profile) {
        for (Draft d : here) {
            int name = d.first - 1;
            if (d.type != EntityType.PER || name < 1 || covered[name] || !d.entries.isEmpty() || d.last - d.first > 1) continue;
            if (!introducesPerson(tokens, name - 1) || !seldomName(tokens.get(name), profile)
                    || HONORIFICS.contains(WordForms.folded(tokens.get(name)))) continue;
            d.first = name;
            covered[name] = true;
        }
    }

    private static final String MINISTERS = ArabicNormalizer.normalize("الوزراء");

    /** «مولاي», «سيدي», «لالة»: Moroccan honorifics before a name («الأمير مولاي رشيد»; ANERcorp leaves «مولاي» out). Folded. */
    private static final java.util.Set<String> HONORIFICS = ArabicNormalizer.foldedSet("مولاي", "سيدي", "لالة");

    /** Whether the token at {@code i} introduces the person named after it (see {@link #givenNamesBefore}). */
    private static boolean introducesPerson(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = WordForms.foldedWithoutConjunction(t);
        // a title with the article («الأمير», «المدرب»; «مدير فيورنتينا» is whose director); after a nationality,
        // add() takes the given name in already («الشاعرة الأمريكية إملي»), but not after any nationality
        // («النيابة المصرية تحبس» is "the prosecution jails")
        if (t.article() != null && Roles.isTitleWord(w)) return true;
        if (t.article() != null && PERSON_NOUNS.contains(WordForms.foldedStem(t))) return true;
        return i > 0 && WordForms.folded(t).equals(MINISTERS) && Roles.isTitleWord(WordForms.foldedWithoutConjunction(tokens.get(i - 1)));
    }

    /**
     * Nouns of what a person is that a nationality and a foreign name follow, within two words: a
     * player's place, a coach, an artist. Folded, without the article.
     */
    private static final java.util.Set<String> PERSON_NOUNS = ArabicNormalizer.foldedSet("لاعب", "لاعبة",
            "مدرب", "مهاجم", "مدافع", "حارس", "نجم", "ظهير", "جناح", "حكم", "محترف", "فنان", "فنانة", "ممثل", "ممثلة",
            "مغني", "مغنية", "مطرب", "مطربة", "كاتب", "روائي", "شاعر", "مخرج", "ملاكم", "عداء", "سباح", "مصارع", "دولي",
            // after the article, before a given name: «المغردة», «الصحافية», «الناشطة»
            "مغردة", "مغرد", "صحافي", "صحافية", "صحفي", "صحفية", "ناشط", "ناشطة", "كاتبة", "شاعرة", "روائية", "مخرجة", "هداف");

    /** Whether one of the two words before the nationality at {@code i} is a person noun ({@link #PERSON_NOUNS}). */
    private static boolean afterAPersonNoun(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (PERSON_NOUNS.contains(WordForms.foldedStem(tokens.get(k)))) return true;
        }
        return false;
    }

    /** Whether a word may be a foreign name the corpus hardly knows (see the class comment). */
    static boolean seldomName(Token t, StemProfile profile) {
        String text = t.text();
        if (t.segments().size() != 1 || text.length() < 3 || !text.chars().allMatch(Character::isLetter)) return false;
        if (text.chars().anyMatch(c -> c < 0x0600 || c > 0x06FF)) return false; // Arabic letters only
        String n = t.norm();
        if (WordForms.isParticle(n) || Roles.isTitleWord(n) || KinshipWords.contains(n)) return false;
        if (profile.rarelyAnyName(t) || text.startsWith("ال")) return false;
        String light = CliticSegmenter.lightFold(text);
        if (FREQ.count(light) >= SELDOM || FREQ.articleShare(light) > ARTICLE_SHARE) return false;
        // a common word with an ending or a clitic the segmenter left on: «غربا», «مصابا» (accusative),
        // «شددا», «محددان» (duals), «فتارة» (ف + «تارة»)
        if (light.endsWith("ا") && common(light.substring(0, light.length() - 1))) return false;
        if (light.endsWith("ان") && common(light.substring(0, light.length() - 2))) return false;
        return !(light.startsWith("ف") || light.startsWith("و")) || !common(light.substring(1));
    }

    /** Uses from which a word counts as common here («غرب», «شدد», «تارة»). */
    private static final int COMMON = 50;

    private static boolean common(String light) {
        return FREQ.count(light) >= COMMON || FREQ.count("ال" + light) >= COMMON;
    }
}
