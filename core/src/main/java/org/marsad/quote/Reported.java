package org.marsad.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.article.EntityMention;
import org.marsad.article.Quote;
import org.marsad.article.Span;
import org.marsad.article.Token;
import org.marsad.text.ReportingVerbs;

/**
 * Reported speech: a reporting verb or participle, its subject, then within a few words a
 * complementizer (أن، إن، بأن، إلى أن) or a colon not followed by a quote mark. The content runs
 * from after the complementizer (after the colon, keeping «إن») to the end of the sentence, or to
 * the next participle frame or direct quotation, whichever comes first. Stateless.
 */
final class Reported {
    private static final Set<String> COMPLEMENTIZERS = Set.of("ان", "بان", "انه", "انها", "بانه", "بانها", "انهم",
            "بانهم", "وان");
    private static final int MIN_WORDS = 3;
    private static final int COMPLEMENTIZER_WINDOW = 10;

    private Reported() {}

    static List<Quote> find(String body, List<Token> tokens, List<Span> sentences, List<QuoteMarks.Pair> pairs,
                            List<Quote> direct, Frame[] frames, List<EntityMention> entities) {
        List<Quote> out = new ArrayList<>();
        SpanIndex directIndex = new SpanIndex(direct, Quote::start, Quote::end);
        int coveredUntil = 0;
        for (int i = 0; i < frames.length; i++) {
            Frame f = frames[i];
            if (f == null || f.role() == ReportingVerbs.Role.ACCORDING_TO || tokens.get(i).start() < coveredUntil) continue;
            int[] subject = f.isParticiple() ? null : SpeakerPhrase.after(tokens, i);
            if (subject != null && f.speaker() != null) {
                // the frame's speaker may run further than the phrase («الشيخ علي الردفاني», past «علي»)
                int e = subject[1];
                while (e + 1 < tokens.size() && tokens.get(e + 1).end() <= f.speaker().end()) e++;
                subject = new int[] {subject[0], e};
            }
            int k = subject == null ? i + 1 : SpeakerPhrase.skipAddressee(tokens, SpeakerPhrase.skipRelative(tokens, subject[1] + 1));
            int comp = -1;
            boolean colon = false;
            for (int j = k; j < Math.min(tokens.size(), k + COMPLEMENTIZER_WINDOW); j++) {
                String n = tokens.get(j).norm();
                if (n.equals(":")) {
                    comp = j;
                    colon = true;
                    break;
                }
                if (COMPLEMENTIZERS.contains(n) && !inAbbreviation(tokens, j) && !insideName(tokens.get(j), entities)) {
                    comp = j;
                    break;
                }
                if (n.startsWith("\"") || QuoteMarks.isMark(tokens.get(j).text().charAt(0))) {
                    // «في اتصال هاتفي مع "الوطن" إنهم»: a short quoted name on the way is passed over
                    int after = SpeakerPhrase.quotedName(tokens, j);
                    if (after > 0 && j > k) {
                        j = after - 1;
                        continue;
                    }
                    break;
                }
                if (n.equals(".") && !abbreviationStop(tokens, j)) break;
                if (n.equals("؛") || n.equals("'") || frames[j] != null) break;
            }
            if (comp < 0 || comp + 1 >= tokens.size()) continue;
            int start = tokens.get(comp + 1).start();
            if (directIndex.startsWithin(start, 2)) continue; // the direct quotation carries it
            int end = Math.min(contentEnd(body, tokens, sentences, pairs, frames, comp + 1), nextDirect(directIndex, start));
            int[] span = QuoteExtractor.trim(body, start, end, false);
            if (span[1] <= span[0] || QuoteExtractor.countWords(tokens, span[0], span[1]) < MIN_WORDS) continue;
            if (directIndex.overlaps(span[0], span[1])) continue;
            out.add(new Quote(span[0], span[1], body.substring(span[0], span[1]), Quote.Kind.REPORTED,
                    QuoteExtractor.surfaceVerb(tokens.get(i)), Optional.ofNullable(f.speaker())));
            coveredUntil = colon ? span[0] : tokens.get(comp).end();
        }
        return out;
    }

    /**
     * Whether the token is a later word of a name («بي إن سبورتس»: its «إن» is no complementizer),
     * or the first word of a longer one («بان كي مون», folded like «بأن»); mentions sorted by start.
     */
    static boolean insideName(Token t, List<EntityMention> entities) {
        for (EntityMention m : entities) {
            if (m.start() == t.start() && m.end() > t.end()) return true;
            if (m.start() >= t.start()) break;
            if (t.start() < m.end()) return true;
        }
        return false;
    }

    /**
     * Whether token {@code j} is part of an abbreviation written with full stops («بنك إيه.إن.زد»,
     * «سي.إن.إن»): such a full stop ({@link #abbreviationStop}), or a word glued before one (the «إن»
     * of «سي.إن.إن» is no complementizer) or after one.
     */
    static boolean inAbbreviation(List<Token> tokens, int j) {
        return abbreviationStop(tokens, j) || abbreviationStop(tokens, j + 1) || abbreviationStop(tokens, j - 1);
    }

    /** Whether token {@code j} is a full stop glued between two letters («بي.بي.سي»). */
    static boolean abbreviationStop(List<Token> tokens, int j) {
        if (j < 1 || j + 1 >= tokens.size() || !tokens.get(j).text().equals(".")) return false;
        Token before = tokens.get(j - 1);
        Token after = tokens.get(j + 1);
        return before.end() == tokens.get(j).start() && after.start() == tokens.get(j).end()
                && Character.isLetter(before.text().charAt(before.text().length() - 1)) && Character.isLetter(after.text().charAt(0));
    }

    private static int contentEnd(String body, List<Token> tokens, List<Span> sentences, List<QuoteMarks.Pair> pairs,
                                  Frame[] frames, int from) {
        int start = tokens.get(from).start();
        int end = Frames.sentenceEnd(sentences, start, body.length());
        int nl = body.indexOf('\n', start);
        if (nl >= 0) end = Math.min(end, nl);
        for (int j = from + 1; j < tokens.size() && tokens.get(j).start() < end; j++) {
            if (frames[j] != null && frames[j].isParticiple()) return tokens.get(j).start();
            String n = tokens.get(j).norm();
            if ((n.equals("وقال") || n.equals("وتابع") || n.equals("واضاف")) && frames[j] != null) return tokens.get(j).start();
        }
        return end;
    }

    /** Where content starting at {@code start} must stop before the next direct quotation. */
    private static int nextDirect(SpanIndex direct, int start) {
        int next = direct.nextStartAfter(start);
        return next < 0 ? Integer.MAX_VALUE : Math.max(start, next - 1);
    }

    static boolean isComplementizer(String norm) {
        return COMPLEMENTIZERS.contains(norm);
    }
}
