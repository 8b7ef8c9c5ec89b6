package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Found;
import org.marsad.text.ArabicNormalizer;
import org.marsad.time.CalendarNames;

/**
 * Months' names the recogniser reads as names: «نيسان» (April in the Levant) as Nissan, «رجب» and
 * «شعبان» (Hijri months) as men. A month's name is the month where a date is written around it.
 * {@link NonNames} drops such mentions; split from it. Stateless.
 */
final class MonthMentions {
    private MonthMentions() {}

    /**
     * Whether the word at {@code i} is a month's name where a date is written: next to a number or
     * to another month's name (brackets, slashes and dashes between them skipped: «أبريل (نيسان)
     * 2014», «في نيسان/أبريل», «25 نيسان»), after «شهر» or «أواخر» («أواخر نيسان»), or before
     * «الماضي» («في نيسان الماضي»). «نيسان» (April in the Levant) is also Nissan, which the
     * recogniser took it for 41 times in ANT dev and the SaudiNewsNet samples; «لرينو ونيسان» stays.
     * Only the Gregorian names that are no common word ({@link CalendarNames.Month#ambiguous()}).
     */
    static boolean gregorianOfADate(List<Token> tokens, int i) {
        CalendarNames.Month month = month(tokens.get(i));
        if (month == null || month.hijri() || month.ambiguous()) return false;
        Token before = besideSkippingMarks(tokens, i, -1);
        Token after = besideSkippingMarks(tokens, i, 1);
        return dateWord(before) || dateWord(after)
                || before != null && MONTH_BEFORE.contains(WordForms.foldedWithoutConjunction(before))
                || after != null && MONTH_AFTER.contains(after.norm());
    }

    /** Words before a month's name that make it a time: «شهر نيسان», «أواخر نيسان». Folded. */
    private static final java.util.Set<String> MONTH_BEFORE = ArabicNormalizer.foldedSet("شهر", "أواخر", "أوائل", "منتصف",
            "مطلع", "نهاية", "بداية", "أواسط");

    /**
     * Whether the Hijri month's name at {@code i} is the month, not a man («رجب طيب أردوغان»,
     * «شعبان عبد الرحيم»): after «شهر» or «شهري» ("the months of", «خلال شهري رجب وشعبان», the
     * second joined by «و» too), or before «الماضي», «المبارك» and the like («رمضان المبارك»).
     * A number beside it is no sign: «15 رمضان» is also a list's number before a man's name.
     */
    static boolean hijri(List<Token> tokens, int i) {
        CalendarNames.Month month = month(tokens.get(i));
        if (month == null || !month.hijri()) return false;
        Token before = besideSkippingMarks(tokens, i, -1);
        Token after = besideSkippingMarks(tokens, i, 1);
        if (before != null && HIJRI_BEFORE.contains(WordForms.folded(before))) return true;
        if (after != null && (MONTH_AFTER.contains(after.norm()) || HOLY_MONTH_AFTER.contains(after.norm()))) return true;
        Token t = tokens.get(i);
        if (i == 0 || before != tokens.get(i - 1) || !WordForms.opensWithAnd(t)) return false;
        return hijri(tokens, i - 1);
    }

    /** Words before a Hijri month's name that make it the month. Folded, without clitics («بشهر»). */
    private static final java.util.Set<String> HIJRI_BEFORE = ArabicNormalizer.foldedSet("شهر", "شهري", "الشهر", "أشهر", "شهور");

    /** Words after a Hijri month's name that make it the month: «رمضان المبارك», «محرم الحرام». Folded. */
    private static final java.util.Set<String> HOLY_MONTH_AFTER = ArabicNormalizer.foldedSet("المبارك", "الكريم", "المعظم",
            "الفضيل", "الحرام", "الأغر");

    /** Words after a month's name that make it a time: «نيسان الماضي». Folded. */
    private static final java.util.Set<String> MONTH_AFTER = ArabicNormalizer.foldedSet("الماضي", "المقبل", "القادم", "الجاري",
            "الحالي", "المنصرم");

    /** Whether a token is a number or a Gregorian month's name. */
    private static boolean dateWord(Token t) {
        if (t == null) return false;
        if (Character.isDigit(t.text().codePointAt(0))) return true;
        CalendarNames.Month month = month(t);
        return month != null && !month.hijri() && !month.ambiguous();
    }

    /** The month the token names without its clitics, or null. */
    private static CalendarNames.Month month(Token t) {
        return CalendarNames.month(WordForms.folded(t), null);
    }

    /** The token before ({@code step} -1) or after (+1) token {@code i}, past brackets, slashes and dashes; null at the sentence's edge. */
    private static Token besideSkippingMarks(List<Token> tokens, int i, int step) {
        for (int k = i + step; k >= 0 && k < tokens.size(); k += step) {
            String text = tokens.get(k).text();
            if (!DATE_MARKS.contains(text)) return tokens.get(k);
        }
        return null;
    }

    private static final java.util.Set<String> DATE_MARKS = java.util.Set.of("(", ")", "/", "-", "–", "—", "[", "]");

    /**
     * Whether a mention is only Hijri months' names joined by «و» where a date is written («خلال
     * شهري رجب وشعبان», which the recogniser took for two men in one mention): {@link #hijri}
     * of the first, and every other one a month's name after «و».
     */
    static boolean hijriMonths(List<Token> tokens, Found f) {
        if (f.type() == EntityType.MISC || f.first() == f.last() || !hijri(tokens, f.first())) return false;
        for (int k = f.first() + 1; k <= f.last(); k++) {
            Token t = tokens.get(k);
            CalendarNames.Month month = month(t);
            if (month == null || !month.hijri() || !WordForms.opensWithAnd(t)) return false;
        }
        return true;
    }
}
