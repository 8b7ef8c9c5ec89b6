package org.marsad.entity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;

/**
 * Whether a person's name begins with the letters the segmenter read as a conjunction or a
 * preposition («بسام», «وليد», «لبيد», «كاليانا»): decided from the article's other names, the
 * name lists' given names and the first words of the knowledge base's people, and recorded on the
 * drafts ({@code wholeFirst}, {@code wholeToken}); and whether a lone word is the last or first word
 * of a full name of the article, kept whole ({@code wholeLast}). Immutable and thread-safe.
 */
final class FirstWords {
    private static final org.marsad.text.WordFrequencies FREQ = org.marsad.text.WordFrequencies.shipped();

    /** The share of uses with the article above which a word is a noun («فكر», 71 %), not the rest of a name («ادي», 0 %). */
    static final double NOUN_ARTICLE_SHARE = 0.2;

    private static final NameLists GIVEN_NAMES = NameLists.shipped();

    /**
     * Prepositions written as words of their own, after which no word opens with the conjunction
     * «و». As written, not folded: folding makes «إلى» of «ديلي ألي» and «أمام» of «حازم إمام»; and not
     * «بين», also Penn («شون بين وخافيير بارديم»).
     */
    private static final Set<String> PREPOSITIONS = Set.of("إلى", "على", "في", "من", "عن", "مع", "حول", "لدى", "نحو", "منذ",
            "أمام", "خلف", "ضد");

    /** The first two words of the knowledge base's people's names of two words or more («كيم جونغ» of «كيم جونغ أون»), folded. */
    private final Set<String> personOpenings;

    FirstWords(KnowledgeBase kb) {
        this.personOpenings = kb.entries().stream().filter(e -> e.ref().type() == EntityType.PER)
                .flatMap(e -> e.names().stream()).map(n -> n.split(" ")).filter(w -> w.length > 1).map(w -> w[0] + " " + w[1])
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Marks the person drafts whose first word keeps the letters the segmenter split off: a word met
     * inside a longer person name of the article, where no preposition can stand («سمر بدوي», «رائف
     * بدوي»: «بدوي» alone is the surname, not ب + «دوي»); a given name of the lists after such a
     * letter («بسام», «وليد», «وليلى» as و + «ليلى»); and, in names the knowledge base does not know, a letter that would
     * leave too little to be a name («وين روني», «ليام فوكس», «كاليانا سيفانيانام»); and a W after a
     * preposition («إلى ويليكا باييرو»), where no conjunction stands.
     */
    void mark(List<List<Token>> sentences, List<Draft> drafts) {
        Set<String> inner = new java.util.HashSet<>();
        Set<String> words = new java.util.HashSet<>();
        for (Draft d : drafts) {
            if (d.type != EntityType.PER) continue;
            for (int k = d.first; k <= d.last; k++) {
                words.add(sentences.get(d.sentence).get(k).norm());
                if (k > d.first) inner.add(sentences.get(d.sentence).get(k).norm());
            }
        }
        for (Draft d : drafts) {
            if (d.type != EntityType.PER) continue;
            Token first = sentences.get(d.sentence).get(d.first);
            String n = first.norm();
            String bare = WordForms.foldedWithoutConjunction(first);
            // but «لترامب» is ل + «ترامب» when «ترامب» stands alone in a name of the article
            d.wholeFirst |= (inner.contains(n) || inner.contains(bare)) && !words.contains(WordForms.folded(first));
            // and «لكن فالون صرح» after «مايكل فالون»: the whole word, the letter read as a conjunction included
            d.wholeToken |= inner.contains(n) && !first.segments().isEmpty() && first.segments().get(0).kind() == Segment.Kind.CONJ
                    && !words.contains(WordForms.folded(first));
            // «بسام راضي», «كمال الجنزوري»: a given name of the name lists, not ب + «سام» or ك + «مال»
            // (not «بأبي عريش»: «أبي», «بن», «عبد» open compounds and take the preposition as written)
            d.wholeFirst |= d.last > d.first && WordForms.opensWithPreposition(first) && GIVEN_NAMES.opensPersonName(bare)
                    && !EntityLinker.COMPOUND_HEADS.contains(WordForms.folded(first));
            // «قيس وليلى»: و + a given name that the segmenter read as a preposition and more (ل + «يلى»)
            d.wholeFirst |= d.first == d.last && first.segments().size() > 2 && first.segments().get(0).kind() == Segment.Kind.CONJ
                    && first.segments().get(1).kind() == Segment.Kind.PREP && GIVEN_NAMES.opensPersonName(bare);
            // «وقال براين إن ...»: a given name the segmenter cuts (ب + «راين»), written whole ({@link NameLists#splitGivenName})
            d.wholeFirst |= GIVEN_NAMES.splitGivenName(n);
            // «إلى ويليكا باييرو»: no conjunction follows a preposition, so the W is the name's
            d.wholeToken |= d.first > 0 && !first.segments().isEmpty() && first.segments().get(0).kind() == Segment.Kind.CONJ
                    && PREPOSITIONS.contains(org.marsad.text.ArabicNormalizer.withoutMarks(sentences.get(d.sentence).get(d.first - 1).text()));
            // «وليد جنبلاط»: a given name that the segmenter read as a conjunction and more (و + ل + «يد»)
            d.wholeToken |= d.last > d.first && first.segments().size() > 1
                    && first.segments().get(0).kind() == Segment.Kind.CONJ && GIVEN_NAMES.opensPersonName(n);
            // names the knowledge base does not know (it knows «وسي إن إن» as و + CNN, «كبول منافورت» as "like" Manafort):
            // «وين روني» (Wayne), where what the conjunction would leave, «ين», is too short to be a name, and
            // «كاليانا سيفانيانام», where ك before a name of two words that is no given name is its first letter
            if (d.last > d.first && d.entries.isEmpty()) {
                String stem = WordForms.folded(first);
                // and «فادي صبيح», «فراس»: ف and three letters that are no given name («فعمر» is ف + Omar) nor a noun
                // news writes with the article («ففكر بن تيمية» is ف + «فكر»); not after «و», which opens far more
                // names as the conjunction («وتوم هاردي», «وفيل جونز»)
                d.wholeToken |= first.segments().size() > 1 && first.segments().get(0).kind() == Segment.Kind.CONJ
                        && (bare.length() <= 2 || bare.length() == 3 && first.text().startsWith("ف") && !GIVEN_NAMES.opensPersonName(bare)
                                && FREQ.articleShare(org.marsad.text.CliticSegmenter.lightFold(bare)) < NOUN_ARTICLE_SHARE);
                boolean prepositionBeforeNoGivenName = WordForms.opensWithPreposition(first) && !GIVEN_NAMES.opensPersonName(stem);
                d.wholeFirst |= prepositionBeforeNoGivenName && first.text().startsWith("ك")
                        && !Roles.BEFORE_NAMES.contains(stem) && !Roles.isHead(stem);
                // «لبيد بن ربيعة», «ليام فوكس», «باس دوست»: what the preposition would leave is three letters or
                // fewer and no given name («بيد», «يام», «اس»), so the preposition is the name's first letter
                // (but «لكيم جونغ»: «كيم جونغ» opens a known person's name; «ليان هورنسي» stays Liane, though «يان»
                // opens «يان فيرتونغن»)
                d.wholeFirst |= prepositionBeforeNoGivenName && first.segments().size() == 2 && stem.length() <= 3
                        && !EntityLinker.COMPOUND_HEADS.contains(stem)
                        && !personOpenings.contains(stem + " " + WordForms.folded(sentences.get(d.sentence).get(d.first + 1)));
            }
        }
    }

    /**
     * A person's full name keeps its last word whole (see {@link MentionOffsets#end}); a lone word among
     * {@code lone} that is such a last word, or the first word of such a name, keeps it too, so that
     * «سيسيه» alone is the «سومايلا سيسيه» of the article and not the stem «سيسي», and «سيرينا» of
     * «سيرينا وليامز» not «سيري» + «نا».
     */
    static void markWholeLastWords(String body, List<List<Token>> sentences, List<Draft> lone, List<Draft> drafts) {
        java.util.Set<String> wholeWords = new java.util.HashSet<>();
        for (Draft d : drafts) {
            if (d.type != EntityType.PER || d.first == d.last) continue;
            List<Token> tokens = sentences.get(d.sentence);
            wholeWords.add(KnowledgeBase.fold(tokens.get(d.last).text()));
            wholeWords.add(KnowledgeBase.fold(tokens.get(d.first).text()));
        }
        if (wholeWords.isEmpty()) return;
        for (Draft d : lone) {
            if (d.type != EntityType.PER || d.first != d.last) continue;
            List<Token> tokens = sentences.get(d.sentence);
            Token t = tokens.get(d.first);
            d.wholeLast |= wholeWords.contains(KnowledgeBase.fold(body.substring(MentionOffsets.start(tokens, d), t.end())));
        }
    }
}
