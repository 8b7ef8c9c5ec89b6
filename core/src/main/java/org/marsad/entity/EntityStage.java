package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.article.EntityMention;
import org.marsad.article.Nationality;
import org.marsad.article.Span;
import org.marsad.article.Token;
import org.marsad.pipeline.Analysis;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;

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
        List<List<Token>> sentences = bySentence(in.tokens(), in.sentences());
        List<List<String>> words = new ArrayList<>(sentences.size());
        for (List<Token> s : sentences) {
            List<String> w = new ArrayList<>(s.size());
            for (Token t : s) w.add(t.text());
            words.add(w);
        }
        int[][] labels = recognizer.labels(words);
        List<EntityLinker.Found> found = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            int[] y = labels[s];
            for (int i = 0; i < y.length; i++) {
                if (y[i] == 0 || TagSet.LABELS.get(y[i]).startsWith("I-")) continue;
                int j = i;
                while (j + 1 < y.length && y[j + 1] == y[i] + 1) j++;
                found.add(new EntityLinker.Found(s, i, j, TagSet.type(y[i])));
            }
        }
        EntityLinker.Result r = linker.link(in.body(), sentences, found);
        List<EntityMention> mentions = r.mentions();
        List<Nationality> nationalities = r.nationalities();
        return in.withEntities(mentions, nationalities);
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
