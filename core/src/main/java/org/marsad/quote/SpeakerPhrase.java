package org.marsad.quote;

import java.util.List;
import java.util.Set;
import org.marsad.article.EntityMention;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.ReportingVerbs;
import org.marsad.text.WordFrequencies;

/**
 * Finds the subject of a reporting verb in Arabic's usual verb-subject order: the words right
 * after the verb up to a preposition, a complementizer (أن، إن), a time word or punctuation
 * («قال وزير الخارجية الروسي سيرغي لافروف خلال ...» → «وزير الخارجية الروسي سيرغي لافروف»).
 * A verb followed directly by such a word («وقال: ...», «وأضاف أن ...») has no named subject.
 * Stateless and thread-safe.
 */
final class SpeakerPhrase {
    private static final int MAX_WORDS = 10;
    private static final Set<String> STOP = Set.of("في", "خلال", "مع", "ان", "انه", "انها", "انهم", "الي", "علي",
            "عن", "من", "امس", "اليوم", "غدا", "بان", "بانه", "بانها", "لان", "ايضا", "امام", "عقب", "بعد", "قبل",
            "اثناء", "لدي", "حول", "الذي", "التي", "الذين", "انما", "فيما", "بينما", "حيث", "لكن", "ولكن",
            "كما", "هو", "هي", "هم", "نحن", "انا", "انت", "لها", "له", "لهم", "الخميس", "الجمعه",
            "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "يوم", "مساء", "صباح", "ظهر", "ليل",
            "بدوره", "بدورها", "اذ", "وان", "بل", "حين", "حينما", "عندما", "لما", "كلما", "ما", "لا", "لم", "لن", "قد",
            "كان", "كانت", "ذلك", "هذا", "هذه", "اي", "تلك", "عبر", "لوكاله", "لصحيفه", "لقناه", "لموقع", "لشبكه",
            "لتلفزيون", "لاذاعه", "لمراسل", "لوسائل", "للصحفيين", "بحسب", "وفق", "حسب", "منذ", "بين", "ضمن",
            "بالقول", "انذاك", "الان", "بيان", "نقلا", "فيها", "فيه", "منه", "منها", "عنه", "عنها", "عليه",
            "عليها", "اليه", "اليها", "لقد", "باستمرار", "رسميا", "مجددا", "صراحه", "مرارا", "موخرا",
            "حينها", "مقالا", "بيانا", "تقريرا", "تغريده", "بمثابه", "سابقا", "لاحقا", "تصريح", "تصريحات", "كلمه", "مقابله", "حديث", "موتمر",
            // particles carrying a pronoun («بحسب قولها لكنها "..."»): a clause goes on, no name follows
            "لكنه", "لكنها", "لكنهم", "لكنهما", "لكننا", "لكني", "لكنني", "انهما", "انني", "اننا", "اني", "لانه", "لانها",
            "لانهم", "كونه", "كونها", "كونهم", "بانهم", "انهن",
            // «ثم قال», «فإنه قال», «فقد أعلن», «قال كذلك»: the clause goes on with the subject already named
            "ثم", "فقد", "كذلك", "اما", "واما", "فانه", "فانها", "فانهم", "الشهر", "الاسبوع", "طوال", "بعدما", "اواخر", "اوايل", "منتصف", "اواسط",
            "خلاله", "خلالها", "خلالهم", "دوما", "دايما", "علنا",
            // «مخاوف مما تقول إنه»: a relative «ما» before the verb, whose subject was named before
            "مما", "بما", "عما", "مثلما", "حسبما", "وفقما",
            // «الذي رفض ذكر اسمه»: the name withheld is no speaker
            "اسمه", "اسمها", "اسميهما", "اسماءهم", "هويته", "هويتها", "عدم", "رفض", "رفضت", "طالبا", "طالبه", "طلب",
            "طلبوا", "طالبين", "شريطه", "شرط", "مفضلا", "مفضله",
            // «عن مصادر وصفتها بالمطلعة»: "which it described as", a clause about the source
            "وصفتها", "وصفها", "وصفته", "وصفه", "وصفتهم", "وصفهم", "وصفوها", "وصفوه", "تصفها", "يصفها", "تصفه", "يصفه",
            // «المرصد ومقره بريطانيا»: "whose seat is", a clause about the subject (with و, see isConjoinedClause)
            "مقره", "مقرها",
            // «وتساءل المواطن سعد الخضر متى يتم ...»: the question asked
            "متي", "كيف", "لماذا", "ماذا", "هل", "اين", "كم",
            // «ولم يوضح التقرير إذا ما كانت ...»: whether, if
            "اذا", "لو");

    /** «عدد من المواطنين», «بعض الخبراء»: a quantity whose «من» phrase names who spoke. Folded. */
    private static final Set<String> QUANTITIES = Set.of("عدد", "بعض", "مجموعه", "كثير", "العديد", "غالبيه",
            "معظم", "اغلب", "عشرات", "مييات", "الاف", "جميع", "كل");

    /** Comparatives after ك ("as the ..."), folded without ك. */
    private static final Set<String> COMPARATIVES = Set.of("اقل", "اكبر", "اكثر", "اول", "افضل", "اهم", "اعلي", "ادني",
            "اسوا", "احسن", "اسرع", "اطول", "اقوي", "اضخم", "اعظم", "اغلي", "ارخص", "اقدم", "احدث", "اصغر", "اخطر", "ابرز");

    /** «وهو», «وهي»: "being", opening a clause about the subject between commas. */
    private static final Set<String> CIRCUMSTANTIAL = Set.of("وهو", "وهي", "وهم", "وهما");

    /** Manner words between a verb and its subject («صرح بذلك وكيل الوزارة», «فقال ببساطة»), folded; skipped. */
    private static final Set<String> MANNER = Set.of("بذلك", "ببساطه", "بدهشه", "بهدوء", "بحزم", "بصراحه", "بثقه",
            "بوضوح", "بفخر", "بغضب", "بحماس", "بسخريه", "بابتسامه", "بتاثر", "بحسره", "بمراره", "بحزن", "بلهجه",
            "بحده", "بانفعال", "بعصبيه", "بلطف", "بامتعاض", "باستغراب", "بتهكم", "بمرح", "بخجل", "بصوت",
            "بتواضع", "بحسم", "بثبات",
            // «وختم بقوله:», "by saying"
            "بقوله", "بقولها", "بقولهم",
            // «قالت مازحة», «قال ضاحكا»: a circumstantial participle of manner
            "مازحا", "مازحه", "ضاحكا", "ضاحكه", "مبتسما", "مبتسمه", "ساخرا", "ساخره", "ممازحا", "ممازحه");

    /** «العام», «السنة», «الأسبوع», «الشهر» before one of {@link #TIME_ADJECTIVES}: a time. Folded. */
    private static final Set<String> TIME_NOUNS = Set.of("العام", "السنه", "الاسبوع", "الشهر", "الموسم");

    /** «الماضي», «المنصرم», «الجاري», «الحالي», «المقبل» (and feminine forms): which year or week. Folded. */
    private static final Set<String> TIME_ADJECTIVES = Set.of("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الجاري",
            "الجاريه", "الحالي", "الحاليه", "المقبل", "المقبله", "القادم", "القادمه");

    /** A manner word; «بأسى» ("sadly") only as written, since folded it is the name «باسي». */
    private static boolean isManner(Token t) {
        return MANNER.contains(t.norm()) || t.text().equals("بأسى");
    }

    /**
     * «سموه», «معاليه»: "His Highness", "His Excellency", the pronoun of an honorific title; as a
     * subject it names no one new but the person spoken of before. Folded.
     */
    private static final Set<String> HONORIFIC_PRONOUNS = Set.of("سموه", "سموها", "معاليه", "معاليها", "فضيلته",
            "سعادته", "سعادتها", "جلالته", "جلالتها", "سيادته", "سيادتها", "نيافته", "غبطته");

    private SpeakerPhrase() {}

    /** Verbs of replying, whose object takes «على» («ردت عليّ قائلة»). Folded. */
    private static final Set<String> REPLIES = Set.of("رد", "ردت", "ورد", "وردت", "فرد", "فردت", "يرد", "ترد", "ردا", "رده");

    /**
     * [first, last] token indices of the subject after the verb at {@code verb}, or null. An
     * apposition between commas joins it («وزير الخارجية السعودي، عادل الجبير، أن»), and a short
     * quoted name is part of it («تلفزيون "المسيرة"»).
     */
    static int[] after(List<Token> tokens, int verb) {
        int first = verb + 1;
        // «وتابع، الرئيس التركي:»: a comma between the verb and its subject
        // (not before «و»: «صرح، وابتسامة رضا بادية على ملامحه» is a circumstance)
        if (first + 1 < tokens.size() && isComma(tokens.get(first)) && isNameWord(tokens.get(first + 1))
                && (tokens.get(first + 1).segments().isEmpty() || tokens.get(first + 1).segments().get(0).kind() != Segment.Kind.CONJ)) {
            first++;
        }
        // «وأوضح لـ«عكاظ» المتحدث الرسمي للأمانة خالد بوشل»: the paper told comes first, the subject after it
        if (first < tokens.size() && isAddressee(tokens.get(first).norm())) first = skipAddressee(tokens, first);
        // «وقال عنه المؤرخ جورج ساتون:», «قالت لها الممرضة»: the subject follows a pronoun object
        // (not after a relaying verb: in «نقلت عنه وسائل الإعلام» the outlet relays what he said)
        if (first + 1 < tokens.size() && OBJECT_PRONOUNS.contains(tokens.get(first).norm())
                && !Frames.isRelaying(tokens.get(verb).norm())) first++;
        // «حسبما أفادت به وكالة أنباء الشرق الأوسط»: "reported it"
        if (first + 1 < tokens.size() && BIHI.contains(tokens.get(first).norm())) first++;
        while (first + 1 < tokens.size() && isManner(tokens.get(first))) first++;
        // «وكانت فرانكلين قد أشارت العام الماضي إلى أنها»: a time («العام الماضي»), not the subject
        if (first + 2 < tokens.size() && TIME_NOUNS.contains(tokens.get(first).norm())
                && TIME_ADJECTIVES.contains(tokens.get(first + 1).norm())) first += 2;
        if (first < tokens.size() && tokens.get(first).norm().equals(STATEMENT)) return statement(tokens, first);
        // «فقال بلا حماس:»: "without" and its noun are a manner too (but «مراسلون بلا حدود» is a name)
        if (first + 2 < tokens.size() && tokens.get(first).norm().equals("بلا")) first += 2;
        if (first < tokens.size() && isHonorificPronoun(tokens.get(first).norm())) return new int[] {first, first};
        if (first < tokens.size() && comparativeAs(tokens.get(first))) return null;
        // «وقال علي السيد»: «علي» as written, right after the verb and before a name word, is the name
        // Ali, which folds like the preposition «على» («أكد علي أن» stays the preposition, and so does
        // «عليّ», "to me", after a verb of replying: «ردت علي بعنف»)
        boolean ali = first + 1 < tokens.size() && tokens.get(first).text().equals("علي") && isNameWord(tokens.get(first + 1))
                && !REPLIES.contains(tokens.get(verb).norm());
        int j = run(tokens, ali ? first + 1 : first, MAX_WORDS);
        if (j == first) return null;
        if (j == first + 1 && circumstantial(tokens.get(first))) return null; // «وقال متحدثا باللغة الفرنسية»
        if (j == first + 1 && QUANTITIES.contains(tokens.get(first).norm()) && j < tokens.size() && tokens.get(j).norm().equals("من")) {
            // «عدد من المواطنين»; «كل من حسام المرداسي وحاتم سامي» ("both X and Y") names two people
            int k = run(tokens, j + 1, tokens.get(first).norm().equals("كل") ? 5 : 3);
            if (k > j + 1) j = k;
        }
        if (isComma(tokens, j)) {
            int k = run(tokens, j + 1, 6);
            if (k > j + 1 && (isComma(tokens, k) || k < tokens.size() && Reported.isComplementizer(tokens.get(k).norm()))) {
                j = k;
            }
        }
        return new int[] {first, j - 1};
    }

    private static final String STATEMENT = "بيان";

    /** What a statement is said to be: «صادر», «صدر» ("issued"), «مشترك» ("joint"), «رسمي». Folded. */
    private static final Set<String> STATEMENT_KINDS = Set.of("صادر", "صدر", "مشترك", "رسمي");

    /**
     * The subject of a verb whose subject is a statement («بيان», a stop word elsewhere): whose
     * statement it is («وقال بيان لحزب المؤتمر الوطني», «وأوضح بيان الخارجية السعودية»), or the body
     * it came from («وقال بيان صادر عن رئاسة الوزراء إن» → «رئاسة الوزراء»); null for a statement of
     * no one named («وقال بيان صدر اليوم»), which goes on with the speaker before.
     */
    private static int[] statement(List<Token> tokens, int first) {
        int k = first + 1;
        if (k < tokens.size() && STATEMENT_KINDS.contains(tokens.get(k).norm())) k++;
        if (k < tokens.size() && tokens.get(k).norm().equals("عن")) {
            int j = run(tokens, k + 1, MAX_WORDS);
            return j > k + 1 ? new int[] {k + 1, j - 1} : null;
        }
        if (k > first + 1) return null;
        int from = first + 1;
        // «بيان للديوان الملكي»: «لل» opens the body's name here, though it ends a subject elsewhere
        if (from < tokens.size() && tokens.get(from).norm().startsWith("لل") && !STOP.contains(tokens.get(from).norm())) from++;
        int j = run(tokens, from, MAX_WORDS);
        return j > first + 1 ? new int[] {first, j - 1} : null;
    }

    /** «، الذين هددوا في السابق بإغلاق المضيق،»: the token after a relative clause between commas at {@code j}, else j. */
    static int skipRelative(List<Token> tokens, int j) {
        if (j + 1 >= tokens.size() || !isComma(tokens, j)) return j;
        String rel = tokens.get(j + 1).norm();
        // also a circumstantial clause: «، وهو أمام مسجد في قرية مجاورة،»
        if (!rel.equals("الذي") && !rel.equals("التي") && !rel.equals("الذين") && !rel.equals("اللذين")
                && !CIRCUMSTANTIAL.contains(rel)) return j;
        for (int k = j + 2; k < Math.min(tokens.size(), j + 20); k++) {
            if (isComma(tokens, k)) return k + 1;
            if (isMark(tokens.get(k))) {
                // a quotation inside the clause («الذي أطلق عليه لقب "أفقر رئيس في العالم"،»,
                // «التي أجرتها شركة "ديفيوشن غروب"،») is passed over to its closing mark
                int close = k + 1;
                while (close < Math.min(tokens.size(), k + 12) && !isMark(tokens.get(close))) close++;
                if (close >= Math.min(tokens.size(), k + 12)) break;
                k = close;
                continue;
            }
            // «، وهو مسؤول في البلدية :"...»: speech begins before any comma closes the clause
            if (tokens.get(k).norm().equals(":") || tokens.get(k).norm().equals(".")) break;
        }
        return j;
    }

    /**
     * The token after whom the speaker told at {@code j} («لـ«الشرق الأوسط»», «لـ المدينة»,
     * «لرويترز»), else j: the outlet is passed over on the way to what was said.
     */
    static int skipAddressee(List<Token> tokens, int j) {
        if (j >= tokens.size() || !isAddressee(tokens.get(j).norm())) return j;
        int k = j + 1;
        if (k < tokens.size() && isMark(tokens.get(k)) && quotedName(tokens, k) > 0) return quotedName(tokens, k);
        return run(tokens, k, 4);
    }

    /**
     * The subject {@code s} of a verb that takes an object, without the object run on after it
     * («أكد الوزير أهمية دور الصندوق» → «الوزير»): a noun phrase with the article is not followed by
     * a bare word of its own, so the subject ends before one, unless a mention starts there or later
     * in the phrase («الرئيس التنفيذي عادل علي»; the recogniser finds the names that titles go on with);
     * a name that opens the subject ends it before a bare word («نفت غوغل استخدام ...»).
     */
    static int[] withoutObject(List<Token> tokens, int[] s, List<EntityMention> entities) {
        // «نفت غوغل استخدام ...»: a name that opens the subject, then a bare word, ends it
        for (EntityMention m : entities) {
            if (m.start() > tokens.get(s[0]).start()) break;
            if (m.start() < tokens.get(s[0]).start() || m.end() >= tokens.get(s[1]).end()) continue;
            int k = s[0];
            while (k < s[1] && tokens.get(k).end() <= m.end()) k++;
            Token t = tokens.get(k);
            if (t.segments().size() == 1 && Character.isLetter(t.norm().charAt(0)) && !t.norm().startsWith("ال")) return new int[] {s[0], k - 1};
        }
        for (int k = s[0] + 1; k <= s[1]; k++) {
            Token t = tokens.get(k);
            if (t.segments().size() != 1 || !Character.isLetter(t.norm().charAt(0)) || t.norm().startsWith("ال")
                    || !withoutConjunction(tokens.get(k - 1).norm()).startsWith("ال")) continue;
            int from = t.start();
            int to = tokens.get(s[1]).end();
            boolean named = entities.stream().anyMatch(m -> m.start() >= from && m.start() < to);
            return named ? s : new int[] {s[0], k - 1};
        }
        return s;
    }

    /**
     * Whether the ل-phrase at {@code j} inside a subject names whom the speaker told: the subject
     * ends with it («مصدر أمني لـ"سكاي نيوز عربية"، أن»). Not when a name follows it («الرئيس
     * التنفيذي لـ"كويركوس" دييغو بياسي»: "of") or it completes «التابعة لـ» ("belonging to").
     */
    private static boolean toldOutlet(List<Token> tokens, int j) {
        if (!isAddressee(tokens.get(j).norm())) return false;
        if (j > 0 && OWNER_OF.stream().anyMatch(tokens.get(j - 1).norm()::startsWith)) return false;
        int after = skipAddressee(tokens, j);
        return after >= tokens.size() || !isNameWord(tokens.get(after));
    }

    /** Words that take a ل-complement meaning "of": «التابعة لـ», «المالكة لـ», «الرئيس التنفيذي لـ». */
    private static final List<String> OWNER_OF = List.of("التابع", "المالك", "التنفيذي", "العام", "الرسمي", "الموسس",
            "المنتج", "المطور", "المشغل", "المنظم", "الراعي");

    /** What follows ل in «قال لبي بي سي», «صرح لرويترز»: the outlet spoken to, not a speaker. */
    private static final Set<String> OUTLETS = Set.of("بي", "سي", "رويترز", "فرانس", "سكاي", "اسوشيتد", "بلومبرغ",
            "بلومبيرغ", "سبوتنيك", "نيويورك", "واشنطن", "وول", "ديلي", "مجله", "يورونيوز", "دويتشه", "ايه", "ان");

    /** Whether a folded word ends a subject: a preposition, particle, time word or pronoun ({@link #STOP}). */
    static boolean isStop(String folded) {
        return STOP.contains(folded);
    }

    /** «سموه», «معاليه»: a subject that is the pronoun of an honorific title. */
    static boolean isHonorificPronoun(String folded) {
        return HONORIFIC_PRONOUNS.contains(folded);
    }

    /** «لبي» of «قال لبي بي سي», «لـ» of «قال لـ(CNN)»: a word that names whom the speaker told, never who spoke. */
    static boolean isAddressee(String folded) {
        return folded.equals("ل") || folded.length() > 1 && folded.charAt(0) == 'ل' && OUTLETS.contains(folded.substring(1));
    }

    /**
     * «كأقل», «كأكبر», «كأول»: "as the least, the biggest, the first", ك + a comparative; what
     * follows «يعتبر» or «يصنف» so, never a subject.
     */
    private static boolean comparativeAs(Token t) {
        List<Segment> segs = t.segments();
        return segs.size() > 1 && segs.get(0).kind() == Segment.Kind.PREP && segs.get(0).form().equals("ك")
                && COMPARATIVES.contains(t.norm().substring(1));
    }

    /**
     * «متحدثا», «مازحا», «مجيباً»: a word in the accusative that says how (a ḥāl), never who. It ends
     * in «ا» and carries tanween, or it is a participle (م…ا) that without its «ا» news writes with
     * the article («المتحدث»). A name ending in «ا» takes no article («مارادونا», «مالطا»), and a
     * country's («روسيا», «تركيا») is no participle, though «الروسي» is a word.
     */
    static boolean circumstantial(Token t) {
        String n = t.norm();
        if (n.length() < 4 || !n.endsWith("ا") || n.startsWith("ال")) return false;
        if (ArabicNormalizer.hasTanween(t.text())) return true;
        return n.charAt(0) == 'م' && FREQ.count(CliticSegmenter.lightFold("ال" + n.substring(0, n.length() - 1))) > 0;
    }

    private static final WordFrequencies FREQ = WordFrequencies.shipped();

    /** «والضغط» → «الضغط». */
    static String withoutConjunction(String n) {
        return n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') ? n.substring(1) : n;
    }

    /** Pronoun objects between a reporting verb and its subject («قال عنه», «قالت لها»). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("عنه", "عنها", "عنهم", "له", "لها", "لهم", "لنا", "لي");

    /** «به», «بها»: what the verb reported, before its subject. Folded. */
    private static final Set<String> BIHI = Set.of("به", "بها", "بهم");

    private static int run(List<Token> tokens, int from, int max) {
        int j = from;
        while (j < tokens.size() && j - from < max) {
            Token t = tokens.get(j);
            if (j > from && toldOutlet(tokens, j)) break; // «مصدر أمني لـ«الشرق الأوسط»»: the paper told, not a speaker
            if (j > from && (isManner(t) || t.norm().equals("بلا") && j + 1 < tokens.size()
                    && !tokens.get(j + 1).norm().equals("حدود"))) break; // «فقال يوسف بهدوء يشبه البرود:», «عز بلا حماس»
            if (isNameWord(t) || isGivenNameAli(tokens, j, from)) {
                j++;
            } else if (j > from && t.norm().startsWith("لل") && !STOP.contains(t.norm()) && (j + 1 < tokens.size()
                    && tokens.get(j + 1).norm().startsWith("ال") || OWNER_OF.stream().anyMatch(tokens.get(j - 1).norm()::startsWith))) {
                j++; // «اللجنة الدولية للصليب الأحمر», «المتحدث الرسمي للأمانة خالد بوشل»
            } else if (isMark(t) && quotedName(tokens, j) > 0) {
                j = quotedName(tokens, j);
            } else if (j > from && Reported.abbreviationStop(tokens, j)) {
                j += 2; // «موقع بي.بي.سي», «بنك إيه.إن.زد»: the stop and the letters after it, whatever word they spell
            } else {
                break;
            }
        }
        return j;
    }

    /** «محمد علي الحوثي»: the name علي, folded like the preposition على, between two names. */
    private static boolean isGivenNameAli(List<Token> tokens, int j, int from) {
        if (j == from || !tokens.get(j).norm().equals("علي") || j + 1 >= tokens.size()) return false;
        String prev = tokens.get(j - 1).norm();
        String next = tokens.get(j + 1).norm();
        return !prev.startsWith("ال") && (next.startsWith("ال") || next.startsWith("عبد")) && !STOP.contains(next);
    }

    /**
     * The token after a quoted name of one to three words starting at the mark {@code j}, or 0. Its
     * later words may carry «لل» («"العربية للطيران"», «"الهيئة العامة للسياحة"»).
     */
    static int quotedName(List<Token> tokens, int j) {
        int k = j + 1;
        while (k < tokens.size() && k - j <= 3 && (isNameWord(tokens.get(k))
                || k > j + 1 && tokens.get(k).norm().startsWith("لل") && !STOP.contains(tokens.get(k).norm()))) k++;
        return k > j + 1 && k < tokens.size() && isMark(tokens.get(k)) ? k + 1 : 0;
    }

    static boolean isMark(Token t) {
        return t.text().length() == 1 && QuoteMarks.isMark(t.text().charAt(0));
    }

    static boolean isComma(List<Token> tokens, int j) {
        return j < tokens.size() && isComma(tokens.get(j));
    }

    /** «،» or «,». */
    static boolean isComma(Token t) {
        return t.norm().equals("،") || t.norm().equals(",");
    }

    static boolean isNameWord(Token t) {
        String n = t.norm();
        if (n.isEmpty() || !Character.isLetter(n.charAt(0))) return false;
        for (int i = 1; i < n.length(); i++) if (Character.isDigit(n.charAt(i))) return false; // «عام2013»
        if (STOP.contains(n) && !isImam(t) && !isAnna(t) || n.startsWith("لل") || n.startsWith("بال")) return false;
        if (t.text().startsWith("فإن")) return false; // «فإن» ("so"), not the «فان» of «فان دايك»
        // «وختم حديثه بقوله»: "his talk", the verb's object (as written: «حديثة», "recent", folds alike)
        if (t.text().equals("حديثه")) return false;
        if (ReportingVerbs.role(n) != null) return false;
        return !n.startsWith("و") || n.length() < 3 || !isConjoinedClause(n);
    }

    /** «آنا» (Ana, Anna), which folds like the pronoun «أنا» ("I"). */
    private static boolean isAnna(Token t) {
        String w = t.text();
        if (w.startsWith("و") || w.startsWith("ف")) w = w.substring(1);
        return w.startsWith("آنا");
    }

    /** «إمام» (imam), which folds like the preposition «أمام» ("in front of"). */
    private static boolean isImam(Token t) {
        String w = t.text();
        if (w.startsWith("و") || w.startsWith("ف")) w = w.substring(1);
        return w.startsWith("إمام");
    }

    /** «ولكن», «وأن», «وهو»: a conjunction starting a new clause ends the subject. */
    private static boolean isConjoinedClause(String n) {
        String rest = n.substring(1);
        return STOP.contains(rest) || ReportingVerbs.role(rest) != null;
    }
}
