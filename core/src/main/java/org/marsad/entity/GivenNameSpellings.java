package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;

/**
 * A known person whose given name an article spells otherwise: «سرجي لافروف» is «سيرغي لافروف»,
 * «جوريجوس دونيس» «جورجيوس دونيس», «إيدن هازارد» «إيدين هازارد», «نارندرا مودي» «ناريندرا مودي»;
 * and one whose surname it spells as one of the person's other names, with the given name of the
 * person's full name: «أنطوان جريزمان» is «أنطوان غريزمان», whose names hold «جريزمان» alone.
 * Transliterated names have several spellings and the knowledge base lists the common ones only.
 * The surname alone must name that one person in the knowledge base, and the two given names must
 * be a letter or two apart, but not two given names of the name lists («أحمد» and «محمد» are one
 * letter apart and two names; «جيم» and «جيمس» are one name). Stateless.
 */
final class GivenNameSpellings {
    private GivenNameSpellings() {}

    private static final NameLists GIVEN_NAMES = NameLists.shipped();

    /**
     * The one known person a two-word name (folded words) is a respelling of, as a list of one entry,
     * or an empty list.
     */
    static List<KbEntry> respelled(String[] words, KnowledgeBase kb) {
        if (words.length != 2 || words[0].length() < 3) return List.of();
        List<KbEntry> people = kb.byName(words[1]).stream().filter(e -> e.ref().type() == EntityType.PER).toList();
        if (people.size() != 1) return List.of();
        for (String name : people.get(0).names()) {
            String[] known = KnowledgeBase.fold(name).split(" ");
            if (known.length != 2) continue;
            if (known[1].equals(words[1]) ? alike(known[0], words[0]) : known[0].equals(words[0])) return people;
        }
        return List.of();
    }

    /** Whether two given names are spellings of one: one edit apart, or two where both have five letters or more. */
    static boolean alike(String a, String b) {
        if (a.equals(b) || GIVEN_NAMES.opensPersonName(a) && GIVEN_NAMES.opensPersonName(b)) return false;
        int d = distance(a, b);
        return d == 1 || d == 2 && Math.min(a.length(), b.length()) >= 5;
    }

    /** Edits (a letter added, dropped, changed, or two neighbours swapped) from {@code a} to {@code b}. */
    static int distance(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) t[i][0] = i;
        for (int j = 0; j <= b.length(); j++) t[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                t[i][j] = Math.min(Math.min(t[i - 1][j] + 1, t[i][j - 1] + 1), t[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    t[i][j] = Math.min(t[i][j], t[i - 2][j - 2] + 1);
                }
            }
        }
        return t[a.length()][b.length()];
    }
}
