package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Found;
import org.marsad.text.ArabicNormalizer;

/**
 * Words the recogniser marks that name nothing: a word the segmenter split badly («لسان», «لي»),
 * an organisation's head noun alone («المنظمة»), a nationality adjective without the article
 * («سعودية»), «جده» "his grandfather" (not Jeddah), a predicate after "that he" («إنه سعيد»), «الله» of the
 * title «آية الله», a person's name after «مرض» (the illness), «لصالح» "in favour of", a month's
 * name in a date ({@link MonthMentions}). {@link MentionSpans} drops such mentions. Thread-safe.
 */
final class NonNames {
    private final KnowledgeBase kb;
    private final KbMatcher matcher;

    NonNames(KnowledgeBase kb, KbMatcher matcher) {
        this.kb = kb;
        this.matcher = matcher;
    }

    /**
     * Words the recogniser marks as a one-word name that name nothing, as written with their clitics:
     * a word the segmenter splits into a clitic plus a name («لسان» → ل + «سان»), a decade («الستينات»), a
     * unit after a quantity («كلغم»); {@code non-names.txt} gives each its reason. Folded.
     */
    private static final java.util.Set<String> NOT_NAMES = KnowledgeBaseFiles.words("non-names.txt");
    private static final java.util.regex.Pattern AXE = java.util.regex.Pattern.compile("[وفب]?(ال)?فأس"); // an axe; Fez is «فاس»
    private static final java.util.Set<String> DID_NOT = java.util.Set.of("أولم", "أفلم", "أوَلم", "أفَلم");

    /** Whether the word at {@code i} is «أولم» or «أفلم» before an imperfect verb («أولم يلاحظ», a question; «مدينة أولم» is Ulm). */
    private static boolean didNotBeforeAVerb(List<Token> tokens, int i) {
        if (!DID_NOT.contains(tokens.get(i).text()) || i + 1 >= tokens.size()) return false;
        String next = tokens.get(i + 1).text();
        return !next.isEmpty() && "يتنأ".indexOf(next.charAt(0)) >= 0;
    }

    private static final String AYAT = ArabicNormalizer.normalize("آية");

    /**
     * «أمي» (my mother), «حبيبتي» (my love): whom a columnist addresses or remembers, never a name
     * (the recogniser read «أمي» as a person 13 times in one column). Not «صديقي», also the surname
     * Siddiqui, nor «أبي», also Abiy (Ahmed). Folded.
     */
    private static final java.util.Set<String> ADDRESSED = ArabicNormalizer.foldedSet("أمي", "حبيبتي", "حبيبي");

    /**
     * Nouns of an era, a style or a school that a nisba adjective follows: «العصر الأموي», «العهد
     * العثماني», «الطراز الأندلسي», «الشعر الجاهلي», «المذهب الحنبلي», «الخط الكوفي». Folded.
     */
    private static final java.util.Set<String> ERA_NOUNS = ArabicNormalizer.foldedSet("العصر", "العهد", "الطراز", "الأدب", "الشعر",
            "الفن", "الحكم", "الخط", "التراث", "المذهب");

    /**
     * Whether the word at {@code i} is a nisba adjective with the article after one of {@link #ERA_NOUNS}
     * («والعصر الأموي، والعصر العباسي، والعصر الأندلسي»), which the recogniser reads as a family name.
     */
    private static boolean adjectiveOfAnEra(List<Token> tokens, int i) {
        String word = WordForms.folded(tokens.get(i));
        return i > 0 && word.startsWith("ال") && word.endsWith("ي") && ERA_NOUNS.contains(WordForms.folded(tokens.get(i - 1)));
    }

    private static final String MIGHTY = ArabicNormalizer.normalize("عز");
    private static final String AND_GLORIOUS = ArabicNormalizer.normalize("وجل");

    /**
     * Whether the word at {@code i} is «عز» of «عز وجل» ("mighty and glorious"), said of God, which
     * the recogniser reads as the given name Izz where a dash parts it from «الله» («كتاب الله - عز
     * وجل -»).
     */
    private static boolean mightyAndGlorious(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).norm().equals(MIGHTY) && tokens.get(i + 1).norm().equals(AND_GLORIOUS);
    }

    private static final org.marsad.text.WordFrequencies FREQ = org.marsad.text.WordFrequencies.shipped();

    /**
     * «بشكل», «بصورة», «بطريقة» ("in a ... way"): an indefinite adjective follows them, never a name («بشكل ودي»,
     * «بشكل جوهري»); not a word with the article («ولد بصورة الله», "in the image of God"). Folded.
     */
    private static final java.util.Set<String> IN_A_WAY = ArabicNormalizer.foldedSet("بشكل", "بصورة", "بطريقة", "بأسلوب");

    /**
     * Whether a plural in «ـيون» names a people: a nationality of the knowledge base, or the
     * adjective of a place it knows («أوروبيون» of «أوروبا»: AQMAR marks peoples as persons).
     */
    private boolean aPeople(Token t) {
        String folded = WordForms.folded(t);
        if (kb.byAdjective(folded).isPresent()) return true;
        String base = folded.substring(0, folded.length() - 3); // «اوروب» of «اوروبيون»
        for (String place : new String[] {base, base + "ا", base + "يا", "ال" + base}) {
            if (kb.byName(place).stream().anyMatch(e -> e.ref().type() == EntityType.LOC)) return true;
        }
        return false;
    }

    /** Whether the word is a web address («www.example.sa», «http://careers.example.sa»): where to read, not who or what. */
    private static boolean webAddress(Token t) {
        String text = t.text().toLowerCase(java.util.Locale.ROOT);
        return text.startsWith("www.") || text.contains("://");
    }

    /** «نظيره», «نظيرها» ("its counterpart"): a noun that takes an adjective though it has no article. Folded. */
    private static final java.util.Set<String> COUNTERPARTS = ArabicNormalizer.foldedSet("نظيره", "نظيرها", "نظيرتها", "نظيرته");

    /**
     * Whether the word at {@code i} is a nationality adjective with the article after the noun it
     * qualifies: «للمنتخب الجامايكي», «نظيره الجامايكي», «الشرطة البوليفية». After a title it is a
     * name («الدكتور التركي»), after a verb a person («انضم المونتينيغري إلى ...»), and a plural
     * is a group of persons («والفرسان الفرنسيون»).
     */
    private boolean nationalityAfterItsNoun(List<Token> tokens, int i) {
        String adjective = WordForms.folded(tokens.get(i)); // the segmenter leaves the article on «الجامايكي»
        // singular: a people's plural after a noun is a group of persons («والفرسان الفرنسيون», as AQMAR marks it)
        if (i == 0 || !(adjective.endsWith("ي") || adjective.endsWith("يه")) || !CountryAdjectives.withArticle(tokens.get(i), kb)) {
            return false;
        }
        Token noun = tokens.get(i - 1);
        String folded = WordForms.foldedWithoutConjunction(noun);
        return (noun.article() != null || COUNTERPARTS.contains(folded)) && !Roles.opensPersonMention(folded);
    }

    /**
     * «مسؤولين ألمان», «مهندسون ألمان» (German officials, engineers): a people's plural written without
     * the article, whose form with it the knowledge base gives as the country's adjective («الألمان»),
     * is no organisation.
     */
    private boolean peopleWithoutTheArticle(List<Token> tokens, Found f) {
        // as written: the segmenter reads the «أل» of «ألمان» as the article
        return kb.byAdjective("ال" + tokens.get(f.first()).norm()).isPresent() && matcher.lookup(tokens, f.first(), f.last()).isEmpty();
    }

    /**
     * Peoples the recogniser reads as an organisation: «الأكراد» (the Kurds, 99 times in the eighteen outputs),
     * «البلوش». A people is no body; ANERcorp itself is split (train + dev: «الأكراد» untagged 3 times, «الاكراد»
     * an organisation 4 times and miscellaneous once). Not «الشيعة» nor «الفرس», which it marks as organisations
     * 8 times in 11 and 3 in 4. Folded.
     */
    private static final java.util.Set<String> PEOPLES = ArabicNormalizer.foldedSet("الأكراد", "أكراد", "الكرد", "البلوش", "بلوش");

    /** Titles that the recogniser marks as a person of their own after the name («محمد بن نايف» «ولي العهد»). Folded. */
    private static final java.util.Set<String> TITLES_ALONE = ArabicNormalizer.foldedSet("ولي العهد", "ولي ولي العهد");

    /** Whether a person mention is only a title («ولي العهد», the crown prince). */
    static boolean aTitleAlone(List<Token> tokens, Found f) {
        if (f.type() != EntityType.PER || f.last() - f.first() > 2) return false;
        StringBuilder b = new StringBuilder();
        for (int k = f.first(); k <= f.last(); k++) b.append(k > f.first() ? " " : "").append(WordForms.foldedWithoutConjunction(tokens.get(k)));
        return TITLES_ALONE.contains(b.toString());
    }

    private static final String AMIN = ArabicNormalizer.normalize("أمين");

    /**
     * Whether a person mention is «أمين» and a place the knowledge base knows: the title of the city's or
     * region's mayor («وقال أمين عسير»), not a man named Amin.
     */
    boolean aMayorsTitle(List<Token> tokens, Found f) {
        if (f.type() != EntityType.PER || f.last() != f.first() + 1 || !WordForms.foldedWithoutConjunction(tokens.get(f.first())).equals(AMIN)) {
            return false;
        }
        List<KbEntry> named = matcher.lookup(tokens, f.last(), f.last());
        return !named.isEmpty() && named.stream().allMatch(e -> e.ref().type() == EntityType.LOC);
    }

    /** Words after «بليون» that it counts: currencies and barrels. Folded. */
    private static final java.util.Set<String> COUNTED = ArabicNormalizer.foldedSet("دولار", "ريال", "يورو", "جنيه", "درهم",
            "دينار", "ليرة", "برميل", "نسمة");

    /**
     * «1.7 بليون دولار»: «بليون» (a billion) is no «ب» + Lyon where a number comes before it or a
     * currency after it.
     */
    private static boolean billion(List<Token> tokens, int i) {
        String w = ArabicNormalizer.withoutMarks(tokens.get(i).text());
        if (!w.equals("بليون") && !w.equals("وبليون")) return false;
        boolean number = i > 0 && Character.isDigit(tokens.get(i - 1).text().codePointAt(0));
        return number || i + 1 < tokens.size() && COUNTED.contains(WordForms.folded(tokens.get(i + 1)));
    }

    /** «أنه», «إنها», «بأنني»: "that" with its subject pronoun; a word right after them is a predicate. */
    private static final java.util.Set<String> PRONOUN_THAT = ArabicNormalizer.foldedSet("أنه", "إنه", "بأنه", "لأنه", "أنها", "إنها",
            "بأنها", "لأنها", "أنني", "إنني", "بأنني", "أني", "إني", "أنهم", "إنهم", "بأنهم", "أنك", "إنك");

    /**
     * Whether the word at {@code i} is a predicate after "that he" and before its complement
     * («إنه سعيد بتدني», «إنه سعيد لأن»): written bare, after «أنه»/«إنها»..., and followed by a
     * preposition or «أن». Not a name being given («أنه رضا أميري مقدم») nor one with a clitic
     * («أنها لأرجنتو»).
     */
    private static boolean predicateAfterThat(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size() || !PRONOUN_THAT.contains(WordForms.foldedWithoutConjunction(tokens.get(i - 1)))) return false;
        if (tokens.get(i).segments().get(0).kind() != Segment.Kind.STEM) return false;
        Token next = tokens.get(i + 1);
        return next.segments().get(0).kind() == Segment.Kind.PREP || COMPLEMENTS.contains(next.norm());
    }

    /**
     * «هادئ» ("calm"), «الدافئ» ("warm"): a word written with a final hamza on ya folds to a name
     * («هادي», Hadi) but is an adjective or a noun; the names news writes so end otherwise («خامنئي»).
     */
    private static boolean hamzaOnYaAtTheEnd(Token t) {
        String w = ArabicNormalizer.withoutMarks(t.text());
        return w.endsWith("ئ");
    }

    /** Words that open a predicate's complement: «سعيد أن», «سعيد لأن», «مستعد من أجل». */
    private static final java.util.Set<String> COMPLEMENTS = ArabicNormalizer.foldedSet("أن", "لأن", "بأن", "من", "في", "على", "إلى", "عن", "مع");

    /** Organisation heads that alone name no organisation («أكد المعهد», «لمنظمة "أوكسفام"» without its name). */
    static final java.util.Set<String> GENERIC_HEADS = ArabicNormalizer.foldedSet("منظمة", "معهد", "جامعة", "شركة", "وزارة", "هيئة",
            "مؤسسة", "مجلس", "حزب", "جمعية", "مركز", "وكالة", "حركة", "جماعة", "تنظيم", "منظمات", "شركات", "وزارات");

    /**
     * Whether a mention of two words is an organisation's head noun and an adjective, both without
     * the article: «منظمة إرهابية» (a terrorist organisation), «منظمة عربية», «جماعة إسلامية». The
     * adjective is feminine in «ـية» and its masculine a common word of the corpus (at least
     * {@link PluralNouns#COMMON_SINGULAR} times: «إرهابي», «عربي»), which names are not («نادي إشبيلية»: «إشبيلي»
     * is seldom written); a name the knowledge base knows stays.
     */
    boolean headAndAdjective(List<Token> tokens, Found f) {
        if (f.last() != f.first() + 1) return false;
        Token head = tokens.get(f.first());
        Token adjective = tokens.get(f.last());
        if (head.article() != null || adjective.article() != null || !GENERIC_HEADS.contains(WordForms.foldedWithoutConjunction(head))) return false;
        String a = org.marsad.text.CliticSegmenter.lightFold(adjective.text());
        if (!a.endsWith("ية")) return false;
        return FREQ.count(a.substring(0, a.length() - 1)) >= PluralNouns.COMMON_SINGULAR
                && matcher.lookup(tokens, f.first(), f.last()).isEmpty();
    }

    /**
     * Whether a person mention of two words is a sound plural and the plural of a common adjective
     * that names no people: «مسؤولون بيطريون» (veterinary officials), «مختصون نفطيون» (oil experts).
     * Before a people («ناشطون سوريون») the people stays ({@link PersonEdges#start}), as AQMAR marks it.
     */
    boolean pluralAndAdjective(List<Token> tokens, Found f) {
        return f.type() == EntityType.PER && f.last() == f.first() + 1
                && PluralNouns.nounAndAdjective(tokens.get(f.first()), tokens.get(f.last())) && !aPeople(tokens.get(f.last()));
    }

    /**
     * Whether a person mention of two words is a dual noun seldom a name and the dual adjective or verb
     * that agrees with it: «خبيران اقتصاديان» (two economists), «سببان رئيسيان», «مغامران يدعيان» (two
     * adventurers called ...). A name's two words seldom both end in «ان» («جان إيف لودريان» is three).
     */
    static boolean dualAndAdjective(List<Token> tokens, Found f, StemProfile profile) {
        if (f.type() != EntityType.PER || f.last() != f.first() + 1) return false;
        Token noun = tokens.get(f.first());
        return WordForms.foldedStem(tokens.get(f.last())).endsWith("ان")
                && (profile.dualOfAMasculineCommonWord(noun) || profile.dualOfACommonWord(noun));
    }

    /**
     * Whether a person mention of two words is a dual noun without the article and a nationality's
     * dual that agrees with it: «مسؤولان روسيان» (two Russian officials), «جنديان أمريكيان».
     */
    boolean dualAndNationality(List<Token> tokens, Found f) {
        if (f.type() != EntityType.PER || f.last() != f.first() + 1) return false;
        Token noun = tokens.get(f.first());
        String adjective = WordForms.foldedStem(tokens.get(f.last()));
        return noun.article() == null && WordForms.foldedStem(noun).endsWith("ان") && adjective.endsWith("يان")
                && kb.byAdjective(adjective.substring(0, adjective.length() - 2)).isPresent();
    }

    /**
     * Whether a one-word mention names nothing: a word the segmenter split badly («لسان», «لي» "to
     * me"; «بليون», a billion), an ordinal («الثاني»), a common noun that is a place without the article («السيول»), an
     * organisation's head noun alone («المنظمة»), a nationality adjective without the article
     * («طائرة عسكرية سعودية»: Saudi, not Saudi Arabia; «عائلة سورية») or one with the article after the noun it
     * qualifies («للمنتخب الجامايكي»), a people's plural read as an organisation («مسؤولين ألمان»), a web
     * address. (God's grace, «بتوفيق الله», is a set phrase: {@link SetPhrases}.)
     */
    boolean oneWord(List<Token> tokens, Found f, boolean namesMashhad) {
        Token t = tokens.get(f.first());
        if (NOT_NAMES.contains(t.norm()) || AXE.matcher(t.text()).matches() || kinNotPlace(tokens, f.first()) || civilAdjective(tokens, f.first())
                || CountryAdjectives.countryAsAdjective(tokens, f.first(), kb)) return true;
        if (webAddress(t)) return true;
        if (f.first() > 0 && SpanTrims.isAllah(t) && WordForms.foldedWithoutConjunction(tokens.get(f.first() - 1)).equals(AYAT)) {
            return true; // «آية الله علي خامنئي»: the title Ayatollah, not God
        }
        if (f.type() == EntityType.PER && predicateAfterThat(tokens, f.first())) {
            return true; // «قال إنه سعيد بتدني سعر الليرة»: after "that he" comes what he is, not who
        }
        if (f.type() == EntityType.PER && f.first() > 0 && DISEASES.contains(WordForms.foldedWithoutConjunction(tokens.get(f.first() - 1)))) {
            return true; // «مرض باركنسون»: a disease named after a person, not the person
        }
        if (f.type() == EntityType.PER && inFavourOf(tokens, f.first())) return true;
        if (f.type() == EntityType.PER && ADDRESSED.contains(WordForms.foldedWithoutConjunction(t))) return true;
        if (f.type() == EntityType.PER && PluralNouns.ofACommonAdjective(t) && !aPeople(t)) return true;
        if (f.type() == EntityType.PER && nationalityAfterItsNoun(tokens, f.first())) return true;
        // «الحكومة الاسكتلندية» read as a place: an adjective that is no country's name too («السعودية» is)
        if (f.type() == EntityType.LOC && nationalityAfterItsNoun(tokens, f.first()) && CountryAdjectives.nationality(t, kb)) return true;
        if (f.type() == EntityType.PER && PluralNouns.inConstruct(t)) return true;
        if (f.type() == EntityType.PER && PluralNouns.sound(t) && !aPeople(t)) return true;
        if (f.first() > 0 && IN_A_WAY.contains(tokens.get(f.first() - 1).norm()) && !t.norm().startsWith("ال")) return true;
        if (f.type() == EntityType.PER && hamzaOnYaAtTheEnd(t)) return true;
        if (billion(tokens, f.first())) return true;
        if (!namesMashhad && Scenes.aScene(tokens, f.first(), matcher)) return true;
        if (mightyAndGlorious(tokens, f.first()) || didNotBeforeAVerb(tokens, f.first())) return true;
        if (CommonReadings.commonHere(tokens, f.first())) return true; // «لم يزد», «النيل من», «حماة الوطن»
        if (f.type() == EntityType.PER && adjectiveOfAnEra(tokens, f.first())) return true;
        if (f.type() == EntityType.ORG && (peopleWithoutTheArticle(tokens, f) || PEOPLES.contains(WordForms.foldedWithoutConjunction(t)))) return true;
        if (MonthMentions.gregorianOfADate(tokens, f.first())) return true;
        if (f.type() != EntityType.MISC && MonthMentions.hijri(tokens, f.first())) return true; // «رمضان» the month may be MISC, as AQMAR has it
        String folded = WordForms.folded(t);
        String bare = folded.startsWith("ال") ? folded.substring(2) : folded;
        if (ORDINALS.contains(folded)) return true; // «تشرين الثاني», «في الافتتاح الثاني»
        if (f.type() == EntityType.LOC && !bare.equals(folded) && commonNounOfAPlace(tokens, f, bare)) return true;
        if (f.type() == EntityType.ORG && GENERIC_HEADS.contains(bare)) {
            // but «منظمة "أوكسفام"»: the head is all the recogniser found of a quoted name, keep it
            return f.last() + 1 >= tokens.size() || !QuoteMarks.isQuoteMark(tokens.get(f.last() + 1));
        }
        if (f.type() != EntityType.LOC || folded.startsWith("ال")) return false;
        if (CountryAdjectives.countryNameAsIndefiniteAdjective(tokens, f.first(), kb)) return true;
        // the bare feminine («سعوديه») is no adjective form of the knowledge base, which keeps it for «سورية»
        String masculine = folded.endsWith("ه") ? folded.substring(0, folded.length() - 1) : folded;
        return (kb.byAdjective(folded).isPresent() || kb.byAdjective(masculine).isPresent())
                && matcher.lookup(tokens, f.first(), f.last()).isEmpty();
    }

    /**
     * Whether the word at {@code i} is «لصالح» "in favour of" before the noun it governs («لصالح بعض
     * المسؤولين»), not ل + Saleh: that is followed by «أن», a conjunction or punctuation («وسبق لصالح
     * أن درس», «القوات الموالية لصالح وأتباعه»).
     */
    static boolean inFavourOf(List<Token> tokens, int i) {
        if (!ArabicNormalizer.withoutMarks(tokens.get(i).text()).equals("لصالح") || i + 1 >= tokens.size()) return false;
        Token next = tokens.get(i + 1);
        if (!Character.isLetter(next.text().codePointAt(0)) || COMPLEMENTS.contains(next.norm())) return false;
        return next.segments().isEmpty() || next.segments().get(0).kind() != Segment.Kind.CONJ;
    }

    /** Nouns of an illness, after which a person's name names the illness: «مرض باركنسون», «داء كرون». */
    private static final java.util.Set<String> DISEASES = ArabicNormalizer.foldedSet("مرض", "بمرض", "لمرض", "داء", "متلازمة", "بمتلازمة");

    /** Whether a folded word is an ordinal («الثاني»), which alone names nothing. */
    static boolean isOrdinal(String folded) {
        return ORDINALS.contains(folded);
    }

    /** Ordinals, which alone name nothing though they end names («فؤاد الثاني») and months («تشرين الثاني»). */
    private static final java.util.Set<String> ORDINALS = ArabicNormalizer.foldedSet("الأول", "الثاني", "الثالث", "الرابع",
            "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الأولى", "الثانية", "الثالثة", "الرابعة");

    /**
     * A place the knowledge base names without the article, written with it, where the knowledge base
     * has no such name: a common noun that looks like the place («السيول» the floods, not Seoul;
     * «المشهد» the scene, not Mashhad).
     */
    private boolean commonNounOfAPlace(List<Token> tokens, Found f, String bare) {
        return matcher.lookup(tokens, f.first(), f.last()).isEmpty() && kb.namesPlace(bare);
    }

    private static final String AHLI = ArabicNormalizer.normalize("الأهلي");

    /**
     * Definite nouns after which «الأهلي» is an adjective, "civil" or "private", and no club or bank:
     * «التعليم الأهلي» (private schooling), «القطاع الأهلي», «السلم الأهلي» (civil peace), «المجلس الأهلي» (a
     * local council, named further by its region). Folded. Not every definite word: the clubs follow
     * adjectives too («غريمه التقليدي الأهلي», «الأندية المصرية الأهلي والزمالك»).
     */
    private static final java.util.Set<String> CIVIL_NOUNS = ArabicNormalizer.foldedSet("التعليم", "التدريب", "القطاع", "السلم",
            "العمل", "المجتمع", "الاحتراب", "الاقتتال", "الحوار", "المجلس", "التضامن", "القطاعين");

    /** Adjectives that «والأهلي» is joined to: «التعليم العام والأهلي», «القطاعين الحكومي والأهلي». Folded. */
    private static final java.util.Set<String> CIVIL_PAIRS = ArabicNormalizer.foldedSet("العام", "الحكومي", "الخاص", "الرسمي");

    /**
     * Whether the word at {@code i} is «الأهلي» as an adjective after one of {@link #CIVIL_NOUNS}, or
     * joined by «و» to one of {@link #CIVIL_PAIRS} («العام والأهلي», public and private):
     * SaudiNewsNet writes about 140 such among 1,900 «الأهلي» after a word, most of the rest the clubs.
     */
    static boolean civilAdjective(List<Token> tokens, int i) {
        if (i == 0 || !WordForms.folded(tokens.get(i)).equals(AHLI)) return false;
        String before = WordForms.folded(tokens.get(i - 1));
        return CIVIL_NOUNS.contains(before) || WordForms.opensWithAnd(tokens.get(i)) && CIVIL_PAIRS.contains(before);
    }

    /** Place names that, written with «ه» instead of «ة», are a kinship noun with "his": «جده» his grandfather. */
    private static final java.util.Set<String> KIN_WITH_HIS = ArabicNormalizer.foldedSet("جده");

    /** Words before a place name that make it the place: «مدينة جده», «في جده», «طريق جده». */
    private static final java.util.Set<String> PLACE_CUES = ArabicNormalizer.foldedSet("مدينة", "محافظة", "منطقة", "طريق", "جامعة",
            "ميناء", "مطار", "كورنيش", "شمال", "جنوب", "شرق", "غرب", "وسط", "في", "إلى", "نحو", "داخل", "بمدينة", "بمحافظة",
            "لمدينة", "لمحافظة", "بمنطقة");

    /**
     * «زوجة جده» (his grandfather's wife): Jeddah is written «جدة», which folding makes the same
     * word. Written with «ه», the word is the place only after a place word or before a dash
     * («مكة - جده السريع»).
     */
    static boolean kinNotPlace(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.text().endsWith("ه") || !KIN_WITH_HIS.contains(WordForms.foldedWithoutConjunction(t))) return false;
        if (i > 0 && PLACE_CUES.contains(WordForms.foldedWithoutConjunction(tokens.get(i - 1)))) return false;
        return i + 1 >= tokens.size() || "-–—".indexOf(tokens.get(i + 1).text().charAt(0)) < 0;
    }
}
