package org.marsad.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Quote;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;

/**
 * A test-only stage that adds the ENTITIES and QUOTES layers from a tiny gazetteer of the names
 * in {@link TestArticles}, and direct quotations between quote marks attributed to the nearest
 * person named before them. It stands in for the real entity and quotation stages so the server
 * and UI tests exercise every layer whatever stages the build ships; it is no recogniser.
 */
final class GazetteerStage implements Stage {
    record Name(String surface, EntityType type, Optional<EntityRef> ref) {}

    static final EntityRef LAVROV = new EntityRef("Q9001", "سيرغي لافروف", Optional.of("Sergey Lavrov"), EntityType.PER, Optional.empty());
    static final EntityRef GUTERRES = new EntityRef("Q9002", "أنطونيو غوتيريش", Optional.of("Antonio Guterres"), EntityType.PER, Optional.empty());
    static final EntityRef DAMASCUS = new EntityRef("Q9010", "دمشق", Optional.of("Damascus"), EntityType.LOC, Optional.empty());
    static final EntityRef UN = new EntityRef("Q9020", "الأمم المتحدة", Optional.of("United Nations"), EntityType.ORG, Optional.empty());

    static final List<Name> NAMES = List.of(
            new Name("سيرغي لافروف", EntityType.PER, Optional.of(LAVROV)),
            new Name("لافروف", EntityType.PER, Optional.of(LAVROV)),
            new Name("أنطونيو غوتيريش", EntityType.PER, Optional.of(GUTERRES)),
            new Name("غوتيريش", EntityType.PER, Optional.of(GUTERRES)),
            new Name("مريم الخطيب", EntityType.PER, Optional.empty()),
            new Name("دمشق", EntityType.LOC, Optional.of(DAMASCUS)),
            new Name("موسكو", EntityType.LOC, Optional.empty()),
            new Name("جنيف", EntityType.LOC, Optional.empty()),
            new Name("الأمم المتحدة", EntityType.ORG, Optional.of(UN)));
    private static final Pattern QUOTED = Pattern.compile("[\"“«]([^\"”»]{3,})[\"”»]");

    @Override
    public String name() {
        return "test-gazetteer";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ENTITIES, Layer.QUOTES);
    }

    @Override
    public Analysis apply(Analysis in) {
        String body = in.body();
        List<EntityMention> found = new ArrayList<>();
        boolean[] taken = new boolean[body.length()];
        for (Name n : NAMES) {    // longer names first in NAMES, so «سيرغي لافروف» wins over «لافروف»
            for (int i = body.indexOf(n.surface()); i >= 0; i = body.indexOf(n.surface(), i + 1)) {
                int end = i + n.surface().length();
                if (taken[i] || taken[end - 1]) continue;
                for (int k = i; k < end; k++) taken[k] = true;
                found.add(new EntityMention(i, end, n.surface(), n.type(), n.ref(), Optional.empty()));
            }
        }
        found.sort(Comparator.comparingInt(EntityMention::start));
        List<Quote> quotes = new ArrayList<>();
        Matcher m = QUOTED.matcher(body);
        while (m.find()) {
            EntityMention speaker = null;
            for (EntityMention e : found) {
                if (e.type() == EntityType.PER && e.end() <= m.start() && m.start() - e.end() < 60) speaker = e;
            }
            EntityMention s = speaker;
            quotes.add(new Quote(m.start(1), m.end(1), m.group(1), Quote.Kind.DIRECT, "قال",
                    Optional.ofNullable(s).map(e -> new Quote.Speaker(e.start(), e.end(), e.text(), e.entity()))));
        }
        return in.withEntities(found, List.of()).withQuotes(quotes);
    }
}
