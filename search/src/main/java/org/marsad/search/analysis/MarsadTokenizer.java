package org.marsad.search.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.article.Span;

/**
 * A Lucene tokenizer over the core {@link org.marsad.text.Tokenizer}: words, numbers and URLs with
 * exact offsets into the field text; punctuation tokens are dropped. Reads the whole field value
 * (news articles are small), then emits its tokens. One instance per thread, as Lucene requires.
 */
public final class MarsadTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final StringBuilder text = new StringBuilder(4096);
    private final char[] buffer = new char[4096];
    private List<Span> spans = List.of();
    private int next;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (next < spans.size()) {
            Span s = spans.get(next++);
            char c = text.charAt(s.start());
            // punctuation, and the underscore between a hashtag's words, is no term
            if (!org.marsad.text.Tokenizer.isWordChar(c) || c == '_') continue;
            term.setEmpty().append(text, s.start(), s.end());
            offset.setOffset(correctOffset(s.start()), correctOffset(s.end()));
            posInc.setPositionIncrement(1);
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        int n;
        while ((n = input.read(buffer)) > 0) text.append(buffer, 0, n);
        spans = org.marsad.text.Tokenizer.tokenize(text);
        next = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int f = correctOffset(text.length());
        offset.setOffset(f, f);
    }

    @Override
    public void close() throws IOException {
        super.close();
        spans = List.of();
        text.setLength(0);
        if (text.capacity() > 1 << 20) text.trimToSize();
    }
}
