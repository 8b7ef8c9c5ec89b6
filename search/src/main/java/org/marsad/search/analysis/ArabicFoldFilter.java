package org.marsad.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.ArabicNormalizer;

/**
 * Folds each term with {@link ArabicNormalizer#normalize}: diacritics and tatweel removed, alef and
 * hamza carriers, alef maqsura, teh marbuta unified, Arabic-Indic digits to ASCII, Latin lower-cased.
 * A term that folds to nothing (a lone tatweel or mark) is dropped, its position kept.
 */
public final class ArabicFoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute posInc =
            addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);

    public ArabicFoldFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skipped = 0;
        while (input.incrementToken()) {
            String folded = ArabicNormalizer.normalize(term);
            if (folded.isEmpty()) {
                skipped += posInc.getPositionIncrement();
                continue;
            }
            if (!contentEquals(folded)) term.setEmpty().append(folded);
            if (skipped > 0) posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
            return true;
        }
        return false;
    }

    private boolean contentEquals(String s) {
        if (s.length() != term.length()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) != term.charAt(i)) return false;
        return true;
    }
}
