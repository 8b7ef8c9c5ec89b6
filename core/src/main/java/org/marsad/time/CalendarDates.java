package org.marsad.time;

import java.time.LocalDate;
import java.util.Set;
import org.marsad.article.TimeExpression.Type;

/**
 * Rules for dates written with the calendar: «الثلاثاء 7 شباط 2017», «الثامن من مايو»,
 * «نوفمبر/ تشرين ثانٍ 2016», «15 رمضان 1438 هـ», «أيلول العام الماضي», «شباط الحالي»,
 * «عام 2003 م», «25/12/2015», decades «الستينيات من القرن الماضي» and centuries «القرن العشرين».
 * Stateless and thread-safe.
 */
final class CalendarDates {
    private static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "السنه", "لعام");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("في", "منذ", "حتى", "خلال", "بحلول", "قبل",
            "بعد", "مطلع", "نهايه", "منتصف", "بدايه", "اواخر", "اوائل", "عام", "سنه", "العام", "مواليد", "من");
    private static final Set<String> HIJRI_ERA = Set.of("ه", "هجري", "هجريه", "للهجره", "هجريا");
    private static final Set<String> GREGORIAN_ERA = Set.of("م", "ميلادي", "ميلاديه", "للميلاد", "ميلاديا");

    private CalendarDates() {}

    /**
     * Adds every base form a calendar date can begin with, besides tokens with a digit (days, years,
     * «25/12/2015», «٢٥أكتوبر») and words ending in «ات» (decades), which {@link StartWords} admits
     * by shape: «يوم», weekday and month names, ordinals, «الشهر», year words, «القرن».
     */
    static void addStartWords(Set<String> out) {
        out.add("يوم");
        out.add("شهر");
        out.add("الشهر");
        out.add("القرن");
        out.add("قرن");
        out.addAll(YEAR_WORDS);
        CalendarNames.addStartWords(out);
        ArabicNumbers.addOrdinals(out);
    }

    /** The longest calendar date starting at token {@code i}, or null. */
    static Hit match(Words w, int i, Anchor a) {
        Hit h = dayMonthYear(w, i, a);
        if (h == null) h = numeric(w, i, a);
        if (h == null) h = year(w, i, a);
        if (h == null) h = decade(w, i, a);
        if (h == null) h = century(w, i, a);
        return h;
    }

    /** A day number at {@code k}: digits 1-31 or an ordinal word (الثامن، الحادي عشر، الحادي والعشرين). */
    private static int[] day(Words w, int k) {
        String b = w.b(k);
        int d = ArabicNumbers.digits(b.startsWith("ال") ? b.substring(2) : b);
        if (d >= 1 && d <= 31) return new int[] {d, k + 1};
        int o = ArabicNumbers.ordinal(w.b(k));
        if (o < 0) return null;
        if (o < 10 && ArabicNumbers.isTeen(w.b(k + 1))) return new int[] {o + 10, k + 2};
        int t = ArabicNumbers.tens(w.b(k + 1));
        if (o < 10 && t > 0 && w.f(k + 1).startsWith("و")) return new int[] {o + t, k + 2};
        return o <= 31 ? new int[] {o, k + 1} : null;
    }

    private static Hit dayMonthYear(Words w, int i, Anchor a) {
        int k = i;
        if (w.is(k, "يوم") && CalendarNames.weekday(w.b(k + 1)) != 0) k += 2;
        else if (w.b(k).startsWith("ال") && CalendarNames.weekday(w.b(k)) != 0) k++;
        if (k > i && (w.f(k).equals("،") || w.f(k).equals(","))) k++;
        int day = -1;
        int[] dn = day(w, k);
        if (dn != null) {
            day = dn[0];
            k = dn[1];
            if (w.is(k, "من")) k++;
        }
        CalendarNames.Month m = null;
        if (dn == null) {
            int digits = 0;
            String b = w.b(k);
            while (digits < b.length() && digits < 2 && Character.isDigit(b.charAt(digits))) digits++;
            m = digits > 0 && digits < b.length() ? CalendarNames.month(b.substring(digits), null) : null;
            if (m != null && m.words() == 1) {
                day = Integer.parseInt(b.substring(0, digits)); // «٢٥أكتوبر»: day glued to the month
                k++;
            } else {
                m = null;
            }
        }
        boolean shahr = m == null && (w.is(k, "شهر") || w.is(k, "الشهر"));
        if (shahr) k++;
        if (m == null) {
            m = CalendarNames.month(w.b(k), w.b(k + 1));
            if (m == null) return null;
            k += m.words();
        }
        k = skipDualName(w, k, m);
        int year = -1;
        boolean hijri = m.hijri();
        int y = k;
        if (w.f(y).equals("،") || w.f(y).equals(",")) y++;
        if (w.is(y, "من")) y++;
        if (YEAR_WORDS.contains(w.b(y))) y++;
        int[] yr = yearNumber(w, y);
        Integer direction = null;
        if (yr != null) {
            year = yr[0];
            k = yr[1];
            if (yr[2] == 1) hijri = true;
            if (m.hijri() && yr[2] != 1 && (yr[2] == 2 || year > 1600 && !unmarkedHijri(year, a))) {
                // «رمضان 2018»: a Hijri month in a Gregorian year is the one that falls in it
                year = HijriDates.yearIn(year, m.number());
            }
        } else {
            int r = k;
            if (w.is(r, "من")) r++;
            if (Lexicon.THIS.contains(w.b(r)) && (w.is(r + 1, "العام") || w.is(r + 1, "السنه"))) {
                direction = 0;
                k = r + 2;
            } else if (w.is(r, "العام") || w.is(r, "السنه")) {
                direction = Lexicon.direction(w.b(r + 1));
                if (direction != null) {
                    // «رمضان العام الماضي»: a Hijri month's year is the Hijri year before, not the Gregorian one
                    int current = m.hijri() ? a.date().map(HijriDates::yearAt).orElse(-1) : a.year();
                    year = current < 0 ? -1 : current + direction;
                    k = r + 2;
                    direction = null;
                }
            } else if (Lexicon.direction(w.b(k)) != null) {
                // «شباط الحالي», «يوليو الماضي», and with a day «26 يوليو الماضي», «12 مايو/ أيار المقبل»
                direction = Lexicon.direction(w.b(k));
                k++;
            }
        }
        if (yr == null && year < 0 && direction == null) year = yearOfNextMonth(w, k);
        if (m.ambiguous() && day < 0 && year < 0 && direction == null && !shahr) return null;
        // «1-6 وصفر-6»: a score, «صفر» the number zero, not the month Safar
        if (m.ambiguous() && day > 0 && (w.f(i - 1).equals("-") || w.f(k).equals("-"))) return null;
        String value;
        if (hijri && m.hijri()) {
            if (year < 0 && direction != null && a.date().isPresent()) year = HijriDates.yearForDirection(a.date().get(), m.number(), direction);
            if (year < 0 && a.date().isPresent()) year = HijriDates.nearestYear(a.date().get(), m.number(), day);
            value = year < 0 ? "XXXX" : HijriDates.value(year, m.number(), day);
        } else {
            if (year < 0 && direction != null) {
                year = day > 0 ? a.yearForRelativeDay(m.number(), day, direction) : a.yearForRelativeMonth(m.number(), direction);
            }
            if (year < 0 && direction == null && !(k > i && w.b(k - 1).equals("العام"))) year = yearOfUndatedMonth(w, i, a, m.number(), day);
            if (day > 0 && !Anchor.validDay(year, m.number(), day)) day = -1;
            value = Anchor.date(year, m.number(), day);
        }
        return new Hit(w.start(i), k, Type.DATE, value, null);
    }

    /**
     * The year of a month (and day) given without one: the nearest to the reference date, except
     * after «منذ» (since), which looks back: «منذ يناير» written in August is this January, «منذ
     * نوفمبر» last November. (Wider tense cues were tried and dropped: «كان من المقرر ... في 10
     * نوفمبر» is a past clause about a future date, and the future-verb cue misfires on names.)
     */
    private static int yearOfUndatedMonth(Words w, int i, Anchor a, int month, int day) {
        int year = a.yearFor(month);
        if (year < 0 || !since(w, i)) return year;
        java.time.LocalDate ref = a.date().orElseThrow();
        java.time.LocalDate when = java.time.LocalDate.of(year, month, day > 0 && Anchor.validDay(year, month, day) ? day : 1);
        boolean later = day > 0 ? when.isAfter(ref) : year > ref.getYear() || year == ref.getYear() && month > ref.getMonthValue();
        return later ? year - 1 : year;
    }

    /** «منذ يناير», «منذ أوائل يناير», «منذ 30 يناير»: «منذ» within the two words before the date. */
    private static boolean since(Words w, int i) {
        return w.is(i - 1, "منذ") || w.is(i - 2, "منذ") && !w.isPunct(i - 1);
    }

    /**
     * «بين يناير/كانون الثاني ومايو/آيار 2018»: a month without a year, joined by و to a month
     * with one, has that year; -1 when the next words are not «و» + month + year.
     */
    private static int yearOfNextMonth(Words w, int k) {
        if (!w.f(k).startsWith("و")) return -1;
        CalendarNames.Month next = CalendarNames.month(w.b(k), w.b(k + 1));
        if (next == null || next.hijri()) return -1;
        int y = skipDualName(w, k + next.words(), next);
        if (YEAR_WORDS.contains(w.b(y))) y++;
        int[] yr = yearNumber(w, y);
        return yr == null || yr[2] == 1 ? -1 : yr[0];
    }

    /** «نوفمبر/ تشرين ثانٍ», «شباط (فبراير)»: a second name of the same month is part of the date. */
    private static int skipDualName(Words w, int k, CalendarNames.Month m) {
        int j = k;
        if (w.f(j).equals("/") || w.f(j).equals("(") || w.f(j).equals("-")) j++;
        else return k;
        CalendarNames.Month other = CalendarNames.month(w.b(j), w.b(j + 1));
        if (other == null || other.number() != m.number() || other.hijri() != m.hijri()) return k;
        j += other.words();
        if (w.f(j).equals(")")) j++;
        return j;
    }

    /** A year at {@code k}: {year, next token, 1 if marked Hijri, 2 if marked Gregorian, else 0}; «2017»، «2017م»، «1438 هـ». */
    private static int[] yearNumber(Words w, int k) {
        String b = w.b(k);
        int hijri = 0;
        int y = ArabicNumbers.digits(b);
        int next = k + 1;
        if (y < 0 && b.length() > 4 && (b.endsWith("ه") || b.endsWith("م"))) {
            y = ArabicNumbers.digits(b.substring(0, b.length() - 1));
            hijri = b.endsWith("ه") ? 1 : 2;
        } else if (y >= 0) {
            if (HIJRI_ERA.contains(w.b(next))) {
                hijri = 1;
                next++;
            } else if (GREGORIAN_ERA.contains(w.b(next))) {
                hijri = 2;
                next++;
            }
        }
        if (y < 1000 || y > 2200) return null;
        return new int[] {y, next, hijri};
    }

    private static Hit year(Words w, int i, Anchor a) {
        int k = i;
        boolean word = YEAR_WORDS.contains(w.b(k));
        if (word) k++;
        int[] yr = yearNumber(w, k);
        if (yr == null) return null;
        boolean era = yr[1] > k + 1 || w.b(k).length() > 4;
        if (!word && !era && !(YEAR_PREPOSITIONS.contains(w.b(i - 1)) && yr[0] >= 1900 && yr[0] <= 2100)) return null;
        boolean hijri = yr[2] == 1 || yr[2] == 0 && unmarkedHijri(yr[0], a);
        String value = hijri ? HijriDates.value(yr[0], 0, 0) : Integer.toString(yr[0]);
        return new Hit(w.start(i), yr[1], Type.DATE, value, null);
    }

    /**
     * Whether a year written without an era is a Hijri one: Gulf papers write «عام 1407» and
     * «28/5/1432» for 1987 and 2011. In an article of the Hijri era's fourteenth and fifteenth
     * centuries (from 1882), a year from 1300 AH up to the article's Hijri year and one more is read
     * as Hijri; a later one is a Gregorian year of the past («منذ العام 1492», «عام 1453»). Without a
     * reference date nothing is assumed.
     */
    static boolean unmarkedHijri(int year, Anchor a) {
        if (a.date().isEmpty() || year < 1300 || a.year() < 1882) return false;
        return year <= HijriDates.yearAt(a.date().get()) + 1;
    }

    /** «25/12/2015», «2015-12-25», «25-12-2015». */
    private static Hit numeric(Words w, int i, Anchor a) {
        String b = w.b(i);
        if (b.isEmpty() || b.charAt(0) < '0' || b.charAt(0) > '9') return null;
        int[] p = null;
        int end = i + 1;
        if (b.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            String[] s = b.split("/");
            p = new int[] {Integer.parseInt(s[2]), Integer.parseInt(s[1]), Integer.parseInt(s[0])};
        } else if (b.matches("\\d{4}") && w.f(i + 1).equals("-") && w.b(i + 2).matches("\\d{1,2}")
                && w.f(i + 3).equals("-") && w.b(i + 4).matches("\\d{1,2}")) {
            p = new int[] {Integer.parseInt(b), Integer.parseInt(w.b(i + 2)), Integer.parseInt(w.b(i + 4))};
            end = i + 5;
        } else if (b.matches("\\d{1,2}") && w.f(i + 1).equals("-") && w.b(i + 2).matches("\\d{1,2}")
                && w.f(i + 3).equals("-") && w.b(i + 4).matches("\\d{4}")) {
            p = new int[] {Integer.parseInt(w.b(i + 4)), Integer.parseInt(w.b(i + 2)), Integer.parseInt(b)};
            end = i + 5;
        }
        if (p == null || p[0] < 1000 || !Anchor.validDay(p[0], p[1], p[2])) return null;
        boolean gregorian = GREGORIAN_ERA.contains(w.b(end));
        if (HIJRI_ERA.contains(w.b(end)) || !gregorian && p[2] <= 30 && unmarkedHijri(p[0], a)) {
            return new Hit(w.start(i), HIJRI_ERA.contains(w.b(end)) ? end + 1 : end, Type.DATE, HijriDates.value(p[0], p[1], p[2]), null);
        }
        if (gregorian) end++;
        return new Hit(w.start(i), end, Type.DATE, LocalDate.of(p[0], p[1], p[2]).toString(), null);
    }

    /** «الستينيات», «ستينيات القرن الماضي», «الثمانينات من القرن العشرين» → 196, 198. */
    private static Hit decade(Words w, int i, Anchor a) {
        String b = w.b(i);
        String stem = b.endsWith("يات") ? b.substring(0, b.length() - 3) : b.endsWith("ات") ? b.substring(0, b.length() - 2) : null;
        if (stem == null) return null;
        int t = ArabicNumbers.tens(stem);
        if (t < 20) return null;
        int k = i + 1;
        int century = 19;
        int c = k;
        if (w.is(c, "من")) c++;
        int[] cent = centuryAfter(w, c, a);
        if (cent != null) {
            century = cent[0];
            k = cent[1];
        }
        return new Hit(w.start(i), k, Type.DATE, String.format("%02d%d", century, t / 10), null);
    }

    private static Hit century(Words w, int i, Anchor a) {
        int[] c = centuryAfter(w, i, a);
        return c == null ? null : new Hit(w.start(i), c[1], Type.DATE, String.format("%02d", c[0]), null);
    }

    /** «القرن الماضي/العشرين/الـ20/الحادي والعشرين» at {@code k}: {TIMEX3 century (19 for the 20th), next}. */
    private static int[] centuryAfter(Words w, int k, Anchor a) {
        if (!w.is(k, "القرن") && !w.is(k, "قرن")) return null;
        String n = w.b(k + 1);
        Integer dir = Lexicon.direction(n);
        if (dir != null && a.known()) {
            return new int[] {(a.year() - 1) / 100 + dir, k + 2};
        }
        int o = ArabicNumbers.ordinal(n);
        int next = k + 2;
        if (o < 0) {
            String d = n.startsWith("ال") ? n.substring(2) : n;
            o = ArabicNumbers.digits(d);
            if (o < 0 && w.b(k + 1).equals("ال")) {
                o = ArabicNumbers.digits(w.b(k + 2));
                next = k + 3;
            }
        } else if (o < 10 && ArabicNumbers.isTeen(w.b(k + 2))) {
            o += 10;
            next = k + 3;
        } else if (o < 10 && ArabicNumbers.tens(w.b(k + 2)) > 0 && w.f(k + 2).startsWith("و")) {
            o += ArabicNumbers.tens(w.b(k + 2));
            next = k + 3;
        }
        if (o < 1 || o > 30) return null;
        return new int[] {o - 1, next};
    }
}
