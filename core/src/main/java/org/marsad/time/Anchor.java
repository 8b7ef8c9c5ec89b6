package org.marsad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * The reference date relative expressions are resolved against (the article's publication date),
 * and TIMEX3 value formatting. Without a reference date, relative values fall back to PAST_REF,
 * PRESENT_REF or FUTURE_REF. Immutable.
 */
final class Anchor {
    private final Optional<LocalDate> ref;

    Anchor(Optional<LocalDate> ref) {
        this.ref = ref;
    }

    boolean known() {
        return ref.isPresent();
    }

    Optional<LocalDate> date() {
        return ref;
    }

    /** The reference date moved by {@code n} units (negative = past), at that unit's granularity. */
    String shift(TimeUnit unit, int n) {
        if (ref.isEmpty()) return n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF";
        LocalDate d = ref.get();
        return switch (unit) {
            case DAY -> day(d.plusDays(n));
            case WEEK -> week(d.plusWeeks(n));
            case MONTH -> month(d.plusMonths(n));
            case YEAR -> Integer.toString(d.getYear() + n);
            case DECADE -> Integer.toString((d.getYear() + 10 * n) / 10);
            case CENTURY -> Integer.toString((d.getYear() - 1) / 100 + n);
            default -> n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF";
        };
    }

    /** The weekday {@code iso} (1 Monday .. 7 Sunday) nearest the reference: direction -1 past, +1 future, 0 same week. */
    String weekday(int iso, int direction) {
        if (ref.isEmpty()) return "XXXX-WXX-" + iso;
        LocalDate d = ref.get();
        int delta = iso - d.getDayOfWeek().getValue();
        if (direction < 0 && delta >= 0) delta -= 7;
        if (direction > 0 && delta <= 0) delta += 7;
        if (direction == 0 && delta > 3) delta -= 7;
        if (direction == 0 && delta < -3) delta += 7;
        return day(d.plusDays(delta));
    }

    /** The year for a month (and day) named without one: the one nearest the reference date. */
    int yearFor(int month) {
        if (ref.isEmpty()) return -1;
        LocalDate d = ref.get();
        int diff = month - d.getMonthValue();
        if (diff > 6) return d.getYear() - 1;
        if (diff < -6) return d.getYear() + 1;
        return d.getYear();
    }

    /** The year of the month before (direction -1) or after (+1) the reference month, or this year (0). */
    int yearForRelativeMonth(int month, int direction) {
        if (ref.isEmpty()) return -1;
        LocalDate d = ref.get();
        if (direction < 0) return month < d.getMonthValue() ? d.getYear() : d.getYear() - 1;
        if (direction > 0) return month > d.getMonthValue() ? d.getYear() : d.getYear() + 1;
        return d.getYear();
    }

    /**
     * The year of day {@code day} of {@code month} named with a direction: «26 يوليو الماضي» is the
     * last 26 July before the reference date (this year's when it has passed), «12 مايو المقبل» the
     * next one after it, «15 أغسطس الجاري» this year's; -1 without a reference date.
     */
    int yearForRelativeDay(int month, int day, int direction) {
        if (ref.isEmpty()) return -1;
        LocalDate d = ref.get();
        int year = d.getYear();
        if (direction == 0) return year;
        if (!validDay(year, month, day)) return yearForRelativeMonth(month, direction);
        LocalDate when = LocalDate.of(year, month, day);
        if (direction < 0) return when.isBefore(d) ? year : year - 1;
        return when.isAfter(d) ? year : year + 1;
    }

    int year() {
        return ref.map(LocalDate::getYear).orElse(-1);
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(LocalDate d) {
        return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
    }

    /** yyyy, yyyy-mm or yyyy-mm-dd with XXXX for an unknown year and no day when {@code day} &lt;= 0. */
    static String date(int year, int month, int day) {
        String y = year < 0 ? "XXXX" : String.format("%04d", year);
        if (month <= 0) return y;
        String m = String.format("%s-%02d", y, month);
        return day <= 0 ? m : String.format("%s-%02d", m, day);
    }

    static boolean validDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) return false;
        int max = java.time.YearMonth.of(year < 0 ? 2000 : year, month).lengthOfMonth();
        return day <= max;
    }

    static DayOfWeek dayOfWeek(int iso) {
        return DayOfWeek.of(iso);
    }
}
