package org.marsad.pipeline;

import java.util.Set;

/**
 * One step of the analysis pipeline: it reads the layers it {@link #requires()} and adds the
 * layers it {@link #provides()}. Implementations are thread-safe after construction (models are
 * loaded once and shared read-only) so one pipeline serves many threads.
 */
public interface Stage {
    /** A short name for errors and timings, e.g. "text", "entities". */
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    /** Returns a new Analysis with this stage's layers added; never mutates its input. */
    Analysis apply(Analysis in);
}
