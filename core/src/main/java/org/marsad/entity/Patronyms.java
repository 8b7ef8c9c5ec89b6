package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shorter forms under which a formal Arabic name is known. Saudi and Gulf papers write the
 * father's name («بن أحمد») and the family («آل سعود») that the usual form leaves out: «عادل بن
 * أحمد الجبير» is «عادل الجبير», «سلمان بن عبدالعزيز آل سعود» is «سلمان بن عبدالعزيز». Only a
 * lineage is dropped (pairs «بن X» between the given and the last name, a final «آل X»), never
 * another word: «محمد بن سلمان العتيبي» may be «محمد العتيبي», never «محمد بن سلمان». A
 * grandfather is not dropped from a chain of «بن» either: «عبدالله بن عبدالعزيز بن مساعد» is not
 * King Abdullah («عبدالله بن عبدالعزيز»); such long forms of known people are listed in the
 * knowledge base («محمد بن سلمان بن عبدالعزيز»). Stateless.
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
        out.remove(String.join(" ", words));
        return out;
    }

    private static boolean son(String w) {
        return w.equals("بن") || w.equals("ابن");
    }
}
