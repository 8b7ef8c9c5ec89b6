package org.marsad.entity;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;

/**
 * The curated knowledge base that mentions link to: every country (Arabic and English names from
 * ICU4J/CLDR) with the variants and nationality adjectives in {@code countries.tsv}, and the
 * people, places and organisations in {@code entities.tsv}. Both files live in
 * {@value #RESOURCE_DIR}; their format is described at their top. Names are matched in folded form
 * ({@link #fold}). A name written with a leading {@code ~} links mentions the recogniser found but
 * never makes a mention by itself (common words: «حماس» is also "enthusiasm"); one written with a
 * leading {@code +} makes mentions but feeds the recogniser no gazetteer feature. Immutable and
 * thread-safe.
 */
public final class KnowledgeBase {
    public static final String RESOURCE_DIR = "/org/marsad/entity/kb/";
    private final Map<String, KbEntry> byId;
    private final Map<String, List<KbEntry>> byName;
    private final Map<String, KbEntry> byAdjective;
    private final int longestName;
    private final Set<String> linkOnly;
    private final Set<String> noMentions;
    private final Set<String> noFeatures;
    private final Set<String> nicknames;
    /** ids of the entries that have a nickname */
    private final Set<String> nicknamed;
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
        int longest = 1;
        for (KbEntry e : entries) {
            if (ids.put(e.ref().id(), e) != null) throw new IllegalArgumentException("duplicate KB id " + e.ref().id());
            for (String n : e.names()) {
                List<KbEntry> l = names.computeIfAbsent(n, k -> new ArrayList<>(1));
                if (!l.contains(e)) l.add(e);
                longest = Math.max(longest, n.split(" ").length);
            }
            for (String a : e.adjectives()) adjectives.putIfAbsent(a, e);
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byId = ids;
        this.byName = names;
        this.byAdjective = adjectives;
        this.longestName = longest;
        Set<String> withNickname = new java.util.HashSet<>();
        for (String n : this.nicknames) for (KbEntry e : names.getOrDefault(n, List.of())) withNickname.add(e.ref().id());
        this.nicknamed = Set.copyOf(withNickname);
    }

    /** The shipped knowledge base. */
    public static KnowledgeBase shipped() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final KnowledgeBase INSTANCE = loadShipped();
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
     * Whether a folded name is a nickname (marked '^': «الريال», «البلوز»): link-only, but a mention
     * wherever an article names its entity otherwise ({@link Nicknames}).
     */
    boolean isNickname(String name) {
        return nicknames.contains(name);
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

    /** The most words any name has. */
    public int longestName() {
        return longestName;
    }

    /**
     * Gazetteer features for the recogniser: each place and organisation name's words by type,
     * except link-only names: those are common words («حماس», «الجزيرة»), no evidence of a name;
     * nor names marked '+' (names of apps and sites the training data never saw).
     */
    Gazetteer gazetteer() {
        Map<String, Set<String>> byType = new TreeMap<>();
        for (KbEntry e : byId.values()) {
            // people's names are left out: their common first words («محمد», «عبد») made the features noisy
            if (e.ref().type() == EntityType.PER) continue;
            Set<String> names = byType.computeIfAbsent(e.ref().type().name(), k -> new TreeSet<>());
            for (String n : e.names()) if (!linkOnly.contains(n) && !noFeatures.contains(n)) names.add(n);
        }
        return Gazetteer.of(byType);
    }

    private static KnowledgeBase loadShipped() {
        try {
            List<KbEntry> entries = new ArrayList<>(countries(read("countries.tsv")));
            for (String[] row : read("entities.tsv")) entries.add(entity(row));
            List<KbEntry> cities = cities(entries);
            entries.addAll(cities);
            Set<String> linkOnly = new java.util.HashSet<>();
            Set<String> noMentions = new java.util.HashSet<>();
            Set<String> noFeatures = new java.util.HashSet<>();
            Set<String> nicknames = new java.util.HashSet<>();
            // one-word exemplar names are often common words too («ترك» Chuuk, «نوم» Nome, «ماهي» Mahé):
            // they link what the recogniser finds and feed its gazetteer, but add no mention by themselves
            for (KbEntry c : cities) for (String n : c.names()) if (!n.contains(" ")) noMentions.add(n);
            for (String file : List.of("countries.tsv", "entities.tsv")) {
                for (String[] row : read(file)) {
                    for (String col : row) {
                        for (String v : col.split("\\|")) {
                            if (v.strip().startsWith("~")) linkOnly.add(fold(v.strip().substring(1)));
                            if (v.strip().startsWith("^")) {
                                linkOnly.add(fold(v.strip().substring(1)));
                                nicknames.add(fold(v.strip().substring(1)));
                            }
                            if (v.strip().startsWith("+")) noFeatures.add(fold(v.strip().substring(1)));
                        }
                    }
                }
            }
            return new KnowledgeBase(entries, linkOnly, noMentions, noFeatures, nicknames, readCues(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge base " + RESOURCE_DIR, e);
        }
    }

    /**
     * {@code cues.tsv}: ids (one, or several separated by ',' that share the words), then cue words
     * separated by '|' (a veto word marked with a leading '!'); every id must name one of {@code entries}.
     */
    private static Cues readCues(List<KbEntry> entries) throws IOException {
        Set<String> ids = new java.util.HashSet<>();
        for (KbEntry e : entries) ids.add(e.ref().id());
        Map<String, Set<String>> pointing = new HashMap<>();
        Map<String, Set<String>> vetoes = new HashMap<>();
        for (String[] c : read("cues.tsv", 2)) {
            Set<String> pro = new java.util.HashSet<>();
            Set<String> contra = new java.util.HashSet<>();
            for (String w : c[1].split("\\|")) {
                String cue = w.strip();
                if (cue.startsWith("!")) contra.add(fold(cue.substring(1)));
                else if (!cue.isEmpty()) pro.add(fold(cue));
            }
            for (String id : c[0].split(",")) {
                if (!ids.contains(id.strip())) throw new IOException("cues.tsv: no knowledge-base entry " + id.strip());
                if (!pro.isEmpty()) pointing.computeIfAbsent(id.strip(), k -> new java.util.HashSet<>()).addAll(pro);
                if (!contra.isEmpty()) vetoes.computeIfAbsent(id.strip(), k -> new java.util.HashSet<>()).addAll(contra);
            }
        }
        pointing.replaceAll((id, words) -> Set.copyOf(words));
        vetoes.replaceAll((id, words) -> Set.copyOf(words));
        return new Cues(Map.copyOf(pointing), Map.copyOf(vetoes));
    }

    /** Rows of a KB file: tab-separated, '#' comments and blank lines skipped; names the bad line. */
    static List<String[]> read(String file) throws IOException {
        return read(file, 4);
    }

    /** As {@link #read(String)}, for a file whose rows have at least {@code columns} columns. */
    private static List<String[]> read(String file, int columns) throws IOException {
        InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in == null) throw new IOException("knowledge base file " + RESOURCE_DIR + file + " is missing");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length < columns) {
                    throw new IOException(file + ":" + n + ": expected at least " + columns + " tab-separated columns");
                }
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].strip();
                rows.add(cols);
            }
        }
        return rows;
    }

    /** {@code id type name nameEn [wikidata [variants]]} */
    private static KbEntry entity(String[] c) {
        EntityType type = EntityType.parse(c[1]);
        List<String> names = new ArrayList<>();
        names.add(fold(c[2]));
        if (c.length > 5) addAll(names, c[5]);
        if (type == EntityType.PER) {
            for (String n : List.copyOf(names)) {
                for (String other : abdSpellings(n)) if (!names.contains(other)) names.add(other);
            }
        }
        return new KbEntry(new EntityRef(c[0], c[2], opt(c[3]), type, c.length > 4 ? opt(c[4]) : Optional.empty()),
                names, List.of());
    }

    /**
     * Every other way of writing the name's «عبد» compounds, joined or spaced, each on its own:
     * «عبد الفتاح السيسي» ↔ «عبدالفتاح السيسي»; «عبدالله بن عبد العزيز», «عبد الله بن عبدالعزيز» ...
     * (news writes both, and mixes them within one name). Empty for a name without «عبد».
     */
    static List<String> abdSpellings(String folded) {
        List<String> out = new ArrayList<>();
        out.add(folded);
        String[] w = folded.split(" ");
        for (int i = 0; i < w.length; i++) {
            boolean spaced = w[i].equals("عبد") && i + 1 < w.length;
            boolean joined = w[i].startsWith("عبد") && w[i].length() > 5;
            if (!spaced && !joined) continue;
            String compound = spaced ? w[i] + " " + w[i + 1] : w[i];
            List<String> more = new ArrayList<>();
            for (String form : out) more.add(toggleAbd(form, compound));
            out.addAll(more);
        }
        return out.stream().filter(f -> !f.equals(folded)).distinct().toList();
    }

    /** The name with one «عبد» compound ({@code compound}, as it stands in it) written the other way. */
    private static String toggleAbd(String name, String compound) {
        String other = compound.contains(" ") ? compound.replace(" ", "") : "عبد " + compound.substring(3);
        return (" " + name + " ").replace(" " + compound + " ", " " + other + " ").strip();
    }

    /**
     * Every ISO country ICU knows, named from CLDR; {@code countries.tsv} rows
     * {@code code wikidata variants adjectives plurals} add what CLDR lacks.
     */
    private static List<KbEntry> countries(List<String[]> extra) {
        Map<String, String[]> byCode = new HashMap<>();
        for (String[] row : extra) byCode.put(row[0], row);
        ULocale ar = new ULocale("ar");
        List<KbEntry> out = new ArrayList<>();
        for (String code : ULocale.getISOCountries()) {
            ULocale place = new ULocale("", code);
            String name = place.getDisplayCountry(ar);
            String nameEn = place.getDisplayCountry(ULocale.ENGLISH);
            if (name.isEmpty() || name.equals(code)) continue;
            String[] row = byCode.get(code);
            List<String> names = new ArrayList<>();
            names.add(fold(name));
            if (name.contains("(") || name.contains(" - ")) {
                // «ميانمار (بورما)», «الكونغو - كينشاسا»: CLDR's disambiguated forms are no names news writes;
                // the entity is called by the first variant of countries.tsv, or the name before the bracket
                List<String> variants = row == null ? List.of() : split(row[2]);
                name = variants.isEmpty() ? name.replaceAll("\\s*\\([^)]*\\)$", "") : variants.get(0);
                nameEn = nameEn.replaceAll("\\s*\\([^)]*\\)$", "");
            }
            List<String> adjectives = new ArrayList<>();
            if (row != null) {
                addAll(names, row[2]);
                for (String stem : split(row[3])) {
                    // «المجري»: written with the article, the adjective has no bare forms
                    boolean articleOnly = stem.startsWith("ال");
                    adjectives.addAll(Nationalities.forms(fold(articleOnly ? stem.substring(2) : stem), articleOnly));
                }
                if (row.length > 4) addAll(adjectives, row[4]);
            }
            out.add(new KbEntry(new EntityRef("kb:country/" + code.toLowerCase(Locale.ROOT), name, Optional.of(nameEn),
                    EntityType.LOC, row == null ? Optional.empty() : opt(row[1])), names, adjectives));
        }
        return out;
    }

    /**
     * Cities CLDR names as time-zone exemplars (about 400, capitals among them), except those whose
     * name or id is already taken (a country named like its capital keeps the name).
     */
    private static List<KbEntry> cities(List<KbEntry> known) {
        Set<String> names = new java.util.HashSet<>();
        Set<String> ids = new java.util.HashSet<>();
        for (KbEntry e : known) {
            names.addAll(e.names());
            ids.add(e.ref().id());
        }
        TimeZoneNames ar = TimeZoneNames.getInstance(new ULocale("ar"));
        TimeZoneNames en = TimeZoneNames.getInstance(ULocale.ENGLISH);
        List<KbEntry> out = new ArrayList<>();
        for (String tz : new TreeSet<>(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null))) {
            String name = ar.getExemplarLocationName(tz);
            String nameEn = en.getExemplarLocationName(tz);
            if (name == null || nameEn == null) continue;
            String id = "kb:loc/" + nameEn.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            String folded = fold(name);
            if (!names.add(folded) || !ids.add(id)) continue;
            out.add(new KbEntry(new EntityRef(id, name, Optional.of(nameEn), EntityType.LOC, Optional.empty()),
                    List.of(folded), List.of()));
        }
        return out;
    }

    private static void addAll(List<String> into, String bar) {
        for (String v : split(bar)) {
            String f = fold(v);
            if (!into.contains(f)) into.add(f);
        }
    }

    /** The values of a '|'-separated column, without their '~' (link-only), '^' (nickname) or '+' (no gazetteer feature) marks; none for '-'. */
    static List<String> split(String bar) {
        List<String> out = new ArrayList<>();
        for (String v : bar.split("\\|")) {
            v = v.strip();
            if (v.startsWith("~") || v.startsWith("+") || v.startsWith("^")) v = v.substring(1).strip();
            if (!v.isEmpty() && !v.equals("-")) out.add(v);
        }
        return out;
    }

    private static Optional<String> opt(String s) {
        return s == null || s.isBlank() || s.equals("-") ? Optional.empty() : Optional.of(s);
    }
}
