package org.marsad.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.marsad.search.index.Fields;

/**
 * Per-reader tables for story collapsing, built once when a {@link Searcher} opens: each live
 * document's story (from the {@code story} postings), each story's live copies in document order,
 * and each document's source (from the source facet's doc values). They replace a stored-fields
 * read per candidate hit and a count, a search and stored reads per shown hit: stored fields
 * hold the whole body and analysis, so each read decompresses a large block. Immutable, so
 * thread-safe. Documents of an index without story terms have no story ({@code -1}); without the
 * source facet, {@link #hasSources()} is false and the caller reads the stored source.
 */
final class StoryTable {
    private final int[] storyOf;     // global doc -> story ordinal, -1 when none or deleted
    private final int[] start;       // story ordinal -> first index in copies
    private final int[] copies;      // live docs grouped by story, ascending within a story
    private final int[] sourceOf;    // global doc -> index in sources, -1 when none
    private final String[] sources;
    private final boolean hasSources;

    private StoryTable(int[] storyOf, int[] start, int[] copies, int[] sourceOf, String[] sources, boolean hasSources) {
        this.storyOf = storyOf;
        this.start = start;
        this.copies = copies;
        this.sourceOf = sourceOf;
        this.sources = sources;
        this.hasSources = hasSources;
    }

    static StoryTable build(DirectoryReader reader) throws IOException {
        int[] storyOf = new int[reader.maxDoc()];
        Arrays.fill(storyOf, -1);
        Map<BytesRef, Integer> ords = new HashMap<>();
        PostingsEnum pe = null;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.STORY);
            if (terms == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                Integer ord = ords.get(t);
                if (ord == null) ords.put(BytesRef.deepCopyOf(t), ord = ords.size());
                pe = te.postings(pe, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (live == null || live.get(d)) storyOf[leaf.docBase + d] = ord;
                }
            }
        }
        int[] start = new int[ords.size() + 1];
        for (int s : storyOf) if (s >= 0) start[s + 1]++;
        for (int i = 0; i < ords.size(); i++) start[i + 1] += start[i];
        int[] fill = Arrays.copyOf(start, ords.size());
        int[] copies = new int[start[ords.size()]];
        for (int d = 0; d < storyOf.length; d++) if (storyOf[d] >= 0) copies[fill[storyOf[d]]++] = d;
        int[] sourceOf = new int[reader.maxDoc()];
        Arrays.fill(sourceOf, -1);
        List<String> sources = new ArrayList<>();
        boolean hasSources = sources(reader, sourceOf, sources) && !sources.isEmpty();
        return new StoryTable(storyOf, start, copies, sourceOf, sources.toArray(new String[0]), hasSources);
    }

    /** Fills each document's source from the facet doc values; false when the index has none. */
    private static boolean sources(DirectoryReader reader, int[] sourceOf, List<String> names) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        boolean any = false;
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues dv = leaf.reader().getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            if (dv == null) continue;
            any = true;
            // labels are "dim<US>value" in sorted order: the source values are one ordinal range
            long lo = insertion(dv.lookupTerm(new BytesRef(Fields.SOURCE + FacetsConfig.DELIM_CHAR)));
            long hi = insertion(dv.lookupTerm(new BytesRef(Fields.SOURCE + (char) (FacetsConfig.DELIM_CHAR + 1))));
            if (lo >= hi) continue;
            int[] toSource = new int[(int) (hi - lo)];
            for (long o = lo; o < hi; o++) {
                String[] path = FacetsConfig.stringToPath(dv.lookupOrd(o).utf8ToString());
                toSource[(int) (o - lo)] = index.computeIfAbsent(path[path.length - 1], k -> { names.add(k); return names.size() - 1; });
            }
            for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                for (int i = 0; i < dv.docValueCount(); i++) {
                    long ord = dv.nextOrd();
                    if (ord >= lo && ord < hi && sourceOf[leaf.docBase + d] < 0) sourceOf[leaf.docBase + d] = toSource[(int) (ord - lo)];
                }
            }
        }
        return any;
    }

    private static long insertion(long lookup) {
        return lookup >= 0 ? lookup : -lookup - 1;
    }

    /** The story ordinal of live document {@code doc}, or -1 when it has none. */
    int story(int doc) {
        return storyOf[doc];
    }

    /** How many live documents story {@code ord} has. */
    int copies(int ord) {
        return start[ord + 1] - start[ord];
    }

    /** The first {@code n} live copies of story {@code ord}, in document order. */
    int[] firstCopies(int ord, int n) {
        return Arrays.copyOfRange(copies, start[ord], start[ord] + Math.min(n, copies(ord)));
    }

    boolean hasSources() {
        return hasSources;
    }

    /** The source facet value of {@code doc}, or null when it has none. */
    String source(int doc) {
        return sourceOf[doc] < 0 ? null : sources[sourceOf[doc]];
    }
}
