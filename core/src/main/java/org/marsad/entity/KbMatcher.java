package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;

/**
 * Finds knowledge-base names in a token sequence, longest first: the first word may carry
 * attached clitics («والولايات المتحدة», «بموسكو»), also a «و» the segmenter left on it
 * («وتركمنستان»), later words are matched whole. Thread-safe.
 */
final class KbMatcher {
    /** A match over tokens [first, last] of one sentence, with the entities that name denotes. */
    record Match(int first, int last, String name, List<KbEntry> entries) {}

    private final KnowledgeBase kb;
    /** The first word of every name, with the most words a name that opens with it has. */
    private final java.util.Map<String, Integer> firstWords = new java.util.HashMap<>();

    KbMatcher(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntry e : kb.entries()) {
            for (String n : e.names()) {
                String[] words = n.split(" ");
                firstWords.merge(words[0], words.length, Math::max);
            }
        }
    }

    /**
     * The longest name starting at token {@code i}, or null. A name of one word that the words around it
     * read as a common word ({@link CommonReadings}: «النيل من», «حماة الوطن», «صلاة المغرب») is none.
     */
    Match at(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        List<String> heads = new ArrayList<>(4);
        for (String h : heads(t)) if (firstWords.containsKey(h)) heads.add(h);
        // the corpus counts are looked up only for a word whose rest may open a name
        String bare = afterLeadingLetter(t);
        String unsplit = bare != null && firstWords.containsKey(bare) && rareWithLetter(t) ? bare : null;
        if (unsplit != null && !heads.contains(unsplit)) heads.add(unsplit);
        if (heads.isEmpty()) return null;
        // «ناديه الرائد» ("his club, Al-Raed"): a word with a possessive pronoun opens no name of several words
        // (no longer than the longest name that opens with one of the heads, most of one or two words; a hyphen
        // or a letter's period between words is a token of its own, «ماري-لويز», «دي. بي. دي»: twice the words)
        int longest = 1;
        for (String head : heads) longest = Math.max(longest, firstWords.get(head));
        int max = Math.min(possessive(t) ? 1 : 2 * longest, tokens.size() - i);
        boolean his = endsWithHis(t);
        for (int len = max; len >= 1; len--) {
            String rest = join(tokens, i + 1, i + len);
            if (rest == null) continue;
            for (String head : heads) {
                // «على ملعبه أولد ترافورد» ("on his ground, Old Trafford"): the word without its «ه» opens no
                // name of several words; the word whole may («جمانه غنيمات», whose «ه» is the name's «ة»)
                if (his && len > 1 && !head.endsWith("ه")) continue;
                String name = rest.isEmpty() ? head : head + " " + rest;
                List<KbEntry> e = kb.byName(name);
                // «الشعلان والصالحية وعرنوس» (a square): a surname is not read out of a word that kept its «و»
                if (!e.isEmpty() && head.equals(unsplit) && e.stream().anyMatch(x -> x.ref().type() == EntityType.PER)) continue;
                if (!e.isEmpty()) return len == 1 && CommonReadings.commonHere(tokens, i) ? null : new Match(i, i + len - 1, name, e);
            }
        }
        return null;
    }

    /**
     * Pronoun suffixes of possession the segmenter splits off («حزبهم», «ناديها»); not «ي» nor «ك»,
     * which end many names («مبارك»), nor «ه» alone, which news writes for a name's ta marbuta too
     * («جمانه غنيمات», «محافظه حجة») but after a long vowel («ناديه»).
     */
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("ها", "هم", "هما", "هن", "كم");

    /** Whether the segmenter read a possessive pronoun at the end of {@code t}. */
    private static boolean possessive(Token t) {
        List<Segment> segs = t.segments();
        if (segs.size() < 2) return false;
        Segment last = segs.get(segs.size() - 1);
        if (last.kind() != Segment.Kind.PRON) return false;
        if (POSSESSIVES.contains(last.form())) return true;
        String stem = t.stem().form();
        return last.form().equals("ه") && !stem.isEmpty() && "ياو".indexOf(stem.charAt(stem.length() - 1)) >= 0;
    }

    /** Whether the segmenter read «ه» ("his") at the end of {@code t} («ملعبه»). */
    private static boolean endsWithHis(Token t) {
        List<Segment> segs = t.segments();
        return segs.size() >= 2 && segs.get(segs.size() - 1).kind() == Segment.Kind.PRON && segs.get(segs.size() - 1).form().equals("ه");
    }

    /** Exact entries for a folded mention text, trying the clitic-stripped first word too. */
    List<KbEntry> lookup(List<Token> tokens, int first, int last) {
        Named n = named(tokens, first, last);
        return n == null ? List.of() : n.entries();
    }

    /**
     * Entries that [first, last] names, and whether only when the «و», «ل» or «ب» the segmenter left
     * on the first word is read off it ({@link #withoutUnsplitConjunction}: «لسوندار بيتشاي»), so that
     * the name begins after it.
     */
    record Named(List<KbEntry> entries, boolean throughGluedLetter) {}

    /**
     * The entries of [first, last] under the first reading of token {@code first} ({@link #heads},
     * then without an unsplit letter) that has any, or null.
     */
    Named named(List<Token> tokens, int first, int last) {
        String rest = join(tokens, first + 1, last + 1);
        if (rest == null) return null;
        List<String> heads = heads(tokens.get(first));
        int read = heads.size();
        String unsplit = withoutUnsplitConjunction(tokens.get(first));
        if (unsplit != null && !heads.contains(unsplit)) heads.add(unsplit);
        for (int h = 0; h < heads.size(); h++) {
            String head = heads.get(h);
            List<KbEntry> e = kb.byName(rest.isEmpty() ? head : head + " " + rest);
            if (!e.isEmpty()) return new Named(e, h >= read);
        }
        return null;
    }

    /** The token as folded, without a conjunction the segmenter split off, and as written. */
    private static List<String> heads(Token t) {
        List<String> out = new ArrayList<>(4);
        out.add(WordForms.folded(t));
        String c = WordForms.foldedWithoutConjunction(t);
        if (!out.contains(c)) out.add(c);
        if (!out.contains(t.norm())) out.add(t.norm());
        return out;
    }

    /**
     * The word without a leading «و» (or «ل», «ب»: {@link #rareWithPreposition}) the segmenter left on it, or null: «وتركمنستان»,
     * «وطاجكستان», «وكاولون», names too rare in its corpus for it to split the conjunction off. Only
     * a word of one segment, with four letters or more after «و», that the corpus counts seldom
     * (under 10 times) or no more often than the rest; a name that begins with «و» is matched
     * whole first («واشنطن», «وهران»).
     */
    static String withoutUnsplitConjunction(Token t) {
        String bare = afterLeadingLetter(t);
        return bare != null && rareWithLetter(t) ? bare : null;
    }

    /** A one-segment word of four letters or more after a leading «و», «ل» or «ب», without it; else null. */
    private static String afterLeadingLetter(Token t) {
        String n = t.norm();
        return t.segments().size() == 1 && n.length() >= 5 && "ولب".indexOf(n.charAt(0)) >= 0 ? n.substring(1) : null;
    }

    /** {@link #rareWithWaw} for a word that opens with «و», else {@link #rareWithPreposition}. */
    private static boolean rareWithLetter(Token t) {
        return t.norm().charAt(0) == 'و' ? rareWithWaw(t) : rareWithPreposition(t);
    }

    /**
     * Whether the corpus reads the word as «ل» or «ب» + the rest: it counts the rest at least as often as the
     * word («لفرانس24», "to France 24", which the segmenter left whole: 92 against 140). Stricter than for
     * «و»: a rare word alone is no evidence, since names begin with «ل» and «ب» («لبيد», «بسام»).
     */
    private static boolean rareWithPreposition(Token t) {
        String light = org.marsad.text.CliticSegmenter.lightFold(t.text());
        int rest = FREQ.count(light.substring(1));
        return rest > 0 && FREQ.count(light) <= rest;
    }

    /**
     * Whether the corpus reads the word as «و» + the rest: it counts the word seldom, or no more
     * often than the rest. «وفيات» (deaths) is a word of its own, common and commoner than «فيات»
     * (Fiat); «وتركمنستان» is counted more often than «تركمنستان» too, but seldom.
     */
    private static boolean rareWithWaw(Token t) {
        String light = org.marsad.text.CliticSegmenter.lightFold(t.text());
        int whole = FREQ.count(light);
        return whole < 10 || whole <= FREQ.count(light.substring(1));
    }

    private static final org.marsad.text.WordFrequencies FREQ = org.marsad.text.WordFrequencies.shipped();

    /**
     * The folded words of tokens [from, to) joined by spaces, or null when one is no word; a hyphen
     * written between two words of a name, joined to one of them at least, stands for the space
     * («مون جاي-إن», «كيم جونغ-أون», «مون جيه- إن»), but not a dash with spaces on both sides, which
     * separates («موسكو - سانا»).
     */
    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            // «إف.بي.آي» is «إف بي آي» (the FBI)
            if (k + 1 < to && (innerHyphen(tokens, k) || DottedAcronyms.innerPeriod(tokens, k))) continue;
            String n = tokens.get(k).norm();
            if (n.isEmpty() || !Character.isLetterOrDigit(n.charAt(0))) return null;
            if (b.length() > 0) b.append(' ');
            b.append(n);
        }
        return b.toString();
    }

    /** Whether token {@code k} is a hyphen between two words, joined to one of them at least. */
    private static boolean innerHyphen(List<Token> tokens, int k) {
        if (k == 0 || k + 1 >= tokens.size()) return false;
        Token t = tokens.get(k);
        return hyphen(t) && (tokens.get(k - 1).end() == t.start() || tokens.get(k + 1).start() == t.end());
    }

    /** Whether a token is a hyphen («-», U+2010, U+2011). */
    static boolean hyphen(Token t) {
        String text = t.text();
        return text.equals("-") || text.equals("\u2010") || text.equals("\u2011");
    }
}
