package org.marsad.topic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.article.Span;
import org.marsad.article.Token;
import org.marsad.article.Topic;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;
import org.marsad.text.TextStage;

/**
 * Topic, keywords and summary in one pass over the text layer: the content-word keys are
 * computed once and shared by the classifier ({@link TopicModel}), the {@link KeywordExtractor}
 * and the {@link Summarizer}. Requires {@link Layer#TEXT}; provides {@link Layer#TOPIC},
 * {@link Layer#KEYWORDS} and {@link Layer#SUMMARY}. The title, when the article has one, is
 * tokenised here and used only as classifier evidence. An article with no known content word
 * gets no topic rather than the label prior. The article's source name ({@code Source.name()})
 * selects the model's per-outlet weights when the model has that outlet's; any other source is
 * scored by the shared weights alone. Thread-safe after construction.
 */
public final class TopicStage implements Stage {
    /** Where the lead ends for the keyword position bonus: the first sentences up to this offset. */
    static final int LEAD_CHARS = 400;

    private final TopicModel model;
    private final TopicFeatures features;
    private final KeywordExtractor keywords;
    private final Summarizer summarizer;
    private final TextStage titles;
    private final boolean useOutlet;

    public TopicStage(TopicModel model, DocumentFrequencies df, StopWords stopWords, int summaryBudget, TextStage titles) {
        this(model, df, stopWords, summaryBudget, titles, true);
    }

    /**
     * @param useOutlet whether the article's source name selects the model's per-outlet weights
     *                  (false: every article is scored as from an unknown outlet)
     */
    public TopicStage(TopicModel model, DocumentFrequencies df, StopWords stopWords, int summaryBudget, TextStage titles,
                      boolean useOutlet) {
        this.useOutlet = useOutlet;
        this.model = model;
        this.features = new TopicFeatures(new ContentWords(stopWords));
        this.keywords = new KeywordExtractor(df);
        this.summarizer = new Summarizer(df, summaryBudget);
        this.titles = titles;
    }

    /** The stage with the shipped model, statistics and stop words, and a 300-character summary budget. */
    public TopicStage() {
        this(true);
    }

    /** The shipped stage; {@code useOutlet} false ignores the article's source (as for an outlet the model never saw). */
    public TopicStage(boolean useOutlet) {
        this(useOutlet, Summarizer.DEFAULT_BUDGET);
    }

    /** The shipped stage with summaries of at most {@code summaryBudget} characters. */
    public TopicStage(boolean useOutlet, int summaryBudget) {
        this(TopicModel.shipped(), DocumentFrequencies.shipped(), StopWords.shipped(), summaryBudget, new TextStage(), useOutlet);
    }

    @Override
    public String name() {
        return "topic";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TOPIC, Layer.KEYWORDS, Layer.SUMMARY);
    }

    @Override
    public Analysis apply(Analysis in) {
        String body = in.body();
        List<Token> tokens = in.tokens();
        String[] keys = features.words().keys(tokens);
        List<Token> title = in.article().title().map(titles::tokens).orElse(List.of());
        Map<String, Integer> counts = features.of(body, tokens, keys, title);
        String outlet = useOutlet ? TopicModel.outletKey(in.article().source().name()) : null;
        Optional<Topic> topic = model.knows(counts) ? Optional.of(model.classify(counts, outlet)) : Optional.empty();
        return in.withTopic(topic)
                .withKeywords(keywords.extract(body, tokens, keys, leadEnd(in.sentences()),
                        NameMarks.of(tokens, in.entities(), in.nationalities())))
                .withSummary(summarizer.summarize(body, in.sentences(), tokens, keys));
    }

    private static int leadEnd(List<Span> sentences) {
        int end = 0;
        for (Span s : sentences) {
            if (s.start() > LEAD_CHARS) break;
            end = s.end();
        }
        return end;
    }
}
