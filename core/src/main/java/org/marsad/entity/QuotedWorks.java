package org.marsad.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * Titles of works and names of periodicals in quotes. A programme, series, film, book or song
 * named in quote marks or parentheses right after the word for it («برنامج « الناس وأنا »», «مسلسل "باب الحارة"»,
 * «كتاب جديد بعنوان "مبدأ حواء"») is one MISC mention, whatever the recogniser found inside (a title is made of common
 * words: «الناس», «حوار من القلب»; or holds a name: «مع نور»). The word may carry clitics («في كتابه "الطب
 * الروحاني"», «لكتاب "البرهان"»), and its author's name may stand between it and the title («كتاب جالينوس
 * "في تركيب الأدوية"», «رواية نجيب محفوظ "اللص والكلاب"»). ANERcorp and AQMAR tag such titles MISC.
 * So is a stadium's name in quotes after «استاد», «ملعب» («استاد "سانتياغو برنابيو"»).
 * A newspaper, magazine, channel or company named in quote marks right after the word for it is one
 * organisation («صحيفة "فرانكفورتر الجماينه زونتاجس تسايتونج"», «صحيفة "السفير"»). Stateless.
 */
final class QuotedWorks {
    private QuotedWorks() {}

    /**
     * Words for a work that its title in quotes follows (folded, without a conjunction), beside the
     * {@link #WORK_STEMS}: the accusatives and «ألبوم», whose stems the segmenter reads otherwise
     * («برنامجا» whole, «ألبوم» as أل + «بوم»), and «بعنوان», «عنوان» ("entitled").
     */
    private static final Set<String> WORKS = ArabicNormalizer.foldedSet("برنامجا", "مسلسلا", "فيلما", "كتابا", "ألبوم",
            "بعنوان", "عنوان");

    /**
     * Stems of the words for a work, with any clitics around them («كتابه», «لكتاب», «بروايتها»).
     * A stadium's name in quotes is read the same way («على استاد "سانتياغو برنابيو"», «ملعب "فارول"»):
     * one MISC mention, as ANERcorp tags them, not the person or city it is named after.
     * Folded. Not «كتب»: «كتبه» is also "he wrote it", and a quotation follows that.
     */
    private static final Set<String> WORK_STEMS = ArabicNormalizer.foldedSet("كتاب", "برنامج", "مسلسل", "فيلم", "رواية",
            "أغنية", "ألبوم", "مسرحية", "ديوان", "قصيدة", "استاد", "ستاد", "ملعب", "أفلام", "مسلسلات", "روايات");

    /** The plurals among the {@link #WORK_STEMS}: «أفلام», «مسلسلات», «روايات». Folded. */
    private static final Set<String> PLURAL_WORKS = ArabicNormalizer.foldedSet("أفلام", "مسلسلات", "روايات");

    /** The most words an author's name between the word for a work and its title may have. */
    private static final int MAX_AUTHOR_WORDS = 3;

    /** Words that may stand between the work and its title: «برنامجا تليفزيونيا بعنوان», «فيلمه الجديد». Folded. */
    private static final Set<String> BETWEEN = ArabicNormalizer.foldedSet("بعنوان", "جديد", "جديدا", "جديدة", "تليفزيوني",
            "تليفزيونيا", "تلفزيوني", "تلفزيونيا", "وثائقي", "وثائقيا", "باسم", "اسمه");

    /**
     * Words for a periodical, a channel or a company that its name in quotes follows: «صحيفة "فرانكفورتر
     * الجماينه زونتاجس تسايتونج"», «مجلة "رولينغ ستون"», «شركة "إسرائيل لصناعات الطيران"» is one organisation. Folded as {@link
     * WordForms#folded} folds them, so «لصحيفة», «وبقناة» count too. Not with the article: «تصنيف
     * المجلة "للنجوم العرب ..."» quotes what the magazine, named before, published.
     */
    private static final Set<String> OUTLETS = ArabicNormalizer.foldedSet("صحيفة", "مجلة", "جريدة", "قناة", "شركة");

    /** The most words a title in quotes may have to be read as one. */
    static final int MAX_WORDS = 7;

    /** The most words the name of a periodical in quotes may have to be read as one. */
    private static final int MAX_OUTLET_WORDS = 5;

    /**
     * Adds to {@code here}, the drafts of sentence {@code s}, one MISC draft for each title in quotes
     * after a word for a work, replacing the drafts inside it; marks its tokens in {@code covered}.
     * A title that a draft crosses into or out of is left alone.
     */
    static void add(int s, List<Token> tokens, List<Draft> here, boolean[] covered, KbMatcher matcher) {
        if (tokens.stream().noneMatch(t -> isMark(t) || isOpening(t))) return; // most sentences quote nothing
        for (int i = 0; i < tokens.size(); i++) {
            if (OUTLETS.contains(WordForms.folded(tokens.get(i)))) {
                i = outlet(s, tokens, here, covered, matcher, i);
                continue;
            }
            if (!isWork(tokens.get(i))) continue;
            int open = afterAuthor(tokens, here, i);
            while (open < tokens.size() && open - i <= 2 && !isMark(tokens.get(open)) && !isOpening(tokens.get(open))
                    && (tokens.get(open).norm().startsWith("ال") || BETWEEN.contains(tokens.get(open).norm()))) open++;
            boolean plural = PLURAL_WORKS.contains(WordForms.foldedStem(tokens.get(i)));
            int close = title(s, tokens, here, covered, open, plural);
            // «أفلام (المنتقمون) و(هاري بوتر)»: more titles in the same marks, after «و», or after a comma in
            // parentheses (a title in quotes after a comma may be a chapter's: «كتابه "الطب الروحاني"، "في فضل العقل"»)
            while (close > 0 && close + 2 < tokens.size() && joinsTitles(tokens.get(close + 1), isOpening(tokens.get(open)))
                    && tokens.get(close + 2).norm().equals(tokens.get(open).norm())) {
                open = close + 2;
                int next = title(s, tokens, here, covered, open, false); // «أفلام (الغرباء) و(سامي برق)»: a list of titles
                if (next < 0) break;
                close = next;
            }
            if (close > 0) i = close;
        }
    }

    /**
     * The title in quote marks or parentheses that opens at {@code open}, made one MISC draft in
     * place of the drafts inside it; returns the closing mark's token, or -1 when no title of one to
     * {@link #MAX_WORDS} words opens there or a draft crosses into or out of it. After the plural
     * of a work ({@code plural}), a person's name that the first parentheses hold whole is its
     * author, left alone («في روايات (تشارلز ديكنز)»: in Dickens's novels).
     */
    private static int title(int s, List<Token> tokens, List<Draft> here, boolean[] covered, int open, boolean plural) {
        if (open >= tokens.size() || !isMark(tokens.get(open)) && !isOpening(tokens.get(open))) return -1;
        boolean paren = isOpening(tokens.get(open));
        int close = open + 1;
        while (close < tokens.size() && close - open <= MAX_WORDS && !closes(tokens.get(close), paren) && isWord(tokens.get(close))) close++;
        if (close >= tokens.size() || !closes(tokens.get(close), paren) || close == open + 1) return -1;
        int last = close - 1;
        if (paren && plural && here.stream().anyMatch(d -> d.type == EntityType.PER && d.first == open + 1 && d.last == last)) return -1;
        return replaceInside(s, here, covered, open + 1, close - 1, EntityType.MISC) == null ? -1 : close;
    }

    /**
     * One draft of {@code type} for tokens [first, last], typed by its context and whole from its
     * first letter, in place of the drafts inside; null, and nothing changed, when a draft crosses
     * into or out of the span.
     */
    private static Draft replaceInside(int s, List<Draft> here, boolean[] covered, int first, int last, EntityType type) {
        for (Draft d : here) if (d.first <= last && d.last >= first && (d.first < first || d.last > last)) return null;
        here.removeIf(d -> d.first >= first && d.last <= last);
        Draft named = new Draft(s, first, last, type);
        named.typedByContext = true;
        named.wholeFirst = true;
        here.add(named);
        Arrays.fill(covered, first, last + 1, true);
        return named;
    }

    /** Whether {@code t} joins two titles of one list: «و», or the Arabic or Latin comma between parentheses. */
    private static boolean joinsTitles(Token t, boolean paren) {
        String n = t.norm();
        return n.equals("و") || paren && (n.equals("،") || n.equals(","));
    }

    private static boolean isOpening(Token t) {
        return t.norm().equals("(");
    }

    /** Whether {@code t} closes a title opened by a parenthesis ({@code paren}) or a quote mark. */
    private static boolean closes(Token t, boolean paren) {
        return paren ? t.norm().equals(")") : isMark(t);
    }

    /**
     * After the outlet word at {@code i}: a name of one to {@link #MAX_OUTLET_WORDS} words in quote
     * marks right after it becomes one organisation, linked where the knowledge base knows it,
     * replacing the drafts inside it; returns the token to go on from. A one-word name is often a
     * common word too («صحيفة "السفير"», «"المستقبل"», «"النهار"»), which the recogniser may miss. A
     * name a draft crosses into or out of is left alone.
     */
    private static int outlet(int s, List<Token> tokens, List<Draft> here, boolean[] covered, KbMatcher matcher, int i) {
        int open = i + 1;
        if (open >= tokens.size() || !isMark(tokens.get(open))) return i;
        int close = open + 1;
        while (close < tokens.size() && close - open <= MAX_OUTLET_WORDS && !isMark(tokens.get(close)) && isWord(tokens.get(close))) close++;
        if (close >= tokens.size() || !isMark(tokens.get(close)) || close - open < 2) return i;
        Draft outlet = replaceInside(s, here, covered, open + 1, close - 1, EntityType.ORG);
        if (outlet == null) return i;
        outlet.entries = matcher.lookup(tokens, open + 1, close - 1);
        return close;
    }

    /** Whether {@code t} is a word for a work: one of {@link #WORKS}, or a {@link #WORK_STEMS} stem with clitics. */
    private static boolean isWork(Token t) {
        if (WORKS.contains(WordForms.foldedWithoutConjunction(t))) return true;
        return WORK_STEMS.contains(WordForms.foldedStem(t));
    }

    /**
     * The token after the work word at {@code i}, past the author's name when a person's draft of
     * at most {@link #MAX_AUTHOR_WORDS} words starts right after it and a quote mark follows the name.
     */
    private static int afterAuthor(List<Token> tokens, List<Draft> here, int i) {
        for (Draft d : here) {
            if (d.first == i + 1 && d.type == EntityType.PER && d.last - d.first < MAX_AUTHOR_WORDS
                    && d.last + 1 < tokens.size() && isMark(tokens.get(d.last + 1))) return d.last + 1;
        }
        return i + 1;
    }

    private static boolean isMark(Token t) {
        return t.norm().equals("\"");
    }

    /**
     * A word of a title: letters or digits, not the punctuation that ends a sentence or clause, nor
     * a web address («موقع البرنامج الإلكتروني (www.secb.gov.sa)»).
     */
    private static boolean isWord(Token t) {
        String text = t.text();
        return Character.isLetterOrDigit(text.charAt(0)) && text.indexOf('.', 1) < 0;
    }
}
