package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Found;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.ReportingVerbs;
import org.marsad.time.CalendarNames;

/**
 * Words trimmed from a recognised mention before {@link MentionSpans} shapes it: words with tanween
 * («شعراً ماجناً»), which no name takes, and a religious formula the mention ran into («محمد
 * الكعبي يرحمه الله»). Stateless.
 */
final class SpanTrims {
    private SpanTrims() {}

    /** Verbs and nouns of the religious formulas that take «الله»: «رحمه الله», «حفظه الله», «بإذن الله». */
    private static final java.util.Set<String> FORMULA_BEFORE = ArabicNormalizer.foldedSet("رحمه", "يرحمه", "رحمها", "يرحمها",
            "رحمهم", "رحمك", "غفر", "يغفر", "طيب", "حفظه", "يحفظه", "حفظها", "حفظهم", "حفظك", "رعاه", "يرعاه", "رعاها",
            "داعيا", "داعين", "داعيًا", "نحمد", "نسأل", "أسأل", "سائلا", "سائلين", "أعاده", "عظم", "جزاهم", "جزاه", "وفقه",
            "بإذن", "بمشيئة", "بعون", "شاء", "الحمد", "سبحان", "بتوفيق",
            // prayers: «بارك الله فيكم», «أدام الله عزها», «أكرمكم الله», «أطال الله عمره», «رحم الله»
            "بارك", "أدام", "أكرمكم", "أعز", "أعزه", "أطال", "أعان", "رحم", "هداه", "جزى");
    /** Verbs of the blessings said after a name, before «الله»: «رضي الله عنه», «صلى الله عليه وسلم», «قدس الله سره». Folded. */
    private static final java.util.Set<String> BLESSINGS = ArabicNormalizer.foldedSet("رضي", "صلى", "صلي", "قدس", "رحمه", "رحمها",
            "رحمهم", "حفظه", "حفظها", "حفظهم", "يحفظه", "أيده", "يرحمه", "يرحمها");
    /** Words that follow «الله» in a formula: «الله عز وجل», «الله تعالى». */
    private static final java.util.Set<String> FORMULA_AFTER = ArabicNormalizer.foldedSet("عز", "تعالى", "سبحانه", "جل",
            // the closing «والله الموفق», «والله الهادي إلى سواء السبيل», «والله المستعان»
            "الموفق", "الهادي", "المستعان");
    private static final String ALLAH = ArabicNormalizer.normalize("الله");
    private static final String MERCY = ArabicNormalizer.normalize("رحمه");

    /** Whether the token is «الله», with or without a clitic («لله», «والله»). */
    static boolean isAllah(Token t) {
        return WordForms.folded(t).equals(ALLAH) || WordForms.foldedWithoutConjunction(t).equals(ALLAH) || t.norm().equals(ALLAH);
    }

    /**
     * The mention without the religious formula it ran into: «محمد الكعبي يرحمه الله» → «محمد
     * الكعبي»; «يرحمه الله», «الله عز» → «الله» alone, which ANERcorp and AQMAR tag MISC (God).
     * «الله» after a formula word or before «عز», «تعالى», and the words around it, are no part of
     * a name. Places are left alone («رام الله»), and so are compound names («عبد الله», «نصر الله»,
     * «أنصار الله»), whose first part is no formula word. A blessing after a name goes («رضي الله
     * عنه»), and a lone «الله» taken for a place is God («إنه قضاء الله»: «قضاء» is also a district).
     * Null when nothing is left.
     */
    static Found withoutFormula(List<Token> tokens, Found f) {
        if (f.last() + 1 < tokens.size() && isAllah(tokens.get(f.last() + 1)) && formulaWord(tokens.get(f.last()), BLESSINGS)) {
            // «علي بن أبي طالب رضي الله عنه», «النبي صلى الله عليه وسلم»: the blessing after a name is no part of it
            if (f.first() == f.last()) return null;
            f = new Found(f.sentence(), f.first(), f.last() - 1, f.type());
        }
        if (f.first() == f.last() && f.type() == EntityType.LOC && isAllah(tokens.get(f.first()))) {
            return new Found(f.sentence(), f.first(), f.last(), EntityType.MISC); // «هو قضاء الله»: God, though «قضاء» is a district
        }
        if (f.type() == EntityType.LOC || f.first() == f.last()) return f;
        for (int k = f.first(); k <= f.last(); k++) {
            if (!isAllah(tokens.get(k))) continue;
            // «زيد بن خالد رضي الله عنه»: a blessing the recogniser took in with «الله»
            boolean verbBefore = k > 0 && (formulaWord(tokens.get(k - 1), FORMULA_BEFORE) || formulaWord(tokens.get(k - 1), BLESSINGS));
            boolean wordAfter = k + 1 < tokens.size() && FORMULA_AFTER.contains(WordForms.foldedWithoutConjunction(tokens.get(k + 1)));
            if (!verbBefore && !wordAfter) continue;
            int last = verbBefore && k - 1 >= f.first() ? k - 2 : k - 1;
            return last < f.first() ? new Found(f.sentence(), k, k, EntityType.MISC) : new Found(f.sentence(), f.first(), last, f.type());
        }
        return f;
    }

    /**
     * Whether {@code t} is one of a formula's {@code words}: «رحمه» (have mercy on him), not «رحمة»
     * (mercy, the first part of the name «رحمة الله»), which folds the same.
     */
    private static boolean formulaWord(Token t, java.util.Set<String> words) {
        String w = WordForms.foldedWithoutConjunction(t);
        return words.contains(w) && !(w.equals(MERCY) && t.text().endsWith("ة"));
    }

    /**
     * The mention without the tokens at its edges that hold no letter or digit («اقتصاد كوريا..
     * ويتلاشى»: the recogniser ran the place into the dots after it); null when nothing is left.
     */
    static Found withoutEdgePunctuation(List<Token> tokens, Found f) {
        int first = f.first();
        int last = f.last();
        while (first <= last && !wordLike(tokens.get(first))) first++;
        while (last >= first && !wordLike(tokens.get(last))) last--;
        if (first > last) return null;
        return first == f.first() && last == f.last() ? f : new Found(f.sentence(), first, last, f.type());
    }

    private static boolean wordLike(Token t) {
        return t.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * The mention without its words that carry tanween («شعراً ماجناً», «خاسئاً المملكة العربية
     * السعودية», «عبد الرحمن لوتاه نائبًا»): the mark of an indefinite noun or adverb, which a name
     * does not take; null when no word is left. A sum of money keeps its currency («دولاراً»).
     */
    static Found withoutTanween(List<Token> tokens, Found f) {
        int first = f.first();
        int last = f.last();
        while (first <= last && tanween(tokens.get(first))) first++;
        while (last >= first && tanween(tokens.get(last))) last--;
        if (first > last) return null;
        return first == f.first() && last == f.last() ? f : new Found(f.sentence(), first, last, f.type());
    }

    /**
     * The mention without «لسان» ("tongue") of «على لسان» ("in the words of"), which the
     * segmenter reads as ل + «سان» and the recogniser joins to the name after it as a saint's place
     * («على لسان نصرالله» → «نصرالله»); null when a lone title is left («على لسان الأمير»). Not
     * «لسان جرمان» ("for Saint-Germain"), after no «على».
     */
    static Found withoutTongue(List<Token> tokens, Found f) {
        int first = f.first();
        if (first == 0 || !TONGUE.contains(tokens.get(first).norm()) || !TONGUE_BEFORE.contains(tokens.get(first - 1).norm())) return f;
        if (first == f.last() || first + 1 == f.last() && Roles.isTitleWord(WordForms.foldedWithoutConjunction(tokens.get(f.last())))) return null;
        return new Found(f.sentence(), first + 1, f.last(), f.type());
    }

    /**
     * The mention without an organisation's head noun and the opening quote mark after it, which
     * the recogniser took in with the name that follows («منظمة "توباماروس"» → «توباماروس», «معهد
     * «بروكينغز»» → «بروكينغز»): a mention holds no quote mark. Unchanged otherwise.
     */
    static Found withoutHeadBeforeQuote(List<Token> tokens, Found f) {
        if (f.last() < f.first() + 2 || !QuoteMarks.isQuoteMark(tokens.get(f.first() + 1))
                || !NonNames.GENERIC_HEADS.contains(WordForms.foldedWithoutConjunction(tokens.get(f.first())))) return f;
        return new Found(f.sentence(), f.first() + 2, f.last(), f.type());
    }

    /**
     * The mention without «لصالح» ("in favour of") that the recogniser read as ل + Saleh and joined to
     * the name after it («لصالح إيران» → «إيران»); see {@link NonNames#inFavourOf}.
     */
    static Found withoutInFavourOf(List<Token> tokens, Found f) {
        return f.first() < f.last() && NonNames.inFavourOf(tokens, f.first()) ? new Found(f.sentence(), f.first() + 1, f.last(), f.type()) : f;
    }

    private static final java.util.Set<String> TONGUE = java.util.Set.of("لسان", "بلسان");
    /** «على», «من» (folded: «لم يسلموا من لسان ستيوارت»): not «في لسان العرب», the dictionary. */
    private static final java.util.Set<String> TONGUE_BEFORE = java.util.Set.of("علي", "من");

    /**
     * Particles no name ends with, as written (folding would make «على» the name «علي» and «إلى»
     * «الي»): «البنك المركزي بأن», «آبي قد قال», «آبي إلى أن», and with a pronoun («البنك المركزي
     * بأنه»). Not «إن», «في», «أو»: «سي إن إن», «بي تي في», «إتش بي أو». Nor the participles
     * that open a prayer after a name («سائلين الله», «داعين»).
     */
    private static final java.util.Set<String> TRAILING_PARTICLES = java.util.Set.of("إلى", "الى", "قد", "بأن", "أن", "لأن", "على",
            "لكن", "ولكن", "لكنه", "لكنها",
            "عن", "ثم", "بأنه", "بأنها", "أنه", "أنها", "لأنه", "لأنها", "عليه", "عليها", "عنه", "عنها",
            // the participles that open a prayer after a name: «لمساعد مدير التعليم آل معمر سائلين الله أن ...»
            "سائلين", "سائلا", "داعين", "داعيا", "راجين", "راجيا", "متمنين", "متمنيا",
            // «نصر لصالح الجميع»: "in favour of"
            "لصالح",
            // «عيسى قاسم قيد الإقامة الجبرية», «رهن الاعتقال»: "under" house arrest, "in" custody
            "قيد", "رهن",
            // the participles that go on with a speaker: «وتصميم البلجيكي ديبي قائلا "..."»
            "قائلا", "قائلة", "مضيفا", "مضيفة", "مؤكدا", "مؤكدة", "مشيرا", "مشيرة", "موضحا", "موضحة", "معتبرا", "معتبرة",
            // and those that say where he stands or whom he follows: «يعتبر الملا منصور مؤيدا للمحادثات», «تعيين منصور خلفا لعمر»
            "مؤيدا", "معارضا", "مطالبا", "خلفا",
            // a title in the accusative after a name: «وجاء التشكيل: ... حميد شيباني نائبا»; «محمد بن سلمان ولي العهد»
            "نائبا", "رئيسا", "عضوا", "أمينا", "مديرا", "مستشارا", "ولي",
            // "not" before an adjective: «أصبح راؤول غير قادر»
            "غير",
            // "then", "yesterday": «ومن بينهن أرجينتو آنذاك», «ستيفن هاربر حينذاك», «وصل هادي أمس»
            "آنذاك", "انذاك", "حينذاك", "وقتذاك", "أمس",
            // "also": «ماتيراتزي أيضا»
            "أيضا", "كذلك",
            // "in his name": «وأعرب الملك سلمان باسمه واسم شعب المملكة»
            "باسمه", "باسمها", "باسمهم",
            // relative pronouns: «ريفاس اللذين» (the two who), «... الذي»
            "الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان",
            // «صلى محمد بن نايف ركعتين» (two prostrations); «كارلوس باكا المنتقل حديثا» (who moved, joined, is on loan)
            "ركعتين", "ركعتي", "المنتقل", "المنضم", "المعار");

    /**
     * Ordinals without the article, which rank what follows them and end no name: «اختير راؤول
     * سادس أفضل لاعب», «صلاح أول لاعب عربي», «الاتحاد خامس الترتيب». A regnal number takes the
     * article («عبدالله الثاني»); «ثاني» after «آل» («حمد آل ثاني») comes back, since a name never
     * ends on «آل» ({@link MentionSpans}). As written.
     */
    private static final java.util.Set<String> TRAILING_ORDINALS = java.util.Set.of("أول", "ثاني", "ثالث", "رابع", "خامس",
            "سادس", "سابع", "ثامن", "تاسع", "عاشر", "أولى", "ثانية", "ثالثة", "رابعة", "خامسة");

    /**
     * Particles that open a clause, which no person's name has inside: «وقال الفارس عبدالله ناصر
     * سليمان لقد سررت» (a colon missing) ends the name before «لقد». As written.
     */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("لقد", "وقد", "فقد", "قد", "أن", "بأن",
            "أنه", "أنها", "بأنه", "بأنها", "إنه", "إنها", "إننا", "لن", "لم");

    /** Times of day that, before a weekday, make a time and not a name: «صباح الخميس». Folded. */
    private static final java.util.Set<String> TIMES_OF_DAY = ArabicNormalizer.foldedSet("صباح", "مساء", "ظهر", "عصر", "فجر",
            "ليلة", "ليل", "صبيحة", "ظهيرة");

    /** Whether a token is a number alone: digits, with the points and commas of a number. */
    private static boolean number(String text) {
        return text.chars().anyMatch(Character::isDigit) && text.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == '٫' || c == '٬');
    }

    /** Null for a "person" that is a time of a weekday («صباح الخميس», Sabah being a given name), else the mention. */
    static Found notATime(List<Token> tokens, Found f) {
        if (f.type() == EntityType.PER && f.last() == f.first() + 1 && TIMES_OF_DAY.contains(tokens.get(f.first()).norm())
                && weekday(tokens.get(f.last()))) return null;
        return f;
    }

    /**
     * A "person" without the numbers it opens with, a clitic allowed before them: a quantity is no
     * part of a name («ب153340 كلغم», «89.29 بنس», «907م وسونغ»), and a unit left alone would
     * otherwise make the article's other units short forms of the name. Null for numbers only.
     */
    static Found withoutLeadingNumbers(List<Token> tokens, Found f) {
        if (f.type() != EntityType.PER) return f;
        int first = f.first();
        while (first <= f.last() && startsWithADigit(tokens.get(first))) first++;
        if (first > f.last()) return null;
        return first == f.first() ? f : new Found(f.sentence(), first, f.last(), f.type());
    }

    private static boolean startsWithADigit(Token t) {
        String stem = WordForms.foldedStem(t);
        return !stem.isEmpty() && Character.isDigit(stem.codePointAt(0));
    }

    /**
     * Nouns after which «حسن» is "good" and not the name Hassan: «مبادئ حسن الجوار» (good
     * neighbourliness: 13 "people" on ANT dev and the SaudiNewsNet files), «لحسن الحظ»
     * (fortunately), «حسن الظن». As the token's norm.
     */
    private static final java.util.Set<String> GOOD_WHAT = ArabicNormalizer.foldedSet("الجوار", "الحظ", "الظن", "النية", "النوايا",
            "السير", "السلوك", "التعامل", "المعاملة", "الأداء", "الإدارة", "الاستقبال", "الضيافة", "الخلق", "الأخلاق", "التدبير",
            "التصرف", "الخاتمة", "الطالع");

    private static final String HASAN = ArabicNormalizer.normalize("حسن");

    /** Null for a "person" that is «حسن» + one of {@link #GOOD_WHAT} («حسن الجوار»), else the mention. */
    static Found notAQuality(List<Token> tokens, Found f) {
        if (f.type() != EntityType.PER || f.last() == f.first() || !WordForms.folded(tokens.get(f.first())).equals(HASAN)) return f;
        String what = tokens.get(f.first() + 1).norm();
        if (f.last() == f.first() + 1) return GOOD_WHAT.contains(what) ? null : f;
        // «عن حسن نية ظريف»: Zarif's good faith, the quality without the article before whose it is;
        // before a word with the article it is a thing's («حسن سير الحج», the Hajj running well)
        if (!GOOD_WHAT.contains("ال" + what)) return f;
        if (f.last() == f.first() + 2 && tokens.get(f.last()).norm().startsWith("ال")) return null;
        return new Found(f.sentence(), f.first() + 2, f.last(), f.type());
    }

    /** A day of the week with the article («الخميس»), as the date tagger names them. */
    private static boolean weekday(Token t) {
        return weekdayOf(t) != 0;
    }

    /** The ISO weekday a word with the article names («الاثنين» 1 ... «الأحد» 7), else 0. */
    static int weekdayOf(Token t) {
        return t.norm().startsWith("ال") ? CalendarNames.weekday(t.norm()) : 0;
    }

    /**
     * Titles with the article that follow a person's name («عزام الأحمد القيادي في حركة فتح»), which
     * the recogniser sometimes runs into; a name of three words or more drops one. Not «الأمين» or
     * «الرئيس», which are names too («محمد الأمين»). Folded.
     */
    private static final java.util.Set<String> TRAILING_TITLES = ArabicNormalizer.foldedSet("القيادي",
            "المسؤول", "الناطق", "المتحدث", "الوزير", "السفير", "المستشار", "الخبير", "الصحفي", "الباحث", "المحلل",
            "اللاعب", "المدرب", "المهاجم", "المدافع");

    /**
     * Titles without the article that follow a person's name in the construct state, before what
     * they are the title of («منى أبو سليمان خبيرة التنمية البشرية», «... مديرة المدرسة»). Not
     * «رئيس», «أمين», «وزير», which are names too. Folded.
     */
    private static final java.util.Set<String> CONSTRUCT_TITLES = ArabicNormalizer.foldedSet("خبير", "خبيرة", "مدير", "مديرة",
            "رئيسة", "مستشارة", "أستاذة", "مؤسس", "مؤسسة", "عضو", "عضوة", "عميد", "عميدة");

    /**
     * Titles that are given names too («أمير», «شيخ»), which end a person's name only before the
     * complement that makes them titles: «أمير منطقة عسير», «شيخ شمل قبائل يام», «شيخ قبيلة». Folded,
     * the title to its complements.
     */
    private static final java.util.Map<String, java.util.Set<String>> TITLES_BEFORE_COMPLEMENTS = java.util.Map.of(
            ArabicNormalizer.normalize("أمير"), ArabicNormalizer.foldedSet("منطقة", "منطقتي", "محافظة"),
            ArabicNormalizer.normalize("شيخ"), ArabicNormalizer.foldedSet("شمل", "قبيلة", "قبائل", "عشيرة", "عشائر", "مشايخ"));

    /**
     * Verbs of what a speech or letter did, which the recogniser runs a speaker's name into where
     * «فيها» ("in it") follows: «ألقاها ... الحارثي شكر فيها صاحب الجائزة». As written.
     */
    private static final java.util.Set<String> SPEECH_VERBS = java.util.Set.of("شكر", "رحب", "هنأ", "أكد", "أشاد", "دعا", "عبر",
            "أعرب", "أوضح", "أشار", "تحدث", "قال", "تناول", "استعرض", "ثمن", "بارك", "نوه");

    /**
     * Participles of a player's move, written after his name before «من» (from where): «ساري عمرو
     * المنتقل من الوحدة», «سلطان الدعيع المعار من الهلال», «القادم من الشباب». Folded.
     */
    private static final java.util.Set<String> MOVES = ArabicNormalizer.foldedSet("المنتقل", "المعار", "القادم", "المنضم", "العائد");

    private static final String FROM = "من";

    /**
     * The person mention without a participle of a move and what follows it ({@link #MOVES}), which the
     * recogniser runs a player's name into; null when the mention begins with one. Unchanged otherwise.
     */
    static Found withoutMove(List<Token> tokens, Found f) {
        if (f.type() != EntityType.PER) return f;
        for (int k = f.first(); k <= f.last(); k++) {
            if (k + 1 < tokens.size() && MOVES.contains(tokens.get(k).norm()) && tokens.get(k + 1).norm().equals(FROM)) {
                return k == f.first() ? null : new Found(f.sentence(), f.first(), k - 1, f.type());
            }
        }
        return f;
    }

    /** «مديرعام» ("director-general" with the space lost): a title, never a name's last word. Folded. */
    private static final String DIRECTOR_GENERAL = ArabicNormalizer.normalize("مديرعام");

    /** «خلفا» / «خلفاً» ("succeeding"), folded: no name opens with it («خلفان» is another word). */
    private static final String SUCCEEDING = ArabicNormalizer.normalize("خلفا");

    /** «فيها», «فيه», «فيهما»: "in it", after a verb of speech. As written. */
    private static final java.util.Set<String> IN_IT = java.util.Set.of("فيها", "فيه", "فيهما", "خلالها", "خلاله");

    /**
     * «بنين» (boys), «بنات» (girls): the section of Saudi schooling an office serves, written before
     * the officer's name («مساعد المدير للشؤون التعليمية بنين حسين علي آل معمر»).
     */
    private static final java.util.Set<String> SECTIONS = java.util.Set.of("بنين", "بنات");

    /**
     * The mention without the particles it ran into: a person's name ends before a clause opener
     * ({@link #CLAUSE_OPENERS}), trailing particles go ({@link #TRAILING_PARTICLES}), and so does an ordinal ({@link #TRAILING_ORDINALS}),
     * a title after a person's name ({@link #TRAILING_TITLES}, {@link #CONSTRUCT_TITLES}, «مديرعام»), a verb of speech after it before «فيها» ({@link #SPEECH_VERBS}),
     * a schooling section before it ({@link #SECTIONS}), a leading «خلفا» ("succeeding"), and a leading «على» («الحكم على
     * رائف البدوي», «القضاء على أبو سياف») unless the article writes final ي as ى ({@code
     * yaAsAlefMaqsura}), where «على» is the name Ali («على عبد الله صالح»).
     * One word always stays.
     */
    static Found withoutParticles(List<Token> tokens, Found f, boolean yaAsAlefMaqsura) {
        int first = f.first();
        int last = f.last();
        if (f.type() == EntityType.PER) {
            for (int k = first + 1; k <= last; k++) {
                if (CLAUSE_OPENERS.contains(bare(tokens.get(k)))) {
                    last = k - 1;
                    break;
                }
            }
        }
        while (last > first && TRAILING_PARTICLES.contains(bare(tokens.get(last)))) last--;
        // «سعود ٠٥٥٥٨٥٥٨٦٤», «نور 91.54»: a phone number or a grade after a person's name is none of it (but
        // «بوكو إف1», «ام1»: a model's number, which makes the mention a product later, stays)
        while (f.type() == EntityType.PER && last > first && number(tokens.get(last).text())) last--;
        if (last > first && TRAILING_ORDINALS.contains(bare(tokens.get(last)))) last--;
        if (f.type() == EntityType.PER && last - first >= 2 && TRAILING_TITLES.contains(tokens.get(last).norm())) last--;
        if (f.type() == EntityType.PER && last > first && tokens.get(last).norm().equals(DIRECTOR_GENERAL)) last--;
        // «وأضاف القرني معقبا»: a participle that goes on with the speaker («معقبا», «ملمحا») is no part of the name
        if (f.type() == EntityType.PER && last > first && ReportingVerbs.role(tokens.get(last).norm()) == ReportingVerbs.Role.PARTICIPLE) last--;
        // «فيصل بن خالد أمير منطقة عسير», «علي أبو ساق شيخ شمل قبائل»: a title that is also a name, before its complement
        if (f.type() == EntityType.PER && last - first >= 2 && last + 1 < tokens.size()
                && TITLES_BEFORE_COMPLEMENTS.getOrDefault(tokens.get(last).norm(), java.util.Set.of()).contains(tokens.get(last + 1).norm())) last--;
        // «منى أبو سليمان خبيرة التنمية البشرية»: a title in the construct state, its complement after it
        if (f.type() == EntityType.PER && last - first >= 2 && CONSTRUCT_TITLES.contains(tokens.get(last).norm())
                && last + 1 < tokens.size() && tokens.get(last + 1).norm().startsWith("ال")) last--;
        // «مايك بومبيو الخميس»: a weekday after a full name is when (but «أحمد الخميس» is a surname)
        if (f.type() == EntityType.PER && last - first >= 2 && weekday(tokens.get(last))) last--;
        // «كلمة ألقاها الطالب سلطان بن محمد الحارثي شكر فيها ...»: the verb that says what the speech did
        if (f.type() == EntityType.PER && last > first && last + 1 < tokens.size() && SPEECH_VERBS.contains(bare(tokens.get(last)))
                && IN_IT.contains(bare(tokens.get(last + 1)))) last--;
        if (!yaAsAlefMaqsura && last > first && bare(tokens.get(first)).equals("على")) first++;
        if (f.type() == EntityType.PER && last > first && SECTIONS.contains(bare(tokens.get(first)))) first++;
        // «الترشح لرئاسة الفيفا خلفا لبلاتر»: "succeeding", before whom
        if (last > first && ArabicNormalizer.normalize(tokens.get(first).text()).equals(SUCCEEDING)) first++;
        return first == f.first() && last == f.last() ? f : new Found(f.sentence(), first, last, f.type());
    }

    /** The token as written, without vowel marks and tatweel. */
    private static String bare(Token t) {
        return ArabicNormalizer.withoutMarks(t.text());
    }

    static boolean tanween(Token t) {
        String text = t.text();
        if (!ArabicNormalizer.hasTanween(text)) return false;
        String bare = ArabicNormalizer.normalize(text);
        if (bare.endsWith("ا")) bare = bare.substring(0, bare.length() - 1);
        return !Currencies.WORDS.contains(bare);
    }
}
