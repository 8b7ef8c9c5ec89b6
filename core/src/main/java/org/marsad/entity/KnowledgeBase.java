package org.marsad.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;

/**
 * The curated knowledge base that mentions link to: every country (Arabic and English names from
 * ICU4J/CLDR) with the variants and nationality adjectives in {@code countries.tsv}, and the
 * people, places and organisations in {@code entities.tsv}. Both files live in
 * {@value #RESOURCE_DIR}; their format is described at their top. Names are matched in folded form
 * ({@link #fold}). A name written with a leading {@code ~} links mentions the recogniser found but
 * never makes a mention by itself (common words: «حماس» is also "enthusiasm"); one written with a
 * leading {@code +} makes mentions but feeds the recogniser no gazetteer feature; one written with
 * a leading {@code ^} is a nickname ({@link Nicknames}). {@link KnowledgeBaseFiles} reads the files.
 * Immutable and thread-safe.
 */
public final class KnowledgeBase {
    public static final String RESOURCE_DIR = "/org/marsad/entity/kb/";
    private final Map<String, KbEntry> byId;
    private final Map<String, List<KbEntry>> byName;
    private final Map<String, KbEntry> byAdjective;
    private final Set<String> linkOnly;
    private final Set<String> noMentions;
    private final Set<String> noFeatures;
    private final Set<String> nicknames;
    /** ids of the entries that have a nickname */
    private final Set<String> nicknamed;
    /** link-only names that are a club's short name alone («الهلال», «السد»), and the clubs' ids */
    private final Set<String> clubShortNames;
    private final Set<String> clubsNicknames;
    private final Set<String> clubsWithShortNames;
    private final Map<String, Set<String>> cues;
    private final Map<String, Set<String>> vetoes;

    KnowledgeBase(Collection<KbEntry> entries) {
        this(entries, Set.of());
    }

    KnowledgeBase(Collection<KbEntry> entries, Set<String> linkOnly) {
        this(entries, linkOnly, Set.of(), Set.of(), Set.of(), new Cues(Map.of(), Map.of()));
    }

    /**
     * {@code cues.tsv} read: per entry id, folded words that point to it among entries sharing a
     * name, and veto words (marked '!' in the file; see {@link #vetoes}).
     */
    record Cues(Map<String, Set<String>> pointing, Map<String, Set<String>> vetoes) {}

    /**
     * @param linkOnly   names that never become mentions by themselves nor feed the gazetteer features
     * @param noMentions names that feed the gazetteer features but never become mentions by themselves
     * @param noFeatures  names that become mentions but feed no gazetteer feature (marked '+')
     * @param nicknames  link-only names that become mentions in an article naming their entity otherwise (marked '^')
     * @param cues       the words of {@code cues.tsv}: pointing to an entry, and vetoing it
     */
    KnowledgeBase(Collection<KbEntry> entries, Set<String> linkOnly, Set<String> noMentions, Set<String> noFeatures,
            Set<String> nicknames, Cues cues) {
        this.linkOnly = Set.copyOf(linkOnly);
        this.nicknames = Set.copyOf(nicknames);
        this.noMentions = Set.copyOf(noMentions);
        this.noFeatures = Set.copyOf(noFeatures);
        this.cues = cues.pointing();
        this.vetoes = cues.vetoes();
        Map<String, KbEntry> ids = new LinkedHashMap<>();
        Map<String, List<KbEntry>> names = new HashMap<>();
        Map<String, KbEntry> adjectives = new HashMap<>();
        for (KbEntry e : entries) {
            if (ids.put(e.ref().id(), e) != null) throw new IllegalArgumentException("duplicate KB id " + e.ref().id());
            for (String n : e.names()) {
                List<KbEntry> l = names.computeIfAbsent(n, k -> new ArrayList<>(1));
                if (!l.contains(e)) l.add(e);
            }
            for (String a : e.adjectives()) adjectives.putIfAbsent(a, e);
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byId = ids;
        this.byName = names;
        this.byAdjective = adjectives;
        Set<String> withNickname = new java.util.HashSet<>();
        for (String n : this.nicknames) for (KbEntry e : names.getOrDefault(n, List.of())) withNickname.add(e.ref().id());
        this.nicknamed = Set.copyOf(withNickname);
        Set<String> clubNames = new java.util.HashSet<>();
        Set<String> clubs = new java.util.HashSet<>();
        for (String n : this.linkOnly) {
            List<KbEntry> named = names.getOrDefault(n, List.of());
            if (named.size() != 1 || named.get(0).ref().type() != EntityType.ORG) continue;
            if (!isClubName(named.get(0).names().get(0))) continue;
            clubNames.add(n);
            clubs.add(named.get(0).ref().id());
        }
        this.clubShortNames = Set.copyOf(clubNames);
        Set<String> sharedClubNames = new java.util.HashSet<>();
        for (String n : this.nicknames) {
            List<KbEntry> named = names.getOrDefault(n, List.of());
            if (named.size() > 1 && named.stream().allMatch(e -> e.ref().type() == EntityType.ORG && isClubName(e.names().get(0)))) {
                sharedClubNames.add(n);
            }
        }
        this.clubsNicknames = Set.copyOf(sharedClubNames);
        this.clubsWithShortNames = Set.copyOf(clubs);
    }

    private static final String CLUB = ArabicNormalizer.normalize("نادي");

    /** Whether a canonical name is a club's: it opens with «نادي» or «النادي». */
    private static boolean isClubName(String canonical) {
        return canonical.startsWith(CLUB) || canonical.startsWith("ال" + CLUB);
    }

    /** The shipped knowledge base. */
    public static KnowledgeBase shipped() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final KnowledgeBase INSTANCE = KnowledgeBaseFiles.load();
    }

    /** The folded form names are matched in: {@link ArabicNormalizer}, words joined by one space. */
    public static String fold(String text) {
        return String.join(" ", ArabicNormalizer.normalize(text).trim().split("\\s+"));
    }

    public Collection<KbEntry> entries() {
        return byId.values();
    }

    public Optional<KbEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Entities written under the folded name {@code name}; several when the name is ambiguous. */
    public List<KbEntry> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The country a folded nationality adjective refers to. */
    public Optional<KbEntry> byAdjective(String adjective) {
        return Optional.ofNullable(byAdjective.get(adjective));
    }

    /** Folded words whose presence in an article points to entry {@code id} among same-named ones ({@code cues.tsv}). */
    public Set<String> cues(String id) {
        return cues.getOrDefault(id, Set.of());
    }

    /**
     * Folded words that, next to a one-word name, say it is not entry {@code id} but a common word
     * ({@code cues.tsv} entries marked '!': «بنين» beside «بنات» is "boys", not Benin).
     */
    public Set<String> vetoes(String id) {
        return vetoes.getOrDefault(id, Set.of());
    }

    /**
     * Whether a folded name found in text may become a mention by itself: it is not marked '~' in
     * the KB files, or it is a link-only name under a head that says what it is («محافظة لحج»,
     * «جزيرة سقطرى»: a governorate, an island, never a common phrase, though «لحج» alone stays
     * link-only).
     */
    public boolean addsMentions(String name) {
        if (noMentions.contains(name)) return false;
        if (!linkOnly.contains(name)) return true;
        int space = name.indexOf(' ');
        return space > 0 && isPlaceHead(name.substring(0, space));
    }

    /**
     * Whether a folded one-word name is a city of the exemplar list (ICU's time-zone cities), which
     * feeds the gazetteer but adds no mention by itself: many are common words too («ترك» Chuuk).
     */
    boolean isExemplarCity(String name) {
        return noMentions.contains(name);
    }

    /**
     * Whether a folded name is a nickname (marked '^': «الريال», «البلوز»): link-only, but a mention
     * wherever an article names its entity otherwise ({@link Nicknames}).
     */
    boolean isNickname(String name) {
        return nicknames.contains(name);
    }

    /**
     * Whether a folded name is a club's short name that is also a common word, link-only, and names
     * that club alone («الهلال» the crescent, «النصر» victory, «السد» the dam): it links what the
     * recogniser found, and is a mention wherever its article names the club ({@link Nicknames}).
     * The club is an organisation whose canonical name opens with «نادي» or «النادي».
     */
    boolean isClubShortName(String name) {
        return clubShortNames.contains(name);
    }

    /**
     * Whether a folded name is a nickname that several clubs share («القادسية» of Saudi Arabia and of Kuwait,
     * «الوحدة»): which club it is, the article's cue words say ({@link Cues}).
     */
    boolean isSharedClubNickname(String name) {
        return clubsNicknames.contains(name);
    }

    /** Whether the entry with this id is a club: an organisation whose canonical name opens with «نادي» or «النادي». */
    boolean isClub(String id) {
        KbEntry e = byId.get(id);
        return e != null && e.ref().type() == EntityType.ORG && isClubName(e.names().get(0));
    }

    /** Whether the entry with this id is a club with a short name ({@link #isClubShortName}). */
    boolean hasClubShortName(String id) {
        return clubsWithShortNames.contains(id);
    }

    /** Whether the entry with this id has a nickname ({@link #isNickname}). */
    boolean hasNickname(String id) {
        return nicknamed.contains(id);
    }

    /** Whether a folded name is a place's name (among others, perhaps). */
    boolean namesPlace(String name) {
        for (KbEntry e : byName(name)) if (e.ref().type() == EntityType.LOC) return true;
        return false;
    }

    /** Whether a folded word opens the name of a place and says what kind it is («محافظة», «جزيرة»). */
    static boolean isPlaceHead(String folded) {
        return PLACE_HEADS.contains(folded);
    }

    /** Words that open the name of a place and say what kind it is. */
    private static final Set<String> PLACE_HEADS = ArabicNormalizer.foldedSet("محافظة", "ولاية", "إقليم", "جزيرة", "أرخبيل");

    /**
     * Gazetteer features for the recogniser: each place and organisation name's words by type,
     * except link-only names: those are common words («حماس», «الجزيرة»), no evidence of a name;
     * nor names marked '+' (names of apps and sites the training data never saw). Besides, the
     * plurals of peoples ({@link #peoples}: {@code PEOPLE:U}) and the chemical elements
     * ({@code elements.txt}: {@code ELEMENT:U}), which Wikipedia text marks as persons and
     * miscellaneous names and news does not: each domain's weights learn its reading.
     */
    Gazetteer gazetteer() {
        Gazetteer g = gazetteer;
        if (g == null) gazetteer = g = buildGazetteer(); // each model's features ask; built once (a race builds it twice, alike)
        return g;
    }

    /** The recogniser's gazetteer, built once by {@link #gazetteer()}. */
    private volatile Gazetteer gazetteer;

    private Gazetteer buildGazetteer() {
        Map<String, Set<String>> byType = new TreeMap<>();
        for (KbEntry e : byId.values()) {
            // people's names are left out: their common first words («محمد», «عبد») made the features noisy
            if (e.ref().type() == EntityType.PER) continue;
            Set<String> names = byType.computeIfAbsent(e.ref().type().name(), k -> new TreeSet<>());
            for (String n : e.names()) if (!linkOnly.contains(n) && !noFeatures.contains(n)) names.add(n);
        }
        byType.put("PEOPLE", peoples());
        byType.put("ELEMENT", withAndWithoutArticle(KnowledgeBaseFiles.words("elements.txt")));
        return Gazetteer.of(byType);
    }

    /**
     * Names of peoples, communities and dynasties in the plural, folded, each with and without the
     * article: the sound plurals of every country's adjective («الروسيين», «روسيون») and those of
     * {@code peoples.txt} («الروس», «البيزنطيين»). A recogniser feature only: Wikipedia text marks them
     * as persons, news does not, and each domain's weights learn which.
     */
    private Set<String> peoples() {
        Set<String> plurals = new TreeSet<>();
        for (KbEntry e : byId.values()) {
            for (String a : e.adjectives()) if (!a.contains(" ") && (a.endsWith("يين") || a.endsWith("يون"))) plurals.add(a);
        }
        for (String w : KnowledgeBaseFiles.words("peoples.txt")) {
            if (w.startsWith("ال")) plurals.add(w);
            else plurals.addAll(List.of("ال" + w + "ين", "ال" + w + "ون"));
        }
        return withAndWithoutArticle(plurals);
    }

    /** Folded words with the article, and each also without it (the recogniser's stems). */
    private static Set<String> withAndWithoutArticle(Set<String> words) {
        Set<String> out = new TreeSet<>(words);
        for (String w : words) if (w.startsWith("ال")) out.add(w.substring(2));
        return out;
    }
}
