package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.WordFrequencies;

/**
 * Names the recogniser found once and the article writes again: a person's surname met alone
 * («وأضاف الحداد» after «كريم الحداد»), and any other name found once («أسيك»), become mentions
 * wherever the article writes them and no mention is there yet. Thread-safe.
 */
final class ArticleNames {
    private final KnowledgeBase kb;
    private final StemProfile profile;

    /** @param profile how often each stem is a name in unlabelled news, to veto common words */
    ArticleNames(KnowledgeBase kb, StemProfile profile) {
        this.kb = kb;
        this.profile = profile;
    }

    /**
     * Adds the mentions of surnames met alone, then of the other names found, then of names written
     * with a preposition the segmenter left in the word, to {@code drafts}.
     */
    void addRepeated(List<List<Token>> sentences, List<Draft> drafts, FoldedWords folded) {
        Map<String, Draft> surnames = surnames(sentences, drafts);
        splitSurnamePairs(drafts, surnames);
        endAtSurnames(sentences, drafts, surnames);
        addSurnames(sentences, drafts, folded, surnames);
        addRepeats(sentences, drafts, folded);
        addGlued(sentences, drafts, surnames);
    }

    /**
     * «لا يوجد ما يقلقنا حول يانج ووكر» after «أشلي يانج» and «كايل ووكر»: a two-word person the
     * recogniser found, whose words are the surnames of two different people of the article and
     * which the article and the knowledge base know as no name of their own, is those two people
     * named side by side: «ووبخت ماي جونسون», «أعاد كوستولو دورسي». Not when the first word is a
     * given name of the name lists («الشاعر حسن الزهراني» beside «أحمد حسن» and «عبير الزهراني»),
     * nor when either word also opens one of the article's full names.
     */
    private static void splitSurnamePairs(List<Draft> drafts, Map<String, Draft> surnames) {
        // how many of the article's full names open with each word
        Map<String, Integer> opening = new HashMap<>();
        for (Draft d : drafts) {
            if (d.type == EntityType.PER && d.words.length > 1) opening.merge(d.words[0], 1, Integer::sum);
        }
        List<Draft> seconds = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.type != EntityType.PER || d.words.length != 2 || !d.entries.isEmpty() || d.last != d.first + 1) continue;
            Draft a = fullNameEndingWith(drafts, d, d.words[0], surnames);
            Draft b = fullNameEndingWith(drafts, d, d.words[1], surnames);
            if (a == null || b == null || Arrays.equals(a.words, b.words)
                    || drafts.stream().anyMatch(o -> o != d && o.words.length > 2 && endsWith(o, d.words))) continue;
            // d opens one full name itself
            if (GIVEN_NAMES.opensPersonName(d.words[0]) || opening.get(d.words[0]) > 1 || opening.containsKey(d.words[1])) continue;
            Draft second = new Draft(d.sentence, d.last, d.last, EntityType.PER);
            second.words = new String[] {d.words[1]};
            d.last = d.first;
            d.words = new String[] {d.words[0]};
            seconds.add(second);
        }
        drafts.addAll(seconds);
    }

    /**
     * «اعتبر التقرير أن صلاح يتميز بتواضع كبير» after «محمد صلاح»: a two-word person the recogniser
     * found, which opens with the surname of one of the article's people and goes on with a word
     * that is no name, ends at the surname. The word is no name when it carries a preposition
     * («صلاح بأول أهدافه», «سكالوني بميسي»), or when the stem profiles show it is seldom a name of
     * any type («التشكيك», «التقى»; not «كوريا» of «كارلوس كوريا» beside «روبرتو كارلوس») and
     * either the knowledge base knows the person the surname ends or the word looks like a verb in
     * the imperfect («يتميز»): the article's own people have surnames that are common words
     * («مارون شديد», «عادل إمام»). After the conjunction و the name ends too when what follows is
     * the surname of another of the article's people, whom {@link #addSurnames} then marks («الثلاثي
     * صلاح وماني»), or a word seldom a name («الدباغ وزملاؤه»). Not a given name of the lists after
     * the surname («صلاح محسن», another player; «بسام», which looks like ب + «سام»), nor
     * the tail of a compound name («صلاح الدين»). And any two-word person, whatever its first word,
     * ends before ب or ل on another person's surname («اجتمع كوزمين بالسهلاوي» after «محمد السهلاوي»).
     */
    private void endAtSurnames(List<List<Token>> sentences, List<Draft> drafts, Map<String, Draft> surnames) {
        for (Draft d : drafts) {
            if (d.type != EntityType.PER || d.words.length != 2 || !d.entries.isEmpty() || d.last != d.first + 1
                    || EntityLinker.compoundTail(d.words)) continue;
            if (!endsAtFirstWord(d, sentences.get(d.sentence).get(d.last), surnames)) continue;
            d.last = d.first;
            d.words = new String[] {d.words[0]};
        }
    }

    /** Whether the two-word person {@code d} ends before its second word {@code second} ({@link #endAtSurnames}). */
    private boolean endsAtFirstWord(Draft d, Token second, Map<String, Draft> surnames) {
        // «واجتمع كوزمين بالسهلاوي»: ب + the surname of another of the article's people («محمد السهلاوي»)
        Draft other = WordForms.opensWithPreposition(second) ? surnames.get(WordForms.folded(second)) : null;
        if (other != null && other != d) return true;
        Draft full = surnames.get(d.words[0]);
        if (full == null || full == d || endsWith(full, d.words) || full.words.length < 2) return false;
        if (second.segments().size() > 1 && second.segments().get(0).kind() == Segment.Kind.CONJ) {
            // «الثلاثي صلاح وماني»: the next person, whom addSurnames marks; «توجه صلاح وتعطشه»: no one
            return surnames.containsKey(WordForms.folded(second)) || profile.rarelyAnyName(second);
        }
        boolean noName = WordForms.opensWithPreposition(second)
                || profile.rarelyAnyName(second) && (!full.entries.isEmpty() || NameTails.imperfectVerb(second));
        return noName && !GIVEN_NAMES.opensPersonName(second.norm()) && !GIVEN_NAMES.inPersonName(WordForms.folded(second));
    }

    /** Another person of the article, not named {@code d}'s two words, whose full name ends with the surname {@code last}; or null. */
    private static Draft fullNameEndingWith(List<Draft> drafts, Draft d, String last, Map<String, Draft> surnames) {
        if (!surnames.containsKey(last)) return null;
        for (Draft o : drafts) {
            if (o != d && o.type == EntityType.PER && o.words.length > 1 && o.words[o.words.length - 1].equals(last)
                    && !endsWith(o, d.words)) return o;
        }
        return null;
    }

    /** Whether the draft's words end with {@code tail}. */
    private static boolean endsWith(Draft d, String[] tail) {
        int off = d.words.length - tail.length;
        return off >= 0 && Arrays.equals(d.words, off, d.words.length, tail, 0, tail.length);
    }

    /** Prepositions, alone or after the conjunction و or ف, that may open a name in one word. Folded. */
    private static final List<String> GLUED = List.of("ل", "ب", "ول", "وب", "فل", "فب");

    private static final WordFrequencies FREQ = WordFrequencies.shipped();
    private static final NameLists GIVEN_NAMES = NameLists.shipped();

    /**
     * A name the article writes alone, or a person's surname, met again with a preposition that the
     * segmenter left in the word, is a mention there too, without the preposition, of the same
     * entity. The segmenter splits only what its corpus counts support: «بالنسبة لستولمان» and
     * «ارتطمت بفرتونن» stay whole, «بأبها» is read as ب + «أب» + ها. Not where the whole word is
     * commoner than the name («لدينا», "we have", is no ل + «دينا»), nor for «لصالح» "in favour of";
     * nor for a person's name the knowledge base does not know that the stem profiles show as a
     * common word seldom a name («بسلام», "in peace", after «سلام» the person), nor for a name with
     * the article it does not know («بالكتاب» after «الكتاب» taken for a title); «بالقاهرة» is Cairo.
     */
    private void addGlued(List<List<Token>> sentences, List<Draft> drafts, Map<String, Draft> surnames) {
        Map<String, Draft> names = new HashMap<>();
        for (Draft d : drafts) {
            if (d.words.length != 1 || d.words[0].length() < 4) continue;
            if (d.type == EntityType.PER && d.entries.isEmpty() && profile.rarelyAName(sentences.get(d.sentence).get(d.first))) continue;
            // «الكتاب», «الصحراء», «الولايات»: a name with the article the knowledge base does not know is
            // often a common noun, which «بالكتاب», «شُغف بالصحراء» are
            if (d.entries.isEmpty() && d.words[0].startsWith("ال")) continue;
            names.putIfAbsent(d.words[0], d);
        }
        for (Map.Entry<String, Draft> e : surnames.entrySet()) {
            String last = e.getKey();
            if (last.length() < 4 || names.containsKey(last)) continue;
            Draft alone = new Draft(e.getValue().sentence, e.getValue().last, e.getValue().last, EntityType.PER);
            alone.words = new String[] {last};
            names.put(last, alone);
        }
        if (names.isEmpty()) return;
        boolean[][] coverage = EntityLinker.coverage(sentences, drafts);
        List<Draft> added = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                String text = tokens.get(i).text();
                char lead = text.charAt(0);
                if (coverage[s][i] || lead != 'ل' && lead != 'ب' && lead != 'و' && lead != 'ف') continue;
                if (NonNames.inFavourOf(tokens, i)) continue;
                String word = KnowledgeBase.fold(text);
                for (String p : GLUED) {
                    Draft source = word.startsWith(p) ? names.get(word.substring(p.length())) : null;
                    if (source == null) continue;
                    String light = CliticSegmenter.lightFold(text);
                    if (FREQ.count(light) > FREQ.count(light.substring(p.length()))) break;
                    Draft d = new Draft(s, i, i, source.type);
                    d.words = source.words;
                    d.entries = source.entries;
                    d.gluedLetters = p.length();
                    d.wholeLast = true;
                    added.add(d);
                    break;
                }
            }
        }
        drafts.addAll(added);
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
        Map<String, Draft> found = new HashMap<>();
        java.util.Set<String> mixed = new java.util.HashSet<>();
        int longest = 0;
        for (Draft d : drafts) {
            if (!d.entries.isEmpty() || d.last - d.first >= 4) continue;
            String key = tokensKey(folded, d.sentence, d.first, d.last);
            if (key == null) continue;
            EntityType before = types.putIfAbsent(key, d.type);
            if (before != null && before != d.type) mixed.add(key);
            found.putIfAbsent(key, d);
            longest = Math.max(longest, d.last - d.first + 1);
        }
        mixed.forEach(types::remove);
        // not a title («البابا» of «البابا فرانسيس»); one word only of four letters or more («عمر» is also "age",
        // «ولي» "guardian"), no nationality, not a word the profiles show as common and seldom a name, and no
        // lone given name («جمال», «سعيد» are also "beauty", "happy"; surnames have their own pass)
        types.entrySet().removeIf(e -> Roles.BEFORE_NAMES.contains(e.getKey().split(" ", 2)[0])
                || e.getKey().indexOf(' ') < 0 && (e.getKey().length() < 4 || kb.byAdjective(e.getKey()).isPresent()
                        || profile.rarelyAName(headOf(sentences, found.get(e.getKey()))) || e.getValue() == EntityType.PER));
        addWhereWritten(sentences, drafts, folded, types, found, longest, java.util.Set.of());
    }

    /**
     * Adds a mention wherever the article writes one of {@code names} (folded words joined by
     * spaces, at most {@code longest} words, with its type) on tokens no mention covers yet,
     * the longest name first. A name in {@code wholeWords} is also found as a whole word that the
     * segmenter split («بان»: ب + «ان»), but not one whose hamza folding took away («بأن», "that").
     * A name of several words keeps its last word whole, as {@link SuffixedNames} keeps it. A name
     * in {@code found} is spelled, and its first word kept whole, as the mention it was found as:
     * «ملعب سان دوني» is the «سان دوني» found in quotes (the segmenter reads «دوني» as «دون» + ي),
     * and «فيلم بوصلة» the «"بوصلة"» (not ب + «وصلة»; but «لمنح» of «"منح ..."» is ل + «منح»).
     */
    private static void addWhereWritten(List<List<Token>> sentences, List<Draft> drafts, FoldedWords folded,
                                        Map<String, EntityType> names, Map<String, Draft> found, int longest,
                                        java.util.Set<String> wholeWords) {
        if (names.isEmpty()) return;
        java.util.Set<String> firstWords = new java.util.HashSet<>();
        for (String k : names.keySet()) firstWords.add(k.split(" ", 2)[0]);
        List<Draft> added = new ArrayList<>();
        boolean[][] coverage = EntityLinker.coverage(sentences, drafts);
        for (int s = 0; s < sentences.size(); s++) {
            boolean[] covered = coverage[s];
            for (int i = 0; i < covered.length; i++) {
                Token t = sentences.get(s).get(i);
                String whole = wholeWords.contains(t.norm()) && t.text().indexOf('أ') < 0 && t.text().indexOf('إ') < 0
                        && t.text().indexOf('آ') < 0 ? t.norm() : "";
                if (covered[i] || !firstWords.contains(folded.at(s, i)) && whole.isEmpty()) continue;
                for (int len = Math.min(longest, covered.length - i); len >= 1; len--) {
                    boolean free = true;
                    for (int k = i; k < i + len; k++) free &= !covered[k];
                    if (!free) continue;
                    String key = len > 1 ? tokensKey(folded, s, i, i + len - 1) : names.containsKey(folded.at(s, i)) ? folded.at(s, i) : whole;
                    EntityType type = key == null ? null : names.get(key);
                    if (type == null) continue;
                    List<Token> words = sentences.get(s);
                    if (SpanTrims.tanween(words.get(i)) || SpanTrims.tanween(words.get(i + len - 1))) break; // «وشعبًا»
                    if (len == 1 && NonNames.inFavourOf(words, i)) break; // «لصالح بعض الأطراف», not ل + Saleh
                    Draft d = new Draft(s, i, i + len - 1, type);
                    Draft source = found.get(key);
                    d.words = source != null ? source.words : key.split(" ");
                    d.wholeFirst = source != null && source.wholeFirst
                            && KnowledgeBase.fold(WordForms.withoutConjunction(words.get(i))).equals(source.words[0]);
                    d.wholeLast = len > 1 || source != null && source.wholeLast;
                    d.wholeToken = len == 1 && key.equals(whole) && !key.equals(folded.at(s, i));
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
    static String tokensKey(FoldedWords folded, int sentence, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            String w = folded.at(sentence, k);
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || k == first && w.length() < 3) return null;
            if (b.length() > 0) b.append(' ');
            b.append(w);
        }
        return b.toString();
    }

    private static Token headOf(List<List<Token>> sentences, Draft d) {
        return sentences.get(d.sentence).get(d.first);
    }

    /**
     * The last word of {@code d} when it is a person's name of several words and that word may stand
     * alone for the person, else null: not a regnal ordinal («عبدالله الثاني»: alone it is "the
     * second"), the tail of a compound name, a word the profiles show as seldom a name, or a word the
     * knowledge base knows as a name or a nationality; nor the last word of a known name of another
     * kind the person was widened to.
     */
    private String surname(List<List<Token>> sentences, Draft d) {
        if (d.type != EntityType.PER || d.words.length < 2) return null;
        // a person the recogniser found inside a known name of another kind, widened to it: «مستشفى الملك فيصل
        // التخصصي» has no surname «التخصصي»
        if (d.knownOnlyAsOther(EntityType.PER)) return null;
        String last = d.words[d.words.length - 1];
        boolean alone = last.length() >= 3 && !EntityLinker.compoundTail(d.words) && !NonNames.isOrdinal(last)
                && !profile.rarelyAName(sentences.get(d.sentence).get(d.last)) && kb.byName(last).isEmpty()
                && kb.byAdjective(last).isEmpty();
        return alone ? last : null;
    }

    /**
     * Whether a word of a person's full name is a short form the knowledge base gives that person
     * alone and marks link-only because it is also a common word: «بان» (appeared) of «بان كي مون»,
     * «شي» of «شي جين بينغ», «ظريف» (witty) of «محمد جواد ظريف». Met alone in the same article, it
     * names the person.
     */
    private boolean isShortForm(String word, KbEntry person) {
        return word.length() >= 2 && !kb.addsMentions(word) && kb.byName(word).equals(List.of(person));
    }

    /**
     * The last word of a person's multi-word name, met alone elsewhere in the article where the
     * recogniser saw nothing («وأضاف الحداد» after «كريم الحداد»), becomes a person mention too;
     * so does a link-only short form of the knowledge base's person ({@link #isShortForm}).
     */
    private void addSurnames(List<List<Token>> sentences, List<Draft> drafts, FoldedWords folded, Map<String, Draft> surnames) {
        Map<String, EntityType> names = new HashMap<>();
        for (String last : surnames.keySet()) names.put(last, EntityType.PER);
        java.util.Set<String> shortForms = new java.util.HashSet<>();
        for (Draft d : drafts) {
            if (d.type != EntityType.PER || d.words.length < 2 || d.entries.size() != 1) continue;
            for (String w : d.words) {
                if (isShortForm(w, d.entries.get(0))) {
                    names.put(w, EntityType.PER);
                    shortForms.add(w);
                }
            }
        }
        addWhereWritten(sentences, drafts, folded, names, Map.of(), 1, shortForms);
    }

    /** The article's people's surnames that may stand alone ({@link #surname}), each with the full name it ends. */
    private Map<String, Draft> surnames(List<List<Token>> sentences, List<Draft> drafts) {
        Map<String, Draft> out = new HashMap<>();
        for (Draft d : drafts) {
            String last = surname(sentences, d);
            if (last != null) out.putIfAbsent(last, d);
        }
        return out;
    }
}
