package org.marsad.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts over the matching documents of a request, for the dimensions it asks for.
 *
 * <p>At construction the facet values of every document are read once from doc values into one
 * compact table per dimension (document → its value ordinals, as offsets into an int array), so a
 * request costs one array walk per matching document and asked-for dimension instead of decoding
 * doc values and mapping segment ordinals to global ones. Memory: one int per document per
 * dimension plus one per value occurrence (about 5 MB for 57,000 articles). Counting touches only
 * the ordinals the matches carry, not every value of the index (Lucene's
 * {@code SortedSetDocValuesFacetCounts} allocates and scans an array of all values per request,
 * which dominates small result sets); count arrays are pooled and reset by what was touched.
 *
 * <p>Results equal Lucene's: top values by count, ties in label order. Thread-safe: one instance
 * per reader; each request takes count arrays from the pool.
 */
final class FacetCounter {
    private final SortedSetDocValuesReaderState state;
    private final Map<String, Dim> dims = new HashMap<>();
    /** Labels by global ordinal, filled on first use (Strings are immutable, so racing writers are harmless). */
    private final String[] labels;

    FacetCounter(SortedSetDocValuesReaderState state) throws IOException {
        this.state = state;
        this.labels = new String[(int) Math.min(Integer.MAX_VALUE, state.getSize())];
        List<Map.Entry<String, SortedSetDocValuesReaderState.OrdRange>> ranges =
                new ArrayList<>(state.getPrefixToOrdRange().entrySet());
        ranges.sort((a, b) -> Integer.compare(a.getValue().start, b.getValue().start));
        IndexReader reader = state.getReader();
        Dim[] byRange = new Dim[ranges.size()];
        int[] starts = new int[ranges.size()];
        for (int i = 0; i < byRange.length; i++) {
            var r = ranges.get(i).getValue();
            byRange[i] = new Dim(r.start, r.end, reader.maxDoc());
            starts[i] = r.start;
            dims.put(ranges.get(i).getKey(), byRange[i]);
        }
        SortedSetDocValues global = state.getDocValues();
        OrdinalMap map = global instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues dv = leaf.reader().getSortedSetDocValues(state.getField());
            if (dv == null) continue;
            LongValues toGlobal = map == null ? null : map.getGlobalOrds(leaf.ord);
            for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                for (int i = 0, k = dv.docValueCount(); i < k; i++) {
                    long o = dv.nextOrd();
                    int g = (int) (toGlobal == null ? o : toGlobal.get(o));
                    int r = Arrays.binarySearch(starts, g);
                    if (r < 0) r = -r - 2;
                    if (r >= 0 && g <= byRange[r].end) byRange[r].add(leaf.docBase + d, g - byRange[r].start);
                }
            }
        }
        for (Dim dim : byRange) dim.seal();
    }

    /** The counts of one request over {@code dimNames} (unknown names count nothing). */
    Counts count(FacetsCollector fc, Collection<String> dimNames) throws IOException {
        List<Dim> asked = new ArrayList<>();
        for (String name : dimNames) {
            Dim d = dims.get(name);
            if (d != null && !asked.contains(d)) asked.add(d);
        }
        Tally[] tallies = new Tally[asked.size()];
        for (int i = 0; i < tallies.length; i++) tallies[i] = asked.get(i).tally();
        for (FacetsCollector.MatchingDocs hits : fc.getMatchingDocs()) {
            if (hits.totalHits == 0 || hits.bits == null) continue;
            DocIdSetIterator it = hits.bits.iterator();
            if (it == null) continue;
            int base = hits.context.docBase;
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                for (Tally t : tallies) t.add(base + d);
            }
        }
        Map<Dim, Tally> byDim = new HashMap<>();
        for (int i = 0; i < tallies.length; i++) byDim.put(asked.get(i), tallies[i].finish());
        return new Counts(byDim);
    }

    private String label(int g) throws IOException {
        String s = labels[g];
        if (s == null) {
            String[] path = FacetsConfig.stringToPath(state.getDocValues().lookupOrd(g).utf8ToString());
            s = path[path.length - 1];
            labels[g] = s;
        }
        return s;
    }

    /** One dimension's table: the ordinals (relative to {@code start}) of each document. */
    private static final class Dim {
        final int start;
        final int end;
        /** {@code ords[offsets[doc]..offsets[doc + 1])} are the document's ordinals. */
        final int[] offsets;
        int[] ords = new int[1024];
        int size;
        int lastDoc = -1;
        final ConcurrentLinkedQueue<int[]> pool = new ConcurrentLinkedQueue<>();

        Dim(int start, int end, int maxDoc) {
            this.start = start;
            this.end = end;
            this.offsets = new int[maxDoc + 1];
        }

        /** Documents arrive in increasing order; ordinals of one document in increasing order. */
        void add(int doc, int ord) {
            while (lastDoc < doc) offsets[++lastDoc] = size;
            if (size == ords.length) ords = Arrays.copyOf(ords, size * 2);
            ords[size++] = ord;
        }

        void seal() {
            while (lastDoc < offsets.length - 1) offsets[++lastDoc] = size;
            ords = Arrays.copyOf(ords, size);
        }

        Tally tally() {
            int[] counts = pool.poll();
            return new Tally(this, counts != null ? counts : new int[end - start + 1]);
        }
    }

    /** A request's counting state for one dimension: a pooled count array and the ordinals touched. */
    private static final class Tally {
        final Dim dim;
        int[] counts;
        int[] touched = new int[32];
        int n;
        /** After {@link #finish}: touched ordinals in ascending order and their counts. */
        int[] ords;
        int[] values;

        Tally(Dim dim, int[] counts) {
            this.dim = dim;
            this.counts = counts;
        }

        void add(int doc) {
            int[] o = dim.ords;
            for (int i = dim.offsets[doc], e = dim.offsets[doc + 1]; i < e; i++) {
                if (counts[o[i]]++ == 0) {
                    if (n == touched.length) touched = Arrays.copyOf(touched, n * 2);
                    touched[n++] = o[i];
                }
            }
        }

        /** Copies the counts out, zeroes what was touched and returns the array to the pool. */
        Tally finish() {
            ords = Arrays.copyOf(touched, n);
            values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = counts[ords[i]];
                counts[ords[i]] = 0;
            }
            dim.pool.offer(counts);
            counts = null;
            return this;
        }
    }

    /** One request's counts; read them with {@link #top} and {@link #all}. */
    final class Counts {
        private final Map<Dim, Tally> tallies;

        private Counts(Map<Dim, Tally> tallies) {
            this.tallies = tallies;
        }

        /** The {@code k} values of {@code dim} with the highest counts (ties in label order). */
        List<SearchResult.Count> top(String dim, int k) throws IOException {
            Tally t = tallies.get(dims.get(dim));
            if (t == null || k <= 0) return List.of();
            // keep the best k in a small array sorted best-first: O(n·k) worst case, O(n) typically
            int m = 0;
            int[] best = new int[Math.min(k, t.ords.length)];
            for (int i = 0; i < t.ords.length; i++) {
                if (m == best.length && !better(t, i, best[m - 1])) continue;
                int j = m == best.length ? m - 1 : m++;
                while (j > 0 && better(t, i, best[j - 1])) {
                    best[j] = best[j - 1];
                    j--;
                }
                best[j] = i;
            }
            List<SearchResult.Count> out = new ArrayList<>(m);
            for (int j = 0; j < m; j++) out.add(count(t, best[j]));
            return out;
        }

        /** Every value of {@code dim} with a count, in label order. */
        List<SearchResult.Count> all(String dim) throws IOException {
            Tally t = tallies.get(dims.get(dim));
            if (t == null) return List.of();
            Integer[] idx = new Integer[t.ords.length];
            for (int i = 0; i < idx.length; i++) idx[i] = i;
            Arrays.sort(idx, (a, b) -> Integer.compare(t.ords[a], t.ords[b]));
            List<SearchResult.Count> out = new ArrayList<>(idx.length);
            for (int i : idx) out.add(count(t, i));
            return out;
        }

        private boolean better(Tally t, int a, int b) {
            return t.values[a] != t.values[b] ? t.values[a] > t.values[b] : t.ords[a] < t.ords[b];
        }

        private SearchResult.Count count(Tally t, int i) throws IOException {
            return new SearchResult.Count(label(t.dim.start + t.ords[i]), t.values[i]);
        }
    }
}
