package org.marsad.cli;

import org.marsad.article.Article;
import org.marsad.article.EntityMention;
import org.marsad.article.Keyword;
import org.marsad.article.Quote;
import org.marsad.article.TimeExpression;
import org.marsad.pipeline.Analysis;

/** A readable view of one analysed article for a person at a terminal. */
final class TextView {
    private TextView() {}

    static String render(Analysis a) {
        Article art = a.article();
        StringBuilder b = new StringBuilder();
        b.append("══ ").append(art.title().orElse("(no title)")).append('\n');
        b.append("id: ").append(art.id()).append("   source: ").append(describeSource(art)).append('\n');
        art.dateline().ifPresent(d -> b.append("dateline: ").append(d.text()).append("   place: ")
                .append(d.place() == null ? "-" : d.place()).append("   agency: ").append(d.agency().orElse("-")).append('\n'));
        b.append("published: ").append(art.published().orElse("-")).append("   encoding: ").append(art.encoding()).append('\n');
        b.append("\n");
        for (String para : art.body().split("\n")) b.append(para).append("\n\n");
        if (!art.boilerplate().isEmpty()) {
            b.append("── removed boilerplate (").append(art.boilerplate().size()).append(")\n");
            art.boilerplate().forEach(l -> b.append("  ✗ ").append(l).append('\n'));
        }
        if (!a.entities().isEmpty()) {
            b.append("── entities\n");
            for (EntityMention m : a.entities()) {
                b.append("  ").append(m.type()).append("  ").append(m.text());
                m.entity().ifPresent(e -> b.append("  → ").append(e.name()).append(e.nameEn().map(n -> " (" + n + ")").orElse("")));
                m.role().ifPresent(r -> b.append("  [").append(r).append(']'));
                b.append("  @").append(m.start()).append('\n');
            }
        }
        if (!a.quotes().isEmpty()) {
            b.append("── quotes\n");
            for (Quote q : a.quotes()) {
                b.append("  ").append(q.kind().json()).append("  ")
                        .append(q.speaker().map(Quote.Speaker::text).orElse("?")).append(" (").append(q.verb()).append("): «")
                        .append(q.text()).append("»\n");
            }
        }
        if (!a.dates().isEmpty()) {
            b.append("── dates\n");
            for (TimeExpression t : a.dates()) {
                b.append("  ").append(t.type()).append("  ").append(t.text()).append("  = ").append(t.value())
                        .append(t.mod().map(m -> " (" + m + ")").orElse("")).append('\n');
            }
        }
        a.topic().ifPresent(t -> b.append("── topic: ").append(t.label()).append(String.format(" (%.2f)%n", t.score())));
        if (!a.keywords().isEmpty()) {
            b.append("── keywords: ");
            for (int i = 0; i < a.keywords().size(); i++) {
                Keyword k = a.keywords().get(i);
                b.append(i == 0 ? "" : "، ").append(k.text());
            }
            b.append('\n');
        }
        a.summary().ifPresent(s -> b.append("── summary\n  ").append(s).append('\n'));
        b.append("── ").append(a.sentences().size()).append(" sentences, ").append(a.tokens().size()).append(" tokens\n");
        return b.toString();
    }

    private static String describeSource(Article art) {
        StringBuilder s = new StringBuilder();
        if (art.source().name() != null) s.append(art.source().name()).append(' ');
        if (art.source().url() != null) s.append(art.source().url()).append(' ');
        if (art.source().file() != null) s.append('[').append(art.source().file()).append(']');
        return s.toString().strip();
    }
}
