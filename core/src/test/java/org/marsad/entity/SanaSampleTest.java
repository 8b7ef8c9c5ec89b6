package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.RawArticle;
import org.marsad.article.Source;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Analyzer;

/** Acceptance on the SANA Moscow dispatch of February 2017 (issue 3). */
class SanaSampleTest {
    private static Analysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        var file = SharedData.path("samples/sana-moscow-lavrov.txt");
        RawArticle raw = new RawArticle(new Source(null, null, file.toString()), "UTF-8", Optional.empty(),
                Files.readString(file), Optional.empty(), Map.of());
        analysis = new Analyzer(org.marsad.pipeline.Pipeline.of(Analyzer.standardStages())).analyze(raw, Optional.empty());
    }

    private static Set<String> linked(EntityType type) {
        return analysis.entities().stream().filter(m -> m.type() == type).map(EntityMention::entity)
                .flatMap(Optional::stream).map(r -> r.nameEn().orElse(r.name())).collect(Collectors.toSet());
    }

    @Test
    void peopleAreLinkedToTheirFullNames() {
        Map<String, String> byEnglish = analysis.entities().stream().filter(m -> m.type() == EntityType.PER)
                .flatMap(m -> m.entity().stream()).filter(r -> r.nameEn().isPresent())
                .collect(Collectors.toMap(r -> r.nameEn().get(), EntityRef::name, (x, y) -> x));
        assertThat(byEnglish).containsEntry("Sergey Lavrov", "سيرغي لافروف")
                .containsEntry("Salahuddin Rabbani", "صلاح الدين رباني")
                .containsEntry("Donald Trump", "دونالد ترامب")
                .containsEntry("Barack Obama", "باراك أوباما");
    }

    @Test
    void everyBareLavrovIsLinked() {
        List<EntityMention> lavrov = analysis.entities().stream().filter(m -> m.text().equals("لافروف")).toList();
        assertThat(lavrov).hasSizeGreaterThan(5);
        assertThat(lavrov).allSatisfy(m -> assertThat(m.entity().orElseThrow().nameEn()).contains("Sergey Lavrov"));
    }

    @Test
    void placesAreLocations() {
        assertThat(linked(EntityType.LOC)).contains("Moscow", "Syria", "Afghanistan", "Kabul", "Geneva", "Russia",
                "United States", "Pakistan", "China", "Iran", "India");
    }

    @Test
    void organisationsAreOrganisations() {
        assertThat(linked(EntityType.ORG)).contains("Islamic State", "Taliban", "United Nations",
                "United Nations Security Council", "International Syria Support Group", "White House");
    }

    @Test
    void lavrovKeepsHisTitle() {
        EntityMention first = analysis.entities().stream().filter(m -> m.text().equals("سيرغي لافروف")).findFirst().orElseThrow();
        assertThat(first.role()).contains("وزير الخارجية الروسي");
    }

    @Test
    void nationalityAdjectivesAreReported() {
        assertThat(analysis.nationalities()).extracting(n -> n.country().nameEn().orElseThrow())
                .contains("Russia", "United States", "Afghanistan");
    }
}
