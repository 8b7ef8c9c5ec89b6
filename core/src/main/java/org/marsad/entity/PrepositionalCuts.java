package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * Where a person's name that the recogniser found runs into a prepositional phrase: whom the
 * person spoke to («لرويترز», «لمراسل فرانس 24», «لفرانس24»), where («بالقصيم»), to whom by title
 * («بالملك»). Split from {@link MentionSpans}. Thread-safe.
 */
final class PrepositionalCuts {
    private final KnowledgeBase kb;
    private final KbMatcher matcher;

    PrepositionalCuts(KnowledgeBase kb, KbMatcher matcher) {
        this.kb = kb;
        this.matcher = matcher;
    }

    /** Whom a person speaks to, after «ل»: «لمراسل فرانس 24», «لصحيفة», «لوكالة». Folded. */
    private static final java.util.Set<String> REPORTERS = ArabicNormalizer.foldedSet("مراسل", "مراسلة", "مراسلي", "صحيفة",
            "وكالة", "قناة");

    private static final String ON = "على";

    /** How many words before a mention a known name that ends inside it may begin. */
    private static final int KNOWN_NAME_BEFORE = 4;

    /**
     * Where a person's name runs into a prepositional phrase, or -1: a word after the first with
     * «لل» («ساماراس للهلال», «سليماني لليستر»: names do not begin so), or with «ب»/«ل» before
     * a known place or a title («نايف بالقصيم», «العبد بالعريش», «كارتر بالملك», «لوزير»,
     * «لمراسل»), or before a known organisation after ل («باتريك بون لبي بي سي») or ب (one of
     * several words only). Foreign names
     * that begin with the same letters stay («هايلي بالدوين», «مايكل بالاك»). Or «على» written with
     * its «ى» after a known person's name.
     */
    int at(List<Token> tokens, int first, int last) {
        for (int k = first + 1; k <= last; k++) {
            Token t = tokens.get(k);
            if (!WordForms.opensWithPreposition(t)) {
                if (unsplitToOrganisation(tokens, k)) return k; // «نادين لبكي لفرانس24»
                continue;
            }
            String rest = WordForms.folded(t);
            String written = WordForms.withoutConjunction(t);
            if (written.startsWith("لل") || Roles.BEFORE_NAMES.contains(rest)) return k;
            if (kb.namesPlace(rest)) return k;
            // «مراد التركي لمراسل فرانس 24», «لوزير الخارجية»: whom the person spoke to, by title
            // (after ل only: «كولينا» is no ك + «ولي»)
            if (written.startsWith("ل") && (Roles.isHead(rest) || REPORTERS.contains(rest))) return k;
            // «الباحث باتريك بون لبي بي سي», «قال ... لرويترز»: to a known organisation; after ب only a name of
            // several words, since foreign surnames open so («دانا برينو» is no ب + «رينو», Renault), and not
            // after ك («تيم كيا تونغ», «زينو كوفا»)
            KbMatcher.Match m = matcher.at(tokens, k);
            // (after ل the organisation's name may run on past the mention: «لبكي لفرانس» + «24»)
            if (m != null && (written.startsWith("ل") || written.startsWith("ب") && m.last() > k && m.last() <= last)
                    && m.entries().stream().anyMatch(e -> e.ref().type() == EntityType.ORG)) return k;
        }
        // «عبدربه منصور هادي على زنجبار»: «على» ("on") folds to the name «علي», but not after a known person's whole
        // name, which may begin before the mention (the recogniser read «عبدربه منصور» and «هادي على زنجبار») or after its first word
        for (int k = first + 1; k <= last; k++) {
            if (!ArabicNormalizer.withoutMarks(tokens.get(k).text()).equals(ON)) continue;
            for (int j = Math.max(0, first - KNOWN_NAME_BEFORE); j < k; j++) {
                if (matcher.lookup(tokens, j, k - 1).stream().anyMatch(e -> e.ref().type() == EntityType.PER)) return k;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code k} is «ل» and a known organisation's name that the segmenter left whole,
     * the word being too rare for it to split («لفرانس24», «لفرانس 24»): whom a person spoke to.
     */
    private boolean unsplitToOrganisation(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.segments().size() != 1 || !t.norm().startsWith("ل")) return false;
        KbMatcher.Match m = matcher.at(tokens, k);
        return m != null && !m.name().startsWith("ل") && m.entries().stream().anyMatch(e -> e.ref().type() == EntityType.ORG);
    }
}
