package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.text.ArabicNormalizer;

/**
 * Shorter forms under which a formal Arabic name is known. Saudi and Gulf papers write the
 * father's name («بن أحمد») and the family («آل سعود») that the usual form leaves out: «عادل بن
 * أحمد الجبير» is «عادل الجبير», «سلمان بن عبدالعزيز آل سعود» is «سلمان بن عبدالعزيز». Only a
 * lineage is dropped (pairs «بن X» between the given and the last name, a final «آل X»), never
 * another word: «محمد بن سلمان العتيبي» may be «محمد العتيبي», never «محمد بن سلمان». A
 * grandfather is not dropped from a chain of «بن» either: «عبدالله بن عبدالعزيز بن مساعد» is not
 * King Abdullah («عبدالله بن عبدالعزيز»); such long forms of known people are listed in the
 * knowledge base («محمد بن سلمان بن عبدالعزيز»). A name of three words may also drop its middle
 * word, a middle name or initial or a father's name («دونالد جيه ترامب», «جون سيدني ماكين»), when it
 * had no family to drop. Stateless.
 */
final class Patronyms {
    private Patronyms() {}

    /** Shorter forms of folded name words, most complete first; empty when there are none. */
    static List<String> shorterForms(String[] words) {
        List<String> out = new ArrayList<>(3);
        String[] core = words;
        int n = core.length;
        if (n >= 4 && core[n - 2].equals("ال")) { // «آل سعود», folded
            core = Arrays.copyOf(core, n - 2);
            out.add(String.join(" ", core));
        }
        n = core.length;
        if (n >= 4 && n % 2 == 0) {
            boolean pairs = true;
            for (int k = 1; k < n - 1; k += 2) pairs &= son(core[k]);
            if (pairs) out.add(core[0] + " " + core[n - 1]); // «عادل الجبير» of «عادل بن أحمد الجبير»
        }
        // «دونالد جيه ترامب», «جون سيدني ماكين»; not after a family was dropped: «عبدالله عائض عبدالله آل سعد»
        // is no «عبدالله عبدالله» (the given name and the grandfather's)
        if (n == 3 && core == words && plainMiddle(core)) out.add(core[0] + " " + core[2]);
        out.remove(String.join(" ", words));
        return out;
    }

    /**
     * A middle word that may be left out: a middle name or initial, or a father's name written
     * without «بن»; not part of a compound («عبد الله», «أبو بكر»), a lineage word or a family
     * name with the article.
     */
    private static boolean plainMiddle(String[] core) {
        String first = core[0];
        String middle = core[1];
        return !COMPOUND_OR_LINEAGE.contains(first) && !COMPOUND_OR_LINEAGE.contains(middle) && !middle.startsWith("ال")
                && !first.startsWith("ال") && !core[2].equals("الله") && !core[2].equals("الدين");
    }

    /** Folded words that open a compound name or a lineage. */
    private static final java.util.Set<String> COMPOUND_OR_LINEAGE = ArabicNormalizer.foldedSet("عبد", "أبو", "أبي", "أبا",
            "أم", "بن", "ابن", "بنت", "آل", "ولد", "ذو");

    private static boolean son(String w) {
        return w.equals("بن") || w.equals("ابن");
    }
}
