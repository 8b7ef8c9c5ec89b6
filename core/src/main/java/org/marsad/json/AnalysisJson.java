package org.marsad.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.article.Article;
import org.marsad.article.Dateline;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityRef;
import org.marsad.article.Keyword;
import org.marsad.article.Nationality;
import org.marsad.article.Quote;
import org.marsad.article.Source;
import org.marsad.article.Span;
import org.marsad.article.TimeExpression;
import org.marsad.article.Token;
import org.marsad.article.Topic;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Layer;

/**
 * The JSON contract of one analysed article (README, "JSON output"): field names and order are
 * fixed here and nowhere else. {@link #read} restores an Analysis from what {@link #tree} wrote,
 * so an index can store the analysis once and serve it without re-analysis. Thread-safe.
 */
public final class AnalysisJson {
    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module())
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AnalysisJson() {}

    /** One line of JSON for the article; tokens only when asked for (they are bulky). */
    public static String write(Analysis a, boolean withTokens) {
        try {
            return MAPPER.writeValueAsString(tree(a, withTokens));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise analysis of " + a.article().id(), e);
        }
    }

    public static ObjectNode tree(Analysis a, boolean withTokens) {
        Article art = a.article();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", art.id());
        o.set("source", MAPPER.valueToTree(art.source()));
        o.put("encoding", art.encoding());
        o.set("dateline", art.dateline().<JsonNode>map(MAPPER::valueToTree).orElse(o.nullNode()));
        o.put("published", art.published().orElse(null));
        o.put("title", art.title().orElse(null));
        o.put("body", art.body());
        o.set("boilerplate", MAPPER.valueToTree(art.boilerplate()));
        o.set("sentences", MAPPER.valueToTree(a.sentences()));
        if (withTokens) o.set("tokens", MAPPER.valueToTree(a.tokens()));
        o.set("entities", MAPPER.valueToTree(a.entities()));
        o.set("entitySummary", entitySummary(a.entities()));
        o.set("nationalities", MAPPER.valueToTree(a.nationalities()));
        o.set("quotes", MAPPER.valueToTree(a.quotes()));
        o.set("dates", MAPPER.valueToTree(a.dates()));
        o.set("topic", a.topic().<JsonNode>map(MAPPER::valueToTree).orElse(o.nullNode()));
        o.set("keywords", MAPPER.valueToTree(a.keywords()));
        o.put("summary", a.summary().orElse(null));
        o.set("fields", MAPPER.valueToTree(new java.util.TreeMap<>(art.fields())));
        ArrayNode layers = o.putArray("layers");
        a.layers().stream().sorted().forEach(l -> layers.add(l.name().toLowerCase(java.util.Locale.ROOT)));
        return o;
    }

    /** Linked entities by number of mentions, most mentioned first. */
    static ArrayNode entitySummary(List<EntityMention> mentions) {
        Map<String, EntityRef> refs = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            if (m.entity().isEmpty()) continue;
            EntityRef r = m.entity().get();
            refs.putIfAbsent(r.id(), r);
            counts.merge(r.id(), 1, Integer::sum);
        }
        ArrayNode out = MAPPER.createArrayNode();
        counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).forEach(e -> {
            EntityRef r = refs.get(e.getKey());
            ObjectNode n = out.addObject();
            n.put("id", r.id());
            n.put("name", r.name());
            n.put("nameEn", r.nameEn().orElse(null));
            n.put("type", r.type().name());
            n.put("mentions", e.getValue());
        });
        return out;
    }

    /** Restores an Analysis from JSON written by {@link #write}. */
    public static Analysis read(String json) {
        try {
            JsonNode o = MAPPER.readTree(json);
            Source source = MAPPER.treeToValue(o.get("source"), Source.class);
            Optional<Dateline> dateline = o.path("dateline").isObject()
                    ? Optional.of(MAPPER.treeToValue(o.get("dateline"), Dateline.class)) : Optional.empty();
            Map<String, String> fields = o.has("fields")
                    ? MAPPER.convertValue(o.get("fields"), new TypeReference<Map<String, String>>() {}) : Map.of();
            Article art = new Article(o.path("id").asText(), source, text(o, "encoding"), dateline,
                    Optional.ofNullable(text(o, "published")), Optional.ofNullable(text(o, "title")),
                    o.path("body").asText(), list(o, "boilerplate", String.class), fields);
            Set<Layer> layers = EnumSet.noneOf(Layer.class);
            for (JsonNode l : o.path("layers")) layers.add(Layer.valueOf(l.asText().toUpperCase(java.util.Locale.ROOT)));
            Optional<Topic> topic = o.path("topic").isObject()
                    ? Optional.of(MAPPER.treeToValue(o.get("topic"), Topic.class)) : Optional.empty();
            return new Analysis(art, layers, list(o, "sentences", Span.class), list(o, "tokens", Token.class),
                    list(o, "entities", EntityMention.class), list(o, "nationalities", Nationality.class),
                    list(o, "quotes", Quote.class), list(o, "dates", TimeExpression.class), topic,
                    list(o, "keywords", Keyword.class), Optional.ofNullable(text(o, "summary")));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Marsad analysis document: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static <T> List<T> list(JsonNode o, String field, Class<T> type) throws JsonProcessingException {
        List<T> out = new ArrayList<>();
        for (JsonNode n : o.path(field)) out.add(MAPPER.treeToValue(n, type));
        return out;
    }
}
