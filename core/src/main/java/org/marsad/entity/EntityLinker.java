package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Nationality;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * Links one article's recognised mentions to identities and completes them:
 * <ol>
 * <li>the spans are shaped sentence by sentence ({@link MentionSpans}): a knowledge-base name the
 *     recogniser missed becomes a mention when it names exactly one entity and is not marked
 *     link-only (a common word such as «حماس» is marked so), and mentions are trimmed, split and
 *     joined;</li>
 * <li>names met again in the article become mentions there too ({@link ArticleNames});</li>
 * <li>a mention whose text is a knowledge-base name links to that entity and takes its type;</li>
 * <li>a person mention that is the end of a longer person mention elsewhere in the article
 *     («لافروف» after or before «سيرغي لافروف») links where the longer one links, even when
 *     the short form alone would link elsewhere in the knowledge base; so does a lone given name
 *     that starts exactly one longer person's name in the article («أسامة» → «أسامة بن لادن»);</li>
 * <li>a currency («60 مليون ريال سعودي», «الدولار») links to the one it names ({@link Currencies});</li>
 * <li>anything else gets an article-local identity ({@code local:per/...}) shared by mentions of
 *     the same folded text, so counts and profiles still work;</li>
 * <li>persons keep the title the text gives them as their role ({@link Roles});</li>
 * <li>nationality adjectives outside mentions become {@link Nationality} records.</li>
 * </ol>
 * Thread-safe.
 */
final class EntityLinker {
    /** A recognised mention over tokens [first, last] of sentence {@code sentence}. */
    record Found(int sentence, int first, int last, EntityType type) {}

    record Result(List<EntityMention> mentions, List<Nationality> nationalities) {}

    private final KnowledgeBase kb;
    private final KbMatcher matcher;
    private final MentionSpans spans;
    private final PlaceEdges places;
    private final MentionTypes types;
    private final QuotedNameTypes quotedTypes;
    private final ArticleNames names;
    private final NameTails tails;
    private final NationalityFinder nationalities;
    private final NameLookAlikes lookAlikes;
    private final StemProfile profile;

    EntityLinker(KnowledgeBase kb) {
        this(kb, StemProfile.shipped());
    }

    /** @param profile how often each stem is a person's name in unlabelled news, to veto common words as surnames */
    EntityLinker(KnowledgeBase kb, StemProfile profile) {
        this.kb = kb;
        this.profile = profile;
        this.lookAlikes = new NameLookAlikes(kb);
        this.matcher = new KbMatcher(kb);
        this.places = new PlaceEdges(kb, matcher);
        this.spans = new MentionSpans(kb, matcher, places, profile);
        this.types = new MentionTypes(kb);
        this.quotedTypes = new QuotedNameTypes(kb);
        this.names = new ArticleNames(kb, profile);
        this.tails = new NameTails(kb, profile);
        this.nationalities = new NationalityFinder(kb);
        this.firstWords = new FirstWords(kb);
        this.currencies = new Currencies(kb);
        this.entryChoice = new EntryChoice(kb);
        this.amounts = new Amounts(kb);
    }

    private final FirstWords firstWords;
    private final Currencies currencies;
    private final EntryChoice entryChoice;
    private final Amounts amounts;

    static final class Draft {
        final int sentence;
        int first;
        int last;
        EntityType type;
        List<KbEntry> entries = List.of();
        EntityRef ref;
        /** the type was read from the words around the mention («نادي الرائد»), which outweighs the recogniser */
        boolean typedByContext;
        /** a sum of money («60 مليون ريال سعودي»): MISC whatever the article's other uses of the word */
        boolean amount;
        /** a longer mention of the same person, whose identity this one shares */
        Draft sameAs;
        /** the first token's leading letters are the name's, not clitics («بدوي» of «سمر بدوي», not ب + «دوي») */
        boolean wholeFirst;
        /** the first token is a given name or a club's first word as written, its first letter no conjunction («وليد», not و + ل + «يد»; «وفاق») */
        boolean wholeToken;
        /**
         * how many of the first token's letters are clitics the segmenter left in the word: «و» before
         * a second name («وأكشاي»), a preposition before a name the article writes alone («لستولمان»)
         */
        int gluedLetters;
        /**
         * the last word's last letters are the name's, not a pronoun suffix: a lone surname as in the
         * article's full name («سيسيه» of «سومايلا سيسيه»), or a name the whole word spells ({@link SuffixedNames})
         */
        boolean wholeLast;
        /**
         * the mention keeps the identity it has, which no longer form in the article overrides: the knowledge
         * base knows its name with the title before it («النبي محمد»), or a prophet's blessing follows it ({@link Blessings})
         */
        boolean ownIdentity;
        String[] words;

        /**
         * The words around say this is a {@code t} («نادي الرائد», «إقليم الجزيرة»): that type, only the
         * knowledge-base entries of that type, and the recogniser's votes outweighed.
         */
        void typedAs(EntityType t) {
            type = t;
            entries = entries.stream().filter(e -> e.ref().type() == t).toList();
            typedByContext = true;
        }

        /** Whether the knowledge base knows this span's name, but never as a {@code type}. */
        boolean knownOnlyAsOther(EntityType type) {
            return !entries.isEmpty() && entries.stream().noneMatch(e -> e.ref().type() == type);
        }

        Draft(int sentence, int first, int last, EntityType type) {
            this.sentence = sentence;
            this.first = first;
            this.last = last;
            this.type = type;
        }
    }

    Result link(String body, List<List<Token>> sentences, List<Found> recognised) {
        Map<Integer, List<Found>> found = new HashMap<>();
        for (Found f : recognised) found.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(f);
        FoldedWords folded = new FoldedWords(sentences);
        java.util.Set<String> plainNameWords = JoinedNames.plainNameWords(sentences, recognised, folded);
        boolean yaAsAlefMaqsura = NameLookAlikes.writesYaAsAlefMaqsura(body);
        boolean aliIsAName = NameLookAlikes.aliIsAName(body);
        boolean namesMashhad = Scenes.namesMashhad(body);
        List<Draft> drafts = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            boolean[] covered = new boolean[tokens.size()];
            List<Draft> here = spans.recognised(s, tokens, found.getOrDefault(s, List.of()), plainNameWords, yaAsAlefMaqsura, aliIsAName,
                    namesMashhad, covered);
            spans.addKnown(s, tokens, here, covered);
            CoordinatedNames.add(s, tokens, here, covered, matcher, kb);
            QuotedWorks.add(s, tokens, here, covered, matcher);
            ForeignNames.add(s, tokens, here, covered, kb, profile);
            ForeignNames.givenNamesBefore(tokens, here, covered, profile);
            RoyalNamesakes.absorb(tokens, here);
            RoyalNamesakes.absorbNamed(tokens, here);
            amounts.retype(tokens, here);
            types.retypeAfterHeads(tokens, here);
            types.retypeOrganisationNames(tokens, here);
            types.retypeClubs(tokens, here);
            types.retypeMatchSides(tokens, here);
            types.retypeModels(tokens, here);
            MarketIndices.retype(tokens, here);
            types.literaryClubs(tokens, here);
            Bylines.retype(s, tokens, here);
            ClubNames.widen(tokens, here, matcher);
            Peninsulas.mark(s, tokens, here, matcher);
            List<Draft> merged = CoordinatedNames.splitBodies(tokens, spans.mergeAdjacent(tokens, here), matcher);
            quotedTypes.retypeQuotedPapers(tokens, merged);
            quotedTypes.retypeQuotedProducts(tokens, merged);
            quotedTypes.retypeCalledPersons(tokens, merged);
            types.widenToChampionship(tokens, merged);
            HeadedBodies.widen(tokens, merged, matcher);
            HeadedBodies.widenToInstitutions(tokens, merged, matcher);
            quotedTypes.retypeAfterMediaHeads(tokens, merged);
            PlaceEdges.retypeBeforeBearing(tokens, merged);
            drafts.addAll(merged);
        }
        Nicknames.add(sentences, drafts, matcher, kb);
        RepeatedPlaces.add(sentences, drafts, matcher, kb, profile);
        places.placeBeforePerson(sentences, drafts);
        firstWords.mark(sentences, drafts);
        FirstWords.markWholeLastWords(body, sentences, drafts, drafts);
        SuffixedNames.resolve(body, sentences, drafts, kb);
        Map<String, Integer> personWords = NameTails.personWords(sentences, drafts);
        List<Draft> headsAlone = new ArrayList<>();
        boolean[][] covered = coverage(sentences, drafts);
        for (Draft d : drafts) {
            List<Token> tokens = sentences.get(d.sentence);
            // «الأمير محمد بن سلمان», «الملك سلمان»: the title is the role, the name what follows
            // (the knowledge-base link found with the title is kept)
            while (d.type == EntityType.PER && d.first < d.last && Roles.opensPersonMention(WordForms.folded(tokens.get(d.first)))) {
                d.first++;
                List<KbEntry> bare = matcher.lookup(tokens, d.first, d.last);
                if (!bare.isEmpty()) d.entries = bare;
                else if (!d.entries.isEmpty()) d.ownIdentity = true;
            }
            if (d.type == EntityType.PER && d.first == d.last && Blessings.after(tokens, d.last)) {
                // «إبراهيم عليه السلام», «محمد صلى الله عليه وسلم»: a prophet, whom the article's other names do not claim
                d.ownIdentity = true;
                if (d.entries.isEmpty() && WordForms.folded(tokens.get(d.first)).equals(MUHAMMAD)) d.entries = kb.byName(THE_PROPHET);
            }
            DescriptorWords.trim(tokens, d, matcher, kb);
            // (a known name of two words or more before the verb: «أيمري تشان» is Emre Can, not Unai Emery's «أيمري» + a verb)
            if (d.entries.isEmpty() && tails.endsWithVerb(tokens, d, personWords, () -> d.last - 1 > d.first
                    && matcher.lookup(tokens, d.first, d.last - 1).stream().anyMatch(e -> e.ref().type() == EntityType.PER))) {
                d.last--; // «أسامة بن لادن اندسوا»: the name, without the verb after it
                d.entries = matcher.lookup(tokens, d.first, d.last);
                // «البنك يطلب»: what is left is a head noun alone, the bank the article named before, no name
                if (d.type == EntityType.ORG && d.first == d.last && d.entries.isEmpty() && NameTails.commonNoun(tokens.get(d.first))) headsAlone.add(d);
            }
            NameTails.trimDays(tokens, d, matcher); // «وصل الأمير وليام الاثنين»: the name, without the day after it
            if (!covered[d.sentence][Math.min(d.last + 1, covered[d.sentence].length - 1)] && tails.familyNameAfterFather(tokens, d)) {
                covered[d.sentence][++d.last] = true; // «أحمد بن إبراهيم الملا»: the family name after the father's
            }
            if (d.type == EntityType.LOC) d.wholeFirst |= PlaceEdges.nameAfterHead(tokens, d);
            // a hashtag's underscores («#هيفاء_وهبي») stand for spaces
            d.words = KnowledgeBase.fold(body.substring(MentionOffsets.start(tokens, d), MentionOffsets.end(tokens, d)).replace('_', ' ')).split(" ");
            Token first = tokens.get(d.first);
            if (MentionOffsets.start(tokens, d) == first.start() && first.elidedArticle()) {
                // «للحوطة» is written whole (ل ate the article's alef) but named «الحوطة», as elsewhere
                d.words[0] = WordForms.folded(first);
            }
            if (d.type == EntityType.PER && d.entries.isEmpty()) d.entries = byShorterForm(d.words);
        }
        drafts.removeAll(headsAlone);
        SplitNames.join(sentences, drafts, folded);
        int beforeRepeats = drafts.size();
        names.addRepeated(sentences, drafts, folded);
        // the repeats too: «وقالت سيرينا» after «سيرينا وليامز» is her whole first name, not the stem «سيري» + «نا»
        FirstWords.markWholeLastWords(body, sentences, drafts.subList(beforeRepeats, drafts.size()), drafts);
        // «600 ألف بوليفار» after «عملة "بوليفار"»: a repeat of a name may be a sum of money
        amounts.retypeRepeats(sentences, drafts.subList(beforeRepeats, drafts.size()));
        EntryChoice.InArticle choice = entryChoice.in(sentences, folded);
        List<Draft> otherWords = new ArrayList<>();
        for (Draft d : drafts) {
            KbEntry e = choice.pick(d);
            if (e != null && (NameLookAlikes.anotherWord(body, sentences.get(d.sentence), d, e, yaAsAlefMaqsura)
                    || lookAlikes.vetoed(sentences.get(d.sentence), d, e))) {
                otherWords.add(d);
                continue;
            }
            if (e == null && lookAlikes.vetoedByEvery(sentences.get(d.sentence), d)) {
                otherWords.add(d);
                continue;
            }
            if (e != null) {
                d.ref = e.ref();
                d.type = e.ref().type();
            }
        }
        drafts.removeAll(otherWords);
        ArticleTypes.unify(drafts);
        currencies.link(sentences, drafts, folded);
        ShortForms.linkPersons(drafts, () -> ShortForms.familyWords(sentences, folded));
        ShortBodies.linkOrganisations(sentences, drafts, kb);
        ShortBodies.linkPlaces(drafts, kb);
        ShortBodies.linkUnDescription(sentences, drafts);
        ClubRepeats.add(sentences, drafts, kb, folded);
        Map<String, EntityRef> local = new HashMap<>();
        List<Draft> longestFirst = new ArrayList<>(drafts);
        longestFirst.sort(Comparator.comparingInt((Draft d) -> -d.words.length));
        for (Draft d : longestFirst) {
            if (d.ref != null) continue;
            if (d.sameAs != null) {
                d.ref = d.sameAs.ref;
                continue;
            }
            String text = localName(body.substring(MentionOffsets.start(sentences.get(d.sentence), d), MentionOffsets.end(sentences.get(d.sentence), d)),
                    sentences.get(d.sentence).get(d.first));
            // people keep their article: «ألسون بيكر» (Alisson) is no «سون بيكر»
            String[] keyWords = withoutLettersPeriods(d.type == EntityType.PER ? d.words : ShortForms.localKey(d.words));
            String key = d.type + ":" + String.join(" ", keyWords);
            d.ref = local.computeIfAbsent(key, k -> new EntityRef("local:" + d.type.name().toLowerCase(Locale.ROOT) + "/"
                    + String.join("-", keyWords), text, Optional.empty(), d.type, Optional.empty()));
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (Draft d : drafts) {
            List<Token> tokens = sentences.get(d.sentence);
            int start = MentionOffsets.start(tokens, d);
            int end = MentionOffsets.end(tokens, d);
            String text = body.substring(start, end);
            Optional<String> role = d.type == EntityType.PER ? Roles.of(body, tokens, drafts, d) : Optional.empty();
            mentions.add(new EntityMention(start, end, text, d.type, Optional.of(d.ref), role));
        }
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        return new Result(mentions, nationalities.find(body, sentences, drafts));
    }


    /** The words of a local identity without the period after a letter's name («دي. بي. دي» is «دي-بي-دي», as written without them). */
    private static String[] withoutLettersPeriods(String[] words) {
        String[] out = words;
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (w.length() > 1 && w.endsWith(".") && org.marsad.text.LetterNames.contains(w.substring(0, w.length() - 1))) {
                if (out == words) out = words.clone();
                out[k] = w.substring(0, w.length() - 1);
            }
        }
        return out;
    }

    private static final String MUHAMMAD = KnowledgeBase.fold("محمد");
    private static final String THE_PROPHET = KnowledgeBase.fold("النبي محمد");

    /** Words that end compound names («جمال الدين», «سيف الإسلام») and are common words alone. */
    private static final java.util.Set<String> COMPOUND_ENDS = ArabicNormalizer.foldedSet("الدين", "الإسلام", "الله");
    /** Words that make the next word part of a compound name («عبد العزيز», «أبو مازن», «بن سلمان», «آل الشيخ»). */
    static final java.util.Set<String> COMPOUND_HEADS = ArabicNormalizer.foldedSet("عبد", "أبو", "أبي", "بن", "ابن", "بنت", "أم", "آل");

    /**
     * Whether a person's last word is only the tail of a compound name, so that alone it is no
     * surname: «الدين» of «إياد جمال الدين» is «religion» or «debt» elsewhere in the article, and
     * «العزيز» of «عبد العزيز» is «dear».
     */
    static boolean compoundTail(String[] words) {
        int n = words.length;
        return COMPOUND_ENDS.contains(words[n - 1]) || COMPOUND_HEADS.contains(words[n - 2]);
    }

    /**
     * The one known person a formal name is a longer form of («عادل بن أحمد الجبير»), or whose given name it
     * spells otherwise («سرجي لافروف»: {@link GivenNameSpellings}), if any.
     */
    private List<KbEntry> byShorterForm(String[] words) {
        for (String form : Patronyms.shorterForms(words)) {
            List<KbEntry> people = kb.byName(form).stream().filter(e -> e.ref().type() == EntityType.PER).toList();
            if (people.size() == 1) return people;
        }
        return GivenNameSpellings.respelled(words, kb);
    }

    /**
     * Adds to {@code drafts} a mention for every knowledge-base match of one entry that no draft
     * touches and that {@code wanted} accepts (given the sentence's tokens and the match), typed as
     * its entry: the mentions an article's other names call for ({@link Nicknames}, {@link RepeatedPlaces}).
     */
    static void addMatches(List<List<Token>> sentences, List<Draft> drafts, KbMatcher matcher,
            java.util.function.BiPredicate<List<Token>, KbMatcher.Match> wanted) {
        boolean[][] covered = coverage(sentences, drafts);
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                if (covered[s][i]) continue;
                KbMatcher.Match m = matcher.at(tokens, i);
                if (m == null || m.entries().size() != 1 || !wanted.test(tokens, m)) continue;
                boolean free = true;
                for (int k = m.first(); k <= m.last(); k++) free &= !covered[s][k];
                if (!free) continue;
                Draft d = new Draft(s, m.first(), m.last(), m.entries().get(0).ref().type());
                d.entries = m.entries();
                drafts.add(d);
                Arrays.fill(covered[s], m.first(), m.last() + 1, true);
                i = m.last();
            }
        }
    }

    /** Per sentence, which tokens the drafts cover. */
    static boolean[][] coverage(List<List<Token>> sentences, List<Draft> drafts) {
        boolean[][] c = new boolean[sentences.size()][];
        for (int s = 0; s < c.length; s++) c[s] = new boolean[sentences.get(s).size()];
        for (Draft d : drafts) Arrays.fill(c[d.sentence], d.first, d.last + 1, true);
        return c;
    }

    /** The local identity's name: as written, but with the article ل ate restored («للحوطة» → «الحوطة»). */
    private static String localName(String written, Token first) {
        String text = written.replace('_', ' '); // «#هيفاء_وهبي» is named «هيفاء وهبي»
        if (!first.elidedArticle() || !text.startsWith(first.text())) return text;
        return "ال" + text.substring(WordForms.nameStart(first) - first.start() + 1);
    }
}
