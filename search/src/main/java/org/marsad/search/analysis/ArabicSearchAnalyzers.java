package org.marsad.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.WordFrequencies;

/**
 * Marsad's two analysis chains, both over the core text layer's algorithms:
 * <ul>
 *   <li>{@link #stemmed()}: tokenize → strip clitics ({@link CliticStemFilter}) → fold
 *       ({@link ArabicFoldFilter}) → drop stop words → light stem ({@link LightStemFilter}); for recall.</li>
 *   <li>{@link #normalized()}: tokenize → fold; no stemming, for exact matching and names.</li>
 * </ul>
 * The stop words are Lucene's Arabic list, folded the same way as the terms ("the order here is
 * important": the list must be in the form the filter sees). Analyzers are thread-safe.
 */
public final class ArabicSearchAnalyzers {
    private static final CharArraySet STOP_WORDS = foldedStopWords();

    private ArabicSearchAnalyzers() {}

    public static Analyzer stemmed() {
        return stemmed(CliticSegmenter.shipped(), WordFrequencies.shipped());
    }

    public static Analyzer stemmed(CliticSegmenter segmenter, WordFrequencies freq) {
        LightStemmer stemmer = new LightStemmer(freq);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                MarsadTokenizer source = new MarsadTokenizer();
                TokenStream s = new CliticStemFilter(source, segmenter, freq);
                s = new ArabicFoldFilter(s);
                s = new StopFilter(s, STOP_WORDS);
                s = new LightStemFilter(s, stemmer);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    public static Analyzer normalized() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                MarsadTokenizer source = new MarsadTokenizer();
                return new TokenStreamComponents(source, new ArabicFoldFilter(source));
            }
        };
    }

    /** The analyzer per index field: stemmed for text fields, normalised for the rest. */
    public static Analyzer perField(Map<String, Analyzer> stemmedFields) {
        return new PerFieldAnalyzerWrapper(normalized(), stemmedFields);
    }

    /** True when the folded word is a stop word of the stemmed chain. */
    public static boolean isStopWord(String folded) {
        return STOP_WORDS.contains(folded);
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet out = new CharArraySet(512, false);
        for (Object w : ArabicAnalyzer.getDefaultStopSet()) {
            out.add(ArabicNormalizer.normalize(new String((char[]) w)));
        }
        return CharArraySet.unmodifiableSet(out);
    }
}
