package org.marsad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.marsad.article.EntityMention;
import org.marsad.article.Quote;
import org.marsad.json.AnalysisJson;
import org.marsad.pipeline.Analysis;
import org.marsad.search.query.SearchRequest;
import org.marsad.search.query.SearchResult;

/**
 * GET /api/entities/{id}: an entity's profile computed from the index: how often it is mentioned
 * per day and per month, the entities mentioned in the same articles (with article counts), what
 * it said (quotations whose speaker is this entity) and the latest articles. The search module
 * finds candidate articles (the newest {@value #MAX_ARTICLES}); their stored analyses are then
 * checked mention by mention, so a name match that is not this entity is not counted. Profiles
 * are cached per index generation. Thread-safe.
 */
final class EntityProfiles {
    static final int MAX_ARTICLES = 1000;
    private static final int LATEST = 10;
    private static final int CO_MENTIONS = 20;
    private static final int QUOTES = 50;
    private static final int CACHE = 256;

    private final Archive archive;
    private final Map<String, ObjectNode> cache = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ObjectNode> e) {
                    return size() > CACHE;
                }
            });

    EntityProfiles(Archive archive) {
        this.archive = archive;
    }

    void handle(Context ctx) throws Exception {
        EntityKey key = EntityKey.parse(ctx.pathParam("id"));
        if (key.name().isEmpty()) throw ApiException.badRequest("the entity id is empty");
        String cacheKey = archive.generation() + "\u0000" + key.id();
        ObjectNode profile = cache.get(cacheKey);
        if (profile == null) {
            profile = archive.read(s -> {
                SearchRequest r = new SearchRequest(key.query(), MAX_ARTICLES, 0, SearchRequest.Order.DATE,
                        false, false, List.of(), SearchRequest.Histogram.NONE);
                SearchResult res = s.search(r);
                List<Analysis> found = new ArrayList<>();
                for (SearchResult.Hit h : res.hits()) s.analysis(h.id()).ifPresent(found::add);
                return build(key, res, found);
            });
            if (profile == null) throw ApiException.notFound("no article in the index mentions entity '" + key.id() + "'");
            cache.put(cacheKey, profile);
        }
        ReadApi.json(ctx, profile);
    }

    /** The profile, or null when no article really mentions the entity. */
    static ObjectNode build(EntityKey key, SearchResult res, List<Analysis> candidates) {
        Map<String, int[]> perDay = new TreeMap<>();
        Map<String, int[]> perMonth = new TreeMap<>();
        Map<String, EntityMention> coFirst = new HashMap<>();
        Map<String, Integer> coCount = new HashMap<>();
        ArrayNode quotes = AnalysisJson.MAPPER.createArrayNode();
        ArrayNode latest = AnalysisJson.MAPPER.createArrayNode();
        EntityMention seen = null;
        int articles = 0;
        int mentions = 0;
        for (Analysis a : candidates) {
            List<EntityMention> mine = a.entities().stream().filter(key::matches).toList();
            List<Quote> said = a.quotes().stream().filter(key::spoke).toList();
            if (mine.isEmpty() && said.isEmpty()) continue;
            if (seen == null && !mine.isEmpty()) seen = mine.get(0);
            articles++;
            mentions += mine.size();
            Optional<String> day = a.article().published().filter(p -> p.length() >= 10 && p.charAt(4) == '-')
                    .map(p -> p.substring(0, 10));
            day.ifPresent(d -> {
                add(perDay, d, mine.size());
                add(perMonth, d.substring(0, 7), mine.size());
            });
            Map<String, EntityMention> others = new LinkedHashMap<>();
            for (EntityMention m : a.entities()) {
                EntityKey k = EntityKey.of(m);
                if (!key.matches(m) && !k.id().equals(key.id())) others.putIfAbsent(k.id(), m);
            }
            others.forEach((id, m) -> {
                coFirst.putIfAbsent(id, m);
                coCount.merge(id, 1, Integer::sum);
            });
            for (Quote q : said) {
                if (quotes.size() >= QUOTES) break;
                ObjectNode o = quotes.addObject();
                o.put("text", q.text());
                o.put("kind", q.kind().json());
                o.put("verb", q.verb());
                o.put("article", a.article().id());
                o.put("title", a.article().title().orElse(null));
                o.put("published", a.article().published().orElse(null));
            }
            if (latest.size() < LATEST) latest.add(articleSummary(a));
        }
        if (articles == 0) return null;
        ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
        p.put("id", key.id());
        p.put("name", seen == null ? key.name() : seen.entity().map(r -> r.name()).orElse(seen.text()));
        p.put("nameEn", seen == null ? null : seen.entity().flatMap(r -> r.nameEn()).orElse(null));
        p.put("type", seen != null ? seen.type().name() : key.type().map(Enum::name).orElse(null));
        p.put("linked", key.isLinked());
        p.put("articles", articles);
        p.put("mentions", mentions);
        p.put("candidates", res.total());
        p.put("examined", candidates.size());
        p.set("perDay", counts(perDay));
        p.set("perMonth", counts(perMonth));
        ArrayNode co = p.putArray("coMentioned");
        coCount.entrySet().stream()
                .sorted((x, y) -> y.getValue() != x.getValue().intValue() ? y.getValue() - x.getValue() : x.getKey().compareTo(y.getKey()))
                .limit(CO_MENTIONS).forEach(e -> {
                    EntityMention m = coFirst.get(e.getKey());
                    ObjectNode o = co.addObject();
                    o.put("id", e.getKey());
                    o.put("name", m.entity().map(r -> r.name()).orElse(m.text()));
                    o.put("nameEn", m.entity().flatMap(r -> r.nameEn()).orElse(null));
                    o.put("type", m.type().name());
                    o.put("articles", e.getValue());
                });
        p.set("quotes", quotes);
        p.set("latest", latest);
        return p;
    }

    private static void add(Map<String, int[]> m, String k, int mentions) {
        int[] c = m.computeIfAbsent(k, x -> new int[2]);
        c[0]++;
        c[1] += mentions;
    }

    private static ArrayNode counts(Map<String, int[]> m) {
        ArrayNode out = AnalysisJson.MAPPER.createArrayNode();
        m.forEach((k, c) -> out.addObject().put("date", k).put("articles", c[0]).put("mentions", c[1]));
        return out;
    }

    private static ObjectNode articleSummary(Analysis a) {
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("id", a.article().id());
        o.put("title", a.article().title().orElse(null));
        o.put("source", a.article().source().name());
        o.put("published", a.article().published().orElse(null));
        return o;
    }
}
