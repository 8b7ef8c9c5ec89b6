package org.marsad;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared corpora ({@code ../shared} beside the project): the {@code marsad.shared}
 * system property, else {@code ../shared} of the project root ({@code marsad.root}, set by the
 * launcher), else the nearest {@code shared/} found walking up from the working directory.
 */
public final class SharedData {
    private SharedData() {}

    public static Path root() {
        String prop = System.getProperty("marsad.shared");
        if (prop != null) return Path.of(prop).normalize();
        String root = System.getProperty("marsad.root");
        if (root != null) return Path.of(root).resolve("../shared").normalize();
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("data"))) return candidate;
            Path sibling = p.resolve("../shared").normalize();
            if (Files.isDirectory(sibling.resolve("data"))) return sibling;
        }
        return dir.resolve("../shared").normalize();
    }

    /** A path under the shared folder, e.g. {@code path("data/news/ant/dev")}; fails clearly when absent. */
    public static Path path(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared data not found: " + p
                    + " (expected ../shared beside the project; set -Dmarsad.shared=DIR to point elsewhere)");
        }
        return p;
    }
}
