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
                "حفيدة", "خطيبة", "طليقة"}) {
            out.add(ArabicNormalizer.normalize(w));
        }
        WORDS = Set.copyOf(out);
    }

    private KinshipWords() {}

    /** Whether a folded word, without a leading conjunction, is a kinship noun. */
    public static boolean contains(String folded) {
        return WORDS.contains(folded);
    }
}
