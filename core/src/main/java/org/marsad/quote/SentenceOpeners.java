package org.marsad.quote;

import java.util.List;
import java.util.Set;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.article.Quote;
import org.marsad.article.Segment;
import org.marsad.article.Span;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;

/**
 * Who opens a sentence, for a reporting word that names no one ({@link Frames}): the linked person
 * near its start, or an office that follows its first word. Stateless.
 */
final class SentenceOpeners {
    private SentenceOpeners() {}

    /**
     * The person who opens the sentence of the verb at {@code verb}, as a speaker: the first linked
     * person mention, within the sentence's first {@link #OPENING_TOKENS} tokens, with no
     * preposition on the way to it («نشرت مستشارة سابقة للرئيس دونالد ترامب»: not Trump); or null.
     */
    static Quote.Speaker person(String body, List<Token> tokens, List<Span> sentences, List<EntityMention> entities,
                                               int verb) {
        int from = Frames.sentenceStart(sentences, tokens.get(verb).start());
        int k = verb;
        while (k > 0 && tokens.get(k - 1).start() >= from) k--;
        for (EntityMention m : entities) {
            if (m.start() >= tokens.get(verb).start()) break;
            if (m.start() < from || m.type() != EntityType.PER || m.entity().isEmpty()) continue;
            if (SpeakerEntities.afterKinshipWord(body, from, m)) return null; // «أصدرت زوجة ابن ترامب بيانا»: not Trump
            for (int j = k; j < verb && tokens.get(j).start() <= m.start(); j++) {
                List<Segment> segs = tokens.get(j).segments();
                if (j - k >= OPENING_TOKENS || !segs.isEmpty() && segs.get(0).kind() == Segment.Kind.PREP) return null;
            }
            return new Quote.Speaker(m.start(), m.end(), m.text(), m.entity());
        }
        return openingOffice(body, tokens, entities, k, verb);
    }

    /**
     * «ونشر الوزير المصري السابق تغريدة ... قائلا»: a sentence that opens with a word and then an
     * office with the article and its adjectives, and names no one, is opened by that office (the word
     * before is its verb: news sentences begin with the verb), linked to the person the article
     * gave that office («الرئيس الأمريكي دونالد ترامب»; {@link SpeakerEntities}); or null. A bare office
     * («المتحدث») refers back to someone already speaking.
     */
    private static Quote.Speaker openingOffice(String body, List<Token> tokens, List<EntityMention> entities, int first, int verb) {
        if (first + 2 >= verb || !OFFICES.contains(tokens.get(first + 1).norm())) return null;
        List<Segment> segs = tokens.get(first).segments();
        if (!segs.isEmpty() && (segs.get(segs.size() - 1).kind() != Segment.Kind.STEM || segs.stream().anyMatch(g ->
                g.kind() == Segment.Kind.PREP || g.kind() == Segment.Kind.DET || g.kind() == Segment.Kind.PRON))) {
            return null; // «وفي», «والرئيس», «مكتبه»: no verb
        }
        int end = first + 1;
        while (end + 1 < verb && tokens.get(end + 1).norm().startsWith("ال")) end++; // «الرئيس التونسي» and not his object
        if (end == first + 1) return null;
        return SpeakerEntities.speaker(body, tokens, new int[] {first + 1, end}, entities);
    }

    /** Offices with the article that, after a sentence's first word, are its subject (folded). */
    private static final Set<String> OFFICES = ArabicNormalizer.foldedSet("الوزير", "الوزيرة", "الرئيس", "الرئيسة",
            "السفير", "السفيرة", "المتحدث", "المتحدثة", "المستشار", "المستشارة", "المبعوث", "الأمين", "النائب", "المدرب",
            "المحامي", "المدير", "المديرة");

    private static final int OPENING_TOKENS = 8;

    /**
     * Whether {@code person} follows its sentence's first word with only titles or words with the
     * article between («وحيت زعيمة المعارضة، مريم رجوي»): the subject of that word, not a noun's
     * complement («ووصفت تعليقات جونسون»).
     */
    static boolean isSubjectOfFirstWord(List<Token> tokens, List<Span> sentences, Quote.Speaker person) {
        int from = Frames.sentenceStart(sentences, person.start());
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < from) k++;
        for (int j = k + 1; j < tokens.size() && tokens.get(j).start() < person.start(); j++) {
            String n = tokens.get(j).norm();
            if (!n.startsWith("ال") && !SubjectFit.TITLES.contains(n) && !SpeakerPhrase.isComma(tokens.get(j))) return false;
        }
        return true;
    }
}
