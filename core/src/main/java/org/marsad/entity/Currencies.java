package org.marsad.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Token;

/**
 * Links currency mentions («60 مليون ريال سعودي», «تراجع الدولار», «بالدولار») to the currency
 * they name ({@code kb/currencies.tsv}). A currency word followed (or, in the span, completed) by
 * a country's nationality adjective or another qualifier («إسترليني») is that country's currency;
 * an adjective of a country without such a currency in the file («دولار سنغافوري») leaves it
 * unlinked. A word alone is, in this order: its default («دولار»: the US dollar, even beside
 * «الدولار الأسترالي»); the currency whose countries and cue words its sentence names most; the
 * one the article's countries and cues point to most, among those of that word the article names
 * with their qualifier if it names any («الريال» after «ريال يمني»); for a sum («20 مليون ريال»),
 * the word's fallback (the Saudi riyal, when nothing in the article points to another); else
 * nothing. Only MISC mentions are read: «ريال» the recogniser calls an organisation is Real
 * Madrid's short name. Thread-safe.
 */
final class Currencies {
    /** One row of the file: the currency, its words (folded, singular first), qualifiers, countries and cues. */
    record Currency(EntityRef ref, List<String> words, Set<String> countries, Set<String> qualifierWords, Default alone,
                    Set<String> cues) {}

    /**
     * What a currency word alone means: this currency ({@code yes}), this one when nothing in the
     * article points to another ({@code fallback}), or neither.
     */
    enum Default { YES, FALLBACK, NO }

    private static final String FILE = "currencies.tsv";

    /** Every currency word of the file, folded («دولار», «دولارات», «يورو»): what {@link Amounts} counts as money. */
    static final Set<String> WORDS = words();

    private final KnowledgeBase kb;
    /** by folded word («دولار», «دولارات»), the currencies it may be */
    private final Map<String, List<Currency>> byWord = new HashMap<>();

    Currencies(KnowledgeBase kb) {
        this.kb = kb;
        for (Currency c : read(kb)) {
            for (String w : c.words()) byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(c);
        }
    }

    /** Every currency of the file, in its order. */
    static List<Currency> read(KnowledgeBase kb) {
        List<Currency> out = new ArrayList<>();
        try {
            for (String[] c : KnowledgeBaseFiles.read(FILE)) {
                if (c.length < 6) throw new IOException(FILE + ": " + c[0] + ": expected at least 6 columns");
                Set<String> countries = new LinkedHashSet<>();
                Set<String> qualifiers = new LinkedHashSet<>();
                for (String q : KnowledgeBaseFiles.split(c[5])) {
                    if (q.matches("[A-Z]{2}")) {
                        String id = "kb:country/" + q.toLowerCase(Locale.ROOT);
                        if (kb.byId(id).isEmpty()) throw new IOException(FILE + ": " + c[0] + ": no country " + q);
                        countries.add(id);
                    } else {
                        qualifiers.add(KnowledgeBase.fold(q));
                    }
                }
                List<String> words = KnowledgeBaseFiles.split(c[4]).stream().map(KnowledgeBase::fold).toList();
                if (words.isEmpty()) throw new IOException(FILE + ": " + c[0] + ": no word");
                Set<String> cues = new LinkedHashSet<>();
                if (c.length > 7) for (String w : KnowledgeBaseFiles.split(c[7])) cues.add(KnowledgeBase.fold(w));
                for (String q : qualifiers) { // a qualifier word points to its currency wherever it stands
                    cues.add(q);
                    cues.add("ال" + q);
                }
                EntityRef ref = new EntityRef(c[0], c[2], Optional.of(c[3]), EntityType.MISC,
                        c[1].equals("-") ? Optional.empty() : Optional.of(c[1]));
                out.add(new Currency(ref, words, Set.copyOf(countries), Set.copyOf(qualifiers),
                        c.length > 6 ? defaultOf(c[6], c[0]) : Default.NO, Set.copyOf(cues)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge base file " + FILE, e);
        }
        return out;
    }

    private static Set<String> words() {
        try {
            Set<String> out = new java.util.HashSet<>();
            for (String[] c : KnowledgeBaseFiles.read(FILE)) {
                if (c.length > 4) for (String w : KnowledgeBaseFiles.split(c[4])) out.add(KnowledgeBase.fold(w));
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge base file " + FILE, e);
        }
    }

    private static Default defaultOf(String column, String id) throws IOException {
        return switch (column) {
            case "yes" -> Default.YES;
            case "fallback" -> Default.FALLBACK;
            case "-" -> Default.NO;
            default -> throw new IOException(FILE + ": " + id + ": default must be yes, fallback or -, not " + column);
        };
    }

    /** Links the article's unlinked MISC mentions that name a currency; {@code folded} caches the folded tokens. */
    void link(List<List<Token>> sentences, List<EntityLinker.Draft> drafts, FoldedWords folded) {
        Map<String, Set<Currency>> qualified = new HashMap<>();
        List<EntityLinker.Draft> bare = new ArrayList<>();
        for (EntityLinker.Draft d : drafts) {
            if (d.ref != null || d.type != EntityType.MISC || d.sameAs != null) continue;
            String word = wordOf(sentences, d, folded);
            if (word == null || beforeAYear(sentences.get(d.sentence), d, kb)) continue;
            Qualified q = qualifier(sentences.get(d.sentence), d, word, folded);
            if (q.foreign()) continue;
            if (q.currency() != null) {
                d.ref = q.currency().ref();
                qualified.computeIfAbsent(canonicalWord(word), k -> new LinkedHashSet<>()).add(q.currency());
            } else {
                bare.add(d);
            }
        }
        Map<String, Integer> counts = null;
        Map<Integer, Map<String, Integer>> inSentence = new HashMap<>();
        for (EntityLinker.Draft d : bare) {
            String word = wordOf(sentences, d, folded);
            List<Currency> all = byWord.get(word);
            Currency c = only(all, Default.YES);
            if (c == null) {
                Map<String, Integer> here = inSentence.computeIfAbsent(d.sentence, s -> mentions(sentences, s, s + 1, folded));
                c = mostMentioned(all, here);
            }
            // the article's currencies of this word named with their qualifier, if any, else all of the word's
            Set<Currency> named = qualified.getOrDefault(canonicalWord(word), Set.of());
            if (c == null) {
                if (counts == null) counts = mentions(sentences, 0, sentences.size(), folded);
                c = mostMentioned(named.isEmpty() ? all : List.copyOf(named), counts);
            }
            // a sum («20 مليون ريال») in an article that points to no other riyal; not «قميص الريال» on a sports page
            if (c == null && named.isEmpty() && d.amount) c = only(all, Default.FALLBACK);
            if (c != null) d.ref = c.ref();
        }
    }

    /**
     * Whether a one-word mention stands right before a year, a tournament's («يورو 2016», «يورو 2004»):
     * no money. Not where the words around make it money ({@link Amounts#moneyAround}): the year
     * follows a sum («57.01 دولار 2009»).
     */
    private static boolean beforeAYear(List<Token> tokens, EntityLinker.Draft d, KnowledgeBase kb) {
        if (d.last != d.first || d.last + 1 >= tokens.size() || d.amount || Amounts.moneyAround(tokens, d.first, d.last, kb)) return false;
        String next = tokens.get(d.last + 1).text();
        return next.length() == 4 && (next.startsWith("19") || next.startsWith("20")) && next.chars().allMatch(Character::isDigit);
    }

    /** The currency among {@code all} with that default, or null. */
    private static Currency only(List<Currency> all, Default kind) {
        for (Currency c : all) if (c.alone() == kind) return c;
        return null;
    }

    /** The currency word of mention {@code d}'s first token, or null: its folded form's, or the whole token's («وون», no و + «ون»). */
    private String wordOf(List<List<Token>> sentences, EntityLinker.Draft d, FoldedWords folded) {
        String word = word(folded.at(d.sentence, d.first));
        return word != null ? word : word(sentences.get(d.sentence).get(d.first).norm());
    }

    /** The folded currency word of a token («الدولار», «دولارا» → دولار; «دولارات» stays), or null. */
    static String word(String folded) {
        String w = folded;
        if (w.startsWith("ال") && WORDS.contains(w.substring(2))) w = w.substring(2);
        if (WORDS.contains(w)) return w;
        if (w.endsWith("ا") && w.length() > 3 && WORDS.contains(w.substring(0, w.length() - 1))) {
            return w.substring(0, w.length() - 1); // «دولارا», «ريالا»
        }
        return null;
    }

    /** The singular a word's currencies are filed under («دولارات» → دولار). */
    private String canonicalWord(String word) {
        return byWord.get(word).get(0).words().get(0);
    }

    /** What the words after the currency word say: which currency, none, or a country without one of that word. */
    private record Qualified(Currency currency, boolean foreign) {
        static final Qualified NONE = new Qualified(null, false);
        static final Qualified FOREIGN = new Qualified(null, true);
    }

    /**
     * The qualifier in the span after the currency word, or right after the span: a nationality
     * adjective or a qualifier word. A span with other words is no currency of the file
     * ({@link Qualified#FOREIGN}): «يورو سبورت».
     */
    private Qualified qualifier(List<Token> tokens, EntityLinker.Draft d, String word, FoldedWords folded) {
        for (int k = d.first + 1; k <= d.last; k++) {
            Qualified q = clitics(tokens.get(k)) ? null : qualifierAt(folded.at(d.sentence, k), word);
            if (q == null) return Qualified.FOREIGN;
            if (q.currency() != null || q.foreign()) return q;
        }
        if (d.last + 1 < tokens.size() && !clitics(tokens.get(d.last + 1))) {
            Qualified q = qualifierAt(folded.at(d.sentence, d.last + 1), word);
            if (q != null) return q;
        }
        return Qualified.NONE;
    }

    /**
     * Whether a word opens with «و» or a preposition: no adjective of the word before it («مليار
     * دولار للسعودية», «يورو والبرازيلي»).
     */
    private static boolean clitics(Token t) {
        return WordForms.opensWithAnd(t) || WordForms.opensWithPreposition(t);
    }

    /** A qualifier word's reading for currency word {@code word}; null when it qualifies nothing. */
    private Qualified qualifierAt(String folded, String word) {
        Optional<KbEntry> country = kb.byAdjective(folded);
        for (Currency c : byWord.get(word)) {
            boolean named = c.qualifierWords().contains(folded)
                    || folded.startsWith("ال") && c.qualifierWords().contains(folded.substring(2)); // «الإسترليني»
            if (named) return new Qualified(c, false);
            if (country.isPresent() && c.countries().contains(country.get().ref().id())) return new Qualified(c, false);
        }
        return country.isPresent() ? Qualified.FOREIGN : null;
    }

    /**
     * How often sentences [from, to) name each country (by a name or a nationality adjective, not the
     * adjective of a language: «باللغة التركية») and each cue word, by id and by folded word.
     */
    private Map<String, Integer> mentions(List<List<Token>> sentences, int from, int to, FoldedWords folded) {
        Map<String, Integer> counts = new HashMap<>();
        for (int s = from; s < to; s++) {
            for (int i = 0; i < sentences.get(s).size(); i++) {
                String f = folded.at(s, i);
                counts.merge(f, 1, Integer::sum);
                Optional<KbEntry> adjective = kb.byAdjective(f);
                // «باللغة التركية»: after «لغة» the adjective names a language, not a country whose money is meant
                if (adjective.isPresent() && !(i > 0 && WordForms.foldedStem(sentences.get(s).get(i - 1)).equals(LANGUAGE))) {
                    counts.merge(adjective.get().ref().id(), 1, Integer::sum);
                }
                for (KbEntry e : kb.byName(f)) {
                    if (e.ref().id().startsWith("kb:country/")) counts.merge(e.ref().id(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static final String LANGUAGE = org.marsad.text.ArabicNormalizer.normalize("لغة");

    /** The one candidate the counted mentions (of a sentence or the article) point to most, or null on a tie or with none. */
    private static Currency mostMentioned(List<Currency> candidates, Map<String, Integer> counts) {
        return UniqueBest.of(candidates, c -> {
            int score = 0;
            for (String id : c.countries()) score += counts.getOrDefault(id, 0);
            for (String cue : c.cues()) score += counts.getOrDefault(cue, 0);
            return score;
        });
    }
}
