package org.marsad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.article.TimeExpression;
import org.marsad.article.Token;
import org.marsad.article.TimeExpression.Type;

/**
 * Finds TIMEX3 time expressions in Arabic text and normalises them against a reference date.
 * At each token the calendar, relative, duration and set rules are tried and the longest match
 * wins; a position word before a date («منتصف شباط الحالي», «نهاية الشهر») adds a mod.
 * Expressions never overlap and come in text order; spans are [start, end) offsets into the text.
 * The rules run only at tokens that can begin an expression ({@link StartWords}), which gives the
 * same expressions as running them everywhere, over twice as fast on news text. Immutable and
 * thread-safe.
 */
public final class TimexTagger {
    private final boolean filtered;

    public TimexTagger() {
        this(true);
    }

    /** With {@code filtered} false the rules run at every token: for tests that the filter changes nothing. */
    TimexTagger(boolean filtered) {
        this.filtered = filtered;
    }

    /** Finds and normalises the time expressions of {@code text}; {@code reference} anchors relative ones. */
    public List<TimeExpression> tag(String text, Optional<LocalDate> reference) {
        return tag(new Words(text), reference);
    }

    /** As {@link #tag(String, Optional)}, over the text layer's tokens of {@code text} (their spans and folded forms). */
    public List<TimeExpression> tag(String text, List<Token> tokens, Optional<LocalDate> reference) {
        return tag(new Words(text, tokens), reference);
    }

    private List<TimeExpression> tag(Words w, Optional<LocalDate> reference) {
        String text = w.text;
        Anchor a = new Anchor(reference);
        List<TimeExpression> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            if (filtered && !StartWords.mayStart(w.b(i))) {
                i++;
                continue;
            }
            Hit h = best(w, i, a);
            if (h == null) {
                h = dayBeforeAnotherDay(w, i, a);
            }
            if (h == null || h.endToken() <= i) {
                i++;
                continue;
            }
            int end = w.end(h.endToken() - 1);
            if (end > h.start()) {
                String value = out.isEmpty() ? h.value() : weekdayOfDate(w, i, h, out.get(out.size() - 1));
                out.add(new TimeExpression(h.start(), end, text.substring(h.start(), end), h.type(), value,
                        Optional.ofNullable(h.mod())));
            }
            i = h.endToken();
        }
        return out;
    }

    /**
     * «في الثامن من ذي الحجة (يوم الأحد)»: a bare weekday right after a full date, with only a
     * bracket or comma between, names a day of that date's week (the one nearest it), not the
     * weekday nearest the article's date. Otherwise the hit's own value.
     */
    private static String weekdayOfDate(Words w, int i, Hit h, TimeExpression before) {
        if (h.type() != Type.DATE || !before.value().matches("\\d{4}-\\d{2}-\\d{2}")) return h.value();
        String between = w.text.substring(before.end(), h.start());
        if (!between.matches("[\\s(،,-]*")) return h.value();
        int k = w.is(i, "يوم") || w.is(i, "اليوم") ? i + 1 : i;
        int iso = CalendarNames.weekday(w.b(k));
        if (iso == 0 || h.endToken() != k + 1) return h.value();
        return new Anchor(Optional.of(LocalDate.parse(before.value()))).weekday(iso, 0);
    }

    private static Hit best(Words w, int i, Anchor a) {
        Hit best = null;
        for (Hit h : new Hit[] {CalendarDates.match(w, i, a), RelativeDates.match(w, i, a), Durations.match(w, i, a),
                positioned(w, i, a)}) {
            if (h != null && (best == null || h.endToken() > best.endToken())) best = h;
        }
        return best;
    }

    /** «منتصف شباط الحالي» → the date with mod MID; «نهاية الأسبوع الماضي» → that week's weekend. */
    private static Hit positioned(Words w, int i, Anchor a) {
        String mod = Lexicon.mod(w.b(i));
        if (mod == null) return null;
        int k = w.is(i + 1, "من") ? i + 2 : i + 1;
        if (mod.equals("END") && w.is(i, "نهايه") && (w.is(k, "الاسبوع") || w.is(k, "الاسبوع"))) {
            Integer dir = Lexicon.direction(w.b(k + 1));
            int end = dir == null ? k + 1 : k + 2;
            String week = a.shift(TimeUnit.WEEK, dir == null ? 0 : dir);
            return new Hit(w.start(i), end, Type.DATE, week.startsWith("P") || week.endsWith("REF") ? week : week + "-WE", null);
        }
        Hit inner = CalendarDates.match(w, k, a);
        Hit rel = RelativeDates.match(w, k, a);
        if (rel != null && (inner == null || rel.endToken() > inner.endToken())) inner = rel;
        if (inner == null) {
            TimeUnit.Form f = TimeUnit.of(w.b(k));
            if (f == null || !f.definite() || f.count() != 1 || f.unit().clock) return null;
            if (f.unit() == TimeUnit.DAY) return null;
            return new Hit(w.start(i), k + 1, Type.DATE, a.shift(f.unit(), 0), mod);
        }
        if (inner.type() != Type.DATE || inner.value().startsWith("X")) return null;
        return new Hit(w.start(i), inner.endToken(), Type.DATE, inner.value(), mod);
    }

    /** «يومي 10 و11 أبريل»: a bare day number joined by و to a full date takes its month and year. */
    private static Hit dayBeforeAnotherDay(Words w, int i, Anchor a) {
        int d = ArabicNumbers.digits(w.b(i));
        if (d < 1 || d > 31) return null;
        int k = w.f(i + 1).equals("و") ? i + 2 : i + 1;
        if (k == i + 1 && !w.f(k).startsWith("و")) return null;
        Hit next = CalendarDates.match(w, k, a);
        if (next == null || !next.value().matches("(\\d{4}|XXXX)-\\d{2}-\\d{2}")) return null;
        return new Hit(w.start(i), i + 1, Type.DATE, next.value().substring(0, 8) + String.format("%02d", d), null);
    }
}
