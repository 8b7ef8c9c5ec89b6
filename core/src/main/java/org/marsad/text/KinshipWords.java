package org.marsad.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Kinship and family nouns («والدة», «نجل», «زوجة», «شقيق», «عائلة») in folded form. In news they
 * head a phrase whose second term is another person («والدة بن لادن» is bin Laden's mother, not
 * bin Laden), and no Arabic name starts with them, so the entity linker keeps them out of person
 * names and the quotation stage does not credit such a phrase's words to the person named in it.
 * Immutable and thread-safe.
 */
public final class KinshipWords {
    private static final Set<String> WORDS;

    static {
        Set<String> out = new HashSet<>();
        for (String w : new String[] {"والد", "والدة", "والدته", "والدها", "نجل", "نجلة", "نجله", "ابنة", "ابنته",
                "زوج", "زوجة", "زوجته", "زوجها", "شقيق", "شقيقة", "شقيقه", "شقيقته", "أرملة", "عائلة", "أسرة", "حفيد",
                "حفيدة", "خطيبة", "طليقة",
                // a father, brother or uncle with his pronoun («وأبوه جوزيف»), never «أبو» alone, a kunya's opening
                "أبوه", "أباه", "أبيه", "أبوها", "أبوهم", "أخوه", "أخاه", "أخيه", "أخوها", "أخته", "أختها", "عمه", "خاله"}) {
            out.add(ArabicNormalizer.normalize(w));
        }
        WORDS = Set.copyOf(out);
    }

    private KinshipWords() {}

    /** Possessive pronouns a kinship noun takes («حفيدتك», «والدي», «شقيقهم»), folded, longest first. */
    private static final String[] POSSESSIVES = {"هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه", "ك", "ي"};

    /**
     * Whether a folded word is a kinship noun, also with a possessive pronoun the list does not
     * hold, or with the pronoun split off: «حفيدتك» ("your granddaughter", whose «ة» is written «ت»
     * before the pronoun), «حفيدت», «والدي» ("my father"), and after a «و» the segmenter left on it.
     */
    public static boolean contains(String folded) {
        // «وحفيدتك»: a word too rare for the segmenter to split keeps its conjunction
        if (folded.startsWith("و") && folded.length() > 4 && withPossessive(folded.substring(1))) return true;
        return withPossessive(folded);
    }

    private static boolean withPossessive(String folded) {
        if (WORDS.contains(folded) || tehForTehMarbuta(folded)) return true;
        for (String p : POSSESSIVES) {
            if (!folded.endsWith(p) || folded.length() - p.length() < 3) continue;
            String noun = folded.substring(0, folded.length() - p.length());
            if (WORDS.contains(noun) || tehForTehMarbuta(noun)) return true;
        }
        return false;
    }

    /** Whether the word is a listed noun in «ة» written «ت», as before a pronoun the segmenter split off («حفيدت» of «وحفيدتك»). */
    private static boolean tehForTehMarbuta(String w) {
        return w.endsWith("ت") && WORDS.contains(w.substring(0, w.length() - 1) + "ه");
    }
}
