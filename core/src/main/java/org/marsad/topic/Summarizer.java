package org.marsad.topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.article.Span;
import org.marsad.article.Token;

/**
 * An extractive summary: one to three whole sentences of the body, in body order, whose length
 * with separating spaces stays within a character budget. Sentences are ranked by position (wire
 * copy usually leads with the news) and centrality (cosine between the sentence's content-word
 * vector and the whole article's, idf-weighted). A first sentence that is a whole statement
 * opens the summary whatever its rank; a lead that is a teaser question or only a dateline phrase
 * (a fragment) does not, and the sentence that carries the story takes its place. Fragments (fewer than
 * {@link #MIN_WORDS} words), sentences that introduce a quotation or list (ending in «:»),
 * sentences longer than the budget, and headlines are never chosen. A headline is a line of its own
 * of at most {@link #MAX_HEADLINE_WORDS} words with no sentence punctuation at its end: a subheading
 * («نزاع تجاري وتكنولوجي»), or the title of a related story that a page set between the paragraphs
 * (BBC's «قس أمريكي يحاكم في تركيا بتهمة دعم جماعة فتح الله غولن»), unless the text has nothing
 * else (a poem). The body is already free of boilerplate (the cleaner keeps it aside). Thread-safe.
 */
public final class Summarizer {
    public static final int DEFAULT_BUDGET = 300;
    static final int MAX_SENTENCES = 3;
    static final int MIN_WORDS = 5;
    static final double POSITION_WEIGHT = 0.45;
    static final int MAX_HEADLINE_WORDS = 12;

    private final DocumentFrequencies df;
    private final int budget;

    public Summarizer(DocumentFrequencies df, int budget) {
        if (budget < 1) throw new IllegalArgumentException("summary budget must be positive: " + budget);
        this.df = df;
        this.budget = budget;
    }

    /** The summary, or empty when no sentence is a whole, real sentence within the budget. */
    public Optional<String> summarize(String body, List<Span> sentences, List<Token> tokens, String[] keys) {
        int n = sentences.size();
        if (n == 0) return Optional.empty();
        List<Map<String, Integer>> vectors = new ArrayList<>(n);
        int[] words = new int[n];
        Map<String, Integer> doc = new HashMap<>();
        int t = 0;
        for (int s = 0; s < n; s++) {
            Span span = sentences.get(s);
            Map<String, Integer> v = new HashMap<>();
            while (t < tokens.size() && tokens.get(t).start() < span.end()) {
                if (tokens.get(t).start() >= span.start()) {
                    if (Character.isLetterOrDigit(tokens.get(t).text().charAt(0))) words[s]++;
                    if (keys[t] != null) {
                        v.merge(keys[t], 1, Integer::sum);
                        doc.merge(keys[t], 1, Integer::sum);
                    }
                }
                t++;
            }
            vectors.add(v);
        }
        Map<String, Double> idf = new HashMap<>(doc.size() * 2);
        for (String k : doc.keySet()) idf.put(k, df.idf(k));
        double docNorm = norm(doc, idf);
        double[] score = new double[n];
        double maxCentrality = 1e-9;
        for (int s = 0; s < n; s++) {
            score[s] = cosine(vectors.get(s), doc, docNorm, idf);
            maxCentrality = Math.max(maxCentrality, score[s]);
        }
        List<Integer> eligible = new ArrayList<>();
        List<Integer> headlines = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            Span span = sentences.get(s);
            score[s] = (1 - POSITION_WEIGHT) * score[s] / maxCentrality + POSITION_WEIGHT / Math.sqrt(s + 1.0);
            if (words[s] >= MIN_WORDS && span.end() - span.start() <= budget && !endsWithColon(body, span)) {
                (words[s] <= MAX_HEADLINE_WORDS && headline(body, span) ? headlines : eligible).add(s);
            }
        }
        // a text of headline-like lines only (a poem, a list of items) is summarised by them
        if (eligible.isEmpty()) eligible = headlines;
        eligible.sort((a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
        // wire copy leads with the news: a first sentence that is a whole statement (not a teaser
        // question) opens the summary whatever its centrality
        if (eligible.contains(0) && !endsWithQuestion(body, sentences.get(0))) {
            eligible.remove(Integer.valueOf(0));
            eligible.add(0, 0);
        }
        List<Integer> chosen = new ArrayList<>();
        int used = 0;
        for (int s : eligible) {
            int len = sentences.get(s).end() - sentences.get(s).start() + (chosen.isEmpty() ? 0 : 1);
            if (used + len > budget) continue;
            chosen.add(s);
            used += len;
            if (chosen.size() == MAX_SENTENCES) break;
        }
        if (chosen.isEmpty()) return Optional.empty();
        chosen.sort(null);
        StringBuilder b = new StringBuilder(used);
        for (int s : chosen) {
            if (b.length() > 0) b.append(' ');
            b.append(body, sentences.get(s).start(), sentences.get(s).end());
        }
        return Optional.of(b.toString());
    }

    /** Whether {@code span} is a whole line of the body that ends with no sentence punctuation (nor a closing quote). */
    private static boolean headline(String body, Span span) {
        int from = span.start();
        while (from > 0 && body.charAt(from - 1) != '\n' && Character.isWhitespace(body.charAt(from - 1))) from--;
        int to = span.end();
        while (to < body.length() && body.charAt(to) != '\n' && Character.isWhitespace(body.charAt(to))) to++;
        if ((from > 0 && body.charAt(from - 1) != '\n') || (to < body.length() && body.charAt(to) != '\n')) return false;
        char last = body.charAt(span.end() - 1);
        return ".!?؟…\"”»)'".indexOf(last) < 0;
    }

    private static boolean endsWithQuestion(String body, Span span) {
        String t = body.substring(span.start(), span.end()).strip();
        return t.endsWith("؟") || t.endsWith("?");
    }

    private static boolean endsWithColon(String body, Span span) {
        char last = body.charAt(span.end() - 1);
        return last == ':' || last == '\uFE55';
    }

    private static double norm(Map<String, Integer> v, Map<String, Double> idf) {
        double sum = 0;
        for (Map.Entry<String, Integer> e : v.entrySet()) {
            double w = e.getValue() * idf.get(e.getKey());
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    private static double cosine(Map<String, Integer> s, Map<String, Integer> doc, double docNorm, Map<String, Double> idf) {
        if (s.isEmpty() || docNorm == 0) return 0;
        double dot = 0;
        for (Map.Entry<String, Integer> e : s.entrySet()) {
            double w = idf.get(e.getKey());
            dot += e.getValue() * w * doc.get(e.getKey()) * w;
        }
        return dot / (norm(s, idf) * docNorm);
    }
}
