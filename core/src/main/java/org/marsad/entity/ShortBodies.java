package org.marsad.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;

/**
 * Short forms of the article's organisations and places, and the UN's description: an
 * organisation or place mention that begins or ends exactly one longer name of the article takes
 * its identity. Split from {@link ShortForms}, which does the same for people. Stateless.
 */
final class ShortBodies {
    private ShortBodies() {}

    /**
     * An organisation mention that the knowledge base does not know and that begins or ends
     * exactly one longer organisation name of the article takes its identity: «ريال» after «ريال
     * مدريد», «سان جرمان» after «باريس سان جرمان», and one such word with the article added
     * («الريال»); not «الاتحاد» with both «الاتحاد الأوروبي» and «الاتحاد الأفريقي» in the article, nor
     * «الاتحاد» followed by a nationality the longer name it begins lacks («بيان الاتحاد الإسباني لكرة
     * القدم» beside «الاتحاد الأوروبي»: another union); a name's last word followed by one stays it
     * («حركة الإنصاف الباكستانية» beside «حزب حركة الإنصاف»).
     */
    static void linkOrganisations(List<List<Token>> sentences, List<Draft> drafts, KnowledgeBase kb) {
        for (Draft shorter : drafts) {
            if (shorter.type == EntityType.ORG && shorter.ref != null) narrowKnown(drafts, shorter);
            if (shorter.type != EntityType.ORG || shorter.ref != null || shorter.sameAs != null) continue;
            if (shorter.words.length == 1 && shorter.words[0].length() < 3) continue; // «بي», «سي»: letters of an acronym
            Draft only = onlyLonger(drafts, shorter, shorter.words);
            // «الريال» after «ريال مدريد», «الفيلا» after «أستون فيلا»: one word with the article, when it
            // begins or ends no name as written, stands for the one name it begins or ends without it
            // (the knowledge base knows the nicknames that are ambiguous so: «السيتي», «اليونايتد»)
            if (only == null && shorter.words.length == 1 && !anyLonger(drafts, shorter, shorter.words)) {
                only = onlyLonger(drafts, shorter, ShortForms.localKey(shorter.words));
            }
            if (only != null && shorter.words.length == 1 && ShortForms.startsWith(only.words, shorter.words)
                    && anotherNation(sentences.get(shorter.sentence), shorter, only, kb)) continue;
            if (only != null && only != shorter) {
                shorter.ref = only.ref;
                shorter.sameAs = only.ref != null ? null : only;
            }
        }
    }

    /** Common nouns that head place names and stand alone for other places too («ريف حلب», «الولايات» of a federation). Folded. */
    private static final Set<String> PLACE_NOUNS = org.marsad.text.ArabicNormalizer.foldedSet("ريف", "الريف", "الولايات", "ولايات",
            "جنوب", "شمال", "شرق", "غرب", "وسط");

    /**
     * A one-word place the knowledge base does not know that begins or ends the names of exactly one
     * place of the article it knows takes that identity: «كوريا» after «كوريا الجنوبية», «كردستان»
     * after «إقليم كردستان», «قزوين» after «بحر قزوين»; not with both Koreas in the article, not a
     * nationality adjective or a nisba that ends a name («الكورية» of «شبه الجزيرة الكورية»), nor a common noun that heads place
     * names ({@link #PLACE_NOUNS}: «ريف» of «ريف دمشق» is as often «ريف حلب»).
     */
    static void linkPlaces(List<Draft> drafts, KnowledgeBase kb) {
        for (Draft shorter : drafts) {
            if (shorter.type != EntityType.LOC || shorter.ref != null || shorter.sameAs != null || shorter.words.length != 1) continue;
            String w = shorter.words[0];
            if (PLACE_NOUNS.contains(w) || kb.byAdjective(w).isPresent()) continue;
            EntityRef only = null;
            for (Draft longer : drafts) {
                if (longer.type != EntityType.LOC || longer.ref == null || !longer.ref.id().startsWith("kb:") || longer.words.length < 2) continue;
                // the last word only if no feminine nisba: «الكورية» of «شبه الجزيرة الكورية» is an adjective
                boolean ends = longer.words[longer.words.length - 1].equals(w) && !w.endsWith("يه");
                if (!longer.words[0].equals(w) && !ends) continue;
                if (only != null && !only.id().equals(longer.ref.id())) {
                    only = null;
                    break;
                }
                only = longer.ref;
            }
            if (only != null) shorter.ref = only;
        }
    }

    private static final String[] INTERNATIONAL_ORGANISATION = KnowledgeBase.fold("المنظمة الدولية").split(" ");
    private static final Set<String> THIS = Set.of(KnowledgeBase.fold("هذه"), KnowledgeBase.fold("تلك"));

    /**
     * «المنظمة الدولية» ("the international organisation") in an article that names the United
     * Nations is the UN, as Arabic news writes it for the UN's second mention («أشاد غوتيريش بالأمين
     * العام الأسبق للمنظمة الدولية»); not after «هذه» or «تلك», which point back to the body just
     * named («مستشفى تديره هذه المنظمة الدولية»: the Red Cross), and not in an article without the UN.
     */
    static void linkUnDescription(List<List<Token>> sentences, List<Draft> drafts) {
        EntityRef un = null;
        for (Draft d : drafts) {
            if (d.ref != null && d.ref.id().equals("kb:org/un")) un = d.ref;
        }
        if (un == null) return;
        for (Draft d : drafts) {
            if (d.type != EntityType.ORG || d.ref != null || d.sameAs != null || !Arrays.equals(d.words, INTERNATIONAL_ORGANISATION)) continue;
            List<Token> tokens = sentences.get(d.sentence);
            if (d.first > 0 && THIS.contains(tokens.get(d.first - 1).norm())) continue;
            d.ref = un;
        }
    }

    /**
     * Whether a nationality adjective follows mention {@code d} («الاتحاد الإسباني») that is none of
     * the words of the longer name {@code longer}'s («الاتحاد الأوروبي»).
     */
    private static boolean anotherNation(List<Token> tokens, Draft d, Draft longer, KnowledgeBase kb) {
        if (d.last + 1 >= tokens.size()) return false;
        String nation = kb.byAdjective(WordForms.folded(tokens.get(d.last + 1))).map(e -> e.ref().id()).orElse(null);
        if (nation == null) return false;
        for (String w : longer.words) {
            if (kb.byAdjective(w).map(e -> e.ref().id().equals(nation)).orElse(false)) return false;
        }
        return true;
    }

    /** The one identity of the longer organisations that begin or end with {@code words}, or null. */
    private static Draft onlyLonger(List<Draft> drafts, Draft shorter, String[] words) {
        Draft only = null;
        for (Draft longer : drafts) {
            if (!longerWith(longer, shorter, words)) continue;
            Draft identity = longer.sameAs != null ? longer.sameAs : longer;
            if (only != null && !ShortForms.sameIdentity(only, identity)) return null;
            only = identity;
        }
        return only;
    }

    private static boolean anyLonger(List<Draft> drafts, Draft shorter, String[] words) {
        return drafts.stream().anyMatch(longer -> longerWith(longer, shorter, words));
    }

    private static boolean longerWith(Draft longer, Draft shorter, String[] words) {
        return longer.type == EntityType.ORG && longer.words.length > shorter.words.length
                && (ShortForms.startsWith(longer.words, words) || ShortForms.endsWith(longer.words, words));
    }

    /**
     * A known organisation's name that begins exactly one other known organisation of the article,
     * whose name only adds a sport, stands for that one: «الاتحاد الأوروبي» after «الاتحاد الأوروبي
     * لكرة القدم» is UEFA. Not «منظمة الأمم المتحدة» beside «منظمة الأمم المتحدة للطفولة», a body of
     * its own, nor «الأهلي» beside «الأهلي السعودي»: a nation added tells a namesake from the club
     * the bare name means (Cairo's, in «انتقل السعيد من الأهلي إلى الأهلي السعودي»).
     */
    private static void narrowKnown(List<Draft> drafts, Draft shorter) {
        EntityRef only = null;
        for (Draft longer : drafts) {
            if (longer.type != EntityType.ORG || longer.ref == null || longer.ref.id().equals(shorter.ref.id())
                    || longer.words.length <= shorter.words.length || !ShortForms.startsWith(longer.words, shorter.words)) continue;
            if (!qualifiers(longer.words, shorter.words.length)) continue;
            if (only != null && !only.id().equals(longer.ref.id())) return;
            only = longer.ref;
        }
        if (only != null) shorter.ref = only;
    }

    /** «لكره القدم», «لكره السله»: the two words from {@code from} on, the last of {@code words}, say what sport. Folded. */
    private static boolean qualifiers(String[] words, int from) {
        return from + 2 == words.length && words[from].startsWith("لكره");
    }
}
