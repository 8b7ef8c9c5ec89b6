package org.marsad.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.marsad.article.Span;
import org.marsad.clean.Cleaner;
import org.marsad.json.AnalysisJson;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;

/**
 * Builds the segmenter's {@link WordFrequencies} from a corpus: counts light-folded Arabic words
 * in cleaned article bodies and titles, keeps those seen at least {@code minCount} times, and
 * writes them sorted (count descending, then word) to a gzip file whose bytes depend only on the
 * data, with a JSON file beside it recording the data files' SHA-256 and the settings.
 */
public final class WordFrequencyBuilder {
    private final int minCount;
    private final Map<String, int[]> counts = new HashMap<>(1 << 20);
    private long articles;
    private long words;

    public WordFrequencyBuilder(int minCount) {
        this.minCount = minCount;
    }

    public void addText(String text) {
        for (Span s : Tokenizer.tokenize(text)) {
            String w = CliticSegmenter.lightFold(text.subSequence(s.start(), s.end()));
            if (w.isEmpty() || w.charAt(0) < '\u0621' || w.charAt(0) > '\u064A') continue;
            counts.computeIfAbsent(w, k -> new int[1])[0]++;
            words++;
        }
    }

    /** Counts every article of the given files (any supported format). */
    public void addCorpus(List<String> files) throws IOException {
        Cleaner cleaner = new Cleaner();
        for (String f : files) {
            try (RecordStream rs = Inputs.open(f, Format.AUTO, FieldMap.defaults())) {
                while (rs.hasNext()) {
                    ReadItem item = rs.next();
                    if (item instanceof ReadItem.Ok ok) {
                        var a = cleaner.clean(ok.article());
                        a.title().ifPresent(this::addText);
                        addText(a.body());
                        articles++;
                    }
                }
            }
        }
    }

    /** Writes {@code out} (gzip TSV) and {@code out}.meta.json; returns the number of words kept. */
    public int write(Path out, List<String> dataFiles) throws IOException {
        List<Map.Entry<String, int[]>> kept = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) if (e.getValue()[0] >= minCount) kept.add(e);
        kept.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? b.getValue()[0] - a.getValue()[0] : a.getKey().compareTo(b.getKey()));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            for (Map.Entry<String, int[]> e : kept) w.write(e.getKey() + "\t" + e.getValue()[0] + "\n");
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("model", "clitic segmenter word frequencies");
        meta.put("command", "marsad train segmentation");
        meta.put("minCount", minCount);
        meta.put("fold", "CliticSegmenter.lightFold: diacritics, tatweel and joiners removed; آ أ إ ٱ -> ا; ى ی -> ي; ک -> ك; ھ ۀ ہ ۂ -> ه");
        meta.put("tokenizer", "Tokenizer.tokenize over cleaned titles and bodies; words beginning with an Arabic letter");
        meta.put("articles", articles);
        meta.put("tokens", words);
        meta.put("wordsKept", kept.size());
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String f : dataFiles) hashes.put(Path.of(f).getFileName().toString(), sha256(Path.of(f)));
        meta.put("data", hashes);
        Path metaFile = out.resolveSibling(out.getFileName().toString().replace(".tsv.gz", "") + ".meta.json");
        AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(metaFile.toFile(), meta);
        return kept.size();
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) > 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
