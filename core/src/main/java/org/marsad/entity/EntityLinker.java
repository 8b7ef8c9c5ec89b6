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
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.KinshipWords;

/**
 * Links one article's recognised mentions to identities and completes them:
 * <ol>
 * <li>a knowledge-base name the recogniser missed becomes a mention when it names exactly one
 *     entity and is not marked link-only (a common word such as «حماس» is marked so);</li>
 * <li>a mention whose text is a knowledge-base name links to that entity and takes its type;</li>
 * <li>a person mention that is the end of a longer person mention elsewhere in the article
 *     («لافروف» after or before «سيرغي لافروف») links where the longer one links, even when
 *     the short form alone would link elsewhere in the knowledge base; so does a lone given name
 *     that starts exactly one longer person's name in the article («أسامة» → «أسامة بن لادن»);</li>
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
    private final StemProfile profile;

    EntityLinker(KnowledgeBase kb) {
        this(kb, StemProfile.shipped());
    }

    /** @param profile how often each stem is a person's name in unlabelled news, to veto common words as surnames */
    EntityLinker(KnowledgeBase kb, StemProfile profile) {
        this.kb = kb;
        this.matcher = new KbMatcher(kb);
        this.profile = profile;
    }

    static final class Draft {
        final int sentence;
        int first;
        int last;
        EntityType type;
        List<KbEntry> entries = List.of();
        EntityRef ref;
        /** a longer mention of the same person, whose identity this one shares */
        Draft sameAs;
        /** the first token's leading letters are the name's, not clitics («بدوي» of «سمر بدوي», not ب + «دوي») */
        boolean wholeFirst;
        /** a lone surname whose last letters are the name's, as in the article's full name («سيسيه» of «سومايلا سيسيه») */
        boolean wholeLast;
        String[] words;

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
        java.util.Set<String> plainNameWords = plainNameWords(sentences, recognised);
        List<Draft> drafts = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            boolean[] covered = new boolean[tokens.size()];
            List<Draft> here = new ArrayList<>();
            List<Found> inSentence = found.getOrDefault(s, List.of());
            inSentence = inSentence.stream().filter(f -> f.first() != f.last() || !notAName(tokens, f)).toList();
            for (Found f : inSentence) Arrays.fill(covered, f.first(), f.last() + 1, true);
            for (Found f : inSentence) {
                int first = f.first();
                int last = f.last();
                if (f.type() == EntityType.PER) {
                    // «والدة بن لادن»: the mother is not part of the son's name; «يدعى فهد القباع»: nor is "called"
                    while (first < last && (KinshipWords.contains(WordForms.foldedWithoutConjunction(tokens.get(first)))
                            || CALLED.contains(WordForms.foldedWithoutConjunction(tokens.get(first))))) first++;
                    while (last + 1 < tokens.size() && !covered[last + 1] && continuesName(tokens.get(last), tokens.get(last + 1))) {
                        last++; // «عبدالعزيز آل الشيخ», «عمر بن الخطاب»: a name does not end on آل or بن
                        covered[last] = true;
                    }
                }
                int and = coordinated(tokens, first, last, f.type(), plainNameWords);
                if (and > 0) {
                    // «أندريا بارزالي وجيورجي كيليني», «فيسبوك وآبل»: two names joined by و are two mentions
                    Draft left = new Draft(s, first, and - 1, f.type());
                    left.entries = matcher.lookup(tokens, first, and - 1);
                    here.add(left);
                    first = and;
                }
                int split = f.type() == EntityType.PER ? knownPersonEnd(tokens, first, last) : -1;
                if (split >= 0) {
                    // «نعى دونالد ترامب أريثا فرانكلين»: a known full name, then another name of two words
                    Draft known = new Draft(s, first, split, f.type());
                    known.entries = matcher.lookup(tokens, first, split);
                    here.add(known);
                    first = split + 1;
                }
                Draft d = new Draft(s, first, last, f.type());
                d.entries = matcher.lookup(tokens, first, last);
                here.add(d);
            }
            for (int i = 0; i < tokens.size(); i++) {
                KbMatcher.Match m = matcher.at(tokens, i);
                if (m == null) continue;
                boolean free = true;
                for (int k = m.first(); k <= m.last(); k++) free &= !covered[k];
                if (free && m.entries().size() == 1 && kb.addsMentions(m.name())) {
                    Draft d = new Draft(s, m.first(), m.last(), m.entries().get(0).ref().type());
                    d.entries = m.entries();
                    d.wholeFirst = namesWholeFirstWord(tokens, m);
                    here.add(d);
                    Arrays.fill(covered, m.first(), m.last() + 1, true);
                    i = m.last();
                } else if (!free) {
                    widen(tokens, here, m);
                }
            }
            for (Draft d : here) {
                if (d.type != EntityType.MISC && isAmount(tokens, d)) {
                    d.type = EntityType.MISC; // «مليار ريال»: the riyal, not the club «ريال» of the sports pages
                    d.entries = List.of();
                }
            }
            drafts.addAll(mergeAdjacent(tokens, here));
        }
        markWholeFirstWords(sentences, drafts);
        markWholeLastWords(body, sentences, drafts);
        for (Draft d : drafts) {
            List<Token> tokens = sentences.get(d.sentence);
            // «الأمير محمد بن سلمان», «الملك سلمان»: the title is the role, the name what follows
            // (the knowledge-base link found with the title is kept)
            while (d.type == EntityType.PER && d.first < d.last && Roles.BEFORE_NAMES.contains(WordForms.foldedWithoutConjunction(tokens.get(d.first)))) {
                d.first++;
                List<KbEntry> bare = matcher.lookup(tokens, d.first, d.last);
                if (!bare.isEmpty()) d.entries = bare;
            }
            d.words = KnowledgeBase.fold(body.substring(start(tokens, d), end(tokens, d))).split(" ");
        }
        FoldedWords folded = new FoldedWords(sentences);
        addSurnames(sentences, drafts, folded);
        addRepeats(sentences, drafts, folded);
        java.util.Set<String> articleWords = null;
        for (Draft d : drafts) {
            KbEntry e = choose(d.entries, d.type);
            if (e == null && d.entries.size() > 1) {
                if (articleWords == null) articleWords = articleWords(sentences);
                e = byCues(d.entries, d.type, articleWords);
            }
            if (e != null) {
                d.ref = e.ref();
                d.type = e.ref().type();
            }
        }
        ShortForms.unifyTypes(drafts);
        ShortForms.linkPersons(drafts);
        ShortForms.linkOrganisations(drafts);
        Map<String, EntityRef> local = new HashMap<>();
        List<Draft> longestFirst = new ArrayList<>(drafts);
        longestFirst.sort(Comparator.comparingInt((Draft d) -> -d.words.length));
        for (Draft d : longestFirst) {
            if (d.ref != null) continue;
            if (d.sameAs != null) {
                d.ref = d.sameAs.ref;
                continue;
            }
            String text = body.substring(start(sentences.get(d.sentence), d), end(sentences.get(d.sentence), d));
            // people keep their article: «ألسون بيكر» (Alisson) is no «سون بيكر»
            String[] keyWords = d.type == EntityType.PER ? d.words : ShortForms.localKey(d.words);
            String key = d.type + ":" + String.join(" ", keyWords);
            d.ref = local.computeIfAbsent(key, k -> new EntityRef("local:" + d.type.name().toLowerCase(Locale.ROOT) + "/"
                    + String.join("-", keyWords), text, Optional.empty(), d.type, Optional.empty()));
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (Draft d : drafts) {
            List<Token> tokens = sentences.get(d.sentence);
            int start = start(tokens, d);
            int end = end(tokens, d);
            String text = body.substring(start, end);
            Optional<String> role = d.type == EntityType.PER ? Roles.find(body, tokens, d.first, d.last) : Optional.empty();
            mentions.add(new EntityMention(start, end, text, d.type, Optional.of(d.ref), role));
        }
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        return new Result(mentions, nationalities(body, sentences, drafts));
    }

    /**
     * Two person mentions side by side («إيفانكا» «ترامب», when the recogniser began a new name at
     * the surname) are one name, unless the second starts with a conjunction («وترامب»); so are two
     * place mentions side by side («نيو» «مكسيكو»), unless the second starts with a conjunction or
     * preposition («دارفور بأبوجا») or both are names the knowledge base knows.
     */
    private List<Draft> mergeAdjacent(List<Token> tokens, List<Draft> here) {
        here.sort(Comparator.comparingInt((Draft d) -> d.first));
        List<Draft> out = new ArrayList<>(here.size());
        for (Draft d : here) {
            Draft prev = out.isEmpty() ? null : out.get(out.size() - 1);
            Segment.Kind lead = tokens.get(d.first).segments().get(0).kind();
            boolean places = prev != null && prev.type == EntityType.LOC && d.type == EntityType.LOC && d.first == prev.last + 1
                    && lead != Segment.Kind.CONJ && lead != Segment.Kind.PREP
                    && (prev.entries.isEmpty() || d.entries.isEmpty());
            if (places || prev != null && prev.type == EntityType.PER && d.type == EntityType.PER && d.first == prev.last + 1
                    && lead != Segment.Kind.CONJ && !twoFullNames(tokens, prev, d)) {
                prev.last = d.last;
                prev.entries = matcher.lookup(tokens, prev.first, prev.last);
                continue;
            }
            out.add(d);
        }
        return out;
    }

    /**
     * The token where a second name joined by «و» starts inside [first, last], or -1. The word
     * after «و» must be a name in its own right: known to the knowledge base, or, for people,
     * written without the «و» in another mention of the article («آرثر وفيدال» after «أرتورو
     * فيدال»). The segmenter reads the W of foreign names as «و» («بيتر والتون», «ستيف وزنياك»),
     * and «البوسنة والهرسك», «وزارة الخارجية والمغتربين» are one name each; all of these stay whole.
     */
    private int coordinated(List<Token> tokens, int first, int last, EntityType type, java.util.Set<String> plainNameWords) {
        for (int k = first + 1; k <= last; k++) {
            List<Segment> segs = tokens.get(k).segments();
            if (segs.size() < 2 || segs.get(0).kind() != Segment.Kind.CONJ || !segs.get(0).form().equals("و")) continue;
            boolean known = !matcher.lookup(tokens, k, last).isEmpty();
            if (type == EntityType.PER ? known || plainNameWords.contains(WordForms.folded(tokens.get(k)))
                    : known && !matcher.lookup(tokens, first, k - 1).isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    /** The words of the recognised mentions, folded, from tokens that do not begin with the conjunction «و». */
    private static java.util.Set<String> plainNameWords(List<List<Token>> sentences, List<Found> recognised) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Found f : recognised) {
            List<Token> tokens = sentences.get(f.sentence());
            for (int k = f.first(); k <= f.last(); k++) {
                Token t = tokens.get(k);
                if (t.segments().isEmpty() || t.segments().get(0).kind() != Segment.Kind.CONJ) out.add(WordForms.folded(t));
            }
        }
        return out;
    }

    /**
     * The last token of a person the knowledge base knows by a full name (two words or more) at the
     * start of [first, last], when two or more words follow and the next does not go on with the
     * name ({@link #goesOnWith}); else -1.
     */
    private int knownPersonEnd(List<Token> tokens, int first, int last) {
        if (last - first < 3) return -1;
        KbMatcher.Match m = matcher.at(tokens, first);
        if (m == null || m.last() > last - 2 || m.last() == m.first() || m.entries().size() != 1
                || m.entries().get(0).ref().type() != EntityType.PER) return -1;
        if (goesOnWith(tokens.get(m.last() + 1))) return -1;
        return m.last();
    }

    /**
     * «نعى دونالد ترامب أريثا فرانكلين»: a person the knowledge base knows by a full name, then
     * another name, are two people (subject and object), unless the second goes on with a compound
     * head («بن عبدالعزيز»). Long names the knowledge base does not know («جان إيف» «لودريان») stay joined.
     */
    private static boolean twoFullNames(List<Token> tokens, Draft prev, Draft d) {
        return prev.last > prev.first
                && prev.entries.stream().anyMatch(e -> e.ref().type() == EntityType.PER)
                && !goesOnWith(tokens.get(d.first));
    }

    /** «بن عبدالعزيز», «جونيور», «الابن», «الثاني»: what may follow a full name as more of it. */
    private static boolean goesOnWith(Token next) {
        String n = WordForms.foldedWithoutConjunction(next);
        return COMPOUND_HEADS.contains(n) || NAME_SUFFIXES.contains(n);
    }

    private static final java.util.Set<String> NAME_SUFFIXES = folded("جونيور", "جونير", "الابن", "الأب", "الثاني",
            "الثالث", "الرابع", "الخامس", "الأول");

    /** A knowledge-base match that contains a recognised mention replaces its span («مجلس الأمن» → «مجلس الأمن الدولي»). */
    private static void widen(List<Token> tokens, List<Draft> here, KbMatcher.Match m) {
        if (m.entries().size() != 1) return;
        List<Draft> inside = new ArrayList<>(2);
        for (Draft d : here) {
            boolean overlaps = d.first <= m.last() && m.first() <= d.last;
            if (!overlaps) continue;
            if (d.first < m.first() || d.last > m.last()) return;
            inside.add(d);
        }
        if (inside.isEmpty()) return;
        // several mentions that together make one known name are that name: «ريال» (ORG) + «مدريد» (LOC) is
        // «ريال مدريد»; not with words between them («مجلس الأمن» «التابع» «للأمم المتحدة» names two bodies)
        if (inside.size() > 1) {
            int covered = 0;
            for (Draft d : inside) covered += d.last - d.first + 1;
            if (covered < m.last() - m.first() + 1) return;
        }
        Draft kept = inside.get(0);
        kept.wholeFirst = namesWholeFirstWord(tokens, m);
        kept.first = m.first();
        kept.last = m.last();
        kept.entries = m.entries();
        if (inside.size() > 1) {
            kept.type = m.entries().get(0).ref().type();
            here.removeAll(inside.subList(1, inside.size()));
        }
    }

    /**
     * Whether the knowledge-base name matched at {@code m} begins with letters the segmenter took
     * for clitics: «بوروسيا دورتموند» is no ب + «وروسيا».
     */
    private static boolean namesWholeFirstWord(List<Token> tokens, KbMatcher.Match m) {
        Token first = tokens.get(m.first());
        String head = m.name().split(" ", 2)[0];
        return !head.equals(WordForms.folded(first)) && head.equals(WordForms.foldedWithoutConjunction(first));
    }

    /**
     * One name, one reading per article: a name the recogniser found (and the knowledge base does
     * not know; its names are matched anyway) is a mention wherever else the article writes it
     * and the recogniser saw nothing («أسيك» found once, missed twice). Titles, one-word persons,
     * short one-word names and words the stem profiles show as common and seldom a name do not
     * spread; nor does a name found with two types.
     */
    private void addRepeats(List<List<Token>> sentences, List<Draft> drafts, FoldedWords folded) {
        Map<String, EntityType> types = new HashMap<>();
        Map<String, Long> stems = new HashMap<>();
        java.util.Set<String> mixed = new java.util.HashSet<>();
        int longest = 0;
        for (Draft d : drafts) {
            if (!d.entries.isEmpty() || d.last - d.first >= 4) continue;
            String key = tokensKey(folded, d.sentence, d.first, d.last);
            if (key == null) continue;
            EntityType before = types.putIfAbsent(key, d.type);
            if (before != null && before != d.type) mixed.add(key);
            Token head = sentences.get(d.sentence).get(d.first);
            stems.putIfAbsent(key, FeatureHash.of(ArabicNormalizer.normalize(head.stem().form())));
            longest = Math.max(longest, d.last - d.first + 1);
        }
        mixed.forEach(types::remove);
        // not a title («البابا» of «البابا فرانسيس»); one word only of four letters or more («عمر» is also "age",
        // «ولي» "guardian"), no nationality, not a word the profiles show as common and seldom a name, and no
        // lone given name («جمال», «سعيد» are also "beauty", "happy"; surnames have their own pass)
        types.entrySet().removeIf(e -> Roles.BEFORE_NAMES.contains(e.getKey().split(" ", 2)[0])
                || e.getKey().indexOf(' ') < 0 && (e.getKey().length() < 4 || kb.byAdjective(e.getKey()).isPresent()
                        || profile.rarelyAName(stems.get(e.getKey())) || e.getValue() == EntityType.PER));
        addWhereWritten(sentences, drafts, folded, types, longest);
    }

    /**
     * Adds a mention wherever the article writes one of {@code names} (folded words joined by
     * spaces, at most {@code longest} words, with its type) on tokens no mention covers yet,
     * the longest name first.
     */
    private static void addWhereWritten(List<List<Token>> sentences, List<Draft> drafts, FoldedWords folded,
                                        Map<String, EntityType> names, int longest) {
        if (names.isEmpty()) return;
        java.util.Set<String> firstWords = new java.util.HashSet<>();
        for (String k : names.keySet()) firstWords.add(k.split(" ", 2)[0]);
        List<Draft> added = new ArrayList<>();
        boolean[][] coverage = coverage(sentences, drafts);
        for (int s = 0; s < sentences.size(); s++) {
            boolean[] covered = coverage[s];
            for (int i = 0; i < covered.length; i++) {
                if (covered[i] || !firstWords.contains(folded.at(s, i))) continue;
                for (int len = Math.min(longest, covered.length - i); len >= 1; len--) {
                    boolean free = true;
                    for (int k = i; k < i + len; k++) free &= !covered[k];
                    if (!free) continue;
                    String key = len == 1 ? folded.at(s, i) : tokensKey(folded, s, i, i + len - 1);
                    EntityType type = key == null ? null : names.get(key);
                    if (type == null) continue;
                    Draft d = new Draft(s, i, i + len - 1, type);
                    d.words = key.split(" ");
                    added.add(d);
                    Arrays.fill(covered, i, i + len, true);
                    i += len - 1;
                    break;
                }
            }
        }
        drafts.addAll(added);
    }

    /** The folded name parts of tokens [first, last] joined by spaces, or null when one is no word of three letters or more at the start. */
    private static String tokensKey(FoldedWords folded, int sentence, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            String w = folded.at(sentence, k);
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || k == first && w.length() < 3) return null;
            if (b.length() > 0) b.append(' ');
            b.append(w);
        }
        return b.toString();
    }

    /** {@link WordForms#folded} of the article's tokens, each computed once, when first asked for. */
    private static final class FoldedWords {
        private final List<List<Token>> sentences;
        private final String[][] cache;

        FoldedWords(List<List<Token>> sentences) {
            this.sentences = sentences;
            this.cache = new String[sentences.size()][];
        }

        String at(int sentence, int token) {
            String[] c = cache[sentence];
            if (c == null) c = cache[sentence] = new String[sentences.get(sentence).size()];
            String f = c[token];
            if (f == null) f = c[token] = WordForms.folded(sentences.get(sentence).get(token));
            return f;
        }
    }

    /**
     * The last word of a person's multi-word name, met alone elsewhere in the article where the
     * recogniser saw nothing («وأضاف الحداد» after «كريم الحداد»), becomes a person mention too.
     */
    private void addSurnames(List<List<Token>> sentences, List<Draft> drafts, FoldedWords folded) {
        Map<String, EntityType> surnames = new HashMap<>();
        for (Draft d : drafts) {
            if (d.type != EntityType.PER || d.words.length < 2) continue;
            String last = d.words[d.words.length - 1];
            Token lastToken = sentences.get(d.sentence).get(d.last);
            long stem = FeatureHash.of(ArabicNormalizer.normalize(lastToken.stem().form()));
            if (last.length() >= 3 && !compoundTail(d.words) && !profile.rarelyAName(stem) && kb.byName(last).isEmpty()
                    && kb.byAdjective(last).isEmpty()) surnames.put(last, EntityType.PER);
        }
        addWhereWritten(sentences, drafts, folded, surnames, 1);
    }

    /**
     * A person mention whose first word is met inside a longer person name of the article, where
     * no preposition can stand («سمر بدوي», «رائف بدوي»), keeps that word whole: «بدوي» alone is
     * the surname, not ب + «دوي».
     */
    private static void markWholeFirstWords(List<List<Token>> sentences, List<Draft> drafts) {
        java.util.Set<String> inner = new java.util.HashSet<>();
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Draft d : drafts) {
            if (d.type != EntityType.PER) continue;
            for (int k = d.first; k <= d.last; k++) {
                words.add(sentences.get(d.sentence).get(k).norm());
                if (k > d.first) inner.add(sentences.get(d.sentence).get(k).norm());
            }
        }
        if (inner.isEmpty()) return;
        for (Draft d : drafts) {
            if (d.type != EntityType.PER) continue;
            Token first = sentences.get(d.sentence).get(d.first);
            String n = first.norm();
            String bare = WordForms.foldedWithoutConjunction(first);
            // but «لترامب» is ل + «ترامب» when «ترامب» stands alone in a name of the article
            d.wholeFirst |= (inner.contains(n) || inner.contains(bare)) && !words.contains(WordForms.folded(first));
        }
    }

    /**
     * Words the segmenter reads as a clitic plus a name and the recogniser then marks: «على لسان
     * المتحدث» ("in the words of") gave the place «سان» (ل + «سان») dozens of times on ANT dev.
     */
    private static final java.util.Set<String> NOT_NAMES = folded("لسان", "بلسان", "ولسان", "لي", "بي", "لنا", "له", "لها",
            "محللون", "مراقبون", "مسؤولون", "ناشطون", "خبراء", "مواطنون", "متظاهرون", "شهود");

    /** Organisation heads that alone name no organisation («أكد المعهد», «لمنظمة "أوكسفام"» without its name). */
    private static final java.util.Set<String> GENERIC_HEADS = folded("منظمة", "معهد", "جامعة", "شركة", "وزارة", "هيئة",
            "مؤسسة", "مجلس", "حزب", "جمعية", "مركز", "وكالة", "حركة", "جماعة", "تنظيم", "منظمات", "شركات", "وزارات");

    /**
     * A one-word mention that names nothing: a word the segmenter split badly («لسان», «لي» "to
     * me"), an organisation's head noun alone («المنظمة»), or a nationality adjective without the
     * article («طائرة عسكرية سعودية»: Saudi, not Saudi Arabia).
     */
    private boolean notAName(List<Token> tokens, Found f) {
        Token t = tokens.get(f.first());
        if (NOT_NAMES.contains(t.norm())) return true;
        String folded = WordForms.folded(t);
        String bare = folded.startsWith("ال") ? folded.substring(2) : folded;
        if (f.type() == EntityType.ORG && GENERIC_HEADS.contains(bare)) {
            // but «منظمة "أوكسفام"»: the head is all the recogniser found of a quoted name, keep it
            Token next = f.last() + 1 < tokens.size() ? tokens.get(f.last() + 1) : null;
            return next == null || next.text().isEmpty() || "\"«»“”„'‘’".indexOf(next.text().charAt(0)) < 0;
        }
        if (f.type() != EntityType.LOC || folded.startsWith("ال")) return false;
        // the bare feminine («سعوديه») is no adjective form of the knowledge base, which keeps it for «سورية»
        String masculine = folded.endsWith("ه") ? folded.substring(0, folded.length() - 1) : folded;
        return (kb.byAdjective(folded).isPresent() || kb.byAdjective(masculine).isPresent())
                && matcher.lookup(tokens, f.first(), f.last()).isEmpty();
    }

    /** Currency names, folded, without the article («الريال» → ريال). */
    private static final java.util.Set<String> CURRENCIES = folded("ريال", "ريالات", "دولار", "دولارات", "درهم", "دراهم",
            "دينار", "دنانير", "جنيه", "جنيهات", "ليرة", "ليرات", "يورو", "روبل", "يوان", "روبية", "فرنك", "شيكل", "تومان");

    /** Words that count what follows: «مليار ريال», «آلاف الدنانير». */
    private static final java.util.Set<String> AMOUNTS = folded("مليون", "مليار", "ألف", "آلاف", "ملايين", "مليارات",
            "تريليون", "مليوني", "ملياري", "ألفي", "عشرات", "مئات", "مائة", "مئة", "مقابل", "سعر", "صرف");

    /**
     * Whether the mention is a currency: a currency name with a nationality («ريال سعودي»,
     * «الريال الإيراني»), or alone after a number or an amount word («مليار ريال») or before a
     * nationality or «مقابل» («الريال مقابل الدولار»).
     */
    private boolean isAmount(List<Token> tokens, Draft d) {
        String head = WordForms.folded(tokens.get(d.first));
        if (head.startsWith("ال")) head = head.substring(2);
        if (head.endsWith("ا") && head.length() > 3) head = head.substring(0, head.length() - 1); // «ريالا»
        if (!CURRENCIES.contains(head)) return false;
        for (int k = d.first + 1; k <= d.last; k++) if (kb.byAdjective(WordForms.folded(tokens.get(k))).isEmpty()) return false;
        if (d.last > d.first) return true;
        if (d.first > 0) {
            Token prev = tokens.get(d.first - 1);
            if (prev.text().chars().anyMatch(Character::isDigit) || AMOUNTS.contains(WordForms.foldedWithoutConjunction(prev))) return true;
        }
        if (d.last + 1 < tokens.size()) {
            Token next = tokens.get(d.last + 1);
            return kb.byAdjective(WordForms.folded(next)).isPresent() || WordForms.folded(next).equals("مقابل");
        }
        return false;
    }

    /** «يدعى», «المدعو»: "called", written before a name the recogniser may take in. */
    private static final java.util.Set<String> CALLED = folded("يدعى", "تدعى", "المدعو", "المدعوة", "المسمى", "المسماة",
            "الملقب", "الملقبة", "ويدعى", "وتدعى");

    /** Words after which a person's name must go on: «آل» (of a family name) and the compound heads but «أم» ("or"). */
    private static final java.util.Set<String> NAME_GOES_ON = folded("آل", "عبد", "أبو", "أبي", "بن", "ابن", "بنت");
    private static final java.util.Set<String> NAME_GOES_ON_WRITTEN = java.util.Set.of("آل", "ال", "عبد", "أبو", "ابو", "أبي", "بن", "ابن", "بنت");

    /**
     * Whether {@code next} is more of a name that ends on {@code last}: after «آل» any word
     * («آل الشيخ», though «الشيخ» is a title elsewhere), after «بن», «أبو», «عبد» a word that is
     * neither a particle nor a title («أبو جبل», not «أبو الدكتور»).
     */
    private static boolean continuesName(Token last, Token next) {
        String head = WordForms.foldedWithoutConjunction(last);
        // as written, not folded: «آبي» (Abe) is no «أبي», «الـ» (the article, as in «الـ 48 ساعة») no «آل»
        if (!NAME_GOES_ON.contains(head) || !NAME_GOES_ON_WRITTEN.contains(WordForms.withoutConjunction(last))
                || last.text().indexOf('\u0640') >= 0) return false;
        String n = next.norm();
        if (n.isEmpty() || !Character.isLetter(n.charAt(0)) || WordForms.isParticle(n)) return false;
        return head.equals(KnowledgeBase.fold("آل")) || !Roles.BEFORE_NAMES.contains(WordForms.foldedWithoutConjunction(next));
    }

    /** Words that end compound names («جمال الدين», «سيف الإسلام») and are common words alone. */
    private static final java.util.Set<String> COMPOUND_ENDS = folded("الدين", "الإسلام", "الله");
    /** Words that make the next word part of a compound name («عبد العزيز», «أبو مازن», «بن سلمان», «آل الشيخ»). */
    static final java.util.Set<String> COMPOUND_HEADS = folded("عبد", "أبو", "أبي", "بن", "ابن", "بنت", "أم", "آل");

    private static java.util.Set<String> folded(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) out.add(KnowledgeBase.fold(w));
        return java.util.Set.copyOf(out);
    }

    /**
     * Whether a person's last word is only the tail of a compound name, so that alone it is no
     * surname: «الدين» of «إياد جمال الدين» is «religion» or «debt» elsewhere in the article, and
     * «العزيز» of «عبد العزيز» is «dear».
     */
    static boolean compoundTail(String[] words) {
        int n = words.length;
        return COMPOUND_ENDS.contains(words[n - 1]) || COMPOUND_HEADS.contains(words[n - 2]);
    }

    /** Every word of the article, folded, with and without its clitics. */
    private static java.util.Set<String> articleWords(List<List<Token>> sentences) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (List<Token> s : sentences) {
            for (Token t : s) {
                out.add(t.norm());
                out.add(WordForms.folded(t));
            }
        }
        return out;
    }

    /**
     * Among entries sharing a name («عمان»: Oman, and Amman), the one of the recognised type with
     * the most of its cue words in the article («الأردنية» → Amman, «سلطنة» → Oman); null on a tie
     * or when no cue is there.
     */
    private KbEntry byCues(List<KbEntry> entries, EntityType type, java.util.Set<String> words) {
        KbEntry best = null;
        int bestScore = 0;
        boolean tie = false;
        for (KbEntry e : entries) {
            if (e.ref().type() != type) continue;
            int score = 0;
            for (String cue : kb.cues(e.ref().id())) if (words.contains(cue)) score++;
            if (score > bestScore) {
                best = e;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The one entry a name denotes: the only one, or the only one of the recognised type. */
    private static KbEntry choose(List<KbEntry> entries, EntityType type) {
        if (entries.size() == 1) return entries.get(0);
        KbEntry pick = null;
        for (KbEntry e : entries) {
            if (e.ref().type() != type) continue;
            if (pick != null) return null;
            pick = e;
        }
        return pick;
    }

    private List<Nationality> nationalities(String body, List<List<Token>> sentences, List<Draft> drafts) {
        List<Nationality> out = new ArrayList<>();
        boolean[][] coverage = coverage(sentences, drafts);
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            boolean[] covered = coverage[s];
            for (int i = 0; i < tokens.size(); i++) {
                if (covered[i]) continue;
                Token t = tokens.get(i);
                Optional<KbEntry> c = kb.byAdjective(WordForms.folded(t));
                if (c.isEmpty()) c = kb.byAdjective(WordForms.foldedWithoutConjunction(t));
                if (c.isEmpty()) continue;
                int start = WordForms.nameStart(t);
                int end = WordForms.nameEnd(t);
                if (end <= start) {
                    start = t.start();
                    end = t.end();
                }
                out.add(new Nationality(start, end, body.substring(start, end), c.get().ref()));
            }
        }
        return out;
    }

    private static boolean[][] coverage(List<List<Token>> sentences, List<Draft> drafts) {
        boolean[][] c = new boolean[sentences.size()][];
        for (int s = 0; s < c.length; s++) c[s] = new boolean[sentences.get(s).size()];
        for (Draft d : drafts) Arrays.fill(c[d.sentence], d.first, d.last + 1, true);
        return c;
    }

    /**
     * A person's full name keeps its last word whole (see {@link #end}); a lone word that is such a
     * last word keeps it too, so that «سيسيه» alone is the «سومايلا سيسيه» of the article and not
     * the stem «سيسي».
     */
    private static void markWholeLastWords(String body, List<List<Token>> sentences, List<Draft> drafts) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (Draft d : drafts) {
            if (d.type != EntityType.PER || d.first == d.last) continue;
            Token last = sentences.get(d.sentence).get(d.last);
            surnames.add(KnowledgeBase.fold(last.text()));
        }
        if (surnames.isEmpty()) return;
        for (Draft d : drafts) {
            if (d.type != EntityType.PER || d.first != d.last) continue;
            List<Token> tokens = sentences.get(d.sentence);
            Token t = tokens.get(d.first);
            d.wholeLast = surnames.contains(KnowledgeBase.fold(body.substring(start(tokens, d), t.end())));
        }
    }

    /**
     * Where the mention starts: after the attached clitics of its first token, unless a one-word
     * mention would then keep fewer than three letters («"واس"» is the agency, not و + «اس») or
     * what is left of the word is a particle («كوفي» is not ك + «وفي»), or the preposition ل ate
     * the article's alef («للأمم المتحدة»: «لأمم» is no word, so the whole word is kept).
     */
    private static int start(List<Token> tokens, Draft d) {
        Token first = tokens.get(d.first);
        if (d.wholeFirst) return WordForms.startAfterConjunction(first);
        int s = WordForms.nameStart(first);
        int e = end(tokens, d);
        if (d.first == d.last && e - s < 3) return first.start();
        if (s > first.start() && WordForms.isParticle(ArabicNormalizer.normalize(first.text().substring(s - first.start())))) {
            return first.start(); // «كوفي عنان»: not ك + «وفي»
        }
        if (WordForms.elidedArticle(first)) return first.start(); // «للأمم المتحدة», not «لأمم المتحدة»
        return s < e ? s : first.start();
    }

    private static int end(List<Token> tokens, Draft d) {
        Token last = tokens.get(d.last);
        // a personal name takes no pronoun suffix: the last word is whole («محمد عبده», not «محمد عبد» + ه)
        if (d.type == EntityType.PER && (d.last > d.first || d.wholeLast)) return last.end();
        int e = WordForms.nameEnd(last);
        return e > tokens.get(d.first).start() ? e : last.end();
    }
}
