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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;

/**
 * Reads the shipped knowledge-base files of {@value KnowledgeBase#RESOURCE_DIR}: the countries
 * (ICU4J/CLDR's, completed by {@code countries.tsv}), {@code entities.tsv}, the CLDR time-zone
 * exemplar cities, the names' marks ('~' link-only, '^' nickname, '+' no gazetteer feature) and
 * {@code cues.tsv}; and the rows of any file there ({@link Currencies} reads {@code currencies.tsv}).
 * Split from {@link KnowledgeBase}, which answers the look-ups. Stateless.
 */
final class KnowledgeBaseFiles {
    private KnowledgeBaseFiles() {}

    /** The knowledge base of the shipped files. */
    static KnowledgeBase load() {
        try {
            List<String[]> countryRows = read("countries.tsv");
            List<String[]> entityRows = read("entities.tsv");
            List<KbEntry> entries = new ArrayList<>(countries(countryRows));
            for (String[] row : entityRows) entries.add(entity(row));
            List<KbEntry> cities = cities(entries);
            entries.addAll(cities);
            Set<String> linkOnly = new java.util.HashSet<>();
            Set<String> noMentions = new java.util.HashSet<>();
            Set<String> noFeatures = new java.util.HashSet<>();
            Set<String> nicknames = new java.util.HashSet<>();
            // one-word exemplar names are often common words too («ترك» Chuuk, «نوم» Nome, «ماهي» Mahé):
            // they link what the recogniser finds and feed its gazetteer, but add no mention by themselves
            for (KbEntry c : cities) for (String n : c.names()) if (!n.contains(" ")) noMentions.add(n);
            for (List<String[]> rows : List.of(countryRows, entityRows)) {
                for (String[] row : rows) {
                    for (String col : row) {
                        for (String v : col.split("\\|")) {
                            if (v.strip().startsWith("~")) linkOnly.add(KnowledgeBase.fold(v.strip().substring(1)));
                            if (v.strip().startsWith("^")) {
                                linkOnly.add(KnowledgeBase.fold(v.strip().substring(1)));
                                nicknames.add(KnowledgeBase.fold(v.strip().substring(1)));
                            }
                            if (v.strip().startsWith("+")) noFeatures.add(KnowledgeBase.fold(v.strip().substring(1)));
                        }
                    }
                }
            }
            return new KnowledgeBase(entries, linkOnly, noMentions, noFeatures, nicknames, readCues(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge base " + KnowledgeBase.RESOURCE_DIR, e);
        }
    }

    /**
     * {@code cues.tsv}: ids (one, or several separated by ',' that share the words), then cue words
     * separated by '|' (a veto word marked with a leading '!'); every id must name one of {@code entries}.
     */
    private static KnowledgeBase.Cues readCues(List<KbEntry> entries) throws IOException {
        Set<String> ids = new java.util.HashSet<>();
        for (KbEntry e : entries) ids.add(e.ref().id());
        Map<String, Set<String>> pointing = new HashMap<>();
        Map<String, Set<String>> vetoes = new HashMap<>();
        for (String[] c : read("cues.tsv", 2)) {
            Set<String> pro = new java.util.HashSet<>();
            Set<String> contra = new java.util.HashSet<>();
            for (String w : c[1].split("\\|")) {
                String cue = w.strip();
                if (cue.startsWith("!")) contra.add(KnowledgeBase.fold(cue.substring(1)));
                else if (!cue.isEmpty()) pro.add(KnowledgeBase.fold(cue));
            }
            for (String id : c[0].split(",")) {
                if (!ids.contains(id.strip())) throw new IOException("cues.tsv: no knowledge-base entry " + id.strip());
                if (!pro.isEmpty()) pointing.computeIfAbsent(id.strip(), k -> new java.util.HashSet<>()).addAll(pro);
                if (!contra.isEmpty()) vetoes.computeIfAbsent(id.strip(), k -> new java.util.HashSet<>()).addAll(contra);
            }
        }
        pointing.replaceAll((id, words) -> Set.copyOf(words));
        vetoes.replaceAll((id, words) -> Set.copyOf(words));
        return new KnowledgeBase.Cues(Map.copyOf(pointing), Map.copyOf(vetoes));
    }

    /**
     * The folded words of a word list beside {@link KnowledgeBase} (not in {@link KnowledgeBase#RESOURCE_DIR}):
     * several to a line, '#' to the end of a line a comment. {@code non-names.txt} ({@link NonNames}),
     * {@code peoples.txt} and {@code elements.txt} ({@link KnowledgeBase#gazetteer}).
     */
    static java.util.Set<String> words(String file) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("missing resource " + file);
            List<String> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                for (String w : text.strip().split("\\s+")) if (!w.isEmpty()) words.add(w);
            }
            return org.marsad.text.ArabicNormalizer.foldedSet(words.toArray(String[]::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Rows of a KB file: tab-separated, '#' comments and blank lines skipped; names the bad line. */
    static List<String[]> read(String file) throws IOException {
        return read(file, 4);
    }

    /** As {@link #read(String)}, for a file whose rows have at least {@code columns} columns. */
    private static List<String[]> read(String file, int columns) throws IOException {
        InputStream in = KnowledgeBase.class.getResourceAsStream(KnowledgeBase.RESOURCE_DIR + file);
        if (in == null) throw new IOException("knowledge base file " + KnowledgeBase.RESOURCE_DIR + file + " is missing");
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
        names.add(KnowledgeBase.fold(c[2]));
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
            names.add(KnowledgeBase.fold(name));
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
                    adjectives.addAll(Nationalities.forms(KnowledgeBase.fold(articleOnly ? stem.substring(2) : stem), articleOnly));
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
            String folded = KnowledgeBase.fold(name);
            if (!names.add(folded) || !ids.add(id)) continue;
            out.add(new KbEntry(new EntityRef(id, name, Optional.of(nameEn), EntityType.LOC, Optional.empty()),
                    List.of(folded), List.of()));
        }
        return out;
    }

    private static void addAll(List<String> into, String bar) {
        for (String v : split(bar)) {
            String f = KnowledgeBase.fold(v);
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
