package org.marsad.entity;

import java.util.List;

/**
 * Regular forms of a nationality adjective from its folded masculine singular («روسي»): with and
 * without the article, feminine, sound plurals and dual («الروسي، الروسيه، الروسيين، الروسيون،
 * روسيان»). The bare feminine («روسيه») is left out: it is also how «سورية»-style country names are
 * written. Broken plurals («الروس») are listed per country in {@code countries.tsv}. Stateless.
 */
final class Nationalities {
    private Nationalities() {}

    static List<String> forms(String stem) {
        return List.of("ال" + stem, "ال" + stem + "ه", "ال" + stem + "ين", "ال" + stem + "ون", "ال" + stem + "ان",
                "ال" + stem + "تين", "ال" + stem + "ات", stem, stem + "ين", stem + "ون");
    }
}
