package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.article.Nationality;
import org.marsad.article.Span;
import org.marsad.article.Token;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;
import org.marsad.text.TextStage;

/**
 * The entities layer: the trained recogniser ({@link EntityRecognizer}) finds PER/LOC/ORG/MISC
 * mentions sentence by sentence, with the whole article as context; unambiguous knowledge-base
 * names it missed are added; then {@link EntityLinker} links mentions to the knowledge base or to
 * article-local identities, keeps titles as roles, and reports nationality adjectives apart.
 * Mention spans exclude attached clitics («بموسكو» → «موسكو»). Requires {@link Layer#TEXT};
 * provides {@link Layer#ENTITIES}. Thread-safe.
 */
public final class EntityStage implements Stage {
    private final EntityRecognizer recognizer;
    private final EntityLinker linker;

    public EntityStage(EntityRecognizer recognizer, KnowledgeBase kb) {
        this.recognizer = recognizer;
        this.linker = new EntityLinker(kb);
    }

    /** The stage with the shipped model and knowledge base. */
    public EntityStage() {
        this(EntityRecognizer.shipped(), KnowledgeBase.shipped());
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Analysis apply(Analysis in) {
        List<List<Token>> sentences = asProse(bySentence(in.tokens(), in.sentences()));
        EntityLinker.Result r = linker.link(in.body(), sentences, recognise(sentences));
        List<EntityMention> mentions = r.mentions();
        List<Nationality> nationalities = r.nationalities();
        return in.withEntities(mentions, nationalities);
    }

    /**
     * The sentences as prose: without the underscores that join a hashtag's words («#هيفاء_وهبي»)
     * and the hash mark written against a single word («المملكة العربية #السعودية», «جيمس #ماتيس»). The
     * recogniser and the linker read «هيفاء وهبي» and «المملكة العربية السعودية» as written in
     * prose, and a mention of such a name spans the underscore or the mark.
     */
    static List<List<Token>> asProse(List<List<Token>> sentences) {
        List<List<Token>> out = null;
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            List<Token> kept = null;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                boolean mark = underscore(t) || hashMark(tokens, i);
                if (mark && kept == null) kept = new ArrayList<>(tokens.subList(0, i));
                if (!mark && kept != null) kept.add(t);
            }
            if (kept != null && out == null) out = new ArrayList<>(sentences.subList(0, s));
            if (out != null) out.add(kept != null ? kept : tokens);
        }
        return out == null ? sentences : out;
    }

    private static boolean underscore(Token t) {
        return t.text().chars().allMatch(c -> c == '_');
    }

    /**
     * Whether token {@code i} is a «#» written against a word that it makes a hashtag of one word
     * («#السعودية»). A hashtag of several words joined by underscores («#اعتقال_الشيخ_ناصر_العمر»,
     * «#هيفاء_وهبي») keeps its mark: it is a unit of its own, a slogan or a name, not part of the prose around it.
     */
    private static boolean hashMark(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.text().equals("#") || i + 1 >= tokens.size()) return false;
        Token next = tokens.get(i + 1);
        if (next.start() != t.end() || !Character.isLetter(next.text().charAt(0))) return false;
        return i + 2 >= tokens.size() || tokens.get(i + 2).start() != next.end() || !underscore(tokens.get(i + 2));
    }

    /** The recogniser's mentions, sentence by sentence, with the whole list of sentences as context. */
    private List<EntityLinker.Found> recognise(List<List<Token>> sentences) {
        List<List<String>> words = new ArrayList<>(sentences.size());
        for (List<Token> s : sentences) {
            List<String> w = new ArrayList<>(s.size());
            for (Token t : s) w.add(t.text());
            words.add(w);
        }
        int[][] labels = recognizer.labels(words);
        TagSet tags = recognizer.tags();
        List<EntityLinker.Found> found = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int[] y = labels[s];
            for (int i = 0; i < y.length; i++) {
                if (y[i] == 0 || !tags.begins(y[i])) continue;
                found.add(new EntityLinker.Found(s, i, tags.end(y, i), tags.type(y[i])));
            }
        }
        return found;
    }

    /**
     * BIO tags for pre-tokenised sentences, as this stage marks them in an article whose body is
     * those sentences, one per line: the body is tokenised as any body is, the recogniser labels
     * it, and when {@code link} is true the linker completes the mentions as in {@link #apply}
     * (knowledge-base names the recogniser missed, surnames met alone, knowledge-base types,
     * kinship words left out), {@code block} sentences at a time as if each block were an article
     * (a gold file marks no article boundaries; the recogniser still sees the whole file). Every
     * word a mention overlaps gets its type. For {@code eval ner --level stage}: what
     * {@code analyze} outputs, scored on a gold file.
     */
    public List<List<String>> tagWords(List<List<String>> sentences, TextStage text, boolean link, int block) {
        StringBuilder body = new StringBuilder();
        int[][] starts = new int[sentences.size()][];
        int[][] ends = new int[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s);
            starts[s] = new int[words.size()];
            ends[s] = new int[words.size()];
            for (int k = 0; k < words.size(); k++) {
                if (k > 0) body.append(' ');
                starts[s][k] = body.length();
                body.append(words.get(k));
                ends[s][k] = body.length();
            }
            body.append('\n');
        }
        String b = body.toString();
        List<Token> all = text.tokens(b);
        List<List<Token>> grouped = new ArrayList<>(sentences.size());
        int t = 0;
        for (int s = 0; s < sentences.size(); s++) {
            int end = ends[s].length == 0 ? -1 : ends[s][ends[s].length - 1];
            List<Token> cur = new ArrayList<>();
            while (t < all.size() && all.get(t).start() < end) cur.add(all.get(t++));
            grouped.add(cur);
        }
        List<EntityLinker.Found> found = recognise(grouped);
        List<int[]> spans = new ArrayList<>(); // start, end, type ordinal
        if (link) {
            // the linker's reach is one article; a gold file has none marked, so blocks of sentences stand in for them
            for (int from = 0; from < grouped.size(); from += block) {
                int to = Math.min(grouped.size(), from + block);
                List<EntityLinker.Found> here = new ArrayList<>();
                for (EntityLinker.Found f : found) {
                    if (f.sentence() >= from && f.sentence() < to) here.add(new EntityLinker.Found(f.sentence() - from, f.first(), f.last(), f.type()));
                }
                for (EntityMention m : linker.link(blockBody(b, starts, from, to), grouped.subList(from, to), here).mentions()) {
                    spans.add(new int[] {m.start(), m.end(), m.type().ordinal()});
                }
            }
        } else {
            for (EntityLinker.Found f : found) {
                List<Token> tokens = grouped.get(f.sentence());
                spans.add(new int[] {tokens.get(f.first()).start(), tokens.get(f.last()).end(), f.type().ordinal()});
            }
        }
        spans.sort(java.util.Comparator.comparingInt(x -> x[0]));
        List<List<String>> out = new ArrayList<>(sentences.size());
        int m = 0;
        for (int s = 0; s < sentences.size(); s++) {
            List<String> tags = new ArrayList<>(starts[s].length);
            int[] previous = null;
            for (int k = 0; k < starts[s].length; k++) {
                while (m < spans.size() && spans.get(m)[1] <= starts[s][k]) m++;
                int[] span = m < spans.size() && spans.get(m)[0] < ends[s][k] ? spans.get(m) : null;
                if (span == null) tags.add("O");
                else tags.add((span == previous ? "I-" : "B-") + EntityType.values()[span[2]].name());
                previous = span;
            }
            out.add(tags);
        }
        return out;
    }

    /**
     * The body as the linker of one block should see it: the block's sentences [{@code from}, {@code to})
     * as written, every other character a space, so that offsets stay those of the whole file while
     * what the linker reads of the article as a whole (whether it writes «على» with its ى, whether it
     * writes every final ي as ى: {@link NameLookAlikes}) is read from the block alone, as from one article.
     */
    static String blockBody(String body, int[][] starts, int from, int to) {
        int start = from < starts.length ? firstStart(starts, from, to, body.length()) : body.length();
        int end = to < starts.length ? firstStart(starts, to, starts.length, body.length()) : body.length();
        if (start >= end) return " ".repeat(body.length());
        StringBuilder b = new StringBuilder(body.length());
        b.append(" ".repeat(start)).append(body, start, end).append(" ".repeat(body.length() - end));
        return b.toString();
    }

    /** The offset of the first word of the first non-empty sentence in [{@code from}, {@code to}), or {@code none}. */
    private static int firstStart(int[][] starts, int from, int to, int none) {
        for (int s = from; s < to; s++) if (starts[s].length > 0) return starts[s][0];
        return none;
    }

    /** Tokens grouped by the sentence span they start in; tokens outside every sentence form their own. */
    static List<List<Token>> bySentence(List<Token> tokens, List<Span> sentences) {
        List<List<Token>> out = new ArrayList<>();
        int k = 0;
        for (Span s : sentences) {
            List<Token> cur = new ArrayList<>();
            while (k < tokens.size() && tokens.get(k).start() < s.start()) out.add(List.of(tokens.get(k++)));
            while (k < tokens.size() && tokens.get(k).start() < s.end()) cur.add(tokens.get(k++));
            if (!cur.isEmpty()) out.add(cur);
        }
        while (k < tokens.size()) out.add(List.of(tokens.get(k++)));
        return out;
    }
}
