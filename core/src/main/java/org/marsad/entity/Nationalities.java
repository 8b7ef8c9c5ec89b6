package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Regular forms of a nationality adjective from its folded masculine singular («روسي»): with and
 * without the article, feminine, sound plurals and dual («الروسي، الروسيه، الروسيين، الروسيون،
 * روسيان»). The bare feminine («روسيه») is left out: it is also how «سورية»-style country names are
 * written. Broken plurals («الروس») are listed per country in {@code countries.tsv}. Stateless.
 *
 * <p>Two more shapes of stem:
 * <ul>
 * <li>a stem written with its article («المجري») gives only the forms with the article, for
 * adjectives whose bare form is a common word («مجرى» "course", folded «مجري»; see
 * {@link #forms(String, boolean)});</li>
 * <li>a two-word stem gives two-word forms: both words agree («كوري شمالي» → «الكوري الشمالي»,
 * «الكوريه الشماليه», «الكوريين الشماليين»), except after a direction noun, which takes the
 * article and no ending («جنوب افريقي» → «الجنوب افريقي», «الجنوب افريقيه»).</li>
 * </ul>
 */
final class Nationalities {
    private Nationalities() {}

    /** Nouns that open a two-word adjective without agreeing with it: «الجنوب أفريقي». */
    private static final List<String> DIRECTIONS = List.of("جنوب", "شمال", "غرب", "شرق");

    /**
     * The forms of a folded stem; with {@code articleOnly}, only those with the article. The caller
     * decides that from the unfolded stem: «المجري» is written with the article, «ألباني» (folded
     * «الباني») is not.
     */
    static List<String> forms(String stem, boolean articleOnly) {
        List<String> all = forms(stem);
        return articleOnly ? all.stream().filter(f -> f.startsWith("ال")).toList() : all;
    }

    static List<String> forms(String stem) {
        int space = stem.indexOf(' ');
        if (space > 0) return twoWordForms(stem.substring(0, space), stem.substring(space + 1));
        return List.of("ال" + stem, "ال" + stem + "ه", "ال" + stem + "ين", "ال" + stem + "ون", "ال" + stem + "ان",
                "ال" + stem + "تين", "ال" + stem + "ات", stem, stem + "ين", stem + "ون");
    }

    private static List<String> twoWordForms(String first, String second) {
        List<String> seconds = forms(second);
        List<String> out = new ArrayList<>(seconds.size());
        if (DIRECTIONS.contains(first)) {
            for (String s : seconds) {
                out.add(s.startsWith("ال") ? "ال" + first + " " + s.substring(2) : first + " " + s);
            }
        } else {
            List<String> firsts = forms(first);
            for (int i = 0; i < seconds.size(); i++) out.add(firsts.get(i) + " " + seconds.get(i));
        }
        return out;
    }
}
