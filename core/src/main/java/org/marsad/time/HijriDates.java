package org.marsad.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;

/**
 * Converts Hijri dates to Gregorian with ICU4J's Islamic calendars: Umm al-Qura (the Saudi civil
 * calendar most Arabic news follows) inside its table (1300-1600 AH), the arithmetic civil calendar
 * outside it. A Hijri month or year covers parts of two Gregorian months or years; those are
 * given as the Gregorian month or year of their middle day. Stateless and thread-safe (a new
 * calendar per call).
 */
public final class HijriDates {
    private HijriDates() {}

    /** The Gregorian date of Hijri {@code year}-{@code month}-{@code day} (month 1-12, day 1-30). */
    public static LocalDate toGregorian(int year, int month, int day) {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE);
        cal.setCalculationType(year >= 1300 && year < 1600 ? IslamicCalendar.CalculationType.ISLAMIC_UMALQURA
                : IslamicCalendar.CalculationType.ISLAMIC_CIVIL);
        cal.clear();
        cal.set(Calendar.EXTENDED_YEAR, year);
        cal.set(Calendar.MONTH, month - 1);
        cal.set(Calendar.DAY_OF_MONTH, Math.min(day, 30));
        GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE);
        g.setTimeInMillis(cal.getTimeInMillis());
        return LocalDate.of(g.get(Calendar.EXTENDED_YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
    }

    /** TIMEX3 value for a Hijri date; {@code day} &lt;= 0 gives a month, {@code month} &lt;= 0 a year. */
    public static String value(int year, int month, int day) {
        if (month <= 0) return Integer.toString(toGregorian(year, 7, 1).getYear());
        if (day <= 0) {
            LocalDate mid = toGregorian(year, month, 15);
            return Anchor.month(mid);
        }
        return toGregorian(year, month, day).toString();
    }

    /**
     * The Hijri year of a month (and day) written without one, as read at {@code ref}: of the
     * current Hijri year, the one before and the one after, the one whose date lies nearest
     * («محرم» written in Shawwal is the coming Muharram, «ذي الحجة» written in Muharram the one
     * just past).
     */
    public static int nearestYear(LocalDate ref, int month, int day) {
        int current = yearAt(ref);
        int best = current;
        long bestGap = Long.MAX_VALUE;
        for (int y = current - 1; y <= current + 1; y++) {
            long gap = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(ref, toGregorian(y, month, day > 0 ? day : 15)));
            if (gap < bestGap) {
                best = y;
                bestGap = gap;
            }
        }
        return best;
    }

    /**
     * The Hijri year of a month written with a direction and without a year, as read at {@code ref}:
     * «صفر الماضي» (direction -1) is the last Safar before the current month, «رمضان المقبل» (+1) the
     * next one after it, «شوال الحالي» (0) the current year's.
     */
    public static int yearForDirection(LocalDate ref, int month, int direction) {
        Calendar now = at(ref);
        int year = now.get(Calendar.EXTENDED_YEAR);
        int current = now.get(Calendar.MONTH) + 1;
        if (direction < 0) return month < current ? year : year - 1;
        if (direction > 0) return month > current ? year : year + 1;
        return year;
    }

    /**
     * The Hijri year whose month {@code month} has its middle day in Gregorian year {@code gregorian}
     * («رمضان 2018» is Ramadan 1439); the earlier when two such months fall in one year.
     */
    public static int yearIn(int gregorian, int month) {
        int guess = (int) Math.round((gregorian - 622) * 33.0 / 32.0);
        for (int h = guess - 2; h <= guess + 2; h++) {
            if (toGregorian(h, month, 15).getYear() == gregorian) return h;
        }
        return guess;
    }

    /** The Hijri year current at a Gregorian date. */
    public static int yearAt(LocalDate d) {
        return at(d).get(Calendar.EXTENDED_YEAR);
    }

    private static Calendar at(LocalDate d) {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE);
        g.clear();
        g.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 12, 0);
        cal.setTimeInMillis(g.getTimeInMillis());
        return cal;
    }
}
