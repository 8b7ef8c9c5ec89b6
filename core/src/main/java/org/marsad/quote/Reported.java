package org.marsad.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.article.Quote;
import org.marsad.article.Span;
import org.marsad.article.Token;

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
                            List<Quote> direct, Frame[] frames) {
        List<Quote> out = new ArrayList<>();
        DirectQuotes directIndex = new DirectQuotes(direct);
        int coveredUntil = 0;
        for (int i = 0; i < frames.length; i++) {
            Frame f = frames[i];
            if (f == null || f.role() == ReportingVerbs.Role.ACCORDING_TO || tokens.get(i).start() < coveredUntil) continue;
            int[] subject = f.isParticiple() ? null : SpeakerPhrase.after(tokens, i);
            int k = subject == null ? i + 1 : SpeakerPhrase.skipRelative(tokens, subject[1] + 1);
            int comp = -1;
            boolean colon = false;
            for (int j = k; j < Math.min(tokens.size(), k + COMPLEMENTIZER_WINDOW); j++) {
                String n = tokens.get(j).norm();
                if (n.equals(":")) {
                    comp = j;
                    colon = true;
                    break;
                }
                if (COMPLEMENTIZERS.contains(n)) {
                    comp = j;
                    break;
                }
                if (n.equals(".") || n.equals("؛") || n.startsWith("\"") || n.equals("'") || frames[j] != null) break;
            }
            if (comp < 0 || comp + 1 >= tokens.size()) continue;
            int start = tokens.get(comp + 1).start();
            if (directIndex.startsNear(start)) continue; // the direct quotation carries it
            int end = Math.min(contentEnd(body, tokens, sentences, pairs, frames, comp + 1), directIndex.nextAfter(start));
            int[] span = QuoteExtractor.trim(body, start, end, false);
            if (span[1] <= span[0] || QuoteExtractor.countWords(tokens, span[0], span[1]) < MIN_WORDS) continue;
            if (directIndex.overlaps(span[0], span[1])) continue;
            out.add(new Quote(span[0], span[1], body.substring(span[0], span[1]), Quote.Kind.REPORTED,
                    QuoteExtractor.surfaceVerb(tokens.get(i)), Optional.ofNullable(f.speaker())));
            coveredUntil = colon ? span[0] : tokens.get(comp).end();
        }
        return out;
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

    static boolean isComplementizer(String norm) {
        return COMPLEMENTIZERS.contains(norm);
    }

    /**
     * Direct quotations indexed for the look-ups reported speech needs, each in O(log n): sorted
     * starts, and the furthest end among the quotations that start at or before each one.
     */
    private static final class DirectQuotes {
        private final int[] starts;
        private final int[] maxEnd;

        DirectQuotes(List<Quote> direct) {
            List<Quote> sorted = new ArrayList<>(direct);
            sorted.sort(java.util.Comparator.comparingInt(Quote::start));
            starts = new int[sorted.size()];
            maxEnd = new int[sorted.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = sorted.get(i).start();
                maxEnd[i] = Math.max(sorted.get(i).end(), i > 0 ? maxEnd[i - 1] : 0);
            }
        }

        /** Index of the first quotation starting at or after {@code pos}. */
        private int firstFrom(int pos) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < pos) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /** Whether a direct quotation starts within two characters after {@code start}. */
        boolean startsNear(int start) {
            int i = firstFrom(start);
            return i < starts.length && starts[i] <= start + 2;
        }

        /** Where content starting at {@code start} must stop before the next direct quotation. */
        int nextAfter(int start) {
            int i = firstFrom(start + 1);
            return i < starts.length ? Math.max(start, starts[i] - 1) : Integer.MAX_VALUE;
        }

        /** Whether any direct quotation overlaps [start, end). */
        boolean overlaps(int start, int end) {
            int i = firstFrom(end);  // quotations before i start before end
            return i > 0 && maxEnd[i - 1] > start;
        }
    }
}
