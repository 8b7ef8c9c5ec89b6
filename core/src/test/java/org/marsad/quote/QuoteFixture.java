package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Quote;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.TextStage;

/** Helpers shared by the quotation tests: run the extractor on a sentence, read its speaker. */
final class QuoteFixture {
    static final TextStage TEXT = new TextStage();
    static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private QuoteFixture() {}

    static List<Quote> quotes(String text) {
        return EXTRACTOR.extract(text, TEXT.tokens(text), SentenceSplitter.split(text), List.of());
    }

    static Quote only(String text) {
        List<Quote> q = quotes(text);
        assertThat(q).as("quotes in «%s»", text).hasSize(1);
        return q.get(0);
    }

    static String speaker(Quote q) {
        return q.speaker().map(Quote.Speaker::text).orElse(null);
    }

    /** A linked person mention of {@code name} where it first occurs in {@code text}. */
    static EntityMention person(String text, String name, EntityRef ref) {
        int s = text.indexOf(name);
        return new EntityMention(s, s + name.length(), name, EntityType.PER, Optional.of(ref), Optional.empty());
    }

    /** A mention of {@code name} starting at {@code start}, linked to {@code ref} when it is not null. */
    static EntityMention mentionAt(int start, String name, EntityType type, EntityRef ref) {
        return new EntityMention(start, start + name.length(), name, type, Optional.ofNullable(ref), Optional.empty());
    }

    /** A place mention of {@code name} where it first occurs in {@code text}, linked to {@code ref} when it is not null. */
    static EntityMention place(String text, String name, EntityRef ref) {
        return mentionAt(text.indexOf(name), name, EntityType.LOC, ref);
    }

    /** A knowledge-base place. */
    static EntityRef kbPlace(String id, String name, String nameEn) {
        return new EntityRef(id, name, Optional.of(nameEn), EntityType.LOC, Optional.empty());
    }

    static EntityRef localPerson(String name) {
        return new EntityRef("local:per/" + name.replace(' ', '-'), name, Optional.empty(), EntityType.PER, Optional.empty());
    }

    /** The quotations of {@code text}, with the entity stage's mentions given. */
    static List<Quote> quotesWith(String text, EntityMention... mentions) {
        return EXTRACTOR.extract(text, TEXT.tokens(text), SentenceSplitter.split(text), List.of(mentions));
    }

    /** The first quotation of {@code text}, with the entity stage's mentions given. */
    static Quote firstWith(String text, EntityMention... mentions) {
        return quotesWith(text, mentions).get(0);
    }
}
