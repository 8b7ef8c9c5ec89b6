package org.marsad.search.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.marsad.article.Segment;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.WordFrequencies;

/**
 * Replaces each word by the form of its stem segment as the core {@link CliticSegmenter} finds it:
 * conjunctions, prepositions, the future particle, the article and pronoun suffixes are stripped
 * («وبموسكو» → «موسكو», «للحكومة» → «حكومة», «سيعقد» → «يعقد»). Runs on the surface form, before
 * folding, because the segmenter's corpus evidence is kept in light-folded spelling. Terms marked
 * as keywords pass unchanged.
 */
public final class CliticStemFilter extends TokenFilter {
    private static final int MIN_FUTURE_STEM_COUNT = 20;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final CliticSegmenter segmenter;
    private final WordFrequencies freq;

    public CliticStemFilter(TokenStream in, CliticSegmenter segmenter, WordFrequencies freq) {
        super(in);
        this.segmenter = segmenter;
        this.freq = freq;
    }

    /**
     * The verb without the future particle when the segmenter kept «سيعقد» whole: the word is
     * س + an imperfect prefix, and the corpus knows the rest better than the whole word.
     */
    private String futureStem() {
        if (term.length() < 5 || term.charAt(0) != 'س' || "يتنا".indexOf(term.charAt(1)) < 0) return null;
        String w = CliticSegmenter.lightFold(term);
        if (w.length() < 5) return null;
        String rest = w.substring(1);
        return freq.count(rest) >= Math.max(MIN_FUTURE_STEM_COUNT, freq.count(w)) ? rest : null;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (keyword.isKeyword() || term.length() < 3) return true;
        List<Segment> segments = segmenter.segment(term, 0, term.length());
        if (segments.size() == 1) {
            String rest = futureStem();
            if (rest != null) term.setEmpty().append(rest);
            return true;
        }
        for (Segment s : segments) {
            if (s.kind() == Segment.Kind.STEM) {
                term.setEmpty().append(s.form());
                break;
            }
        }
        return true;
    }
}
