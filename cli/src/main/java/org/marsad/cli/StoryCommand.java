package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.search.query.SearchResult;
import org.marsad.search.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad story ID}: lists every copy of a story (ID is a story id or any copy's article id). */
@Command(name = "story", description = "List the copies of a story (near-duplicate articles).")
final class StoryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "story id or article id")
    String id;

    @Option(names = "--index", required = true, description = "index directory")
    Path index;

    @Override
    public Integer call() throws Exception {
        try (Searcher s = Searcher.open(index)) {
            List<SearchResult.Hit> copies = s.story(id);
            if (copies.isEmpty()) {
                System.err.println("marsad story: no article or story '" + id + "' in " + index);
                return 1;
            }
            System.out.printf("story %s: %d copies%n", copies.get(0).story(), copies.size());
            for (SearchResult.Hit h : copies) {
                System.out.printf("%s  %-12s  %s  %s%n", h.published() == null ? "----------" : h.published().substring(0, 10),
                        h.source() == null ? "-" : h.source(), h.id(), h.title() == null ? "(no title)" : h.title());
            }
            return 0;
        } catch (java.io.IOException e) {
            System.err.println("marsad story: " + e.getMessage());
            return 2;
        }
    }
}
