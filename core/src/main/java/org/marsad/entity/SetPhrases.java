package org.marsad.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Found;
import org.marsad.text.ArabicNormalizer;

/**
 * Set phrases whose words look like names: an adjective that names also end in, after the noun it
 * qualifies («الذكر الحكيم», «الحكم الرشيد»), and a noun that is also a given name, before the
 * complement that makes it a common noun («رائد الفضاء»). Split from {@link NonNames}. Stateless.
 */
final class SetPhrases {
    private SetPhrases() {}

    /**
     * Adjectives that names also end in, after the noun they qualify in a set phrase: «الذكر الحكيم»
     * (the Quran), «القرار الحكيم» (the wise decision), «الحكم الرشيد» (good governance), «الظهير
     * الأيمن» written «ظهير أيمن» (right back), «الشرق أوسطية» (Middle-Eastern), «القاصي والداني» (far and
     * near: everyone; «والداني» after its «و»), and one complement noun: «ولاية الفقيه» (the jurist's
     * guardianship, Iran's doctrine of rule, not a state named «الفقيه»). Folded noun (clitics
     * off) to its folded adjectives.
     */
    private static final Map<String, Set<String>> ADJECTIVES = Map.ofEntries(
            Map.entry(ArabicNormalizer.normalize("الذكر"), ArabicNormalizer.foldedSet("الحكيم")),
            Map.entry(ArabicNormalizer.normalize("القرار"), ArabicNormalizer.foldedSet("الحكيم", "الرشيد")),
            Map.entry(ArabicNormalizer.normalize("الحكم"), ArabicNormalizer.foldedSet("الرشيد")),
            Map.entry(ArabicNormalizer.normalize("ظهير"), ArabicNormalizer.foldedSet("أيمن", "أيسر")),
            Map.entry(ArabicNormalizer.normalize("الشرق"), ArabicNormalizer.foldedSet("أوسطي", "أوسطية")),
            Map.entry(ArabicNormalizer.normalize("شرق"), ArabicNormalizer.foldedSet("أوسطي", "أوسطية")),
            Map.entry(ArabicNormalizer.normalize("القاصي"), ArabicNormalizer.foldedSet("الداني")),
            Map.entry(ArabicNormalizer.normalize("ولاية"), ArabicNormalizer.foldedSet("الفقيه")),
            // God's praise: «جل وعلا» (exalted), «إنه جواد كريم» (He is generous, noble); «علا» and «جواد» are given names
            Map.entry(ArabicNormalizer.normalize("جل"), ArabicNormalizer.foldedSet("علا")),
            Map.entry(ArabicNormalizer.normalize("جواد"), ArabicNormalizer.foldedSet("كريم")),
            // «حرب باردة» (a cold war, indefinite): «الحرب الباردة» is the Cold War
            Map.entry(ArabicNormalizer.normalize("حرب"), ArabicNormalizer.foldedSet("باردة")));

    /** «المفعول»: what makes «ساري» ("valid") a common adjective: «ساري المفعول», in force. Folded. */
    private static final Set<String> IN_FORCE = ArabicNormalizer.foldedSet("المفعول");

    /** «الفضاء», «الأعمال»: what makes «رائد» an astronaut or an entrepreneur. Folded. */
    private static final Set<String> PIONEER_COMPLEMENTS = ArabicNormalizer.foldedSet("الفضاء", "فضاء", "الأعمال", "أعمال");

    /**
     * Nouns that are given names too, read as a name before the complement that makes them a
     * common noun: «رائد الفضاء» (an astronaut; «رائد» is also Raed), «رائد الأعمال», «رواد الفضاء»,
     * «ساري المفعول» (in force; «ساري» is also Sari), «حسن النية» (good faith); and «الريشة الطائرة»
     * (badminton) and «القنب الهندي» (cannabis), read as places; «ولي التوفيق» («والله ولي التوفيق»: God
     * grants success), read as a person. God's grace has its own test ({@link #graceOfGod}), and so
     * does «بطولة» before a film's cast ({@link #starring}).
     */
    private static final Map<String, Set<String>> NOUNS_BEFORE_COMPLEMENTS = Map.of(
            // «حسن النية» (good faith), «حسن الظن», «حسن الخلق»: «حسن» is also Hassan
            ArabicNormalizer.normalize("حسن"), ArabicNormalizer.foldedSet("النية", "الظن", "الخلق", "الجوار", "جوار", "التعامل"),
            ArabicNormalizer.normalize("رائد"), PIONEER_COMPLEMENTS,
            ArabicNormalizer.normalize("رواد"), PIONEER_COMPLEMENTS,
            ArabicNormalizer.normalize("ساري"), IN_FORCE,
            ArabicNormalizer.normalize("سارية"), IN_FORCE,
            ArabicNormalizer.normalize("الريشة"), ArabicNormalizer.foldedSet("الطائرة"),
            ArabicNormalizer.normalize("القنب"), ArabicNormalizer.foldedSet("الهندي"),
            // «والله ولي التوفيق» (God grants success), the close of a letter or column; «ولي النعمة», a benefactor
            ArabicNormalizer.normalize("ولي"), ArabicNormalizer.foldedSet("التوفيق", "النعمة"));

    /**
     * «توفيق», «عون»: God's grace and help before «الله» («بتوفيق الله», «لولا توفيق الله وعونه»), though both are
     * given names; and «دين», God's religion («أعداء لدين الله», «الانتصار لدين الله»; the caliph «المعز لدين الله»
     * is three words). Folded.
     */
    private static final Set<String> GRACES = ArabicNormalizer.foldedSet("توفيق", "عون", "دين");

    /** Whether the word at {@code i}, clitics off, is God's grace, help or religion before «الله», not the given name Tawfiq or Aoun. */
    private static boolean graceOfGod(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && GRACES.contains(WordForms.folded(tokens.get(i))) && SpanTrims.isAllah(tokens.get(i + 1));
    }

    /** Whether a recognised mention is one of these phrases or a part of one, and names nothing. */
    static boolean nameless(List<Token> tokens, Found f) {
        return adjectiveOfASetPhrase(tokens, f) || nounBeforeItsComplement(tokens, f)
                || f.type() == EntityType.PER && f.last() - f.first() <= 1 && graceOfGod(tokens, f.first())
                || f.type() == EntityType.MISC && (starring(tokens, f.first()) || f.first() > 0 && starring(tokens, f.first() - 1));
    }

    private static final String STARRING = ArabicNormalizer.normalize("بطولة");

    /** Who or what «بطولة» ("starring") is said of in a film's credits: the film, the actress, the stars. Folded, without the article. */
    private static final Set<String> CAST = ArabicNormalizer.foldedSet("فيلم", "مسلسل", "عمل", "فنان", "فنانة", "ممثل", "ممثلة",
            "نجم", "نجمة", "فنانين", "فنانات", "ممثلين", "ممثلات", "نجوم", "نجمات");

    /**
     * Whether «بطولة» at {@code i} is "starring", not a championship: «بطولة الفيلم للفنانة
     * الفلسطينية هيام عباس», «من بطولة الفنانة ...», which the recogniser reads as a competition's name.
     */
    private static boolean starring(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !WordForms.folded(tokens.get(i)).equals(STARRING)) return false;
        String next = WordForms.folded(tokens.get(i + 1));
        return CAST.contains(next.startsWith("ال") ? next.substring(2) : next);
    }

    /**
     * Whether a mention is the adjective of one of the {@link #ADJECTIVES}' phrases, alone after its noun
     * («الذكر [الحكيم]») or with it («[الشرق أوسطي]»); the noun's clitics are off («بالحكم الرشيد»).
     */
    private static boolean adjectiveOfASetPhrase(List<Token> tokens, Found f) {
        int noun = f.first() == f.last() ? f.first() - 1 : f.first();
        if (noun < 0 || f.last() - noun != 1) return false;
        Set<String> adjectives = ADJECTIVES.get(WordForms.folded(tokens.get(noun)));
        return adjectives != null && adjectives.contains(WordForms.foldedWithoutConjunction(tokens.get(f.last())));
    }

    /** Whether a mention of one word, or of that word and its complement, is one of {@link #NOUNS_BEFORE_COMPLEMENTS}. */
    private static boolean nounBeforeItsComplement(List<Token> tokens, Found f) {
        if (f.last() - f.first() > 1 || f.first() + 1 >= tokens.size()) return false;
        Set<String> complements = NOUNS_BEFORE_COMPLEMENTS.get(WordForms.foldedWithoutConjunction(tokens.get(f.first())));
        return complements != null && complements.contains(WordForms.folded(tokens.get(f.first() + 1)));
    }
}
