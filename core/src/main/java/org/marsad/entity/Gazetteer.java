package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Word-level gazetteer features from the knowledge base: for a folded word, labels such as
 * {@code LOC:U} (a whole one-word place name), {@code PER:B} (the first word of a person's name)
 * or {@code ORG:I} (a later word of an organisation's name). Immutable and thread-safe.
 */
final class Gazetteer {
    private final Map<String, List<String>> labels;

    private Gazetteer(Map<String, List<String>> labels) {
        this.labels = labels;
    }

    static Gazetteer none() {
        return new Gazetteer(Map.of());
    }

    /** Builds labels from folded names by type name ("PER", "LOC", ...). */
    static Gazetteer of(Map<String, ? extends Iterable<String>> namesByType) {
        Map<String, Set<String>> m = new HashMap<>();
        for (var e : namesByType.entrySet()) {
            for (String name : e.getValue()) {
                String[] words = name.split(" ");
                for (int i = 0; i < words.length; i++) {
                    String pos = words.length == 1 ? "U" : i == 0 ? "B" : "I";
                    m.computeIfAbsent(words[i], k -> new TreeSet<>()).add(e.getKey() + ":" + pos);
                }
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return new Gazetteer(out);
    }

    /**
     * A SHA-256 over every word and its labels, in sorted order: what the recogniser's gazetteer
     * features see. {@code train ner} records it beside the model, and a test compares it with the
     * knowledge base's of the day, so that an edit which changes the features asks for retraining.
     */
    String sha256() {
        java.security.MessageDigest md;
        try {
            md = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (var e : new java.util.TreeMap<>(labels).entrySet()) {
            md.update((e.getKey() + "\t" + String.join(",", e.getValue()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    /** Labels of the stem, then of the whole word when different ("ال" names such as «الرياض»). */
    List<String> labels(String stem, String fold) {
        List<String> a = labels.getOrDefault(stem, List.of());
        if (fold.equals(stem)) return a;
        List<String> b = labels.get(fold);
        if (b == null) return a;
        List<String> out = new ArrayList<>(a);
        for (String l : b) if (!out.contains(l)) out.add(l);
        return out;
    }
}
