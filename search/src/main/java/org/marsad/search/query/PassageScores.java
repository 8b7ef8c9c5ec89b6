package org.marsad.search.query;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct matched terms, times the position norm)
 * without its per-passage {@code BytesRefHash}: Lucene 9.12 builds one, with a 32 KB byte block,
 * for every candidate passage, which was half of all the memory a search allocated. A passage
 * holds a handful of matches, so the distinct terms are found by comparing each match with the
 * earlier ones. The terms are summed in order of first appearance, as Lucene does, so scores are
 * bit-for-bit Lucene's.
 */
final class PassageScores extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int n = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0d;
        for (int i = 0; i < n; i++) {
            if (seenBefore(terms, i)) continue;
            int inPassage = 1;
            for (int j = i + 1; j < n; j++) if (terms[j].bytesEquals(terms[i])) inPassage++;
            score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) if (terms[j].bytesEquals(terms[i])) return true;
        return false;
    }
}
