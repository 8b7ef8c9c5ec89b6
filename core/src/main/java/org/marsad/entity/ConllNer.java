package org.marsad.entity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.read.TextFiles;

/**
 * Reads NER corpora in the shared CoNLL format: {@code word<TAB>tag} (or space separated), a blank
 * line between sentences, BIO tags. Tag types are mapped with {@link EntityType#parse}, so
 * {@code B-PERS} reads as {@code B-PER} and {@code I-MIS} as {@code I-MISC}.
 */
public final class ConllNer {
    private ConllNer() {}

    /** The sentences of {@code file}; a malformed line fails with the file and line number, bytes that are no UTF-8 with the file. */
    public static List<NerSentence> read(Path file) throws IOException {
        List<NerSentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> lines = TextFiles.utf8Lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                if (!words.isEmpty()) out.add(new NerSentence(words, tags));
                words.clear();
                tags.clear();
                continue;
            }
            int sep = line.lastIndexOf('\t');
            if (sep < 0) sep = line.lastIndexOf(' ');
            if (sep <= 0) throw new IOException(file + ":" + lineNo + ": expected 'word<TAB>tag', got '" + line + "'");
            words.add(line.substring(0, sep).strip());
            try {
                tags.add(normalizeTag(line.substring(sep + 1).strip()));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        if (!words.isEmpty()) out.add(new NerSentence(words, tags));
        return out;
    }

    /** {@code O}, or {@code B-}/{@code I-} followed by a Marsad type name. */
    public static String normalizeTag(String tag) {
        if (tag.equals("O")) return tag;
        if (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))) {
            return tag.substring(0, 2) + EntityType.parse(tag.substring(2)).name();
        }
        throw new IllegalArgumentException("bad NER tag '" + tag + "' (expected O, B-TYPE or I-TYPE)");
    }
}
