package org.marsad.entity;

import java.util.Arrays;
import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.KinshipWords;
import org.marsad.text.WordFrequencies;

/**
 * Where a person's name that the recogniser found really starts and ends: not on a kinship word,
 * "called" or "that" in front («والدة بن لادن», «يدعى فهد القباع», «إن لافروف»); with the given
 * name the recogniser left out («رامي عبد الرحمن», «فايزة أبوالنجا»); not on «آل», «بن», «أبو»
 * («عبدالعزيز آل الشيخ»). {@link MentionSpans} applies them. Thread-safe.
 */
final class PersonEdges {
    private static final WordFrequencies FREQ = WordFrequencies.shipped();
    private final NameLists names;

    /** @param names the name lists that say what a given name is */
    PersonEdges(NameLists names) {
        this.names = names;
    }

    /** «الطريق الرابط بين بن قردان وراس جدير»: "between", which the recogniser took in before a known name. */
    private static final String BETWEEN = "بين";

    /**
     * The edges {first, last} of the person's name the recogniser found at [first, last]: what
     * {@link #start} leaves out in front, a known place and title run into it, a nationality before
     * it, the given name, «بن», «علي» or «بنت» it began after, and the «آل», «بن», «علي» it ends before
     * or cannot end on. Marks the tokens it takes in, and unmarks those it leaves, in {@code covered};
     * {@code aliIsAName} when the article writes «على» with its ى ({@link NameLookAlikes#aliIsAName}).
     */
    int[] edges(List<Token> tokens, int first, int last, boolean[] covered, boolean aliIsAName, KbMatcher matcher, KnowledgeBase kb) {
        first = start(tokens, first, last);
        int named = afterKnownNameAndTitle(tokens, first, last, matcher);
        Arrays.fill(covered, first, named, false); // «لشرطة القصيم الرائد بدر السحيباني»: the place is no part of his name
        first = named;
        // «الأوروغوياني رودريجيز», «البرازيلي نيمار»: a nationality before a name is no part of it
        // (unless what is left names a place: «الأوروغوياني ليما» is the player, not Lima)
        while (first < last && CountryAdjectives.withArticle(tokens.get(first), kb)
                && matcher.lookup(tokens, first + 1, last).stream().noneMatch(e -> e.ref().type() == EntityType.LOC)) {
            covered[first++] = false;
        }
        if (first < last && tokens.get(first).norm().equals(BETWEEN) && !matcher.lookup(tokens, first + 1, last).isEmpty()) {
            covered[first++] = false;
        }
        if (first + 1 < last && verbBeforeBin(tokens, first)
                && matcher.lookup(tokens, first + 1, last).stream().anyMatch(e -> e.ref().type() == EntityType.PER)) {
            covered[first++] = false; // «وبارك بن دغر»: "and bin Daghr welcomed", a verb before a known person
        }
        if (first > 1 && !covered[first - 1] && !covered[first - 2] && HyphenatedNames.hyphenatedBefore(tokens, first)) {
            first -= 2; // «هانسون-يونغ», «آنا-ماري بايسدين»: a hyphenated name, of which the recogniser took the second half
            covered[first] = covered[first + 1] = true;
        }
        int ranked = RankedNames.start(tokens, first, covered);
        if (ranked < first) {
            Arrays.fill(covered, ranked, first, true); // «العريف أول فاهم سعيد أحمد الحبسي», «العريف/ سلطان محمد الشهراني»
            first = ranked;
        }
        if (first > 0 && !covered[first - 1] && (givenNameBefore(tokens, first, last)
                || last == first + 1 && !WordForms.opensWithAnd(tokens.get(first)) && !andACommonWord(tokens.get(first - 1))
                        && matcher.lookup(tokens, first, last).isEmpty() && givenNameBefore(tokens, first, first))) {
            // «رامي عبد الرحمن», «فايزة أبوالنجا»: the recogniser began the name at «عبد» or the surname; «فادي محمد
            // البطش»: at the father's name, of a name of two words the knowledge base does not know (not one after «و»:
            // «مارسيل خليفة وصابر الرباعي»; nor a verb after «و» the segmenter left whole: «وأدى حافظ سعيد»)
            first--;
            covered[first] = true;
        }
        if (first > 0 && !covered[first - 1] && givenNameBeforeConnector(tokens, first, last)) {
            first--; // «عمر بن عبد العزيز»: the recogniser began the name at «بن»
            covered[first] = true;
        }
        if ((aliIsAName || TitledNames.aliAfterTitle(tokens, first, kb)) && !covered[Math.max(0, first - 1)] && aliBefore(tokens, first)) {
            first--; // «وقال علي سعد الدوسري»: where «على» is written with ى, «علي» before a given name is Ali
            covered[first] = true;
            if (first > 0 && !covered[first - 1] && givenNameBefore(tokens, first, first)) {
                covered[--first] = true; // «مشعل علي مغرم العسيري»: Ali is the father, the given name before him the son's
            }
        }
        if (first > 0 && !covered[first - 1] && TitledNames.bassemBefore(tokens, first, kb)) {
            covered[--first] = true; // «المصري باسم يوسف»: the given name Bassem, not "in the name of"
        }
        if (first == last && first > 0 && !covered[first - 1] && TitledNames.amirBefore(tokens, first, matcher)) {
            covered[--first] = true; // «أكد أمير كرارة»: the given name Amir, not the title
        }
        if (first > 1 && !covered[first - 1] && !covered[first - 2] && givenNameAndConnectorBefore(tokens, first)) {
            first -= 2; // «مناهل بنت محمد المحيميد»: the recogniser began at her father's name
            covered[first] = covered[first + 1] = true;
        }
        while (last + 1 < tokens.size() && !covered[last + 1] && continuesName(tokens.get(last), tokens.get(last + 1))) {
            last++; // «عبدالعزيز آل الشيخ», «عمر بن الخطاب»: a name does not end on آل or بن
            covered[last] = true;
        }
        if (aliIsAName && last + 1 < tokens.size() && !covered[last + 1] && aliAfter(tokens, first, last)) {
            // «وأوضح محمد علي الحوثي»: where «على» is written with ى, «علي» goes on with the name, and
            // so does a family name in «ـي» after it
            covered[++last] = true;
            if (last + 1 < tokens.size() && !covered[last + 1] && WordForms.familyNisba(tokens.get(last + 1))) covered[++last] = true;
        }
        int particled = SurnameParticles.surnameEnd(tokens, first, last, covered, matcher);
        if (particled > last) {
            Arrays.fill(covered, last + 1, particled + 1, true); // «غوري فان غوليك», «ليوناردو دا فينشي»
            last = particled;
        }
        if (SurnameParticles.zadehAfter(tokens, last, covered)) {
            covered[++last] = true; // «رضا جعفر زاده», «محمد رضا نعمت زاده»: the Persian «زاده» ("born of") ends the surname
        }
        int kin = NameTails.kinshipAfterName(tokens, first, last);
        if (kin >= 0) {
            Arrays.fill(covered, kin, last + 1, false); // «إبراهيم بن عبدالله أحمد ابن عم الشهيد»: his cousin is no name
            last = kin - 1;
        }
        // «الشيخ حسن المرمضي أبو الدكتور ...»: where the name cannot go on, it ends before the connector
        // (but «رهف بنت» before another mention, «خالد الحارثي», is joined to it later)
        while (last > first && connector(tokens.get(last)) && (last + 1 >= tokens.size() || !covered[last + 1])) {
            covered[last--] = false;
        }
        return new int[] {first, last};
    }

    /** «إن لافروف»: "that", written with its hamza, opens the clause a name is the subject of; no name begins with it. */
    private static final java.util.Set<String> COMPLEMENTIZERS = java.util.Set.of("إن", "أن", "بأن", "لأن", "وإن", "وأن", "فإن");

    /**
     * Where a second person begins inside a person mention, or -1: a word after the first that
     * is ل or ب + a given name («لأحمد», «بمحمد») with a name after it, while the word itself is no
     * given name («بسام», «لبنى» are): «قال الأمير محمد بن سلمان لأحمد علي عبدالله صالح» is two people.
     * Not right after a name connector («بن», «أبو», «عبد»). Or a preposition written alone before a
     * title or a given name («بواليا من السيد بن همام»), where the second person begins at the preposition
     * and {@link #start} leaves it out.
     */
    int secondPerson(List<Token> tokens, int first, int last) {
        for (int k = first + 1; k < last; k++) {
            if (givenNameAfterPreposition(tokens, k) || preposition(tokens.get(k)) && opensPerson(tokens.get(k + 1))) return k;
        }
        return -1;
    }

    /**
     * Whether the token at {@code i} is «و» + a word that is no given name nor a word of the lists' names, before
     * «بن»: a verb of which the person named after it is the subject («واشترط بن دغر», "and bin Daghr required").
     */
    private boolean verbBeforeBin(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!WordForms.opensWithAnd(t) || t.segments().size() != 2 || !tokens.get(i + 1).text().equals("بن")) return false;
        String word = WordForms.folded(t);
        return !names.opensPersonName(word) && !names.inPersonName(word);
    }

    /** «من», «إلى», «عن», «مع», «في», «لدى» written alone: no name goes on through them. */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("من", "إلى", "الى", "عن", "مع", "في", "لدى");

    /**
     * Whether a token is a preposition written alone («بواليا من السيد بن همام»: what he took from
     * whom): inside a person mention it parts two people ({@link #secondPerson}), and {@link #start}
     * leaves it out of the second.
     */
    private static boolean preposition(Token t) {
        return PREPOSITIONS.contains(t.text());
    }

    /**
     * Whether a word after a preposition inside a person mention opens a second person: a title
     * («السيد»), a given name of the lists or «بن», «أبو»; not a place («جيمس من سوتون»: James of
     * Sutton, which stays as the recogniser read it).
     */
    private boolean opensPerson(Token t) {
        String n = WordForms.foldedWithoutConjunction(t);
        return TitledNames.PERSONAL_TITLES.contains(n) || MISTER.contains(n) || LINEAGE.contains(t.text()) || names.opensPersonName(n);
    }

    /** «السيد», «السيدة»: Mr, Mrs. Folded. */
    private static final java.util.Set<String> MISTER = ArabicNormalizer.foldedSet("السيد", "السيدة");

    /** Whether a folded word as written is a given name the name lists know («وحيد», «وليد»). */
    boolean isGivenName(String folded) {
        return names.opensPersonName(folded);
    }

    /** Whether the token, without its clitics, is a given name the name lists know («وخالد» → «خالد»). */
    boolean givenName(Token t) {
        return names.opensPersonName(WordForms.folded(t));
    }

    /** Whether token {@code k} is ل or ب + a given name and not itself a given name, after no name connector ({@link #NAME_GOES_ON}, «أم»). */
    boolean givenNameAfterPreposition(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k == 0 || !WordForms.opensWithPreposition(t) || t.article() != null) return false; // «بالحي التراثي»: a given name takes no article
        String before = WordForms.folded(tokens.get(k - 1));
        if (NAME_GOES_ON.contains(before) || before.equals(UMM)) return false;
        return names.opensPersonName(WordForms.folded(t)) && !names.opensPersonName(WordForms.foldedWithoutConjunction(t));
    }

    /** «ميليشيا صالح», «قوات حفتر»: the forces of a man, before his name. Folded. */
    private static final java.util.Set<String> FORCES = ArabicNormalizer.foldedSet("ميليشيا", "ميليشيات", "مليشيا", "مليشيات",
            "قوات", "عناصر");

    /** The fewest letters of a plural in the construct state that {@link #start} leaves out of a name. */
    static final int CONSTRUCT_PLURAL_LETTERS = 5;

    /**
     * The first token of the name [first, last] after leading kinship words, "called", "also", forces
     * («ميليشيا صالح»), "that" (not the N of «إن.اتش.كيه»), a plural in the construct state of
     * {@link #CONSTRUCT_PLURAL_LETTERS} letters or more («محامو بوبيت», Bobbitt's lawyers; not «بيتو» of
     * «بيتو ديلا فورنيز») and a sound
     * plural before a people's («ناشطون سوريون»: activists, Syrians; {@link PluralNouns#sound}; not
     * «سالمون براذرز») or before a name with a preposition («داعمون لهانسون-يونغ», her supporters).
     * {@link NonNames#pluralAndAdjective} has dropped such a pair that names no people.
     */
    int start(List<Token> tokens, int first, int last) {
        while (first < last && (KinshipWords.contains(WordForms.foldedWithoutConjunction(tokens.get(first)))
                || CALLED.contains(WordForms.foldedWithoutConjunction(tokens.get(first)))
                || ALSO.contains(WordForms.foldedWithoutConjunction(tokens.get(first)))
                || FORCES.contains(WordForms.foldedWithoutConjunction(tokens.get(first)))
                || PluralNouns.inConstruct(tokens.get(first)) && tokens.get(first).norm().length() >= CONSTRUCT_PLURAL_LETTERS
                || first + 1 == last && PluralNouns.nounAndAdjective(tokens.get(first), tokens.get(last))
                || PluralNouns.sound(tokens.get(first)) && WordForms.opensWithPreposition(tokens.get(first + 1))
                || COMPLEMENTIZERS.contains(tokens.get(first).text()) && !DottedAcronyms.innerPeriod(tokens, first + 1)
                || preposition(tokens.get(first)))) first++;
        return first;
    }

    /**
     * The first token of the person's name [first, last] after a place or body the knowledge base
     * knows and a title that the recogniser ran together with it: «(المتحدث الرسمي لشرطة) القصيم
     * الرائد بدر السحيباني» → «بدر السحيباني»; {@code first} when there is none. The title is one
     * that opens a person's mention ({@link Roles#opensPersonMention}), followed by a name word.
     */
    static int afterKnownNameAndTitle(List<Token> tokens, int first, int last, KbMatcher matcher) {
        for (int k = first + 1; k < last; k++) {
            if (!Roles.opensPersonMention(WordForms.folded(tokens.get(k)))) continue;
            boolean placeOrBody = matcher.lookup(tokens, first, k - 1).stream()
                    .anyMatch(e -> e.ref().type() == EntityType.LOC || e.ref().type() == EntityType.ORG);
            return placeOrBody ? k + 1 : first;
        }
        return first;
    }

    /**
     * Whether the word before a person's name that opens with «عبد» («عبد الرحمن», «عبدالله») is
     * a given name the name lists know («رامي», «عمر»), written alone: no clitic, no article, not a
     * title. The recogniser often starts such a name at «عبد». Before a one-word name («أبوالنجا»)
     * the word must also be one piece and seldom written with the article in news (under
     * {@link #GIVEN_NAME_ARTICLE_SHARE} of its uses: «فايزة», «فهد», «كمال»): the lists also hold
     * nouns that head constructs («بيان ترامب», «مسجد الصادق», «عودة كاتشينسكي») and take the
     * article far more often, and verbs («غُرّم الرجوب», vowelled).
     */
    boolean givenNameBefore(List<Token> tokens, int first, int last) {
        // «خليفة العباسيين»: the plural of a nisba names a dynasty or a people, never one person's surname
        if (first == last && WordForms.pluralNisba(tokens.get(first).norm())) return false;
        if (TitledNames.afterPersonalTitle(tokens, first)) return true;
        String name = WordForms.folded(tokens.get(first));
        boolean abd = name.startsWith("عبد");
        if (!abd && first != last) return false;
        Token before = tokens.get(first - 1);
        // «فادي الجاولي», «ليلى الشريف»: a given name the segmenter cut (ف + «ادي»), written with nothing in front
        if (!abd && names.splitGivenName(before.norm())) return true;
        if (!abd && (before.segments().size() != 1 || ArabicNormalizer.hasVowelMarks(before.text())
                || FREQ.articleShare(CliticSegmenter.lightFold(before.text())) >= GIVEN_NAME_ARTICLE_SHARE)) return false;
        // written alone: no conjunction, preposition or article in front («رامي» may end in what the segmenter calls a pronoun)
        if (before.segments().get(0).kind() != Segment.Kind.STEM || before.norm().startsWith("ال")) return false;
        String n = before.norm();
        if (n.length() < 3 || !Character.isLetter(n.charAt(0)) || WordForms.isParticle(n)) return false;
        if (KinshipWords.contains(n) || CALLED.contains(n) || Roles.BEFORE_NAMES.contains(n) || KANA.contains(n)) return false;
        return names.opensPersonName(n);
    }

    /**
     * Whether a given name and «بن», «بنت» or «ابن» stand right before a person's name that the
     * recogniser began at the father's name: «مناهل بنت محمد المحيميد» had been «محمد المحيميد», her
     * father. Both words are written alone; the first is no title, kinship word or verb of being,
     * and a given name the lists know, or before «بنت» a word news seldom writes with the article
     * that does not end in the «ت» of a feminine verb («قالت بنت», "the girl said").
     */
    boolean givenNameAndConnectorBefore(List<Token> tokens, int first) {
        if (first < 2) return false;
        String connector = tokens.get(first - 1).text();
        if (!LINEAGE.contains(connector)) return false;
        Token before = tokens.get(first - 2);
        if (!TitledNames.wordAlone(before)) return false;
        String n = before.norm();
        if (CALLED.contains(n) || KANA.contains(n)) return false;
        if (names.opensPersonName(n)) return true;
        return connector.equals("بنت") && !n.endsWith("ت") && !ArabicNormalizer.hasVowelMarks(before.text())
                && FREQ.articleShare(CliticSegmenter.lightFold(before.text())) < GIVEN_NAME_ARTICLE_SHARE;
    }

    /**
     * Whether the person's name at {@code first} opens with «بن», «بنت» or «ابن» and the word before
     * is a given name the lists know, written alone: «وتولى عمر بن عبد العزيز», where the recogniser
     * began the name at «بن». A name may open with the connector («بن لادن», «ابن خلدون»), so the
     * word before must be such a given name, no title or kinship word («الرئيس بن علي»).
     */
    boolean givenNameBeforeConnector(List<Token> tokens, int first, int last) {
        if (first < 1 || first == last) return false;
        String connector = tokens.get(first).text();
        if (!LINEAGE.contains(connector)) return false;
        Token before = tokens.get(first - 1);
        if (!TitledNames.wordAlone(before) || ArabicNormalizer.hasVowelMarks(before.text())) return false;
        String n = before.norm();
        return !CALLED.contains(n) && !KANA.contains(n) && names.opensPersonName(n);
    }

    static final double GIVEN_NAME_ARTICLE_SHARE = 0.2;

    /** «بن», «بنت», «ابن»: "son of", "daughter of", as written. */
    private static final java.util.Set<String> LINEAGE = java.util.Set.of("بن", "بنت", "ابن");

    /** «علي» as written: the name Ali, where the article writes «على» ("on") with its ى. */
    private static final String ALI = "علي";

    /**
     * Whether «علي», written with ي, follows the name [first, last], which opens with a given name
     * (the caller knows the article writes «على» with its ى: {@link NameLookAlikes#aliIsAName}).
     */
    boolean aliAfter(List<Token> tokens, int first, int last) {
        return ALI.equals(tokens.get(last + 1).text()) && givenName(tokens.get(first));
    }

    /**
     * Whether «علي», written with ي, stands right before the name at {@code first}, which opens with
     * a given name («الرضيع علي سعد دوابشة», «وقال علي سعد الدوسري»; the caller knows the article
     * writes «على» with its ى: {@link NameLookAlikes#aliIsAName}).
     */
    boolean aliBefore(List<Token> tokens, int first) {
        // not before «و» + a name: «ولد با علي ومحمد البشير» ends a name with «علي» and begins another
        return first > 0 && ALI.equals(tokens.get(first - 1).text()) && !WordForms.opensWithAnd(tokens.get(first))
                && givenName(tokens.get(first));
    }

    /** «كان» and its sisters, which the name lists hold as names too: «كان عبدالله السلوم ...» is "Abdullah was". */
    private static final java.util.Set<String> KANA = ArabicNormalizer.foldedSet("كان", "كانت", "يكون", "تكون", "صار", "ظل", "بات",
            "ليس", "مازال", "مادام", "أصبح", "أضحى", "أمسى");

    /** «كذلك», «أيضا» ("also"), which the recogniser takes into the name after them («وكذلك خامنئي», «أيضا ماتيراتزي»). Folded. */
    private static final java.util.Set<String> ALSO = ArabicNormalizer.foldedSet("كذلك", "أيضا");

    /** «يدعى», «المدعو»: "called", written before a name the recogniser may take in. */
    private static final java.util.Set<String> CALLED = ArabicNormalizer.foldedSet("يدعى", "تدعى", "المدعو", "المدعوة", "المسمى", "المسماة",
            "الملقب", "الملقبة", "ويدعى", "وتدعى",
            // "narrated by", before the narrator of a hadith: «رواه أحمد ومسلم»
            "رواه", "رواها", "أخرجه", "أخرجها");

    /** Uses from which a word after «و» is common («أدى» of «وأدى»), so that «و» is the conjunction, not a given name's letter («وائل»). */
    private static final int COMMON_AFTER_AND = 50;

    /** Whether the word is «و» and a common word the segmenter left whole («وأدى», "and performed"). */
    private static boolean andACommonWord(Token t) {
        String light = CliticSegmenter.lightFold(t.text());
        return light.startsWith("و") && FREQ.count(light.substring(1)) >= COMMON_AFTER_AND;
    }

    /**
     * Words after which a person's name must go on: «آل» (of a family name) and the compound heads but «أم» ("or");
     * «أبا» too, the kunya's accusative and a Najdi family name's first word («فيصل أبا الخيل», «أبا هريرة»).
     */
    private static final java.util.Set<String> NAME_GOES_ON = ArabicNormalizer.foldedSet("آل", "عبد", "أبو", "أبي", "أبا", "بن", "ابن", "بنت");
    private static final String UMM = ArabicNormalizer.normalize("أم");

    private static final java.util.Set<String> NAME_GOES_ON_WRITTEN = java.util.Set.of("آل", "ال", "عبد", "أبو", "ابو", "أبي", "أبا", "ابا",
            "بن", "ابن", "بنت");

    /** «أبو», «بن», «آل», «عبد», «أم» (as written, after any conjunction): a word a person's name never ends on. */
    static boolean connector(Token t) {
        String w = WordForms.withoutConjunction(t);
        return NAME_GOES_ON_WRITTEN.contains(w) && !w.equals("ال") || w.equals("أم") || w.equals("ام");
    }

    /**
     * Whether {@code next} is more of a name that ends on {@code last}: after «آل» any word
     * («آل الشيخ», though «الشيخ» is a title elsewhere), after «بن», «أبو», «عبد» a word that is
     * neither a particle nor a title («أبو جبل», not «أبو الدكتور»).
     */
    static boolean continuesName(Token last, Token next) {
        String head = WordForms.foldedWithoutConjunction(last);
        // as written, not folded: «آبي» (Abe) is no «أبي», «الـ» (the article, as in «الـ 48 ساعة») no «آل»
        if (!NAME_GOES_ON.contains(head) || !NAME_GOES_ON_WRITTEN.contains(WordForms.withoutConjunction(last))
                || last.text().indexOf('\u0640') >= 0) return false;
        String n = next.norm();
        if (n.isEmpty() || !Character.isLetter(n.charAt(0)) || WordForms.isParticle(n)) return false;
        return head.equals(KnowledgeBase.fold("آل")) || !Roles.BEFORE_NAMES.contains(WordForms.foldedWithoutConjunction(next));
    }
}
