package org.marsad.topic;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.marsad.article.EntityMention;
import org.marsad.article.Nationality;
import org.marsad.article.Span;
import org.marsad.article.Token;

/**
 * What the entity stage, when it ran before the topic stage, marked on each token, as the
 * {@link KeywordExtractor} reads it.
 *
 * @param nameAt        the index of the recognised name a token is in, or -1 outside names
 * @param nameStart     where the name a token is in begins, in body offsets, when it begins within
 *                      the token, or -1 (the entity stage may take a letter the segmenter read as a
 *                      clitic: «بدوي» is a name, not ب + دوي)
 * @param nationalityAt whether a token is a nationality adjective linked to a country
 */
public record NameMarks(IntUnaryOperator nameAt, IntUnaryOperator nameStart, IntPredicate nationalityAt) {
    /** No entity stage ran: no names, no adjectives. */
    public static final NameMarks NONE = new NameMarks(i -> -1, i -> -1, i -> false);

    /** The marks of {@code tokens} given the entity stage's mentions and nationality adjectives. */
    public static NameMarks of(List<Token> tokens, List<EntityMention> entities, List<Nationality> nationalities) {
        if (entities.isEmpty() && nationalities.isEmpty()) return NONE;
        List<Span> names = entities.stream().map(m -> new Span(m.start(), m.end())).toList();
        int[] inside = spanAt(tokens, names);
        int[] start = new int[tokens.size()];
        for (int i = 0; i < start.length; i++) {
            Token t = tokens.get(i);
            int s = inside[i] < 0 ? -1 : names.get(inside[i]).start();
            start[i] = s >= t.start() ? s : -1;
        }
        int[] adjective = spanAt(tokens, nationalities.stream().map(n -> new Span(n.start(), n.end()))
                .sorted(Comparator.comparingInt(Span::start)).toList());
        return new NameMarks(i -> inside[i], i -> start[i], i -> adjective[i] >= 0);
    }

    /** For each token, the index of the last of {@code spans} (sorted by start) that overlaps it, or -1. */
    private static int[] spanAt(List<Token> tokens, List<Span> spans) {
        int[] at = new int[tokens.size()];
        Arrays.fill(at, -1);
        int k = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (k < spans.size() && spans.get(k).end() <= t.start()) k++;
            for (int j = k; j < spans.size() && spans.get(j).start() < t.end(); j++) {
                if (spans.get(j).end() > t.start()) at[i] = j;
            }
        }
        return at;
    }
}
