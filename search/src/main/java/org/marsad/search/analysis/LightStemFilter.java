package org.marsad.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Applies {@link LightStemmer} to folded terms; keyword-marked terms pass unchanged. */
public final class LightStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final LightStemmer stemmer;

    public LightStemFilter(TokenStream in, LightStemmer stemmer) {
        super(in);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (keyword.isKeyword() || term.length() < 4) return true;
        String w = term.toString();
        String s = stemmer.stem(w);
        if (!s.equals(w)) term.setEmpty().append(s);
        return true;
    }
}
