package org.marsad.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * Titles of works in quotes: a programme, series, film, book or song named in quote marks right
 * after the word for it («برنامج « الناس وأنا »», «مسلسل "باب الحارة"», «كتاب جديد بعنوان "مبدأ
 * حواء"») is one MISC mention, whatever the recogniser found inside (a title is made of common
 * words: «الناس», «حوار من القلب»; or holds a name: «مع نور»). ANERcorp tags such titles MISC.
 * Stateless.
 */
final class QuotedWorks {
    private QuotedWorks() {}

    /** Words for a work that its title in quotes follows (folded, without a conjunction). */
    private static final Set<String> WORKS = ArabicNormalizer.foldedSet("برنامج", "برنامجا", "البرنامج", "مسلسل", "مسلسلا",
            "المسلسل", "فيلم", "فيلما", "الفيلم", "كتاب", "كتابا", "الكتاب", "رواية", "الرواية", "أغنية", "الأغنية", "ألبوم",
            "الألبوم", "مسرحية", "المسرحية", "ديوان", "الديوان", "قصيدة", "القصيدة", "بعنوان", "عنوان");

    /** Words that may stand between the work and its title: «برنامجا تليفزيونيا بعنوان», «فيلمه الجديد». Folded. */
    private static final Set<String> BETWEEN = ArabicNormalizer.foldedSet("بعنوان", "جديد", "جديدا", "جديدة", "تليفزيوني",
            "تليفزيونيا", "تلفزيوني", "تلفزيونيا", "وثائقي", "وثائقيا", "باسم", "اسمه");

    /** The most words a title in quotes may have to be read as one. */
    static final int MAX_WORDS = 7;

    /**
     * Adds to {@code here}, the drafts of sentence {@code s}, one MISC draft for each title in quotes
     * after a word for a work, replacing the drafts inside it; marks its tokens in {@code covered}.
     * A title that a draft crosses into or out of is left alone.
     */
    static void add(int s, List<Token> tokens, List<Draft> here, boolean[] covered) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!WORKS.contains(WordForms.foldedWithoutConjunction(tokens.get(i)))) continue;
            int open = i + 1;
            while (open < tokens.size() && open - i <= 2 && !isMark(tokens.get(open))
                    && (tokens.get(open).norm().startsWith("ال") || BETWEEN.contains(tokens.get(open).norm()))) open++;
            if (open >= tokens.size() || !isMark(tokens.get(open))) continue;
            int close = open + 1;
            while (close < tokens.size() && close - open <= MAX_WORDS && !isMark(tokens.get(close)) && isWord(tokens.get(close))) close++;
            if (close >= tokens.size() || !isMark(tokens.get(close)) || close == open + 1) continue;
            int first = open + 1;
            int last = close - 1;
            boolean crossed = false;
            for (Draft d : here) crossed |= d.first <= last && d.last >= first && (d.first < first || d.last > last);
            if (crossed) continue;
            here.removeIf(d -> d.first >= first && d.last <= last);
            Draft work = new Draft(s, first, last, EntityType.MISC);
            work.typedByContext = true;
            work.wholeFirst = true;
            here.add(work);
            Arrays.fill(covered, first, last + 1, true);
            i = close;
        }
    }

    private static boolean isMark(Token t) {
        return t.norm().equals("\"");
    }

    /** A word of a title: letters or digits, not the punctuation that ends a sentence or clause. */
    private static boolean isWord(Token t) {
        return Character.isLetterOrDigit(t.text().charAt(0));
    }
}
