package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.article.Segment;
import org.marsad.article.Span;
import org.marsad.article.Token;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;

/**
 * The text layer: sentences, tokens with their folded forms and clitic segments, all with offsets
 * into the body. Requires nothing; provides {@link Layer#TEXT}. Thread-safe.
 */
public final class TextStage implements Stage {
    private final CliticSegmenter segmenter;

    public TextStage(CliticSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    public TextStage() {
        this(CliticSegmenter.shipped());
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Analysis apply(Analysis in) {
        String body = in.body();
        return in.withText(SentenceSplitter.split(body), tokens(body));
    }

    /** Tokens of {@code text} with folded forms and segments. */
    public List<Token> tokens(String text) {
        List<Span> spans = Tokenizer.tokenize(text);
        List<Token> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            String surface = text.substring(s.start(), s.end());
            List<Segment> segments = segmenter.segment(text, s.start(), s.end(), surface);
            out.add(new Token(s.start(), s.end(), surface, ArabicNormalizer.normalize(surface), segments));
        }
        return out;
    }
}
