package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * The class noun before a knowledge-base name («قطاع غزة», «حركة حماس», «جائزة نوبل», «وكالة
 * رويترز») and the honorific after it («مكة المكرمة», «القرآن الكريم») are left out of the
 * mention's span, which keeps the name's link: «غزة» still links to the Gaza Strip. This is how
 * ANERcorp marks them (train: «قطاع غزة» 17 times as «غزة» and once whole, «مكة المكرمة» 36 times
 * as «مكة» alone, «حركة» outside 15 names and inside 5, «مدينة» outside 108 and inside 7), and
 * the recogniser learnt it; a name found in the knowledge base would otherwise bring the class
 * noun back. The word is only left out when the rest is itself a name of the same entity, so
 * «حركة العدل والمساواة», «المسجد الحرام» and «المدينة المنورة» stay whole. People's titles are
 * {@link Roles}' concern. Stateless.
 */
final class DescriptorWords {
    private DescriptorWords() {}

    /**
     * Class nouns that ANERcorp train leaves outside the name more often than in it. «النادي» is
     * one («النادي الأهلي»: 7 times «الأهلي» alone); «نادي» without the article is one before a name
     * with the article ({@link #CLUB}), not before a foreign one: ANERcorp keeps it in «نادي تشيلسي»
     * and «نادي فالنسيا», and AQMAR keeps it in every club name.
     */
    private static final java.util.Set<String> HEADS = ArabicNormalizer.foldedSet("قطاع", "حركة", "جائزة", "وكالة", "صحيفة",
            "قناة", "مجلة", "بلاد", "نهر", "ولاية", "محافظة", "إقليم", "منطقة", "دولة", "شركة", "جمهورية", "مخيم", "مدينة",
            "النادي");
    /**
     * «نادي» before a name with the article, which ANERcorp leaves outside the club's name (train and dev:
     * «نادي الجزيرة», «الزمالك», «الظفرة», «الغرافة», «الوحدة» each time; «النصر» once in, once out),
     * as the knowledge base's «نادي الهلال» would not.
     */
    private static final String CLUB = ArabicNormalizer.normalize("نادي");

    /** Honorifics after a place or a book: «مكة المكرمة», «القرآن الكريم», «مشهد المقدسة», «القدس الشريف». */
    private static final java.util.Set<String> EPITHETS = ArabicNormalizer.foldedSet("المكرمة", "الكريم", "المقدسة", "الشريف");

    /**
     * Narrows the draft to the name proper when its first or last word is a class noun or honorific;
     * and a place the knowledge base knows, followed by its country's adjective that the recogniser
     * took in, to the place: «مدينة لوس أنجلوس الأمريكية» is Los Angeles (ANERcorp leaves the adjective out).
     */
    static void trim(List<Token> tokens, EntityLinker.Draft d, KbMatcher matcher, KnowledgeBase kb) {
        if (d.type == EntityType.PER || d.first >= d.last) return;
        List<KbEntry> whole = d.entries.isEmpty() ? matcher.lookup(tokens, d.first, d.last) : d.entries;
        if (whole.isEmpty() && d.type == EntityType.LOC && placeWithout(tokens, d, matcher, kb)) return;
        if (whole.isEmpty()) {
            // «النجف الشريف», «لوس أنجلوس الأمريكية»: a place the knowledge base knows, with an honorific or adjective it does not list
            String last = tokens.get(d.last).norm();
            if (d.type != EntityType.LOC || !EPITHETS.contains(last) && !(last.startsWith("ال") && kb.byAdjective(last).isPresent())) return;
            List<KbEntry> place = matcher.lookup(tokens, d.first, d.last - 1);
            if (place.stream().noneMatch(e -> e.ref().type() == EntityType.LOC)) return;
            d.last--;
            d.entries = place;
            markFirstWord(tokens, d, matcher); // «لاس فيجاس» keeps its «ل»
            return;
        }
        String head = WordForms.folded(tokens.get(d.first));
        if (HEADS.contains(head) && sharesEntry(matcher.lookup(tokens, d.first + 1, d.last), whole)
                || head.equals(CLUB) && tokens.get(d.first + 1).norm().startsWith("ال")) {
            d.first++;
            markFirstWord(tokens, d, matcher); // «شركة والت ديزني»: Walt, not و + «الت»
        } else if (EPITHETS.contains(tokens.get(d.last).norm()) && sharesEntry(matcher.lookup(tokens, d.first, d.last - 1), whole)) {
            d.last--;
        } else {
            return;
        }
        d.entries = whole;
    }

    /** Marks how the narrowed draft's first word reads, where the knowledge base names exactly the draft ({@link MentionSpans#markFirstWord}). */
    private static void markFirstWord(List<Token> tokens, EntityLinker.Draft d, KbMatcher matcher) {
        KbMatcher.Match m = matcher.at(tokens, d.first);
        if (m != null && m.last() == d.last) MentionSpans.markFirstWord(tokens, m, d);
    }

    /**
     * Narrows a place the knowledge base knows when the recogniser took in a nationality before it or a
     * title after it: «العاصمة الكورية سيول» is Seoul, «رئيس الهيئات بعسير الشيخ عامر العامر» is Asir (the
     * sheikh is the man). True when it did.
     */
    private static boolean placeWithout(List<Token> tokens, EntityLinker.Draft d, KbMatcher matcher, KnowledgeBase kb) {
        int first = d.first;
        int last = d.last;
        String head = WordForms.folded(tokens.get(first));
        if (head.startsWith("ال") && kb.byAdjective(head).isPresent()) first++;
        else if (Roles.BEFORE_NAMES.contains(WordForms.folded(tokens.get(last)))) last--;
        else return false;
        List<KbEntry> place = matcher.lookup(tokens, first, last);
        if (place.isEmpty() || place.stream().anyMatch(e -> e.ref().type() != EntityType.LOC)) return false;
        d.first = first;
        d.last = last;
        d.entries = place;
        return true;
    }

    private static boolean sharesEntry(List<KbEntry> part, List<KbEntry> whole) {
        for (KbEntry e : part) if (whole.contains(e)) return true;
        return false;
    }
}
