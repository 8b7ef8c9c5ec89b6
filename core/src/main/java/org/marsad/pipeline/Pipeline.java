package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.article.Article;

/**
 * An ordered list of stages, checked when built: a stage whose required layer no earlier stage
 * provides is a startup error naming the stage and the layer. Thread-safe when its stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** Builds a pipeline, refusing one whose stages' requirements are not met in order. */
    public static Pipeline of(List<? extends Stage> stages) {
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (Stage stage : stages) {
            for (Layer needed : stage.requires()) {
                if (!available.contains(needed)) {
                    throw new IllegalStateException("stage '" + stage.name() + "' requires layer " + needed
                            + " but no earlier stage provides it (stages: " + names(stages) + ")");
                }
            }
            available.addAll(stage.provides());
        }
        return new Pipeline(new ArrayList<>(stages));
    }

    private static String names(List<? extends Stage> stages) {
        return stages.stream().map(Stage::name).toList().toString();
    }

    public List<Stage> stages() {
        return stages;
    }

    public Analysis analyze(Article article) {
        Analysis a = Analysis.of(article);
        for (Stage stage : stages) {
            a = stage.apply(a);
        }
        return a;
    }
}
