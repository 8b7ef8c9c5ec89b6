package org.marsad.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * Finds the title a text gives a person, kept as the mention's role: the words from a title head
 * («وزير», «الرئيس», «الأمين العام», «نظير») up to the name, as in «وزير الخارجية الروسي سيرغي
 * لافروف», or from a title head right after the name up to the next punctuation («فايزة أبوالنجا
 * وزيرة التعاون الدولي،»). At most {@value #MAX_WORDS} words; never crosses punctuation, nor a
 * word that ends a title ({@link #STOPS}, {@link #STOPS_BEFORE}).
 * Stateless and thread-safe.
 */
final class Roles {
    static final int MAX_WORDS = 6;
    /** Honorifics written right before a name, after the office if there is one («ولي العهد الأمير»). */
    private static final Set<String> HONORIFICS = Set.of("الامير", "الاميره", "الشيخ", "الشيخه", "الملك", "السلطان",
            "الدكتور", "الدكتوره", "المهندس", "اللواء", "العقيد", "العميد", "الجنرال", "العماد", "الفريق", "المشير", "القاضي",
            "السيد", "السيده", "البابا", "الامام", "الملكه", "اللورد",
            // military ranks besides «اللواء», «العقيد» and «العميد» («المرشال تيتو», «النقيب محمد»)
            "المقدم", "النقيب", "الملازم", "الرقيب", "العريف", "المارشال", "المرشال", "الاميرال",
            // «بروفيسور ساجد مير», «البروفيسورة ...»: the professor, with or without the article
            "البروفيسور", "البروفيسوره", "بروفيسور", "البروفسور", "بروفسور");

    /**
     * Titles written as part of a name («الأمير محمد بن سلمان», «الرئيس بشار الأسد», «البابا فرانسيس»),
     * which a person mention leaves to its role (folded).
     */
    static final Set<String> BEFORE_NAMES = union(HONORIFICS, Set.of("الرييس", "الحاخام", "الكاردينال", "المطران",
            // «النبي محمد», «الرسول محمد»: ANERcorp and AQMAR train mark «محمد» alone (3 of 3)
            "النبي", "الرسول"));

    /**
     * Whether a folded word is a title that a person's mention leaves out when it opens the mention:
     * {@link #BEFORE_NAMES}, and «الرائد» (a major: «الرائد فهد المطيري»), which is no honorific
     * elsewhere: alone it is the club Al-Raed or "the pioneer"; and the epithets between a title and
     * the name ({@link #EPITHETS}).
     */
    static boolean opensPersonMention(String folded) {
        return BEFORE_NAMES.contains(folded) || folded.equals(MAJOR) || EPITHETS.contains(folded);
    }

    private static final String MAJOR = "الرايد";

    /**
     * Words that stand between a title and the name and are no part of it: «الملك المؤسس عبد العزيز»
     * (the founder), «الرئيس المخلوع صالح» (the deposed), «الظهير الأيمن حسن معاذ» (the right back), «الأستاذ
     * الفاضل» (the virtuous), «كوتش» (coach). Folded.
     */
    private static final Set<String> EPITHETS = ArabicNormalizer.foldedSet("المؤسس", "المخلوع", "الأيمن", "الأيسر",
            // «الفاضل تركي بن عبدالله السديري» (the virtuous), «كوتش ستيوارت فيفيرس» (coach)
            "الفاضل", "كوتش");

    /** Words that begin a title: offices («وزير», «المتحدث», «نظيره») and the titles above. Not a bare
     * «نظير», which before a noun means "in return for" («نظير رسوم المعاملات»). */
    private static final Set<String> HEADS = union(BEFORE_NAMES, Set.of(
            "وزير", "وزيره", "رييس", "رييسه", "الرييسه", "الامين", "امين", "نايب", "مستشار", "مستشاره", "المبعوث", "مبعوث",
            "المتحدث", "متحدث", "المتحدثه", "السفير", "سفير", "زعيم", "قايد", "مدير", "المدير", "مديره", "ممثل", "الممثل",
            "نظيره", "نظيرها", "عضو", "محافظ", "حاكم", "المستشار", "المستشاره", "المرشد", "ولي", "المفوض",
            "الوزير", "الوزيره", "النايب", "الزعيم", "القايد", "المدرب", "المحامي"));

    /** Whether a folded word, without clitics, is a word that begins a title («وزير», «المتحدث»). */
    static boolean isHead(String folded) {
        return HEADS.contains(folded);
    }

    /**
     * Heads with the article that open a title only when adjectives alone follow them («الزعيم
     * الكوري الشمالي كيم جونغ أون», «الوزير بومبيو»), since they begin other phrases too («الزعيم
     * السعودي بهذه الصورة للترحيب بعبد الرحمن», «النائب العام سيشنز بطرد روبرت مولر»). «الحاكم» and
     * «المحافظ» are left out: more often "ruling" and "conservative" than a governor. «المدرب»,
     * «المحامي»: «والمدرب سيوريانو فلورين» (not «مدير الإحتراف المحامي أحمد بامعوضه والمدرب»); not
     * «مدرب», «محامي» without the article, whose noun after them is whose coach or lawyer it is
     * («محامي ترامب»).
     */
    private static final Set<String> DEFINITE_HEADS = Set.of("الوزير", "الوزيره", "النايب", "الزعيم", "القايد", "المدرب", "المحامي");

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Whether a folded word begins or is a title («وزير», «رئيس», «الشيخ»). */
    static boolean isTitleWord(String folded) {
        return HEADS.contains(folded);
    }

    /** Whether a token is a title («اللواء», «الدكتور») or a nationality with the article («الإيراني»), as before a name. */
    static boolean introducesName(Token t, KnowledgeBase kb) {
        String w = WordForms.foldedWithoutConjunction(t);
        return isTitleWord(w) || w.startsWith("ال") && kb.byAdjective(w).isPresent();
    }

    private static boolean isHead(Token t) {
        return HEADS.contains(WordForms.foldedWithoutConjunction(t)) || HEADS.contains(t.norm());
    }

    /** Words that end a title written after the name (folded). */
    private static final Set<String> STOPS = Set.of("في", "ان", "إن", "على", "علي", "الي", "الى", "من", "عن", "مع", "خلال",
            "الذي", "التي", "قد", "لقد", "قال", "وقال", "اليوم", "امس", "بعد", "قبل", "منذ", "حيث", "كما", "لكن", "او", "ثم",
            // «عضو مجلس إدارة الاتحاد ... بأنها»: "that" opens what was said
            "بان", "بانه", "بانها", "بانهم", "انه", "انها", "انهم", "وان");

    /**
     * Words no title written before a name holds (folded): what was said begins after them («بيان
     * من مكتب المبعوث الدولي إن دي مستورا»), or the sentence moves on («قال», «بعد»). Not «في»,
     * «على», «من», «لدى»: «السفير السعودي في واشنطن», «المشرف العام على المسابقة».
     */
    private static final Set<String> STOPS_BEFORE = Set.of("ان", "إن", "بان", "انه", "انها", "قال", "وقال", "الذي", "التي",
            "قد", "لقد", "اليوم", "امس", "بعد", "قبل", "منذ", "حيث", "كما", "لكن", "ثم", "خلال",
            // «على حد قول غوميز», «بحسب تعبير»: "according to"
            "حد", "قول", "تعبير");

    /**
     * Words right before a name that make it the complement of the title before them, not the
     * holder: «المتحدث باسم إردوغان» (Erdoğan's spokesman), «قائد الشرطة في بيرس كاونتي», «رئيس حملة
     * ترامب» (folded; «على» is left out: folded, it is the given name «علي»).
     */
    private static final Set<String> COMPLEMENT_AFTER = Set.of("باسم", "في", "من", "عن", "الي", "مع", "بين", "لدي", "حمله", "لحمله");

    private Roles() {}

    /**
     * The role of person draft {@code d} among the article's {@code drafts}, read within its sentence
     * {@code tokens} between the persons around it ({@link #find}).
     */
    static Optional<String> of(String body, List<Token> tokens, List<EntityLinker.Draft> drafts, EntityLinker.Draft d) {
        boolean[] insideName = new boolean[tokens.size()];
        for (EntityLinker.Draft o : drafts) {
            if (o.type == EntityType.PER || o.sentence != d.sentence) continue;
            for (int k = o.first + 1; k <= o.last && k < insideName.length; k++) insideName[k] = true;
        }
        EntityLinker.Draft next = personAfter(drafts, d);
        int ceiling = next == null ? tokens.size() : next.first;
        return find(body, tokens, d.first, d.last, personEndBefore(drafts, d, tokens) + 1, ceiling, next == null ? ceiling : next.last,
                insideName);
    }

    /**
     * The last token of a person mention right before {@code d} in its sentence, or -1: a role is
     * not read across a person next to this one («الأمير محمد بن سلمان لأحمد علي صالح»), nor across
     * one whose own title stands before it («الأمير خالد الفيصل الشاعر العراقي هزبر محمود»), though
     * it may hold one further back («مستشار ترامب الاقتصادي لاري كودلو»).
     */
    private static int personEndBefore(List<EntityLinker.Draft> drafts, EntityLinker.Draft d, List<Token> tokens) {
        int floor = -1;
        for (EntityLinker.Draft o : drafts) {
            if (o.type != EntityType.PER || o.sentence != d.sentence || o.last >= d.first) continue;
            if (o.last == d.first - 1) return o.last;
            // «الأمير خالد الفيصل الشاعر العراقي هزبر محمود»: the honorific is the other person's
            if (o.first > 0 && BEFORE_NAMES.contains(WordForms.folded(tokens.get(o.first - 1)))) floor = Math.max(floor, o.last);
        }
        return floor;
    }

    /** The next person mention after {@code d} in its sentence, or null. */
    private static EntityLinker.Draft personAfter(List<EntityLinker.Draft> drafts, EntityLinker.Draft d) {
        EntityLinker.Draft next = null;
        for (EntityLinker.Draft o : drafts) {
            if (o.type == EntityType.PER && o.sentence == d.sentence && o.first > d.last && (next == null || o.first < next.first)) next = o;
        }
        return next;
    }

    /**
     * The role for a person mention over tokens [first, last] of {@code sentence}, if the text gives
     * one; a title before the name starts after {@code floor}, one after it ends before {@code
     * ceiling}, the first token of the next person: a title that runs right up to that person is
     * theirs («التقى كارتر رئيس إقليم كردستان العراق مسعود بارزاني»), unless that person completes
     * it («إبراهيم كالين المتحدث باسم إردوغان»): then it ends with them, at {@code ceilingLast}.
     * {@code insideName} marks the tokens after the first of another, non-person mention, where no
     * honorific begins a title.
     */
    private static Optional<String> find(String body, List<Token> sentence, int first, int last, int floor, int ceiling,
                                         int ceilingLast, boolean[] insideName) {
        int lo = Math.max(floor, first - MAX_WORDS);
        if (first > 0 && COMPLEMENT_AFTER.contains(sentence.get(first - 1).norm())) lo = first; // no title before: the name completes one
        for (int i = first - 1; i >= lo; i--) {
            Token t = sentence.get(i);
            if (!isWord(t) || STOPS_BEFORE.contains(t.norm())) break;
            // «بمطار الملك عبد العزيز الدولي بدوي»: an honorific inside a place's name is the place's (an office
            // inside another mention is left to the title: the recogniser's mention may be a stray one)
            if (insideName[i] && BEFORE_NAMES.contains(WordForms.foldedWithoutConjunction(t))) continue;
            if (i == first - 1 && BEFORE_NAMES.contains(WordForms.folded(t)) && !isHead(t)) {
                // «لقاء كارتر بالملك سلمان»: the title behind a preposition is the role, alone; «للشيخ» is «الشيخ»
                String title = body.substring(WordForms.nameStart(t), t.end());
                return Optional.of(title.startsWith("ال") ? title : "ا" + title);
            }
            if (HONORIFICS.contains(WordForms.foldedWithoutConjunction(t)) && !honorificUpTo(sentence, i, first)) continue;
            if (isHead(t) && DEFINITE_HEADS.contains(WordForms.foldedWithoutConjunction(t)) && !definiteUpTo(sentence, i + 1, first)) {
                continue;
            }
            if (isHead(t)) {
                // «ولي العهد السعودي الأمير محمد بن سلمان»: an honorific goes with the office before it
                if (HONORIFICS.contains(WordForms.foldedWithoutConjunction(t))) {
                    int j = i - 1;
                    while (j >= lo && isWord(sentence.get(j)) && !isHead(sentence.get(j)) && sentence.get(j).norm().startsWith("ال")) j--;
                    if (j >= lo && j < i && isWord(sentence.get(j)) && isHead(sentence.get(j))) t = sentence.get(j);
                }
                // «وزير الخارجية وعضو مجلس الدولة الصيني وانغ يي», «نائب رئيس الوزراء ووزير الداخلية»: offices
                // in construct joined by و are one person's role, when only words with the article lie between
                // them. Not titles with the article, nor one with a pronoun: «المرشد الإيراني والرئيس حسن روحاني»,
                // «رئيس الحكومة ووزير داخليته» are two people.
                int k = i;
                while (conjoined(sentence.get(k)) && !withPronoun(sentence, k, first)) {
                    int j = k - 1;
                    while (j >= lo && isWord(sentence.get(j)) && !isHead(sentence.get(j)) && sentence.get(j).norm().startsWith("ال")
                            && !insideName[j]) j--;
                    if (j < lo || !isWord(sentence.get(j)) || !isHead(sentence.get(j)) || insideName[j]
                            || sentence.get(j).norm().startsWith("ال")) break;
                    k = j;
                    while (k - 1 >= lo && isWord(sentence.get(k - 1)) && isHead(sentence.get(k - 1)) && !insideName[k - 1]
                            && !sentence.get(k - 1).norm().startsWith("ال")) k--; // «نائب رئيس الوزراء»
                }
                t = k < i ? sentence.get(k) : t;
                // «أمين حارث», «الباجي قايد السبسي»: a bare head alone before the name is a part of the name
                if (t == sentence.get(first - 1) && bareHead(t)) return Optional.empty();
                // «ولي» is the head itself, not و + «لي»
                int from = HEADS.contains(t.norm()) || WordForms.nameStart(t) == t.start() ? t.start() : WordForms.startAfterConjunction(t);
                return Optional.of(body.substring(from, sentence.get(first - 1).end()));
            }
        }
        if (last + 1 < sentence.size()) {
            Token t = sentence.get(last + 1);
            // not «نظيره» ("his counterpart"): after a name it is the object, someone else («أطلع تشاويش أوغلو نظيره الصيني»)
            if (isWord(t) && HEADS.contains(t.norm()) && !t.norm().startsWith("نظير")) {
                int end = last + 1;
                while (end + 1 < Math.min(sentence.size(), ceiling) && end + 1 <= last + MAX_WORDS && isWord(sentence.get(end + 1))
                        && !STOPS.contains(sentence.get(end + 1).norm()) && !WordForms.opensWithAnd(sentence.get(end + 1))) end++;
                if (end + 1 == ceiling) {
                    // «إبراهيم كالين المتحدث باسم إردوغان»: a title the next person completes is this one's, with that name
                    if (!COMPLEMENT_AFTER.contains(sentence.get(end).norm())) return Optional.empty();
                    end = ceilingLast;
                }
                // «جمال عاتق القاضي لـ"عين اليوم"»: a bare ل ends no title
                while (end > last + 1 && sentence.get(end).norm().equals("ل")) end--;
                if (end == last + 1 && bareHead(t)) return Optional.empty(); // «سمير أمين»: the surname
                return Optional.of(body.substring(t.start(), sentence.get(end).end()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code t} is a head alone, without the article, a complement or a pronoun («أمين»,
     * «قايد», «مستشار»): a title so written needs the word after it («أمين عام», «قائد الجيش»), and
     * met alone next to a name it is a part of the name, a given name or a surname («أمين حارث»,
     * «سمير أمين», «الباجي قايد السبسي»).
     */
    private static boolean bareHead(Token t) {
        String n = t.norm();
        return HEADS.contains(n) && !n.startsWith("ال") && !n.startsWith("نظير") && !BEFORE_NAMES.contains(n) && !hasPronoun(t);
    }

    /** «وعضو»: a title word in construct written with the conjunction و (not «ولي», a head of its own; not «والرئيس»). */
    private static boolean conjoined(Token t) {
        List<Segment> segs = t.segments();
        return !HEADS.contains(t.norm()) && segs.size() > 1 && segs.get(0).kind() == Segment.Kind.CONJ
                && segs.get(1).kind() == Segment.Kind.STEM;
    }

    /** Whether a word in [from, to) carries a pronoun («ووزير داخليته»). */
    private static boolean withPronoun(List<Token> sentence, int from, int to) {
        for (int k = from; k < to; k++) if (hasPronoun(sentence.get(k))) return true;
        return false;
    }

    private static boolean hasPronoun(Token t) {
        for (Segment seg : t.segments()) if (seg.kind() == Segment.Kind.PRON) return true;
        return false;
    }

    /** Words of a military rank after «الفريق», «اللواء» («الفريق أول ركن»), and bare titles («العقيد دكتور»), folded. */
    private static final Set<String> RANK_WORDS = Set.of("اول", "ركن", "الركن", "طيار", "الطيار", "بحري", "البحري",
            "متقاعد", "المتقاعد", "دكتور", "مهندس");

    /**
     * Whether the honorific at {@code at} is the title of the name at {@code name}: the words between
     * carry the article or are titles («الإمام الأكبر», «العقيد الطيار», «الجنرال في الحرس الوطني»), not a name of their own
     * («مخطط الأمير تركي وطريق سهل ...»); after «الفريق», only words of a rank, since with an
     * adjective it is "the team" («صانع ألعاب الفريق الهلالي البرازيلي كارلوس»).
     */
    private static boolean honorificUpTo(List<Token> sentence, int at, int name) {
        boolean team = WordForms.foldedWithoutConjunction(sentence.get(at)).equals("الفريق");
        for (int k = at + 1; k < name; k++) {
            Token w = sentence.get(k);
            String f = WordForms.foldedWithoutConjunction(w);
            if (RANK_WORDS.contains(f) || BEFORE_NAMES.contains(f)) continue;
            if (team || !w.norm().startsWith("ال") && !isHead(w) && !f.equals("في") && !definiteAfterPreposition(w)) return false;
        }
        return true;
    }

    /** «بالحرس»: a preposition, the article and a word. */
    private static boolean definiteAfterPreposition(Token t) {
        List<Segment> segs = t.segments();
        int lead = !segs.isEmpty() && segs.get(0).kind() == Segment.Kind.CONJ ? 1 : 0;
        return segs.size() > lead + 2 && segs.get(lead).kind() == Segment.Kind.PREP
                && segs.get(lead + 1).kind() == Segment.Kind.DET;
    }

    /** Whether tokens [from, to) all carry the article (adjectives and definite nouns). */
    private static boolean definiteUpTo(List<Token> sentence, int from, int to) {
        for (int k = from; k < to; k++) if (!sentence.get(k).norm().startsWith("ال")) return false;
        return true;
    }

    private static boolean isWord(Token t) {
        char c = t.text().charAt(0);
        return c >= '\u0621' && c <= '\u064A';
    }
}
