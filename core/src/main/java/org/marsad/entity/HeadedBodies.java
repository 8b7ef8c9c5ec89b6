package org.marsad.entity;

import java.util.List;
import java.util.Set;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * A body named by a head noun and a relative adjective: «اللجنة الأولمبية العربية السعودية»,
 * «المركز الأحوازي لحقوق الإنسان». The recogniser sometimes starts the name at the adjective,
 * and the name of the country in it makes the rest a place («الأولمبية العربية السعودية»). A
 * name never starts there: in ANERcorp and AQMAR train, a mention never begins at a definite
 * relative adjective right after one of these definite nouns (52 and 12 names hold both words,
 * 75 and 3 hold neither). So the mention takes the noun in; it is the body the knowledge base
 * knows by the whole name («الاتحاد الأوروبي»), else an organisation. Stateless.
 */
final class HeadedBodies {
    private HeadedBodies() {}

    /** Definite nouns that head a body's name before a relative adjective. Folded. */
    private static final Set<String> HEADS = ArabicNormalizer.foldedSet("اللجنة", "الهيئة", "الجمعية", "المنظمة", "الاتحاد",
            "الشركة", "الوكالة", "المؤسسة", "المجلس", "الحزب", "الجبهة", "الحركة", "الرابطة", "المركز", "المعهد", "الجامعة",
            "البنك", "الصندوق");

    /** Widens each draft of {@code here} that starts at a relative adjective after a head noun to take the noun in. */
    static void widen(List<Token> tokens, List<Draft> here, KbMatcher matcher) {
        for (Draft d : here) {
            if (d.first == 0 || !relativeAdjective(tokens.get(d.first))) continue;
            int head = d.first - 1;
            if (!HEADS.contains(WordForms.folded(tokens.get(head)))) continue;
            if (here.stream().anyMatch(o -> o != d && o.first <= head && head <= o.last)) continue;
            d.first = head;
            d.type = EntityType.ORG; // the knowledge base retypes a name it knows later: «الاتحاد السوفيتي» is a place
            d.entries = matcher.lookup(tokens, d.first, d.last); // «البنك الأهلي» is no longer the club «الأهلي»
        }
    }

    /** «جامعة», «معهد»: a university or an institute named by a place in construct. Folded. */
    private static final Set<String> INSTITUTIONS = ArabicNormalizer.foldedSet("جامعة", "معهد");

    /**
     * Widens each place of {@code here} right after «جامعة» or «معهد» to take the noun in: «بجامعة
     * الدمام», «جامعة كولومبيا», «معهد واشنطن» are a university and an institute, which ANERcorp
     * marks as one organisation with the noun (train: 31 of 39 «جامعة» before a name begin it). The
     * knowledge base's entry for the whole name, if any, replaces the place's.
     */
    static void widenToInstitutions(List<Token> tokens, List<Draft> here, KbMatcher matcher) {
        for (Draft d : here) {
            if (d.first == 0 || d.type != EntityType.LOC) continue;
            int head = d.first - 1;
            if (!INSTITUTIONS.contains(WordForms.folded(tokens.get(head)))) continue;
            if (here.stream().anyMatch(o -> o != d && o.first <= head && head <= o.last)) continue;
            d.first = head;
            d.type = EntityType.ORG;
            d.entries = matcher.lookup(tokens, d.first, d.last).stream().filter(e -> e.ref().type() == EntityType.ORG).toList();
            d.typedByContext = true;
        }
    }

    /** A definite relative adjective written without a clitic before it: «الأولمبية», «الأحوازي». */
    static boolean relativeAdjective(Token t) {
        if (t.segments().isEmpty() || t.segments().get(0).kind() != Segment.Kind.DET) return false;
        String f = WordForms.folded(t);
        return f.length() > 4 && (f.endsWith("ي") || f.endsWith("يه")); // «ال» + at least three letters
    }
}
