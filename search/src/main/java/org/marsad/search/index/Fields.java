package org.marsad.search.index;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.marsad.search.analysis.ArabicSearchAnalyzers;

/**
 * Names of the index fields and facet dimensions, and the analyzer each text field uses: the one
 * place where the index schema is written down. Text fields named here are stemmed; every other
 * analysed field (names, places, sources, the {@code _exact} twins) is folded only.
 */
public final class Fields {
    public static final String ID = "id";
    public static final String STORY = "story";
    public static final String MINHASH = "minhash";
    public static final String TITLE = "title";
    public static final String TITLE_EXACT = "title_exact";
    public static final String BODY = "body";
    public static final String BODY_EXACT = "body_exact";
    public static final String SOURCE = "source";
    public static final String PLACE = "place";
    public static final String PERSON = "person";
    public static final String ORG = "org";
    public static final String MISC = "misc";
    public static final String TOPIC = "topic";
    public static final String SPEAKER = "speaker";
    public static final String QUOTE = "quote";
    public static final String PUBLISHED = "published";
    public static final String ANALYSIS = "analysis";
    /** Doc value with what a search hit shows ({@link HitFields}). */
    public static final String HIT = "hit";
    /** Suffix of the keyword field holding entity ids for an entity field, e.g. {@code person_id}. */
    public static final String ID_SUFFIX = "_id";

    /** Facet dimensions. */
    public static final String DIM_MONTH = "month";
    public static final String DIM_DAY = "day";

    public static final Set<String> STEMMED = Set.of(TITLE, BODY, QUOTE);

    private Fields() {}

    public static Analyzer analyzer() {
        Analyzer stemmed = ArabicSearchAnalyzers.stemmed();
        return ArabicSearchAnalyzers.perField(Map.of(TITLE, stemmed, BODY, stemmed, QUOTE, stemmed));
    }

    /** The facet configuration shared by the writer and the searcher. */
    public static FacetsConfig facets() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : new String[] {PERSON, PLACE, ORG, MISC, SPEAKER}) c.setMultiValued(dim, true);
        return c;
    }
}
