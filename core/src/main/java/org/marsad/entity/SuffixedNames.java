package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;

/**
 * Names take no pronoun suffix, so a mention whose last word the segmenter split into a stem and
 * a suffix was read off the wrong stem. Where the whole word is a knowledge-base name («أنقره»,
 * «سيدني», «ريف حماه») the mention keeps the whole word and that name's entries. Where only the
 * stem is a knowledge-base name, the word is not the name: «وقطره» is "and its diameter", not
 * Qatar, «وجدتك» "and your grandmother", not Jeddah, «طهراني» a man from Tehran; the mention goes.
 * A name the knowledge base does not know keeps its whole word when the suffix is one that names
 * often end in («ساليني», «بايك», «تيريك»: ني، ك، ي) and goes when it is one that common words
 * take («إسلامه», «دولارنا», «ريفها»: ه، ها، هم، نا ...); a future particle before it is its first
 * letter anyway ({@link WordForms#nameStart}). A lone surname of a longer name in
 * the article keeps its letters already («سيسيه» of «سومايلا سيسيه»). A name of several words keeps its
 * last word whole («ريف حماه», «سان اندريه»), as a person's name already does
 * ({@link MentionOffsets#end}); particles it ran into were cut before ({@link SpanTrims}).
 */
final class SuffixedNames {
    private SuffixedNames() {}

    static void resolve(String body, List<List<Token>> sentences, List<EntityLinker.Draft> drafts, KnowledgeBase kb) {
        drafts.removeIf(d -> {
            if (d.wholeLast || d.type == EntityType.PER && d.last > d.first) return false;
            List<Token> tokens = sentences.get(d.sentence);
            Token last = tokens.get(d.last);
            if (!endsWithPronoun(last)) return false;
            String whole = KnowledgeBase.fold(body.substring(MentionOffsets.start(tokens, d), last.end()));
            List<KbEntry> entries = kb.byName(whole);
            if (!entries.isEmpty()) {
                d.wholeLast = true;
                d.entries = entries;
                return false;
            }
            if (d.last > d.first) { // «ريف حماه», «سان اندريه»
                d.wholeLast = true;
                return false;
            }
            if (!d.entries.isEmpty() || !NAME_ENDINGS.contains(suffix(last))) return true;
            d.wholeLast = true;
            return false;
        });
    }

    /** Pronoun suffixes that are also the last letters of many foreign names. */
    private static final java.util.Set<String> NAME_ENDINGS = java.util.Set.of("ني", "ك", "ي");

    private static String suffix(Token t) {
        Segment last = t.segments().get(t.segments().size() - 1);
        return t.text().substring(last.start() - t.start(), last.end() - t.start());
    }

    private static boolean endsWithPronoun(Token t) {
        List<Segment> s = t.segments();
        return s.size() > 1 && s.get(s.size() - 1).kind() == Segment.Kind.PRON;
    }
}
