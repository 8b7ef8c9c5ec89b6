package org.marsad.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.article.Article;
import org.marsad.article.EntityMention;
import org.marsad.article.Keyword;
import org.marsad.article.Nationality;
import org.marsad.article.Quote;
import org.marsad.article.Span;
import org.marsad.article.TimeExpression;
import org.marsad.article.Token;
import org.marsad.article.Topic;

/**
 * An article with the analysis layers computed so far. Immutable: each stage returns a new
 * Analysis with its layer added through one of the {@code with...} methods, which also records the
 * layer in {@link #layers()}. All spans are offsets into {@code article().body()}.
 */
public record Analysis(Article article, Set<Layer> layers, List<Span> sentences, List<Token> tokens,
                       List<EntityMention> entities, List<Nationality> nationalities, List<Quote> quotes,
                       List<TimeExpression> dates, Optional<Topic> topic, List<Keyword> keywords,
                       Optional<String> summary) {
    public Analysis {
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        nationalities = List.copyOf(nationalities);
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
        keywords = List.copyOf(keywords);
    }

    /** An analysis with no layers yet. */
    public static Analysis of(Article article) {
        return new Analysis(article, Set.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), List.of(), Optional.empty());
    }

    public String body() {
        return article.body();
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    private Set<Layer> plus(Layer layer) {
        EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        s.add(layer);
        return s;
    }

    public Analysis withText(List<Span> newSentences, List<Token> newTokens) {
        return new Analysis(article, plus(Layer.TEXT), newSentences, newTokens, entities, nationalities,
                quotes, dates, topic, keywords, summary);
    }

    public Analysis withEntities(List<EntityMention> newEntities, List<Nationality> newNationalities) {
        return new Analysis(article, plus(Layer.ENTITIES), sentences, tokens, newEntities, newNationalities,
                quotes, dates, topic, keywords, summary);
    }

    public Analysis withQuotes(List<Quote> newQuotes) {
        return new Analysis(article, plus(Layer.QUOTES), sentences, tokens, entities, nationalities,
                newQuotes, dates, topic, keywords, summary);
    }

    public Analysis withDates(List<TimeExpression> newDates) {
        return new Analysis(article, plus(Layer.DATES), sentences, tokens, entities, nationalities,
                quotes, newDates, topic, keywords, summary);
    }

    public Analysis withTopic(Optional<Topic> newTopic) {
        return new Analysis(article, plus(Layer.TOPIC), sentences, tokens, entities, nationalities,
                quotes, dates, newTopic, keywords, summary);
    }

    public Analysis withKeywords(List<Keyword> newKeywords) {
        return new Analysis(article, plus(Layer.KEYWORDS), sentences, tokens, entities, nationalities,
                quotes, dates, topic, newKeywords, summary);
    }

    public Analysis withSummary(Optional<String> newSummary) {
        return new Analysis(article, plus(Layer.SUMMARY), sentences, tokens, entities, nationalities,
                quotes, dates, topic, keywords, newSummary);
    }
}
