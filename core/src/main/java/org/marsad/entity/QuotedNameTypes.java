package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * The types that quote marks and media head nouns give a name: a place in quotes that is a
 * newspaper's title («لـ«الشرق الأوسط»»), a product, trophy or website in quotes after the word for
 * it («لعبة "كاونتر سترايك"», «كأس "جوان غامبر"», «ونقل موقع "دايلي ستار"»), a name after a paper's,
 * agency's or channel's head noun («صحيفة "آس"», «جريدة الرياض»). Split from {@link MentionTypes}.
 * Thread-safe.
 */
final class QuotedNameTypes {
    private final KnowledgeBase kb;

    QuotedNameTypes(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Nouns before a quoted place that keep it a place: «العاصمة "الرياض"», «مدينة "الرياض"». */
    private static final java.util.Set<String> CAPITAL_OR_PLACE = ArabicNormalizer.foldedSet("العاصمة", "عاصمة", "مدينة", "منطقة", "إقليم");

    /** «يدعى», «ويدعى», «المدعو», «المدعوة» ("called"): before a man's or woman's name. Folded. */
    private static final java.util.Set<String> CALLED = ArabicNormalizer.foldedSet("يدعى", "ويدعى", "المدعو", "المدعوة");

    /**
     * A name in quote marks right after «يدعى» or «المدعو» that the knowledge base does not know is a
     * person, whatever the quote marks made the recogniser call it: «رجل يهودي عراقي يدعى "ساسون حسقيل"».
     */
    void retypeCalledPersons(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            if (d.type == EntityType.PER || !d.entries.isEmpty() || d.first < 2 || !QuoteMarks.betweenQuoteMarks(tokens, d)) continue;
            if (CALLED.contains(WordForms.folded(tokens.get(d.first - 2)))) d.typedAs(EntityType.PER);
        }
    }

    /** Places whose name in quote marks is a newspaper: «لـ«الشرق الأوسط»», «لندن: «الشرق الأوسط»», «لـ«الرياض»». */
    private static final java.util.Map<String, String> QUOTED_PAPERS = java.util.Map.of(
            "kb:loc/middle-east", "kb:org/asharq-al-awsat", "kb:loc/riyadh", "kb:org/al-riyadh-newspaper");

    /**
     * A place written alone between quote marks that is also a newspaper's title is the newspaper
     * (whether the recogniser called it a place or, knowing the paper, an organisation).
     */
    void retypeQuotedPapers(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            if (d.type == EntityType.PER || !QuoteMarks.betweenQuoteMarks(tokens, d)) continue;
            if (d.first >= 2 && CAPITAL_OR_PLACE.contains(WordForms.folded(tokens.get(d.first - 2)))) continue; // «العاصمة "الرياض"»
            KbEntry paper = paperTitled(d.entries);
            if (paper != null) {
                d.type = EntityType.ORG;
                d.entries = List.of(paper);
            }
        }
    }

    /**
     * Nouns for a product whose model or title follows in quote marks: «لعبة "كاونتر سترايك"», «سيارة
     * "فورد فييستا"», «طراز "إف 16"», «هاتف "غالاكسي نوت 9"», «ساعة "دياجونو"»; and a trophy named
     * after a person, «كأس "جوان غامبر"». Folded, clitics off.
     */
    private static final java.util.Set<String> PRODUCT_HEADS = ArabicNormalizer.foldedSet("لعبة", "سيارة", "طراز", "هاتف", "ساعة", "كأس");

    /**
     * A name the recogniser found between quote marks right after a word for a product is the
     * product: MISC, as ANERcorp tags car models, not the person or company the recogniser took it
     * for («لعبة "كاونتر سترايك"» was a person). A name the knowledge base knows still links to its
     * entity and takes its type («سيارة "بي إم دبليو"» is the company), and nothing is added where
     * the recogniser found nothing. So is a website after «موقع» an organisation ({@link #SITE_HEADS}).
     */
    void retypeQuotedProducts(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            if (d.first < 2 || !QuoteMarks.betweenQuoteMarks(tokens, d)) continue;
            String head = WordForms.foldedStem(tokens.get(d.first - 2));
            EntityType type = PRODUCT_HEADS.contains(head) ? EntityType.MISC
                    : SITE_HEADS.contains(head) && d.type == EntityType.PER && website(tokens, d) ? EntityType.ORG : null;
            if (type == null || d.type == type) continue;
            d.type = type;
            d.typedByContext = true;
        }
    }

    /**
     * «موقع "سبايس"»: a website named in quote marks is an organisation, not the person the recogniser
     * took it for; a place stays one («موقع "إيكو"» may be a site on the ground). Folded.
     */
    private static final java.util.Set<String> SITE_HEADS = ArabicNormalizer.foldedSet("موقع");

    /** Words before «موقع» that make it a website that reports: «نقل موقع», «بحسب موقع». Folded, without «و». */
    private static final java.util.Set<String> REPORTED_BY = ArabicNormalizer.foldedSet("نقل", "نقلت", "ذكر", "ذكرت", "أفاد",
            "أفادت", "نشر", "نشرت", "أورد", "أوردت", "كشف", "كشفت", "حسب", "بحسب", "وفق", "وفقا", "يشير", "أشار", "أشارت", "قال",
            "قالت", "أكد", "أكدت", "يقول", "تقول");

    /**
     * Whether the «موقع» two words before mention {@code d} is a website: a person speaks to it
     * («لموقع "سبايس"»), it reports («ونقل موقع "دايلي ستار"», «بحسب موقع»), or it is called a news
     * or online site after the name («موقع "هوليوود ريبورتر" الإخباري»). Not «موقع "كوينتا دو لاغو"», a
     * place, nor the site of a fire.
     */
    private static boolean website(List<Token> tokens, Draft d) {
        Token head = tokens.get(d.first - 2);
        if (WordForms.withoutConjunction(head).startsWith("ل")) return true;
        if (d.first >= 3 && REPORTED_BY.contains(WordForms.foldedWithoutConjunction(tokens.get(d.first - 3)))) return true;
        if (d.last + 2 >= tokens.size()) return false;
        String after = WordForms.foldedWithoutConjunction(tokens.get(d.last + 2));
        return after.equals(NEWS_SITE) || after.equals(ONLINE_SITE);
    }

    private static final String NEWS_SITE = ArabicNormalizer.normalize("الإخباري");
    private static final String ONLINE_SITE = ArabicNormalizer.normalize("الإلكتروني");

    /** The newspaper whose title is the name of the first of {@code entries} that has one ({@link #QUOTED_PAPERS}), or null. */
    private KbEntry paperTitled(List<KbEntry> entries) {
        for (KbEntry e : entries) {
            String paper = QUOTED_PAPERS.get(e.ref().id());
            if (paper != null) return kb.byId(paper).orElse(null);
        }
        return null;
    }

    /** Nouns whose name follows them, quoted or not: a newspaper or magazine («صحيفة مكة», «جريدة الرياض»). */
    private static final java.util.Set<String> PAPER_HEADS = ArabicNormalizer.foldedSet("صحيفة", "جريدة", "مجلة");
    /**
     * Nouns whose name follows them in quote marks («وكالة "كونا"», «قناة "كيه.آي.آر.أو7"», «شبكة
     * "تليفيزا"»); bare, they are also an acting office, a canal, a network («قناة السويس»). Not «موقع»:
     * a website's name, but as often a place's («على موقع "إيكو 201" بأرض المهبط»).
     */
    private static final java.util.Set<String> QUOTED_MEDIA_HEADS = ArabicNormalizer.foldedSet("وكالة", "قناة", "شبكة");

    /**
     * A name right after a newspaper's or magazine's head noun, or in quote marks right after an
     * agency's, channel's or network's, is the paper, the agency or the channel: an
     * organisation, as ANERcorp tags them («صحيفة "آس" الإسبانية» had been MISC, «جريدة الرياض» the
     * city). A knowledge-base link to a place or person goes, unless the place is also a paper's
     * title ({@link #retypeQuotedPapers}).
     */
    void retypeAfterMediaHeads(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            // an organisation the knowledge base knows only as a place is retyped too: «صحيفة "مكة"» ({@link QuotedWorks})
            if (d.type == EntityType.ORG && !d.knownOnlyAsOther(EntityType.ORG) || d.first == 0) continue;
            int h = d.first - 1;
            boolean quoted = QuoteMarks.isQuoteMark(tokens.get(h));
            if (quoted) h--;
            if (h < 0) continue;
            String head = WordForms.folded(tokens.get(h));
            if (!PAPER_HEADS.contains(head) && !(quoted && QUOTED_MEDIA_HEADS.contains(head))) continue;
            d.type = EntityType.ORG;
            d.typedByContext = true;
            KbEntry paper = paperTitled(d.entries);
            if (paper != null) d.entries = List.of(paper);
            else if (d.knownOnlyAsOther(EntityType.ORG)) d.entries = List.of();
        }
    }
}
