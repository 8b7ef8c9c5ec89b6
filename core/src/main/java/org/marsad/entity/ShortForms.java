package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.KinshipWords;

/**
 * Within one article, shorter and longer mentions of the same person share one identity: a
 * surname or given name takes the full name's ({@link ShortBodies} does the same for organisations
 * and places). Works on {@link EntityLinker}'s drafts before article-local identities are given
 * out. Stateless.
 */
final class ShortForms {
    private ShortForms() {}

    private static final NameLists GIVEN_NAMES = NameLists.shipped();

    /**
     * The words an article-local identity of a place, organisation or thing is known by: the first
     * word without its article, so «الدولار» and «دولار» are one identity (short words such as
     * «الله» keep it). People keep theirs: foreign names begin with the same letters («ألسون»).
     */
    static String[] localKey(String[] words) {
        if (words.length == 0 || words[0].length() <= 4 || !words[0].startsWith("ال")) return words;
        String[] k = words.clone();
        k[0] = k[0].substring(2);
        return k;
    }

    /**
     * Person mentions that end a longer person mention take its identity (longest first), and so
     * does a two-word name made of a longer one's first and last words; a lone
     * given name that starts exactly one longer person's name takes that identity, even where the
     * knowledge base gives the word to another person («شارون» after «شارون روني»); a one-word
     * mention of another type that the knowledge base does not know and that is such a surname
     * becomes a person; a lone surname the knowledge base does not know, spelled one letter apart
     * from one longer person's, takes that identity. {@code family} says whether the article speaks
     * of a family (see {@link #familyWords}), asked only where a bare surname meets a relative's name.
     */
    static void linkPersons(List<Draft> drafts, java.util.function.BooleanSupplier family) {
        Set<String> surnames = new HashSet<>();
        for (Draft d : drafts) if (d.type == EntityType.PER && d.words.length > 1) surnames.add(d.words[d.words.length - 1]);
        List<Draft> persons = new ArrayList<>();
        for (Draft d : drafts) {
            // «خان» read as a place, in an article about «عمران خان», is his surname (not when the KB knows the word)
            if (d.type != EntityType.PER && d.words.length == 1 && d.entries.isEmpty() && surnames.contains(d.words[0])) {
                d.type = EntityType.PER;
            }
            if (d.type == EntityType.PER) persons.add(d);
        }
        persons.sort(Comparator.comparingInt((Draft d) -> -d.words.length));
        for (Draft shorter : persons) {
            // «النبي محمد» is the Prophet, whoever else the article calls «محمد علي»
            if (shorter.ownIdentity) continue;
            // a known person's canonical name stays theirs beside a longer name the knowledge base does not know
            // that ends with it: «ياسر عرفات» beside «بول ياسر عرفات» ("Yasser Arafat's urine", read as one name),
            // «علي عبد الله صالح» beside «أحمد علي عبد الله صالح», his son; not a surname of two words such as
            // «أبو الغيط», which the article's «محمد أبو الغيط» takes
            boolean knownWhole = shorter.ref != null && shorter.words.length > 1
                    && String.join(" ", shorter.words).equals(KnowledgeBase.fold(shorter.ref.name()));
            // the article's own long form wins over a knowledge-base surname («الجعفري» after «بشار الجعفري»);
            // of several long forms («إيفانكا ترامب», «دونالد ترامب») one the knowledge base knows goes first,
            // then the one the article names most («هيلاري كلينتون» five times, «بيل كلينتون» once), then the
            // one it names first («إيزابيل بريم», the hostage, before «جان نويل بريم», her father)
            Draft pick = null;
            int pickCount = 0;
            for (Draft longer : persons) {
                if (longer.words.length <= shorter.words.length) break;
                if (!endsWith(longer.words, shorter.words) && !firstAndLast(longer.words, shorter.words)) continue;
                if (knownWhole && longer.ref == null) continue;
                int count = timesNamed(persons, longer);
                if (pick == null || pick.ref == null && longer.ref != null
                        || (pick.ref == null) == (longer.ref == null)
                        && (count > pickCount || count == pickCount && firstNamed(persons, longer) < firstNamed(persons, pick))) {
                    pick = longer;
                    pickCount = count;
                }
            }
            if (pick != null && pick.ref != null && aliasOfAnother(shorter, pick.ref) && family.getAsBoolean()) {
                // «ترامب» in an article about «ميلانيا ترامب» is the president: the knowledge base gives
                // the bare surname as his other name, hers does not hold it, and the article speaks of
                // the family («زوجها»); «بيريز» in an article about «فلورنتينو بيريز», which names no
                // wife or son, is Florentino, not Shimon Peres
                pick = null;
            }
            if (pick != null) {
                takeIdentity(shorter, pick);
            }
        }
        for (Draft shorter : persons) {
            if (shorter.words.length != 1 || shorter.sameAs != null || shorter.ownIdentity) continue;
            // a known person's bare surname that is also a given name gives way to the article's own person
            // whose name it begins, when that name ends in a word of the name lists: «شارون» after «شارون
            // روني» (the actress) is no Ariel Sharon; «نيمار» and «خامنئي» stay themselves after a mention run
            // on into a word («نيمار أغلى», «خامنئي أخجل»), and a king's given name after his title stays his
            // («الملك فهد» beside «فهد آل سليمان»)
            if (shorter.ref != null && (endsALongerName(persons, shorter.words[0]) || !GIVEN_NAMES.opensPersonName(shorter.words[0])
                    || !endsTheName(shorter.ref, shorter.words[0]))) continue;
            Draft only = onlyPersonStartingWith(persons, shorter.words[0]);
            if (only != null && (shorter.ref == null
                    || !shorter.ref.equals(only.ref) && GIVEN_NAMES.inPersonName(only.words[only.words.length - 1]))) {
                takeIdentity(shorter, only);
            }
        }
        for (Draft shorter : persons) {
            if (shorter.words.length != 1 || shorter.ref != null || shorter.sameAs != null || !shorter.entries.isEmpty()) continue;
            Draft only = onlyPersonSpelledAlike(persons, shorter.words[0]);
            if (only != null) {
                takeIdentity(shorter, only);
                continue;
            }
            EntityRef king = onlyKingNamed(persons, shorter.words[0]);
            if (king != null) shorter.ref = king;
        }
    }

    private static final String KING = KnowledgeBase.fold("الملك");

    /**
     * The one king of the article the knowledge base names «الملك X» where {@code word} is «الX»:
     * «الفيصل» in a story about King Faisal, as the Saudi press calls him (Khalid and Saud al-Faisal
     * are met as «الفيصل» only after their full names, which link it first); null when there is none
     * or several.
     */
    private static EntityRef onlyKingNamed(List<Draft> persons, String word) {
        if (!word.startsWith("ال") || word.length() < 5) return null;
        String royal = KING + " " + word.substring(2);
        EntityRef found = null;
        for (Draft d : persons) {
            if (d.ref == null || d.entries.stream().noneMatch(e -> e.ref().equals(d.ref) && e.names().stream().anyMatch(n -> KnowledgeBase.fold(n).equals(royal)))) {
                continue;
            }
            if (found != null && !found.equals(d.ref)) return null;
            found = d.ref;
        }
        return found;
    }

    /** «أسرة», «عائلة» (household, family), folded: words of a family that also stand for a club or a team. */
    private static final String HOUSEHOLD = ArabicNormalizer.normalize("أسر");
    private static final String FAMILY = ArabicNormalizer.normalize("عائل");

    /**
     * Whether an article speaks of a family: a word for a spouse, parent, child or sibling
     * ({@link KinshipWords}), not «عائلة» or «أسرة», which also stand for a club or a team («إنه يمثل
     * عائلة بالنسبة لي»). Where it does, a known person's bare surname beside a relative's full name
     * is the known person's.
     */
    static boolean familyWords(List<List<Token>> sentences, FoldedWords folded) {
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = 0; i < sentences.get(s).size(); i++) {
                String w = folded.at(s, i);
                if (KinshipWords.contains(w) && !w.contains(HOUSEHOLD) && !w.contains(FAMILY)) return true;
            }
        }
        return false;
    }

    /** {@code shorter} becomes the person {@code longer} is: its knowledge-base link, or its article-local identity. */
    private static void takeIdentity(Draft shorter, Draft longer) {
        shorter.ref = longer.ref;
        shorter.sameAs = longer.ref != null ? null : longer.sameAs != null ? longer.sameAs : longer;
    }

    /** Whether the knowledge base gives the words of {@code d} as the name of one person other than {@code ref}. */
    private static boolean aliasOfAnother(Draft d, EntityRef ref) {
        return d.entries.size() == 1 && d.entries.get(0).ref().type() == EntityType.PER && !d.entries.get(0).ref().id().equals(ref.id());
    }

    /** Surnames shorter than this are not matched by spelling: «كونتي» and «كانتي» are two players. */
    private static final int MIN_ALIKE = 6;

    /**
     * The one longer person of the article whose surname is spelled one letter apart from {@code
     * word} («سيلانوف», «سيلاوانوف» after «أنطون سيلوانوف»; «غوتيرش» after «أنطونيو غوتيريش»),
     * or null when there is none or several.
     */
    private static Draft onlyPersonSpelledAlike(List<Draft> persons, String word) {
        if (word.length() < MIN_ALIKE - 1) return null;
        Draft found = null;
        for (Draft longer : persons) {
            if (longer.words.length < 2) continue;
            String last = longer.words[longer.words.length - 1];
            if (last.length() < MIN_ALIKE - 1 || Math.max(last.length(), word.length()) < MIN_ALIKE || !oneEditApart(word, last)) continue;
            Draft identity = longer.sameAs != null ? longer.sameAs : longer;
            if (found != null && !sameIdentity(found, identity)) return null;
            if (found == null) found = identity;
        }
        return found;
    }

    /** Whether two different words are one letter added, dropped or changed apart. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) return false;
        if (a.length() > b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        // the rest must match after skipping one letter of the longer word (or of both, a change)
        return a.length() == b.length() ? a.substring(i + 1).equals(b.substring(i + 1)) : a.substring(i).equals(b.substring(i + 1));
    }

    static boolean startsWith(String[] longer, String[] shorter) {
        for (int i = 0; i < shorter.length; i++) if (!longer[i].equals(shorter[i])) return false;
        return true;
    }

    /**
     * The one longer person of the article whose name starts with {@code given} («أسامة» after
     * «أسامة بن لادن»), or null when there is none, several («محمد»), or the word only heads a
     * compound name («عبد», «أبو»).
     */
    private static Draft onlyPersonStartingWith(List<Draft> persons, String given) {
        if (EntityLinker.COMPOUND_HEADS.contains(given)) return null;
        Draft found = null;
        for (Draft longer : persons) {
            if (longer.words.length < 2 || !longer.words[0].equals(given)) continue;
            Draft identity = longer.sameAs != null ? longer.sameAs : longer;
            if (found != null && !sameIdentity(found, identity)) return null;
            if (found == null) found = identity;
        }
        return found;
    }

    /** How many of the article's person mentions are written as {@code d} is, or link where it links. */
    private static int timesNamed(List<Draft> persons, Draft d) {
        int n = 0;
        for (Draft p : persons) {
            if (Arrays.equals(p.words, d.words) || d.ref != null && d.ref.equals(p.ref)) n++;
        }
        return n;
    }

    /** Where the article first writes {@code d}'s name as {@code d} is written: sentence, then token, as one number. */
    private static long firstNamed(List<Draft> persons, Draft d) {
        long first = Long.MAX_VALUE;
        for (Draft p : persons) {
            if (Arrays.equals(p.words, d.words)) first = Math.min(first, ((long) p.sentence << 32) + p.first);
        }
        return first;
    }

    /** Whether a folded word is the last word of the entity's name («شارون» of «أرييل شارون»). */
    private static boolean endsTheName(EntityRef ref, String word) {
        String name = KnowledgeBase.fold(ref.name());
        return name.equals(word) || name.endsWith(" " + word);
    }

    /** Whether {@code word} is the last word of a longer person's name in the article. */
    private static boolean endsALongerName(List<Draft> persons, String word) {
        for (Draft longer : persons) {
            if (longer.words.length >= 2 && longer.words[longer.words.length - 1].equals(word)) return true;
        }
        return false;
    }

    static boolean sameIdentity(Draft a, Draft b) {
        return a == b || a.ref != null && a.ref.equals(b.ref) || Arrays.equals(a.words, b.words);
    }

    /** «رائد قرملي» of «رائد بن خالد قرملي»: a two-word name that is a longer one's first and last words. */
    private static boolean firstAndLast(String[] longer, String[] shorter) {
        return shorter.length == 2 && longer[0].equals(shorter[0]) && longer[longer.length - 1].equals(shorter[1]);
    }

    static boolean endsWith(String[] longer, String[] shorter) {
        int off = longer.length - shorter.length;
        // «سلمان» is not «محمد بن سلمان» (his father's name), nor «العزيز» «عبد العزيز»
        if (off > 0 && EntityLinker.COMPOUND_HEADS.contains(longer[off - 1])) return false;
        for (int i = 0; i < shorter.length; i++) if (!longer[off + i].equals(shorter[i])) return false;
        return true;
    }

}
