package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextStage;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private record NeedsEntities() implements Stage {
        public String name() { return "quotes-test"; }
        public Set<Layer> requires() { return Set.of(Layer.TEXT, Layer.ENTITIES); }
        public Set<Layer> provides() { return Set.of(Layer.QUOTES); }
        public Analysis apply(Analysis in) { return in; }
    }

    @Test void missingLayerIsAStartupErrorNamingStageAndLayer() {
        assertThatThrownBy(() -> Pipeline.of(List.of(new TextStage(), new NeedsEntities())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quotes-test").hasMessageContaining("ENTITIES");
    }

    @Test void standardPipelineIsWellFormedAndProvidesText() {
        Pipeline p = Analyzer.standard().pipeline();
        assertThat(p.stages()).isNotEmpty();
        assertThat(p.stages().get(0).provides()).contains(Layer.TEXT);
    }

    @Test void analysisLayersAccumulate() {
        var raw = new org.marsad.article.RawArticle(org.marsad.article.Source.ofFile("x"), "UTF-8", java.util.Optional.empty(),
                "نص قصير.", java.util.Optional.empty(), java.util.Map.of());
        Analysis a = Analyzer.standard().analyze(raw, java.util.Optional.empty());
        assertThat(a.has(Layer.TEXT)).isTrue();
        assertThat(a.withSummary(java.util.Optional.of("x")).layers()).contains(Layer.TEXT, Layer.SUMMARY);
    }
}
