package org.marsad.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.read.TextFiles;

/**
 * A minimal CoNLL-U reader for segmentation scoring: sentences as surface tokens, each with its
 * gold syntactic words and whether a space follows it. Multi-word token ranges ("3-4") become one
 * token whose words are the range's members.
 */
public final class Conllu {
    /** A surface token: its text, the gold words it is made of, and whether a space follows. */
    public record GoldToken(String surface, List<String> words, boolean multiword, boolean spaceAfter) {}

    private Conllu() {}

    /** The sentences of {@code file}; a malformed line fails with the file and line number, bytes that are no UTF-8 with the file. */
    public static List<List<GoldToken>> read(Path file) throws IOException {
        List<List<GoldToken>> sentences = new ArrayList<>();
        List<GoldToken> current = new ArrayList<>();
        int rangeEnd = -1;
        String rangeForm = null;
        boolean rangeSpace = true;
        List<String> rangeWords = null;
        List<String> lines = TextFiles.utf8Lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                if (!current.isEmpty()) sentences.add(current);
                current = new ArrayList<>();
                continue;
            }
            if (line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length < 10) throw new IOException(file + " line " + (i + 1) + ": expected 10 columns, found " + cols.length);
            String id = cols[0];
            boolean spaceAfter = !cols[9].contains("SpaceAfter=No");
            try {
                if (id.contains("-")) {
                    String[] ab = id.split("-");
                    rangeEnd = Integer.parseInt(ab[1]);
                    rangeForm = cols[1];
                    rangeSpace = spaceAfter;
                    rangeWords = new ArrayList<>();
                    continue;
                }
                if (id.contains(".")) continue; // empty nodes are not words of the text
                int n = Integer.parseInt(id);
                if (rangeWords != null) {
                    rangeWords.add(cols[1]);
                    if (n == rangeEnd) {
                        current.add(new GoldToken(rangeForm, List.copyOf(rangeWords), true, rangeSpace));
                        rangeWords = null;
                    }
                    continue;
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IOException(file + " line " + (i + 1) + ": bad token id '" + id + "'", e);
            }
            current.add(new GoldToken(cols[1], List.of(cols[1]), false, spaceAfter));
        }
        if (!current.isEmpty()) sentences.add(current);
        return sentences;
    }
}
