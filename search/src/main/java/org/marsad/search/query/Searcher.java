package org.marsad.search.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.marsad.json.AnalysisJson;
import org.marsad.pipeline.Analysis;
import org.marsad.search.analysis.ArabicSearchAnalyzers;
import org.marsad.search.index.Fields;
import org.marsad.search.index.HitFields;
import org.marsad.search.index.PackedText;

/**
 * Searches a Marsad index: parses the query ({@link QueryParser}), ranks or sorts the matches,
 * collapses story copies, highlights snippets, counts facets and the date histogram. Opens the
 * index's last commit; {@link #close} releases it. Thread-safe: one Searcher serves many threads.
 */
public final class Searcher implements Closeable {
    private static final int FACET_SIZE = 10;
    private static final int MAX_COPY_SOURCES = 8;
    private static final Set<String> HIT = Set.of(Fields.ID, Fields.TITLE, Fields.SOURCE, Fields.PUBLISHED, Fields.STORY);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryParser parser;
    private final Snippets snippets;
    private final StoryTable stories;
    private final FacetCounter facetCounter;

    private Searcher(DirectoryReader reader) throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.parser = new QueryParser(ArabicSearchAnalyzers.stemmed(), ArabicSearchAnalyzers.normalized());
        this.snippets = new Snippets(searcher, Fields.analyzer());
        this.stories = StoryTable.build(reader);
        this.facetCounter = hasFacets(reader)
                ? new FacetCounter(new DefaultSortedSetDocValuesReaderState(reader, Fields.facets())) : null;
    }

    /** Opens the index in {@code dir}; fails with a clear message when there is none. */
    public static Searcher open(Path dir) throws IOException {
        FSDirectory d = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(d)) {
            d.close();
            throw new IOException("no Marsad index in " + dir + " (create one with 'marsad ingest PATH --index " + dir + "')");
        }
        return new Searcher(DirectoryReader.open(d));
    }

    public int size() {
        return reader.numDocs();
    }

    public SearchResult search(SearchRequest r) throws QueryException, IOException {
        Query q = parser.parse(r.query(), r.exact());
        int want = r.offset() + r.limit();
        int fetch = r.collapse() ? Math.max(want * 4, want + 20) : want;
        Sort sort = r.order() == SearchRequest.Order.DATE
                ? new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_SCORE) : null;
        FacetsCollectorManager.FacetsResult res = sort == null
                ? FacetsCollectorManager.search(searcher, q, Math.max(1, fetch), new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, q, Math.max(1, fetch), sort, true, new FacetsCollectorManager());
        TopDocs top = res.topDocs();
        List<ScoreDoc> page = page(top.scoreDocs, r);
        int[] pageDocs = page.stream().mapToInt(sd -> sd.doc).toArray();
        Document[] docs = hitFields(pageDocs);
        String[] texts = packed(pageDocs, Fields.BODY);
        Map<Integer, String> bodies = new java.util.HashMap<>();
        for (int i = 0; i < pageDocs.length; i++) bodies.put(pageDocs[i], texts[i]);
        List<String> snips = snippets.of(q, page, bodies);
        List<SearchResult.Hit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) hits.add(hit(page.get(i), docs[i], snips.get(i), r.collapse()));
        Map<String, List<SearchResult.Count>> facets = new LinkedHashMap<>();
        List<SearchResult.Count> histogram = List.of();
        if (facetCounter != null && (!r.facets().isEmpty() || r.histogram() != SearchRequest.Histogram.NONE)) {
            String bucket = switch (r.histogram()) {
                case DAY -> Fields.DIM_DAY;
                case MONTH -> Fields.DIM_MONTH;
                case NONE -> null;
            };
            List<String> dims = new ArrayList<>(r.facets());
            if (bucket != null) dims.add(bucket);
            FacetCounter.Counts counts = facetCounter.count(res.facetsCollector(), dims);
            for (String dim : r.facets()) facets.put(dim, counts.top(dim, FACET_SIZE));
            // day and month labels are ISO dates (yyyy-MM[-dd]), so label order is date order
            if (bucket != null) histogram = counts.all(bucket);
        }
        return new SearchResult(top.totalHits.value, hits, facets, histogram);
    }

    /** The page of hits, keeping only each story's best hit when collapsing. */
    private List<ScoreDoc> page(ScoreDoc[] docs, SearchRequest r) throws IOException {
        List<ScoreDoc> out = new ArrayList<>();
        Set<Integer> seen = new java.util.HashSet<>();
        int skipped = 0;
        for (ScoreDoc sd : docs) {
            // a document without a story is a story of its own (-1 - doc never clashes with an ordinal)
            if (r.collapse() && !seen.add(stories.story(sd.doc) >= 0 ? stories.story(sd.doc) : -1 - sd.doc)) continue;
            if (skipped < r.offset()) {
                skipped++;
                continue;
            }
            if (out.size() == r.limit()) break;
            out.add(sd);
        }
        return out;
    }

    private SearchResult.Hit hit(ScoreDoc sd, String snippet, boolean collapse) throws IOException {
        return hit(sd, hitFields(new int[] {sd.doc})[0], snippet, collapse);
    }

    /** The fields each of {@code docs} shows as a hit, from {@link HitFields} doc values. */
    private Document[] hitFields(int[] docs) throws IOException {
        return orStored(HitFields.read(reader, docs), docs, (stored, doc) -> stored.document(doc, HIT));
    }

    private SearchResult.Hit hit(ScoreDoc sd, Document d, String snippet, boolean collapse) throws IOException {
        String story = d.get(Fields.STORY);
        int copies = 1;
        List<String> sources = new ArrayList<>();
        if (collapse && story != null) {
            int ord = stories.story(sd.doc);
            copies = Math.max(1, ord >= 0 ? stories.copies(ord) : 1);
            Set<String> names = new LinkedHashSet<>();
            // sources of the first copies (in document order) only: a story can have hundreds
            int[] first = copies == 1 || ord < 0 ? new int[] {sd.doc} : stories.firstCopies(ord, 2 * MAX_COPY_SOURCES);
            for (int c : first) {
                String s = c == sd.doc ? d.get(Fields.SOURCE) : stories.hasSources() ? stories.source(c)
                        : searcher.storedFields().document(c, Set.of(Fields.SOURCE)).get(Fields.SOURCE);
                if (s != null && names.size() < MAX_COPY_SOURCES) names.add(s);
            }
            sources.addAll(names);
        }
        Number ms = d.getField(Fields.PUBLISHED) == null ? null : d.getField(Fields.PUBLISHED).numericValue();
        return new SearchResult.Hit(d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.SOURCE),
                ms == null ? null : Instant.ofEpochMilli(ms.longValue()).toString(),
                Float.isNaN(sd.score) ? 0f : sd.score, snippet, story, copies, sources);
    }

    private String stored(int doc, String field) throws IOException {
        String v = searcher.storedFields().document(doc, Set.of(field)).get(field);
        return v == null ? "doc" + doc : v;
    }

    /** Every copy of the story that article or story {@code id} belongs to, oldest first. */
    public List<SearchResult.Hit> story(String id) throws IOException {
        String story = id;
        TopDocs byId = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (byId.scoreDocs.length > 0) story = stored(byId.scoreDocs[0].doc, Fields.STORY);
        Sort sort = new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, false));
        TopDocs all = searcher.search(new TermQuery(new Term(Fields.STORY, story)), 1000, sort);
        List<SearchResult.Hit> out = new ArrayList<>();
        for (ScoreDoc sd : all.scoreDocs) out.add(hit(sd, "", false));
        return out;
    }

    /** The stored analysis of article {@code id}, without re-analysis. */
    public Optional<Analysis> analysis(String id) throws IOException {
        TopDocs byId = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (byId.scoreDocs.length == 0) return Optional.empty();
        int[] doc = {byId.scoreDocs[0].doc};
        ObjectNode json = (ObjectNode) AnalysisJson.MAPPER.readTree(packed(doc, Fields.ANALYSIS)[0]);
        json.put("body", packed(doc, Fields.BODY)[0]);
        return Optional.of(AnalysisJson.read(json.toString()));
    }

    /** Field {@code field} of each of {@code docs} from its {@link PackedText} doc value. */
    private String[] packed(int[] docs, String field) throws IOException {
        return orStored(PackedText.read(reader, field, docs), docs, (stored, doc) -> stored.document(doc, Set.of(field)).get(field));
    }

    /** Reads a document's value from stored fields. */
    private interface FromStored<T> {
        T read(StoredFields stored, int doc) throws IOException;
    }

    /**
     * {@code values} with each null entry read from stored fields instead: indexes written before
     * hit fields, body and analysis moved to doc values. One StoredFields for all, as each
     * storedFields() call clones a reader per segment.
     */
    private <T> T[] orStored(T[] values, int[] docs, FromStored<T> fromStored) throws IOException {
        StoredFields stored = null;
        for (int i = 0; i < docs.length; i++) {
            if (values[i] != null) continue;
            if (stored == null) stored = searcher.storedFields();
            values[i] = fromStored.read(stored, docs[i]);
        }
        return values;
    }

    private static boolean hasFacets(DirectoryReader r) throws IOException {
        for (var leaf : r.leaves()) {
            if (leaf.reader().getSortedSetDocValues(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) return true;
        }
        return false;
    }

    /** Closes the reader and its directory. */
    @Override
    public void close() throws IOException {
        var dir = reader.directory();
        reader.close();
        dir.close();
    }
}
