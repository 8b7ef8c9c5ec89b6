package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * Where the people the knowledge base knows tell one person's name from the next, in a span the
 * recogniser read as one name or in two spans side by side: «نعى دونالد ترامب أريثا فرانكلين» (a
 * known full name, then another name), «حذر حسن روحاني ترامب» (a known full name, then another's
 * surname), «شبه كومي ترامب» (two known surnames), «ترامب» «أوماروسا»
 * (two known people), but «دونالد ترامب جونيور» goes on. Used by {@link MentionSpans}. Thread-safe.
 */
final class KnownPeople {
    private final KbMatcher matcher;

    KnownPeople(KbMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * The last token of the first of two people in the person span [first, last], or -1 when it is
     * one: a known full name and two words more ({@link #knownPersonEnd}) or another's surname
     * ({@link #knownPersonThenSurname}), or two known surnames ({@link #twoKnownSurnames}).
     */
    int firstPersonEnd(List<Token> tokens, int first, int last) {
        int end = knownPersonEnd(tokens, first, last);
        if (end < 0) end = knownPersonThenSurname(tokens, first, last);
        return end < 0 && twoKnownSurnames(tokens, first, last) ? first : end;
    }

    /**
     * «حذر الرئيس الإيراني حسن روحاني ترامب»: a person the knowledge base knows by a full name, then
     * one word that is the surname it gives to another person ({@link #surnameOf}), and together no
     * name it knows, are two people; the last token of the first, else -1.
     */
    private int knownPersonThenSurname(List<Token> tokens, int first, int last) {
        if (last - first < 2 || !matcher.lookup(tokens, first, last).isEmpty()) return -1;
        KbMatcher.Match m = matcher.at(tokens, first);
        if (m == null || m.last() != last - 1 || m.entries().size() != 1 || m.entries().get(0).ref().type() != EntityType.PER) return -1;
        EntityRef b = surnameOf(tokens, last);
        return b != null && !b.id().equals(m.entries().get(0).ref().id()) ? m.last() : -1;
    }

    /**
     * «شبه كومي ترامب برؤساء العصابات»: two words the recogniser read as one name, each the surname
     * the knowledge base gives to a different person (the last word of his canonical name), and
     * together no name it knows, are two people.
     */
    private boolean twoKnownSurnames(List<Token> tokens, int first, int last) {
        if (last != first + 1 || !matcher.lookup(tokens, first, last).isEmpty()) return false;
        EntityRef a = surnameOf(tokens, first);
        EntityRef b = surnameOf(tokens, last);
        return a != null && b != null && !a.id().equals(b.id());
    }

    /** The one person whose canonical name ends with the word at {@code i} and whom the word alone names, or null. */
    private EntityRef surnameOf(List<Token> tokens, int i) {
        List<KbEntry> e = matcher.lookup(tokens, i, i);
        if (e.size() != 1 || e.get(0).ref().type() != EntityType.PER) return null;
        String[] canonical = KnowledgeBase.fold(e.get(0).ref().name()).split(" ");
        boolean surname = canonical.length > 1 && canonical[canonical.length - 1].equals(WordForms.folded(tokens.get(i)));
        return surname ? e.get(0).ref() : null;
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
     * head («بن عبدالعزيز»); so are two names of two people it knows («ترامب» «أوماروسا»). Long
     * names the knowledge base does not know («جان إيف» «لودريان») stay joined.
     */
    static boolean twoPeople(List<Token> tokens, Draft prev, Draft d) {
        return prev.last > prev.first
                && prev.entries.stream().anyMatch(e -> e.ref().type() == EntityType.PER)
                && !goesOnWith(tokens.get(d.first))
                || twoKnownPeople(prev, d);
    }

    /** «ووصف ترامب أوماروسا بأنها ...»: two names the knowledge base gives to two different people are two people. */
    private static boolean twoKnownPeople(Draft prev, Draft d) {
        if (prev.entries.size() != 1 || d.entries.size() != 1) return false;
        EntityRef a = prev.entries.get(0).ref();
        EntityRef b = d.entries.get(0).ref();
        return a.type() == EntityType.PER && b.type() == EntityType.PER && !a.id().equals(b.id());
    }

    /** «بن عبدالعزيز», «جونيور», «الابن», «الثاني»: what may follow a full name as more of it. */
    private static boolean goesOnWith(Token next) {
        String n = WordForms.foldedWithoutConjunction(next);
        return EntityLinker.COMPOUND_HEADS.contains(n) || NAME_SUFFIXES.contains(n);
    }

    private static final java.util.Set<String> NAME_SUFFIXES = ArabicNormalizer.foldedSet("جونيور", "جونير", "الابن", "الأب", "الثاني",
            "الثالث", "الرابع", "الخامس", "الأول");
}
