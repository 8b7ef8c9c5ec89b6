package org.marsad.entity;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.marsad.text.ArabicNormalizer;

/**
 * Gazetteer features from published name lists (Benajiba's ANERGazet: person, place and
 * organisation names): for a folded word, labels such as {@code PER:U} (a whole one-word name)
 * or {@code ORG:I} (a later word of an organisation's name). The project ships only the words'
 * 64-bit {@link FeatureHash}es with their labels ({@code ner-names.tsv.gz}, written by
 * {@code marsad train ner} from {@code ../shared/data/lexicons/anergazet}), never the lists.
 * Immutable and thread-safe.
 */
public final class NameLists {
    static final String RESOURCE = "/org/marsad/entity/ner-names.tsv.gz";
    private static final String[][] FILES = {{"PER", "AlignedPersGazetteer.txt"}, {"LOC", "AlignedLocGazetteer.txt"},
        {"ORG", "AlignedOrgGazetteer.txt"}};
    private final Map<Long, List<String>> labels;

    private NameLists(Map<Long, List<String>> labels) {
        this.labels = labels;
    }

    /** The list files {@link #build} reads in {@code dir}. */
    public static List<Path> files(Path dir) {
        List<Path> out = new ArrayList<>();
        for (String[] f : FILES) out.add(dir.resolve(f[1]));
        return out;
    }

    public static NameLists none() {
        return new NameLists(Map.of());
    }

    /** Reads the ANERGazet files of {@code dir}; lines of '=' or '*' separate groups and are skipped. */
    public static NameLists build(Path dir) throws IOException {
        Map<Long, TreeSet<String>> m = new TreeMap<>();
        for (String[] f : FILES) {
            Path file = dir.resolve(f[1]);
            if (!Files.isRegularFile(file)) throw new IOException("name list " + file + " is missing");
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String name = ArabicNormalizer.normalize(line.strip());
                if (name.isEmpty() || name.startsWith("=") || name.startsWith("*")) continue;
                String[] words = name.split(" ");
                for (int i = 0; i < words.length; i++) {
                    String pos = words.length == 1 ? "U" : i == 0 ? "B" : "I";
                    m.computeIfAbsent(FeatureHash.of(words[i]), k -> new TreeSet<>()).add(f[0] + ":" + pos);
                }
            }
        }
        Map<Long, List<String>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return new NameLists(out);
    }

    /** The shipped lists, read once, or none when the resource is absent (before the first 'marsad train ner'). */
    static NameLists shipped() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final NameLists INSTANCE = load();
    }

    private static NameLists load() {
        InputStream in = NameLists.class.getResourceAsStream(RESOURCE);
        if (in == null) return none();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new java.util.zip.GZIPInputStream(in),
                StandardCharsets.UTF_8))) {
            Map<Long, List<String>> m = new java.util.HashMap<>();
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t");
                if (c.length != 2) throw new IOException("bad line '" + line + "'");
                m.put(Long.parseUnsignedLong(c[0], 16), List.of(c[1].split(",")));
            }
            return new NameLists(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Writes hashes and labels, one word a line, in hash order (deterministic bytes). */
    public void write(Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
                StandardCharsets.UTF_8))) {
            for (var e : new TreeMap<>(labels).entrySet()) {
                w.write(Long.toHexString(e.getKey()) + "\t" + String.join(",", e.getValue()) + "\n");
            }
        }
    }

    /** Labels of the stem, then those of the whole word not already given. */
    List<String> labels(long stem, long fold) {
        List<String> a = labels.getOrDefault(stem, List.of());
        if (fold == stem) return a;
        List<String> b = labels.get(fold);
        if (b == null) return a;
        List<String> out = new ArrayList<>(a);
        for (String l : b) if (!out.contains(l)) out.add(l);
        return out;
    }

    /** Whether the folded word is a word of some person's name in the lists («روني»), where it may stand. */
    boolean inPersonName(String folded) {
        List<String> l = labels.get(FeatureHash.of(folded));
        return l != null && l.stream().anyMatch(x -> x.startsWith("PER:"));
    }

    /**
     * Whether the folded word opens a person's name in the lists, or is one by itself (a given name:
     * «رامي», «عمر»), or is one of the common given names the lists lack that open with a letter the
     * segmenter may read as a clitic ({@link #MORE_GIVEN_NAMES}).
     */
    boolean opensPersonName(String folded) {
        List<String> l = labels.get(FeatureHash.of(folded));
        return l != null && (l.contains("PER:B") || l.contains("PER:U")) || MORE_GIVEN_NAMES.contains(folded);
    }

    /**
     * Given names (facts, written for Marsad) that ANERGazet lacks and that open with ل, ب, ك, ف or
     * و, which the segmenter may split off as a clitic («لبنى» as ل + «بنى»). They decide only how
     * the linker reads a name's first word, not the recogniser's features.
     */
    private static final java.util.Set<String> MORE_GIVEN_NAMES = ArabicNormalizer.foldedSet("لبنى", "لينا", "لؤي",
            "لجين", "لانا", "بشرى", "بثينة", "بتول", "بلقيس", "بسام", "كوثر", "فرح", "فدوى", "وئام", "وائل");

    /**
     * Whether the folded word, as written, is a given name that the segmenter cuts, reading its first
     * letter as a clitic: «فادي» as ف + «ادي» ("performed"), «ليلى» as ل + «يلى», «كاتي» as ك + «اتي»
     * ({@link #SPLIT_GIVEN_NAMES}). Not «باسم», which news writes far more often as "in the name of".
     */
    boolean splitGivenName(String folded) {
        return SPLIT_GIVEN_NAMES.contains(folded);
    }

    /**
     * Given names (facts, written for Marsad) whose first letter is a clitic letter and which the word
     * counts cannot keep whole, because the rest is a frequent word («ادي», «راس», «اري»).
     */
    private static final java.util.Set<String> SPLIT_GIVEN_NAMES = ArabicNormalizer.foldedSet("فادي", "فراس",
            "كاتي", "كميل", "كولن", "ليلى", "لاري", "لوكاس", "بريان", "براين", "برهان", "بشارة", "بهيج", "وفيق");

    int size() {
        return labels.size();
    }
}
