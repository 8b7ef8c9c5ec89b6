package org.marsad.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts over the matching documents, in time proportional to the ordinals those documents
 * carry rather than to every ordinal of the index. Lucene's {@code SortedSetDocValuesFacetCounts}
 * allocates and scans an array as large as all facet values (every day, person, place...) per
 * request, which dominates small result sets; this counts into a per-thread array, remembers the
 * ordinals it touched, and resets only those (count arrays are pooled and reused). Results are the same: top values by count, ties in
 * ordinal (label) order. Thread-safe: one instance per reader; each request takes a count array from the pool.
 */
final class FacetCounter {
    private final SortedSetDocValuesReaderState state;
    /** Zeroed count arrays of {@code state.getSize()}: as many as requests ran at once, reused. */
    private final java.util.concurrent.ConcurrentLinkedQueue<int[]> scratch = new java.util.concurrent.ConcurrentLinkedQueue<>();

    FacetCounter(SortedSetDocValuesReaderState state) {
        this.state = state;
    }

    /** The counts of one request; read them with {@link Counts#top} and {@link Counts#all}, then close. */
    Counts count(FacetsCollector fc) throws IOException {
        int[] polled = scratch.poll();
        int[] counts = polled != null ? polled : new int[state.getSize()];
        int[] touched = new int[64];
        int n = 0;
        SortedSetDocValues global = state.getDocValues();
        OrdinalMap map = global instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
        try {
            for (FacetsCollector.MatchingDocs hits : fc.getMatchingDocs()) {
                if (hits.totalHits == 0) continue;
                SortedSetDocValues dv = hits.context.reader().getSortedSetDocValues(state.getField());
                DocIdSetIterator it = hits.bits == null ? null : hits.bits.iterator();
                if (dv == null || it == null) continue;
                LongValues toGlobal = map == null ? null : map.getGlobalOrds(hits.context.ord);
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    if (!dv.advanceExact(d)) continue;
                    for (int i = 0, k = dv.docValueCount(); i < k; i++) {
                        long o = dv.nextOrd();
                        int g = (int) (toGlobal == null ? o : toGlobal.get(o));
                        if (counts[g]++ == 0) {
                            if (n == touched.length) touched = Arrays.copyOf(touched, n * 2);
                            touched[n++] = g;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            for (int i = 0; i < n; i++) counts[touched[i]] = 0;
            scratch.offer(counts);
            throw e;
        }
        int[] ords = Arrays.copyOf(touched, n);
        Arrays.sort(ords);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = counts[ords[i]];
            counts[ords[i]] = 0;
        }
        scratch.offer(counts);    // all zero again
        return new Counts(global, ords, values);
    }

    /** One request's counts: the touched ordinals in ascending order and their counts. */
    final class Counts {
        private final SortedSetDocValues labels;
        private final int[] ords;
        private final int[] values;

        private Counts(SortedSetDocValues labels, int[] ords, int[] values) {
            this.labels = labels;
            this.ords = ords;
            this.values = values;
        }

        /** The {@code k} values of {@code dim} with the highest counts (ties by label order). */
        List<SearchResult.Count> top(String dim, int k) throws IOException {
            List<Integer> in = inDim(dim);
            in.sort((a, b) -> values[a] != values[b] ? Integer.compare(values[b], values[a]) : Integer.compare(ords[a], ords[b]));
            return labelled(in.subList(0, Math.min(k, in.size())));
        }

        /** Every value of {@code dim} with a count, in label order. */
        List<SearchResult.Count> all(String dim) throws IOException {
            return labelled(inDim(dim));
        }

        private List<Integer> inDim(String dim) {
            List<Integer> in = new ArrayList<>();
            SortedSetDocValuesReaderState.OrdRange r = state.getOrdRange(dim);
            if (r == null) return in;
            int from = Arrays.binarySearch(ords, r.start);
            for (int i = from < 0 ? -from - 1 : from; i < ords.length && ords[i] <= r.end; i++) in.add(i);
            return in;
        }

        private List<SearchResult.Count> labelled(List<Integer> idx) throws IOException {
            List<SearchResult.Count> out = new ArrayList<>(idx.size());
            for (int i : idx) {
                String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ords[i]).utf8ToString());
                out.add(new SearchResult.Count(path[path.length - 1], values[i]));
            }
            return out;
        }
    }
}
