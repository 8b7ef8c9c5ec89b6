package org.marsad.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.KinshipWords;
import org.marsad.text.WordFrequencies;

/**
 * The last word a person's name does not end on though the recogniser ran the name into it: a verb
 * («عبدالعزيز يوصي», «هادي سقطوا», «فيصل أبدى») or an indefinite noun in the accusative («محفوظ موظفا»); and a verb
 * after an organisation's name («البنك يطلب»). Split
 * from {@link ArticleNames}. Thread-safe.
 */
final class NameTails {
    private final KnowledgeBase kb;
    private final StemProfile profile;

    /** @param profile how often each stem is a name in unlabelled news, to tell common words */
    NameTails(KnowledgeBase kb, StemProfile profile) {
        this.kb = kb;
        this.profile = profile;
    }

    private static final WordFrequencies FREQ = WordFrequencies.shipped();
    private static final NameLists GIVEN_NAMES = NameLists.shipped();

    /**
     * Whether person draft {@code d}, a name of two words or more, ends in a verb the recogniser ran it
     * into: «أسامة بن لادن اندسوا», «عبدالعزيز يوصي», «أبو عبد الله تشعر», or a noun in the accusative
     * («محفوظ موظفا», {@link #accusative}). The last word carries no clitic,
     * looks like a verb in the imperfect ({@link #imperfectVerb}) or the past plural («ـوا»), is seldom a
     * name of any type in the stem profiles, is no word of the name lists' names, and is in no other person
     * mention of the article ({@code personWords}: how many person drafts hold each word): «تومسون» of
     * «ترو تومسون» is her surname where the article also writes «تومسون» alone. A verb never takes the
     * article, so news writes the word with it in under {@link #VERB_ARTICLE_SHARE} of its uses («تراس» of
     * «وارن تراس»: 11 %, «التراس» being a terrace). The name left ends in a word of four letters or more,
     * not an initial («ديفيد إيه تومسون»). Where the words before it are a known person's name
     * ({@code knownPersonBefore}: «باراك أوباما يزهو»), a word too rare for the profiles may be the verb,
     * and so may a dual or plural whose singular is seldom a name ({@link #dualOrPluralOfAVerb}) or a verb
     * in the past that the profiles show as seldom a name («تميم بن حمد قرر»); a word
     * the knowledge base knows as a name is none («ميلانيا ترمب»). An organisation's name may end in a verb
     * in the imperfect the same way («البنك يطلب», «الأهلي يواصل»).
     */
    boolean endsWithVerb(List<Token> tokens, Draft d, Map<String, Integer> personWords, java.util.function.BooleanSupplier knownPersonBefore) {
        boolean org = d.type == EntityType.ORG;
        if (d.type != EntityType.PER && !org || d.last == d.first) return false;
        Token t = tokens.get(d.last);
        boolean pastPlural = !org && t.segments().size() == 1 && t.norm().length() >= 4 && t.norm().endsWith("وا");
        boolean verbLike = imperfectVerb(t) || pastPlural || !org && (accusative(t) || pastOfADefectiveVerb(t));
        boolean shortBefore = tokens.get(d.last - 1).norm().length() < 4;
        // else a past verb after a known person's whole name, which may end in a short word: «تميم بن حمد قرر»
        if ((shortBefore || !verbLike) && !(!org && t.segments().size() == 1 && t.norm().length() >= 3 && profile.rarelyAnyName(t)
                && knownPersonBefore.getAsBoolean())) return false;
        if (personWords.getOrDefault(t.norm(), 0) > 1) return false;
        String folded = WordForms.folded(t);
        return kb.byName(folded).isEmpty() && FREQ.articleShare(CliticSegmenter.lightFold(t.norm())) < VERB_ARTICLE_SHARE
                && !GIVEN_NAMES.opensPersonName(t.norm()) && !GIVEN_NAMES.inPersonName(folded)
                && (profile.rarelyAnyName(t) || dualOrPluralOfAVerb(t) || knownPersonBefore.getAsBoolean());
    }

    /** Thursday and Friday (ISO 4 and 5): «الخميس», «الجمعة» are family names too («أحمد الخميس», «عبدالله الجمعة»). */
    private static boolean alsoAFamilyName(int weekday) {
        return weekday == 4 || weekday == 5;
    }

    /**
     * Whether a person mention ends in the day it happened on, which the recogniser ran into the name:
     * «وصل الأمير وليام الاثنين», «قال جان إيف لودريان الخميس». A day that is also a family name («أحمد
     * الخميس») ends the mention only after a person the knowledge base knows ({@code knownPersonBefore}).
     */
    private static boolean endsWithDay(List<Token> tokens, Draft d, java.util.function.BooleanSupplier knownPersonBefore) {
        if (d.type != EntityType.PER || d.last == d.first) return false;
        int day = SpanTrims.weekdayOf(tokens.get(d.last));
        return day != 0 && (!alsoAFamilyName(day) || knownPersonBefore.getAsBoolean());
    }

    private static final String TODAY = org.marsad.text.ArabicNormalizer.normalize("اليوم");

    /**
     * Whether a mention of any type ends in «اليوم» and a day, which the recogniser ran into the name
     * («أعلنت جائزة الشيخ زايد للكتاب اليوم الأربعاء»); «الإمارات اليوم», a paper, ends in no day.
     */
    private static boolean endsWithToday(List<Token> tokens, Draft d) {
        return d.last - d.first >= 2 && SpanTrims.weekdayOf(tokens.get(d.last)) != 0 && tokens.get(d.last - 1).norm().equals(TODAY);
    }

    /**
     * Takes off the «اليوم» and day ({@link #endsWithToday}) or the day ({@link #endsWithDay}) a
     * mention ends in, and looks what is left up again.
     */
    static void trimDays(List<Token> tokens, Draft d, KbMatcher matcher) {
        if (endsWithToday(tokens, d)) {
            d.last -= 2; // «جائزة الشيخ زايد للكتاب اليوم الأربعاء»: the name, without the day after it
            d.entries = matcher.lookup(tokens, d.first, d.last);
        }
        if (endsWithDay(tokens, d, () -> matcher.lookup(tokens, d.first, d.last - 1).stream().anyMatch(e -> e.ref().type() == EntityType.PER))) {
            d.last--; // «وصل الأمير وليام الاثنين», «ماكرون الخميس»: the name, without the day after it
            d.entries = matcher.lookup(tokens, d.first, d.last);
        }
    }

    /**
     * Whether an imperfect verb's word is its dual or plural («ظريف يمثلان», «يطالبون») of a
     * singular that is rarely any name («يمثل»): the longer form is often too rare for a profile.
     */
    private boolean dualOrPluralOfAVerb(Token t) {
        String stem = WordForms.foldedStem(t);
        return stem.length() >= 6 && (stem.endsWith("ان") || stem.endsWith("ون")) && profile.rarelyAnyName(stem.substring(0, stem.length() - 2));
    }

    /** How many of the article's person drafts hold each word (as {@link Token#norm}), for {@link #endsWithVerb}. */
    static Map<String, Integer> personWords(List<List<Token>> sentences, List<Draft> drafts) {
        Map<String, Integer> counts = new HashMap<>();
        for (Draft d : drafts) {
            if (d.type != EntityType.PER) continue;
            java.util.Set<String> own = new java.util.HashSet<>();
            for (int k = d.first; k <= d.last; k++) own.add(sentences.get(d.sentence).get(k).norm());
            for (String w : own) counts.merge(w, 1, Integer::sum);
        }
        return counts;
    }

    /** «ابن», «ابنة» before a kinship word ({@link KinshipWords} or these): «ابن عم» (a cousin), «ابن أخيه» (a nephew). Folded. */
    private static final java.util.Set<String> KIN_SONS = org.marsad.text.ArabicNormalizer.foldedSet("ابن", "ابنة");
    private static final java.util.Set<String> KIN = org.marsad.text.ArabicNormalizer.foldedSet("عم", "خال", "أخ", "أخت", "عمة", "خالة");

    /**
     * Where a kinship after a person's name begins inside tokens ({@code first}, {@code last}), or -1:
     * «ابن» or «ابنة» before a kinship word, through which no name goes on («إبراهيم بن عبدالله أحمد ابن
     * عم الشهيد»: his cousin; «محمد بن علي ابن أخيه»).
     */
    static int kinshipAfterName(List<Token> tokens, int first, int last) {
        for (int k = first + 1; k < last; k++) {
            String kin = WordForms.foldedWithoutConjunction(tokens.get(k + 1));
            if (KIN_SONS.contains(WordForms.folded(tokens.get(k))) && (KIN.contains(kin) || KinshipWords.contains(kin))) return k;
        }
        return -1;
    }

    /** The share of uses with the article under which a word may be a verb ({@link #endsWithVerb}). */
    static final double VERB_ARTICLE_SHARE = 0.05;

    /**
     * Whether the word looks like an indefinite noun or adjective in the accusative, its tanween
     * unwritten: «موظفا», «بديلا» ("as a substitute"), the word without its last «ا» seldom a name
     * of any type in the stem profiles («موظف», «بديل»).
     */
    private boolean accusative(Token t) {
        String stem = WordForms.foldedStem(t);
        return t.segments().size() == 1 && stem.length() >= 4 && stem.endsWith("ا") && profile.rarelyAnyName(stem.substring(0, stem.length() - 1));
    }

    private static final java.util.Set<String> BIN = org.marsad.text.ArabicNormalizer.foldedSet("بن", "ابن");
    /** Royal titles: a prince's or king's name goes on with «آل سعود», never with a family name in «ال». Folded. */
    private static final java.util.Set<String> ROYALS = org.marsad.text.ArabicNormalizer.foldedSet("الأمير", "الأميرة", "الملك",
            "الملكة", "السلطان");

    /**
     * Whether the word after person draft {@code d}, which ends in «بن» and the father's name, is the family name
     * the recogniser left out: «أحمد بن إبراهيم الملا», «خالد بن عبدالله العرج», as Saudi news writes a name. A
     * word with the article and no other clitic, of five letters or more, that is no title («الرئيس», «القاضي»), no
     * name the knowledge base knows but as a person's, and no stem the stem profiles show as common and seldom a person's («الذي»,
     * «الخيرية», «الجميع»); and no nisba in «ي», which after a name of history is its dynasty or tribe («الطائع بن
     * المطيع العباسي»: AQMAR leaves it out) and in news often an adjective («الدولي») or nationality.
     * Not after a royal title («الأمير فيصل بن بندر»), nor for a name the knowledge base knows.
     */
    boolean familyNameAfterFather(List<Token> tokens, Draft d) {
        if (d.type != EntityType.PER || d.last - d.first < 2 || d.last + 1 >= tokens.size() || !d.entries.isEmpty()
                || !BIN.contains(WordForms.folded(tokens.get(d.last - 1)))) return false;
        if (d.first > 0 && ROYALS.contains(WordForms.foldedWithoutConjunction(tokens.get(d.first - 1)))) return false;
        Token t = tokens.get(d.last + 1);
        String n = t.norm();
        // the article as a segment, or a whole word the segmenter left unsplit («الحقيل»): no other clitic before it
        boolean bare = t.segments().size() <= 1 || t.segments().get(0).kind() == org.marsad.article.Segment.Kind.DET;
        if (!n.startsWith("ال") || n.length() < 5 || n.endsWith("ي") || !bare) {
            return false;
        }
        // a surname the knowledge base gives a known person is a family name all the same («عثمان بن صالح الحقيل»,
        // not the minister «ماجد الحقيل»); a name of another kind is not («الرياض»)
        return !Roles.introducesName(t, kb) && kb.byName(WordForms.folded(t)).stream().allMatch(e -> e.ref().type() == EntityType.PER)
                && !profile.rarelyAName(t);
    }

    /** Whether a word is a common noun with the article, no clitic before it: «البنك», whose «بنك» news writes often. */
    static boolean commonNoun(Token t) {
        return t.norm().startsWith("ال") && PluralNouns.commonWithArticle(WordForms.folded(t));
    }

    /**
     * Whether a token is written like the past of a defective verb of the fourth form, «أفعى»: «أبدى»,
     * «أجرى», «أدلى», «ألقى» («الملك فيصل أبدى اهتماما»), four letters, «أ» or «ا» first and «ى» last,
     * no clitic.
     */
    private static boolean pastOfADefectiveVerb(Token t) {
        String text = t.text();
        return t.segments().size() == 1 && text.length() == 4 && (text.charAt(0) == 'أ' || text.charAt(0) == 'ا')
                && text.charAt(3) == '\u0649';
    }

    /** Whether a token looks like a verb in the imperfect: ي or ت and three letters more, no clitic («يتميز», «يسير», «تواصل»). */
    static boolean imperfectVerb(Token t) {
        String n = t.norm();
        return t.segments().size() == 1 && n.length() >= 4 && (n.charAt(0) == 'ي' || n.charAt(0) == 'ت');
    }
}
