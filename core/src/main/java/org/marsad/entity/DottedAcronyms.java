package org.marsad.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Found;
import org.marsad.text.LetterNames;

/**
 * Names written as a chain of Latin letters spelt in Arabic and joined by periods: «إم.تي.في»
 * (MTV), «بي.في.إم أويل» (PVM Oil), «إس.بي.دي.آر» (SPDR). The tokenizer splits them at each
 * period, and the recogniser marks one letter of them or the name after them («[إم].تي.في»,
 * «بي.في.[إم أويل]»), which made an organisation «إم» eight times in six outputs. A mention
 * that begins or ends on a letter of a chain takes the whole chain in; a mention the widened one
 * then overlaps joins it, and the knowledge base's names match the chain without its periods
 * («إف.بي.آي» is its «إف بي آي», the FBI: {@link KbMatcher}). Stateless and thread-safe.
 */
final class DottedAcronyms {
    private DottedAcronyms() {}

    /** The mentions of one sentence, each widened over the dotted chain it touches; overlapping ones joined. */
    static List<Found> widen(List<Token> tokens, List<Found> found) {
        List<Found> wide = new ArrayList<>(found.size());
        boolean changed = false;
        for (Found f : found) {
            int first = f.first();
            int last = f.last();
            while (first >= 2 && letter(tokens.get(first)) && period(tokens.get(first - 1)) && letter(tokens.get(first - 2))) first -= 2;
            while (last + 2 < tokens.size() && letter(tokens.get(last)) && period(tokens.get(last + 1)) && letter(tokens.get(last + 2))) {
                last += 2;
            }
            changed |= first != f.first() || last != f.last();
            wide.add(new Found(f.sentence(), first, last, f.type()));
        }
        if (!changed) return found;
        wide.sort(Comparator.comparingInt(Found::first));
        List<Found> out = new ArrayList<>(wide.size());
        for (Found f : wide) {
            Found before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && f.first() <= before.last()) {
                out.set(out.size() - 1, new Found(before.sentence(), before.first(), Math.max(before.last(), f.last()), before.type()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether token {@code k} is a period between two letters' names («إف.بي.آي»), which a name's words are matched without. */
    static boolean innerPeriod(List<Token> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && period(tokens.get(k)) && letter(tokens.get(k - 1)) && letter(tokens.get(k + 1));
    }

    /** Whether a token, as written, is a letter's name («وفي», "and in", is not). */
    private static boolean letter(Token t) {
        return LetterNames.contains(t.norm());
    }

    private static boolean period(Token t) {
        return t.text().equals(".");
    }
}
