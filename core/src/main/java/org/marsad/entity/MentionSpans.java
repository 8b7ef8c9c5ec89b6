package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.entity.EntityLinker.Found;

/**
 * The spans of one sentence's mentions, before they are linked: what the recogniser found,
 * trimmed and split where it took in too much or too little («والدة بن لادن», «يدعى فهد القباع»,
 * «عبدالعزيز آل الشيخ», «نتانياهو والسيسي», «دونالد ترامب أريثا فرانكلين»: {@link KnownPeople}), one-word non-names
 * dropped ({@link NonNames}: «لي», «المنظمة», «سعودية»; the dual of a common word, «برونزيتين»: {@link
 * StemProfile#dualOfACommonWord}); particles the recogniser ran into cut
 * off («آبي قد»); a name that runs into ب/ل + a known place split from it («المنظمة بباريس»), and
 * a person's name that runs into ل + another person's («محمد بن سلمان لأحمد علي صالح») or into a
 * prepositional phrase ({@link PrepositionalCuts});
 * knowledge-base names added (a one-word exemplar city where news uses it as a place: {@link
 * ExemplarCities}) and widened («مجلس الأمن» → «مجلس الأمن الدولي», «ريال» + «مدريد» →
 * «ريال مدريد»); neighbouring pieces of one name joined. Names end where a prepositional phrase
 * begins («ساماراس للهلال»), words with tanween and religious formulas are no part of them
 * ({@link SpanTrims}), a place does not end on «دير» or «بئر», and an organisation's head gives way
 * to the quoted name after it. Types are settled afterwards by {@link MentionTypes}. Thread-safe.
 */
final class MentionSpans {
    private final KnowledgeBase kb;
    private final KbMatcher matcher;
    private final NonNames nonNames;
    private final PersonEdges personEdges = new PersonEdges(NameLists.shipped());
    private final PlaceEdges places;
    private final JoinedNames joined;
    private final KnownPeople knownPeople;
    private final StemProfile profile;
    private final PrepositionalCuts cuts;

    /** @param profile how often each stem is a name in unlabelled news, to tell a city's name from a common word */
    MentionSpans(KnowledgeBase kb, KbMatcher matcher, PlaceEdges places, StemProfile profile) {
        this.kb = kb;
        this.profile = profile;
        this.matcher = matcher;
        this.nonNames = new NonNames(kb, matcher);
        this.places = places;
        this.joined = new JoinedNames(matcher, personEdges);
        this.knownPeople = new KnownPeople(matcher);
        this.cuts = new PrepositionalCuts(kb, matcher);
    }

    /**
     * Drafts for the recogniser's mentions {@code found} in sentence {@code s}; marks the tokens
     * they cover in {@code covered}. {@code plainNameWords} are the article's name words written
     * without «و» ({@link JoinedNames#plainNameWords}); {@code yaAsAlefMaqsura} when the article writes final ي as ى
     * ({@link NameLookAlikes#writesYaAsAlefMaqsura}), so that «على» may be the name Ali; {@code aliIsAName} when «علي» is
     * ({@link NameLookAlikes#aliIsAName}); {@code namesMashhad} when the article names Mashhad as a city
     * ({@link Scenes#namesMashhad}), so that no «مشهد» in it is "a scene".
     */
    List<Draft> recognised(int s, List<Token> tokens, List<Found> found, java.util.Set<String> plainNameWords, boolean yaAsAlefMaqsura,
            boolean aliIsAName, boolean namesMashhad, boolean[] covered) {
        List<Draft> here = new ArrayList<>();
        List<Found> names = AllahNames.resolve(tokens, HyphenatedNames.joinHyphenated(tokens, DottedAcronyms.widen(tokens, found), matcher), kb).stream()
                .map(f -> SpanTrims.withoutEdgePunctuation(tokens, f)).filter(java.util.Objects::nonNull)
                .map(f -> SpanTrims.withoutLeadingNumbers(tokens, f)).filter(java.util.Objects::nonNull)
                .map(f -> PlaceEdges.afterSaint(tokens, found, f))
                .map(f -> SpanTrims.withoutTanween(tokens, f)).filter(java.util.Objects::nonNull)
                .map(f -> SpanTrims.withoutTongue(tokens, f)).filter(java.util.Objects::nonNull)
                .map(f -> SpanTrims.withoutHeadBeforeQuote(tokens, f)).map(f -> SpanTrims.withoutInFavourOf(tokens, f))
                .map(f -> SpanTrims.withoutMove(tokens, f)).filter(java.util.Objects::nonNull)
                .map(f -> SpanTrims.withoutParticles(tokens, f, yaAsAlefMaqsura)).flatMap(f -> places.withoutPlaceAfter(tokens, f))
                .map(f -> SpanTrims.withoutFormula(tokens, f)).filter(java.util.Objects::nonNull)
                .map(f -> SpanTrims.notATime(tokens, f)).filter(java.util.Objects::nonNull)
                .map(f -> SpanTrims.notAQuality(tokens, f)).filter(java.util.Objects::nonNull)
                .filter(f -> f.first() != f.last() || !nonNames.oneWord(tokens, f, namesMashhad) && !profile.dualOfACommonWord(tokens.get(f.first())))
                .filter(f -> !nonNames.headAndAdjective(tokens, f) && !nonNames.pluralAndAdjective(tokens, f)
                        && !NonNames.dualAndAdjective(tokens, f, profile) && !nonNames.dualAndNationality(tokens, f)
                        && !MonthMentions.hijriMonths(tokens, f))
                .filter(f -> !SetPhrases.nameless(tokens, f) && !NonNames.aTitleAlone(tokens, f) && !nonNames.aMayorsTitle(tokens, f))
                .toList();
        for (Found f : names) Arrays.fill(covered, f.first(), f.last() + 1, true);
        for (Found f : names) {
            int first = f.first();
            int last = f.last();
            if (f.type() == EntityType.PER) {
                int[] edges = personEdges.edges(tokens, first, last, covered, aliIsAName, matcher, kb);
                first = edges[0];
                last = edges[1];
            }
            if (f.type() == EntityType.LOC) {
                while (last + 1 < tokens.size() && !covered[last + 1] && PlaceEdges.goesOn(tokens.get(last), tokens.get(last + 1))) {
                    last++; // «دير العشائر», «بئر العبد»: a place's name does not end on دير or بئر
                    covered[last] = true;
                }
            }
            if (f.type() == EntityType.ORG && first == last) {
                int[] quoted = quotedAfterHead(tokens, first);
                if (quoted != null) {
                    // «منظمة "أوكسفام"»: the head was all the recogniser found; the name is what the marks hold
                    covered[first] = false;
                    first = quoted[0];
                    last = quoted[1];
                    Arrays.fill(covered, first, last + 1, true);
                }
            }
            if (f.type() == EntityType.PER) {
                int cut = cuts.at(tokens, first, last);
                if (cut > first) {
                    for (int k = cut; k <= last; k++) covered[k] = false;
                    if (cut < last && Roles.BEFORE_NAMES.contains(WordForms.folded(tokens.get(cut)))) {
                        // «التقى آشتون كارتر بالملك سلمان»: two people, the second after his title
                        here.add(draft(s, tokens, first, cut - 1, f.type()));
                        for (int k = cut + 1; k <= last; k++) covered[k] = true;
                        first = cut + 1;
                    } else {
                        last = cut - 1;
                    }
                }
            }
            int second = f.type() == EntityType.PER ? personEdges.secondPerson(tokens, first, last) : -1;
            if (f.type() == EntityType.PER && second < 0 && last > first && personEdges.givenNameAfterPreposition(tokens, last)
                    && matcher.lookup(tokens, first, last - 1).stream().anyMatch(e -> e.ref().type() == EntityType.PER)) {
                second = last; // «محمد بن سلمان لأحمد»: a known person, then the one he spoke to
            }
            if (second > first) {
                // «محمد بن سلمان لأحمد علي عبدالله صالح»: the second name is spoken to, a person of its own
                here.add(draft(s, tokens, first, second - 1, f.type()));
                first = second;
            }
            // «أندريا بارزالي وجيورجي كيليني», «فيسبوك وآبل»: names joined by و are mentions each, however many
            boolean afterAnd = false;
            for (int and = joined.secondAt(tokens, first, last, f.type(), plainNameWords); and > 0;
                    and = joined.secondAt(tokens, first, last, f.type(), plainNameWords)) {
                here.add(draft(s, tokens, first, and - 1, f.type(), afterAnd));
                afterAnd = !WordForms.opensWithAnd(tokens.get(and)); // the segmenter left «و» in the word: the span skips it
                first = and;
            }
            int kept = f.type() == EntityType.PER && first > f.first() ? personEdges.start(tokens, first, last) : first;
            if (kept > first) {
                // «جون كنيدي وأبوه جوزيف»: the second name, without the kinship word before it
                Arrays.fill(covered, first, kept, false);
                first = kept;
                afterAnd = false;
            }
            int split = f.type() == EntityType.PER ? knownPeople.firstPersonEnd(tokens, first, last) : -1;
            if (split >= 0) {
                // «نعى دونالد ترامب أريثا فرانكلين»: a known full name, then another name of two words
                here.add(draft(s, tokens, first, split, f.type(), afterAnd));
                afterAnd = false;
                first = split + 1;
            }
            here.add(draft(s, tokens, first, last, f.type(), afterAnd));
        }
        return here;
    }

    private Draft draft(int s, List<Token> tokens, int first, int last, EntityType type, boolean afterAnd) {
        Draft d = draft(s, tokens, first, last, type);
        if (afterAnd) d.gluedLetters = 1;
        return d;
    }

    private Draft draft(int s, List<Token> tokens, int first, int last, EntityType type) {
        Draft d = new Draft(s, first, last, type);
        KbMatcher.Named named = matcher.named(tokens, first, last);
        d.entries = named == null ? List.of() : named.entries();
        // «لسوندار بيتشاي»: the known name begins after a «ل» the segmenter left on the word, and so does the mention
        if (named != null && named.throughGluedLetter()) d.gluedLetters = 1;
        return d;
    }

    /**
     * Adds the knowledge-base names of sentence {@code s} the recogniser missed (when they name
     * entities of one type and may become mentions by themselves: «النادي الأهلي» is Cairo's and
     * Jeddah's club, which {@link EntryChoice} tells apart by cues) and widens the drafts a known
     * name contains.
     */
    void addKnown(int s, List<Token> tokens, List<Draft> here, boolean[] covered) {
        for (int i = 0; i < tokens.size(); i++) {
            KbMatcher.Match m = matcher.at(tokens, i);
            if (m == null || m.first() == m.last() && (NonNames.kinNotPlace(tokens, m.first())
                    || CountryAdjectives.countryAsAdjective(tokens, m.first(), kb)
                    || CountryAdjectives.countryNameAsIndefiniteAdjective(tokens, m.first(), kb)
                    || SpanTrims.tanween(tokens.get(m.first())))) {
                // «46 دبلوماسياً روسياً»: with tanween «روسياً» is the adjective (Russian), not Russia, which takes none
                continue;
            }
            boolean free = true;
            for (int k = m.first(); k <= m.last(); k++) free &= !covered[k];
            if (free && oneType(m.entries()) && (kb.addsMentions(m.name()) || ExemplarCities.placeHere(tokens, m, kb, profile)
                    || placeAfterItsHead(tokens, m))) {
                Draft d = new Draft(s, m.first(), m.last(), m.entries().get(0).ref().type());
                d.entries = m.entries();
                markFirstWord(tokens, m, d);
                here.add(d);
                Arrays.fill(covered, m.first(), m.last() + 1, true);
                i = m.last();
            } else if (!free && widen(tokens, here, m, !kb.addsMentions(m.name()))) {
                // the widened mention covers the whole name now: «منانغاغوا» of «إيمرسون منانغاغوا», widened
                // from the recogniser's «إيمرسون», is no second mention
                Arrays.fill(covered, m.first(), m.last() + 1, true);
                i = m.last();
            }
        }
    }

    /** «مدينة», which with the knowledge base's place heads ({@link KnowledgeBase#isPlaceHead}) says that a name after it is a place. */
    private static final String CITY = org.marsad.text.ArabicNormalizer.normalize("مدينة");

    /**
     * Whether a link-only place's name of one word stands right after a head that says it is a place:
     * «في محافظة الطائف», «بمدينة الزرقاء», «محافظ صبيا» (alone, «الطائف» and «الزرقاء» are common words or
     * other things too, and add no mention).
     */
    private boolean placeAfterItsHead(List<Token> tokens, KbMatcher.Match m) {
        if (m.first() != m.last() || m.first() == 0 || m.entries().get(0).ref().type() != EntityType.LOC) return false;
        String head = WordForms.folded(tokens.get(m.first() - 1));
        return KnowledgeBase.isPlaceHead(head) || head.equals(CITY) || OF_A_TOWN.contains(head);
    }

    /** «محافظ صبيا» (Sabya's governor), «بلدية الجموم» (its municipality): nouns whose complement is a town. Folded. */
    private static final java.util.Set<String> OF_A_TOWN = org.marsad.text.ArabicNormalizer.foldedSet("محافظ", "بلدية");

    /**
     * Two person mentions side by side («إيفانكا» «ترامب», when the recogniser began a new name at
     * the surname) are one name (but a nationality with the article before a name is none: «البرازيلي»
     * «نيمار» is Neymar; a people after «و» stays a mention, «الفرنسيون» «والإنجليز»), unless the
     * second starts with a conjunction («وترامب»), a preposition and the article («بالملك») or a
     * preposition and a given name that is not one whole («استفزازات ماتيراتزي لزيدان», "Materazzi's
     * provocations of Zidane"; but one word after
     * two is a surname the segmenter split: «جان نويل» «بريم» is ب + «ريم»); so are two
     * place mentions side by side («نيو» «مكسيكو»), unless the second starts with a conjunction or
     * preposition («دارفور بأبوجا») or a head such as «محافظة» («الملاجم» «محافظة البيضاء»), or
     * both are names the knowledge base knows, or both are of two words or more and the second opens
     * with the article (an apposition: «إمبراطورية إسلامية» «الدولة الأموية»). Two organisations, or two other names, side by side
     * («مانشستر» «يونايتيد», «شاختار» «دونتسك») are one when the knowledge base knows neither or
     * knows the whole, and the second starts with no conjunction, preposition or head noun («حماس
     * للسلطة الوطنية», «التحالف بقيادة السعودية» «الحوثيين», «حزب العمال» «منظمة إرهابية» stay two),
     * and both are written in one script («اليورانيوم» «Uranium» is a term and its translation).
     */
    List<Draft> mergeAdjacent(List<Token> tokens, List<Draft> here) {
        here.sort(Comparator.comparingInt((Draft d) -> d.first));
        List<Draft> out = new ArrayList<>(here.size());
        for (Draft d : here) {
            Draft prev = out.isEmpty() ? null : out.get(out.size() - 1);
            Segment.Kind lead = tokens.get(d.first).segments().get(0).kind();
            boolean places = prev != null && prev.type == EntityType.LOC && d.type == EntityType.LOC && d.first == prev.last + 1
                    && lead != Segment.Kind.CONJ && lead != Segment.Kind.PREP
                    && (prev.entries.isEmpty() || d.entries.isEmpty())
                    && !KnowledgeBase.isPlaceHead(WordForms.folded(tokens.get(d.first)))
                    && !(prev.last > prev.first && d.last > d.first && lead == Segment.Kind.DET);
            boolean bodies = prev != null && prev.type == d.type && (d.type == EntityType.ORG || d.type == EntityType.MISC)
                    && d.first == prev.last + 1 && lead != Segment.Kind.CONJ && lead != Segment.Kind.PREP
                    && !NonNames.GENERIC_HEADS.contains(WordForms.folded(tokens.get(d.first)))
                    && arabic(tokens.get(prev.last)) == arabic(tokens.get(d.first))
                    && (prev.entries.isEmpty() && d.entries.isEmpty() || !matcher.lookup(tokens, prev.first, d.last).isEmpty());
            // not a person widened to a known name of several words and another kind («مطار الملك عبد العزيز
            // الدولي» «بدوي»); a one-word name may be a given name as well as a place («جوني» «بوبيت»)
            // «غوري» «فان» «غوليك»: a particle between a given name and a surname the recogniser found apart
            boolean people = prev != null && prev.type == EntityType.PER && d.type == EntityType.PER
                    && (d.first == prev.last + 1 || SurnameParticles.particlesAfter(tokens, prev.last) == d.first && SurnameParticles.surnameWord(tokens.get(d.first)))
                    && (prev.first == prev.last || !prev.knownOnlyAsOther(EntityType.PER))
                    // «نال سيمون» «جائزة بوليتزر»: a known name of several words and another kind is no surname
                    && (d.first == d.last || !d.knownOnlyAsOther(EntityType.PER));
            // «إبراهيم حسن» «وهاني رمزي»: two full names, the second's «و» left in the word by the segmenter
            boolean twoJoined = people && lead != Segment.Kind.CONJ && joined.twoFullNamesAround(tokens, prev.first, d.first, d.last);
            if (people && lead != Segment.Kind.CONJ && prev.first == prev.last && prev.entries.isEmpty()
                    && CountryAdjectives.nationality(tokens.get(prev.first), kb)) {
                out.set(out.size() - 1, d); // «البرازيلي» «نيمار»: the nationality the recogniser took for a name of its own
                continue;
            }
            if (places || bodies || people && lead != Segment.Kind.CONJ && !prepositionWithArticle(tokens.get(d.first))
                    && !(personEdges.givenNameAfterPreposition(tokens, d.first) && !(prev.last > prev.first && d.first == d.last))
                    && !KnownPeople.twoPeople(tokens, prev, d) && !twoJoined) {
                prev.last = d.last;
                prev.entries = matcher.lookup(tokens, prev.first, prev.last);
                continue;
            }
            if (twoJoined) d.gluedLetters = 1;
            out.add(d);
        }
        return out;
    }

    private static boolean arabic(Token t) {
        return Character.UnicodeScript.of(t.text().codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    /** «بالملك», «للرئيس»: a preposition and the article, which no person's name begins with. */
    private static boolean prepositionWithArticle(Token t) {
        List<Segment> segs = t.segments();
        return segs.size() > 1 && segs.get(0).kind() == Segment.Kind.PREP && segs.get(1).kind() == Segment.Kind.DET;
    }

    /**
     * A knowledge-base match that contains a recognised mention replaces its span («مجلس الأمن» →
     * «مجلس الأمن الدولي»). Whether it did.
     */
    private static boolean widen(List<Token> tokens, List<Draft> here, KbMatcher.Match m, boolean linkOnly) {
        // a name of one type, though of two entities («حزب العدالة والتنمية», Turkey's or Morocco's: the
        // linker's cues choose), still spans its words
        if (m.entries().stream().map(e -> e.ref().type()).distinct().count() != 1) return false;
        EntityType type = m.entries().get(0).ref().type();
        List<Draft> inside = new ArrayList<>(2);
        for (Draft d : here) {
            boolean overlaps = d.first <= m.last() && m.first() <= d.last;
            if (!overlaps) continue;
            if (d.first < m.first() || d.last > m.last()) return false;
            // a link-only event's name does not swallow a place the recogniser found in it: «أوروبا» of «دوري
            // أبطال أوروبا», «آسيا» of «كأس آسيا» stay places, as ANERcorp marks them (the competition links when found whole)
            if (linkOnly && type == EntityType.MISC && d.type == EntityType.LOC) return false;
            inside.add(d);
        }
        if (inside.isEmpty()) return false;
        inside.sort(Comparator.comparingInt((Draft d) -> d.first));
        // several mentions that together make one known name are that name: «ريال» (ORG) + «مدريد» (LOC) is
        // «ريال مدريد», and so are side-by-side mentions inside a longer known name, whose head noun or
        // adjective the recogniser left out («بنك» «الإمارات» «دبي» «الوطني», Emirates NBD); not with words
        // between them («مجلس الأمن» «التابع» «للأمم المتحدة» names two bodies), but for a person's full name,
        // whose middle words the recogniser may leave out («الباجي» «قايد» «السبسي»: «قايد» is also "commander")
        boolean person = m.entries().get(0).ref().type() == EntityType.PER
                && inside.stream().allMatch(d -> d.type == EntityType.PER);
        if (inside.size() > 1 && !person) {
            for (int k = 1; k < inside.size(); k++) {
                if (inside.get(k).first != inside.get(k - 1).last + 1) return false;
            }
        }
        Draft kept = inside.get(0);
        markFirstWord(tokens, m, kept);
        kept.first = m.first();
        kept.last = m.last();
        kept.entries = m.entries();
        if (inside.size() > 1) {
            kept.type = m.entries().get(0).ref().type();
            here.removeAll(inside.subList(1, inside.size()));
        }
        return true;
    }

    /**
     * Records on {@code d} whether the knowledge-base name matched at {@code m} begins with letters
     * the segmenter took for clitics: after a conjunction («بوروسيا دورتموند» is no ب + «وروسيا»:
     * {@code wholeFirst}), or with the whole token, a letter read as the conjunction included («فلاي
     * دبي» is no ف + ل + «اي دبي»: {@code wholeToken}).
     */
    static void markFirstWord(List<Token> tokens, KbMatcher.Match m, Draft d) {
        Token first = tokens.get(m.first());
        String head = m.name().split(" ", 2)[0];
        String afterConjunction = WordForms.foldedWithoutConjunction(first);
        d.wholeFirst = !head.equals(WordForms.folded(first)) && head.equals(afterConjunction);
        d.wholeToken = head.equals(first.norm()) && !head.equals(afterConjunction);
        if (!head.equals(first.norm()) && head.equals(KbMatcher.withoutUnsplitConjunction(first))) d.gluedLetters = 1; // «وتركمنستان»
    }

    private static boolean oneType(List<KbEntry> entries) {
        return entries.stream().map(e -> e.ref().type()).distinct().count() == 1;
    }

    /**
     * [first, last] of the words a pair of quote marks right after an organisation's head noun
     * at {@code head} holds («منظمة "ديفينس ديستربيوتد"»), at most six words; null when there is none.
     */
    private static int[] quotedAfterHead(List<Token> tokens, int head) {
        String folded = WordForms.folded(tokens.get(head));
        if (!NonNames.GENERIC_HEADS.contains(folded.startsWith("ال") ? folded.substring(2) : folded)) return null;
        int open = head + 1;
        if (open >= tokens.size() || !QuoteMarks.isQuoteMark(tokens.get(open))) return null;
        for (int k = open + 1; k < tokens.size() && k <= open + 7; k++) {
            if (QuoteMarks.isQuoteMark(tokens.get(k))) return k > open + 1 ? new int[] {open + 1, k - 1} : null;
            String n = tokens.get(k).norm();
            if (n.isEmpty() || ".،,؛:".contains(n)) return null;
        }
        return null;
    }
}
