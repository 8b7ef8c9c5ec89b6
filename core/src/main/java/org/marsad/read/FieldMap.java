package org.marsad.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which JSON field holds each part of an article, as lists of candidate names tried in order.
 * The defaults read SaudiNewsNet-style records; {@code --field body=content} overrides one.
 */
public record FieldMap(Map<String, List<String>> names) {
    public static final List<String> PARTS = List.of("title", "body", "url", "published", "source", "id");

    public FieldMap {
        names = Map.copyOf(names);
    }

    public static FieldMap defaults() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("title", List.of("title", "headline"));
        m.put("body", List.of("content", "text", "body", "article"));
        m.put("url", List.of("url", "link"));
        m.put("published", List.of("published", "date", "date_extracted", "time", "pubDate"));
        m.put("source", List.of("source", "src", "site"));
        m.put("id", List.of("id", "docno"));
        return new FieldMap(m);
    }

    /** These names with overrides such as "body=content" applied. */
    public FieldMap with(List<String> overrides) {
        Map<String, List<String>> m = new LinkedHashMap<>(names);
        for (String o : overrides) {
            int eq = o.indexOf('=');
            String part = eq < 0 ? "" : o.substring(0, eq).trim();
            if (!PARTS.contains(part) || eq == o.length() - 1) {
                throw new IllegalArgumentException("bad --field '" + o + "': expected PART=NAME with PART one of " + PARTS);
            }
            List<String> list = new ArrayList<>();
            for (String n : o.substring(eq + 1).split(",")) list.add(n.trim());
            m.put(part, List.copyOf(list));
        }
        return new FieldMap(m);
    }

    public List<String> of(String part) {
        return names.getOrDefault(part, List.of());
    }
}
