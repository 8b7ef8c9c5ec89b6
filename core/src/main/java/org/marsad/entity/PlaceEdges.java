package org.marsad.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.entity.EntityLinker.Found;
import org.marsad.text.ArabicNormalizer;

/**
 * Where a place begins or ends another name the recogniser found: a known place after «ب»/«ل» at
 * the end of a body's name, a place at the start of a person's name after a word that names a
 * place or before a given name, the first letter of a place's name after its head noun, and the
 * words that cannot end a place's name («دير», «سان», «أبو»).
 * ({@link PersonEdges} does the same for the edges of people's names.) Thread-safe.
 */
final class PlaceEdges {
    private final KnowledgeBase kb;
    private final KbMatcher matcher;

    PlaceEdges(KnowledgeBase kb, KbMatcher matcher) {
        this.kb = kb;
        this.matcher = matcher;
    }

    /**
     * Nouns and articles that open a place's name and cannot end it: «دير الزور», «بئر العبد», «تل أبيب», «كفر
     * نبل», «سانتا كلارا», «كرم أبو سالم». Not «خان» (also the surname of «عمران خان»), «عين» or «بيت», which end other names.
     */
    private static final Set<String> PLACE_GOES_ON = ArabicNormalizer.foldedSet("دير", "بئر", "تل", "رأس", "كفر", "جسر", "مرج",
            // «سانتا كلارا», «سان خوسيه», «لوس أنجلوس», «لاس فيغاس»
            "سانتا", "سان", "سانت", "سانتو", "لوس", "لاس",
            // «بحر أبو سكينة», «أم درمان», «بني وليد»: a kinship word ends no place's name
            "أبو", "أبي", "أم", "بني");

    /** Whether a place's name that ends on {@code last} («دير») goes on with the word {@code next}. */
    static boolean goesOn(Token last, Token next) {
        if (!PLACE_GOES_ON.contains(WordForms.foldedWithoutConjunction(last))) return false;
        String n = next.norm();
        return !n.isEmpty() && Character.isLetter(n.charAt(0)) && !WordForms.isParticle(n) && next.segments().get(0).kind() != Segment.Kind.CONJ
                && next.segments().get(0).kind() != Segment.Kind.PREP;
    }

    /**
     * A name right after «سان», «سانت» or «سانتا» (Saint), which the recogniser left out, is a
     * place's name that goes on from it: «في سان أندريه دو لاريونيون» is Saint-André, not a man
     * named André. Not when another mention holds that word.
     */
    static Found afterSaint(List<Token> tokens, List<Found> found, Found f) {
        if (f.first() == 0 || !SAINTS.contains(WordForms.foldedWithoutConjunction(tokens.get(f.first() - 1)))) return f;
        for (Found o : found) if (o.first() <= f.first() - 1 && f.first() - 1 <= o.last()) return f;
        return new Found(f.sentence(), f.first() - 1, f.last(), EntityType.LOC);
    }

    private static final Set<String> SAINTS = ArabicNormalizer.foldedSet("سان", "سانت", "سانتا", "سانتو");

    /**
     * A place, organisation or other name that runs into «ب»/«ل» + a known place is two mentions,
     * the name and the place: «المنظمة بباريس», «البطولة الدولية بالدمام», «بئر العبد بالعريش».
     */
    Stream<Found> withoutPlaceAfter(List<Token> tokens, Found f) {
        if (f.type() == EntityType.PER) return Stream.of(f); // people: MentionSpans.prepositionalCut, which also splits off a second person
        for (int k = f.first() + 1; k <= f.last(); k++) {
            Token t = tokens.get(k);
            if (WordForms.opensWithPreposition(t) && kb.namesPlace(WordForms.folded(t))) {
                KbMatcher.Match m = matcher.at(tokens, k);
                int end = m == null ? k : Math.min(f.last(), m.last());
                return Stream.of(new Found(f.sentence(), f.first(), k - 1, f.type()), new Found(f.sentence(), k, end, EntityType.LOC));
            }
        }
        return Stream.of(f);
    }

    /**
     * Words after which a place is named: «حاكم محافظة شانلي أورفة», «رئيس بلدية ...», and the Saudi offices
     * named by their region: «مدير صحة عسير» (its health directorate), «تعليم», «شرطة», «أمانة», «إمارة»,
     * «مرور», «محافظ» (not «جوازات», before «مطار الملك عبدالعزيز الدولي» and other ports). Folded.
     */
    private static final Set<String> PLACE_BEFORE = ArabicNormalizer.foldedSet("محافظة", "ولاية", "إقليم",
            "مدينة", "بلدة", "قرية", "منطقة", "بلدية", "صحة", "تعليم", "شرطة", "أمانة", "إمارة", "مرور", "محافظ");

    /**
     * «أعلن حاكم محافظة شانلي اورفة عز الدين كجك»: a person's name right after a word that names a
     * place ({@link #PLACE_BEFORE}) and beginning with the name of a place the article names elsewhere
     * or the knowledge base knows begins with that place: the place becomes a mention of its own and
     * the person's name what is left (one word at least). So does a one-word place the knowledge
     * base knows that opens a name of three words or more, followed by a given name, after any
     * word: «نجمة هوليوود سلمى حايك», «محافظ جدة عبد الله الثقفي» (not a place that is also a given
     * name: «الخليل بن أحمد», «عدن»). And a place of two words that is a known place and a given name
     * with a surname after it ({@link #placeThenGivenName}) is split the same way.
     */
    void placeBeforePerson(List<List<Token>> sentences, List<Draft> drafts) {
        Set<String> places = new HashSet<>();
        for (Draft d : drafts) if (d.type == EntityType.LOC) places.add(foldedWords(sentences.get(d.sentence), d.first, d.last));
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<Token> tokens = sentences.get(d.sentence);
            if (placeThenGivenName(tokens, drafts, d)) {
                drafts.add(++i, personAfterPlace(tokens, d));
                continue;
            }
            if (d.type != EntityType.PER || d.first == 0 || d.first == d.last) continue;
            if (!PLACE_BEFORE.contains(WordForms.foldedWithoutConjunction(tokens.get(d.first - 1)))) {
                if (knownPlaceBeforeGivenName(tokens, d)) drafts.add(i++, placeOfFirstWord(tokens, d));
                continue;
            }
            for (int end = d.last - 1; end >= d.first; end--) {
                String name = foldedWords(tokens, d.first, end);
                if (!places.contains(name) && !kb.namesPlace(name)) continue;
                Draft place = new Draft(d.sentence, d.first, end, EntityType.LOC);
                place.entries = matcher.lookup(tokens, d.first, end);
                d.first = end + 1;
                d.entries = matcher.lookup(tokens, d.first, d.last);
                drafts.add(i++, place);
                break;
            }
        }
    }

    /**
     * Whether a person's name of three words or more opens with a one-word known place that is no
     * given name, then a given name (of two words, the place is as likely a given name: «عمران خان»).
     */
    private boolean knownPlaceBeforeGivenName(List<Token> tokens, Draft d) {
        if (d.last - d.first < 2) return false;
        String place = WordForms.folded(tokens.get(d.first));
        String next = WordForms.folded(tokens.get(d.first + 1));
        return kb.namesPlace(place) && !NAMES.opensPersonName(place) && NAMES.opensPersonName(next) && !LINEAGE.contains(next);
    }

    /**
     * Whether a place of two words the knowledge base does not know is a known one-word place,
     * then a given name whose surname, with the article, follows outside any mention:
     * «أمين منطقة عسير صالح القاضي» is the region Asir and its mayor Saleh al-Qadi.
     */
    private boolean placeThenGivenName(List<Token> tokens, List<Draft> drafts, Draft d) {
        if (d.type != EntityType.LOC || d.last != d.first + 1 || d.last + 1 >= tokens.size() || !d.entries.isEmpty()) return false;
        String place = WordForms.folded(tokens.get(d.first));
        String surname = tokens.get(d.last + 1).norm(); // as written: «للسكن» ("for housing") is no «السكن»
        // the recogniser read a place, so a place that is also a given name («عسير») counts
        if (!kb.namesPlace(place) || !NAMES.opensPersonName(WordForms.folded(tokens.get(d.last)))) return false;
        if (!surname.startsWith("ال") || surname.length() < 5 || !Character.isLetter(tokens.get(d.last + 1).text().charAt(0))) return false;
        int after = d.last + 1;
        return drafts.stream().noneMatch(o -> o.sentence == d.sentence && o.first <= after && o.last >= after);
    }

    /** The given name of place {@code d} and the surname after it as a person; {@code d} keeps its first word. */
    private Draft personAfterPlace(List<Token> tokens, Draft d) {
        Draft person = new Draft(d.sentence, d.last, d.last + 1, EntityType.PER);
        person.entries = matcher.lookup(tokens, person.first, person.last);
        d.last = d.first;
        d.entries = matcher.lookup(tokens, d.first, d.first);
        return person;
    }

    /** «بن», «بنت», «آل» after a place's name make it the given name of a lineage («الخليل بن أحمد»). Folded. */
    private static final Set<String> LINEAGE = ArabicNormalizer.foldedSet("بن", "ابن", "بنت", "آل");

    /** The first word of person {@code d} as a place of its own; {@code d} keeps the rest. */
    private Draft placeOfFirstWord(List<Token> tokens, Draft d) {
        Draft place = new Draft(d.sentence, d.first, d.first, EntityType.LOC);
        place.entries = matcher.lookup(tokens, d.first, d.first);
        d.first++;
        d.entries = matcher.lookup(tokens, d.first, d.last);
        return place;
    }

    private static final NameLists NAMES = NameLists.shipped();

    /**
     * Whether a place's name right after a head noun in the construct state («مدينة بعقوبة», «جزيرة
     * بريم», «إقليم بوليا», «شارع لاس رامبلاس») begins with letters the segmenter took for a
     * preposition: the head takes its name directly, so «ب», «ل», «ك» belong to the name, unless
     * what follows them is a known name (the mention then has entries), another head or a part of a
     * place («عاصمة لإسرائيل», «حي بمدينة حلب», «منطقة بريف إدلب»).
     */
    static boolean nameAfterHead(List<Token> tokens, Draft d) {
        if (d.first == 0 || !d.entries.isEmpty()) return false;
        Token head = tokens.get(d.first - 1);
        Token first = tokens.get(d.first);
        if (head.article() != null || !CONSTRUCT_PLACE_HEADS.contains(WordForms.folded(head))) return false;
        if (!WordForms.opensWithPreposition(first) || first.segments().size() != 2) return false;
        String stem = WordForms.folded(first);
        return !CONSTRUCT_PLACE_HEADS.contains(stem) && !KnowledgeBase.isPlaceHead(stem) && !PARTS_OF_PLACES.contains(stem);
    }

    /** Words for a part of a place, which take a preposition after a head («منطقة بريف إدلب»). */
    private static final Set<String> PARTS_OF_PLACES = ArabicNormalizer.foldedSet("ريف", "جنوب", "شمال", "شرق", "غرب",
            "وسط", "أطراف", "محيط", "ضواحي", "قرب", "جوار");

    /** Nouns of a kind of place that take the place's name after them: «مدينة», «جزيرة», «شارع». */
    private static final Set<String> CONSTRUCT_PLACE_HEADS = ArabicNormalizer.foldedSet("مدينة", "ولاية", "إقليم",
            "محافظة", "منطقة", "جزيرة", "بلدة", "قرية", "مقاطعة", "شارع", "حي", "ميناء", "مطار", "بحيرة", "نهر", "جبل", "وادي");

    private static String foldedWords(List<Token> tokens, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) b.append(k > first ? " " : "").append(WordForms.folded(tokens.get(k)));
        return b.toString();
    }
    /**
     * A name followed by a bracket that gives its bearing is a place, whatever the recogniser took it
     * for and whatever the article's cues say: «في ليون (وسط فرنسا)» is the city, not its club, in a
     * report on a final played there; «قرب كيليس (جنوب تركيا)», «محكمة مولوز
     * (شرق فرنسا)», «الأغواط (جنوب)» are towns. The bracket holds bearings and places only: «مونتاري
     * (وسط محور)» is a midfielder. A name the knowledge base knows only as no place keeps its type.
     */
    static void retypeBeforeBearing(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            if (!bearingAt(tokens, d.last + 1, here)) continue;
            List<KbEntry> places = d.entries.stream().filter(e -> e.ref().type() == EntityType.LOC).toList();
            if (places.isEmpty() && !d.entries.isEmpty()) continue;
            d.type = EntityType.LOC;
            d.entries = places;
            d.typedByContext = true;
        }
    }

    /** Whether a bracket opens at {@code k} that holds a bearing, then more bearings or places ({@code here}'s), then closes. */
    private static boolean bearingAt(List<Token> tokens, int k, List<Draft> here) {
        if (k + 2 >= tokens.size() || !tokens.get(k).text().equals("(") || !BEARINGS.contains(WordForms.folded(tokens.get(k + 1)))) return false;
        int j = k + 2;
        while (j < tokens.size() && !tokens.get(j).text().equals(")")) {
            if (BEARINGS.contains(WordForms.folded(tokens.get(j)))) {
                j++;
                continue;
            }
            Draft place = null;
            for (Draft o : here) if (o.first == j && o.type == EntityType.LOC) place = o;
            if (place == null) return false;
            j = place.last + 1;
        }
        return j < tokens.size();
    }

    /** The bearings a bracket after a town's name gives: «(وسط فرنسا)», «(شمال غرب)». Folded. */
    private static final Set<String> BEARINGS = ArabicNormalizer.foldedSet("شمال", "جنوب", "شرق", "غرب", "وسط",
            "شمالي", "جنوبي", "شرقي", "غربي");
}
