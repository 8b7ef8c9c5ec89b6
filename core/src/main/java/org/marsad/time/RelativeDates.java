package org.marsad.time;

import java.util.Map;
import java.util.Set;
import org.marsad.article.TimeExpression.Type;

/**
 * Rules for dates relative to the reference date: «اليوم», «أمس», «أول أمس», «غدا», «بعد غد»,
 * weekdays («الخميس الماضي», «السبت القادم»), «الأسبوع الماضي», «هذا العام», «الشهر الجاري»,
 * «قبل يومين», «منذ ثلاثة أعوام», «بعد 40 عاما», parts of day («صباح اليوم», «الليلة الماضية»),
 * clock times («الساعة العاشرة») and the generic PRESENT_REF/PAST_REF/FUTURE_REF words
 * («الآن», «حاليا», «في الماضي», «المستقبل»). Stateless and thread-safe.
 */
final class RelativeDates {
    private static final Map<String, Integer> DAY_WORDS = Map.of("اليوم", 0, "امس", -1, "الامس", -1,
            "البارحه", -1, "غدا", 1, "غد", 1, "الغد", 1);
    private static final Map<String, String> PARTS = Map.of("صباح", "MO", "مساء", "EV", "ليله", "NI", "ليل", "NI",
            "فجر", "MO", "ظهر", "AF", "عصر", "AF", "ظهيره", "AF", "ضحي", "MO", "منتصف", "NI");
    private static final Map<String, String> PART_NOUNS = Map.of("الصباح", "MO", "المساء", "EV", "الليله", "NI",
            "الفتره الصباحيه", "MO", "الفتره المساييه", "EV", "الظهيره", "AF", "الفجر", "MO");
    private static final Map<String, String> GENERIC = Map.ofEntries(Map.entry("الان", "PRESENT_REF"),
            Map.entry("حاليا", "PRESENT_REF"), Map.entry("الحاضر", "PRESENT_REF"), Map.entry("راهنا", "PRESENT_REF"),
            Map.entry("موخرا", "PAST_REF"), Map.entry("السابق", "PAST_REF"), Map.entry("سابقا", "PAST_REF"), Map.entry("الماضي", "PAST_REF"),
            Map.entry("لاحقا", "FUTURE_REF"), Map.entry("مستقبلا", "FUTURE_REF"), Map.entry("المستقبل", "FUTURE_REF"),
            Map.entry("انذاك", "PAST_REF"));
    private static final Set<String> PERIOD_NOUNS = Set.of("الفتره", "الوقت", "الزمن", "الايام", "المرحله",
            "اللحظه", "الحين", "الاونه", "الموسم", "السنوات", "الاعوام", "العقود", "الاشهر", "الشهور",
            "الاسابيع", "الساعات");
    private static final Set<String> NOT_A_DAY = Set.of("العالمي", "الوطني", "الدولي", "العربي", "المفتوح",
            "الدراسي", "الرياضي");

    private RelativeDates() {}

    /**
     * Adds every base form a relative date can begin with: part-of-day words, demonstratives, day
     * words («اليوم، أمس، أول، بعد»), «يوم», weekday names, unit words, «قبل، منذ», «الساعة», the
     * generic words and the period nouns (digits are admitted by {@link StartWords} by shape).
     */
    static void addStartWords(Set<String> out) {
        out.addAll(PARTS.keySet());
        for (String k : PART_NOUNS.keySet()) out.add(k.indexOf(' ') > 0 ? k.substring(0, k.indexOf(' ')) : k);
        out.addAll(Lexicon.THIS);
        out.addAll(Lexicon.THAT);
        out.addAll(DAY_WORDS.keySet());
        out.addAll(Set.of("اول", "امس", "بعد", "يوم", "اليوم", "قبل", "منذ", "الساعه", "نفس"));
        CalendarNames.addStartWords(out);
        TimeUnit.addForms(out);
        out.addAll(GENERIC.keySet());
        out.addAll(PERIOD_NOUNS);
    }

    static Hit match(Words w, int i, Anchor a) {
        Hit h = partOfDay(w, i, a);
        if (h == null) h = dayWord(w, i, a);
        if (h == null) h = weekday(w, i, a);
        if (h == null) h = unitRelative(w, i, a);
        if (h == null) h = agoOrLater(w, i, a);
        if (h == null) h = clock(w, i);
        if (h == null) h = generic(w, i);
        return h;
    }

    private static Hit dayWord(Words w, int i, Anchor a) {
        String b = w.b(i);
        int k = i + 1;
        int shift;
        if ((w.is(i, "اول") && w.is(i + 1, "امس")) || (w.is(i, "امس") && w.is(i + 1, "الاول"))) {
            shift = -2;
            k = i + 2;
        } else if (w.is(i, "اول") && w.is(i + 1, "من") && w.is(i + 2, "امس")) {
            shift = -2;
            k = i + 3;
        } else if (w.is(i, "بعد") && (w.is(i + 1, "غد") || w.is(i + 1, "غدا"))) {
            shift = 2;
            k = i + 2;
        } else if (DAY_WORDS.containsKey(b)) {
            shift = DAY_WORDS.get(b);
            if (b.equals("اليوم")) {
                String next = w.b(i + 1);
                if (NOT_A_DAY.contains(next)) return null;
                if (next.equals("الذي") || ArabicNumbers.ordinal(next) > 0 || next.equals("الاخير") || next.equals("السابق")
                        || next.equals("التالي")) {
                    int end = next.equals("الذي") ? i + 1 : i + 2;
                    return new Hit(w.start(i), end, Type.DATE, "XXXX-XX-XX", null);
                }
            }
            if (b.equals("الغد")) return new Hit(w.start(i), k, Type.DATE, "FUTURE_REF", null);
        } else {
            return null;
        }
        if (CalendarNames.weekday(w.b(k)) != 0 && w.b(k).startsWith("ال")) k++;
        return new Hit(w.start(i), k, Type.DATE, a.shift(TimeUnit.DAY, shift), null);
    }

    /** «الخميس الماضي», «يوم السبت القادم», «الأحد» (nearest, past unless the sentence speaks of the future). */
    private static Hit weekday(Words w, int i, Anchor a) {
        int k = i;
        boolean yawm = w.is(k, "يوم") || w.is(k, "اليوم");
        if (yawm) k++;
        int iso = CalendarNames.weekday(w.b(k));
        if (iso == 0) return null;
        if (!yawm && !w.b(k).startsWith("ال")) return null;
        if (w.b(k).equals("الاثنين") && !yawm && w.is(i - 1, "بين")) return null;
        k++;
        Integer dir = Lexicon.direction(w.b(k));
        if (dir != null && dir != 0) k++;
        else dir = futureContext(w, i) ? 2 : -2;
        if (dir == -2 || dir == 2) return new Hit(w.start(i), k, Type.DATE, nearest(a, iso, dir), null);
        return new Hit(w.start(i), k, Type.DATE, a.weekday(iso, dir), null);
    }

    private static String nearest(Anchor a, int iso, int dir) {
        if (!a.known()) return "XXXX-WXX-" + iso;
        int today = a.date().get().getDayOfWeek().getValue();
        if (today == iso) return a.shift(TimeUnit.DAY, 0);
        return a.weekday(iso, dir < 0 ? -1 : 1);
    }

    /** True when a future cue (سوف، سيعقد، من المقرر) precedes token {@code i} in its clause. */
    static boolean futureContext(Words w, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
            if (w.isPunct(k) && (w.f(k).equals(".") || w.f(k).equals("؛"))) break;
            String b = w.b(k);
            if (Lexicon.FUTURE_CUES.contains(b)) return true;
            if (b.length() >= 5 && b.charAt(0) == 'س' && "يتن".indexOf(b.charAt(1)) >= 0
                    && !b.startsWith("سياس") && !b.startsWith("سيار") && !b.startsWith("سنو") && !b.startsWith("ستين")
                    && !b.startsWith("سيد") && !b.startsWith("سنه") && !b.startsWith("سنت") && !b.startsWith("ستار")) {
                return true;
            }
        }
        return false;
    }

    /** Titles that «العام» ("general") follows: «الأمين العام», «المدعي العام», «المدير العام» (folded). */
    private static final java.util.Set<String> GENERAL_TITLES = java.util.Set.of("الامين", "المدعي", "المدير", "النايب",
            "المراقب", "المفتش", "القايد", "المنسق", "المفوض", "القنصل", "الحاكم", "المحامي", "المستشار",
            "امين", "مدير", "مدعي", "نايب", "قايد", "مفوض", "قنصل", "حاكم");

    /** «الأسبوع الماضي», «هذا العام», «الشهر الجاري», «العام المقبل», «الأيام الأخيرة», «السنوات الخمس الماضية». */
    private static Hit unitRelative(Words w, int i, Anchor a) {
        int k = i;
        boolean demonstrative = Lexicon.THIS.contains(w.b(k));
        boolean distal = Lexicon.THAT.contains(w.b(k));
        if (demonstrative || distal) k++;
        TimeUnit.Form f = TimeUnit.of(w.b(k));
        if (f == null || !f.definite()) return null;
        if (k == i && w.b(k).equals("العام") && GENERAL_TITLES.contains(w.b(i - 1))) {
            return null; // «الأمين العام السابق»: the former secretary-general, not last year
        }
        k++;
        if (distal) {
            if (f.unit().clock) return null;
            return new Hit(w.start(i), k, Type.DATE, f.count() == 1 && f.unit() == TimeUnit.DAY ? "XXXX-XX-XX" : "PAST_REF", null);
        }
        if (f.count() == 1) {
            Integer dir = Lexicon.direction(w.b(k));
            if (dir != null) return new Hit(w.start(i), k + 1, Type.DATE, a.shift(f.unit(), dir), null);
            if (demonstrative && !f.unit().clock) {
                if (f.unit() == TimeUnit.DAY) return new Hit(w.start(i), k, Type.DATE, "XXXX-XX-XX", null);
                return new Hit(w.start(i), k, Type.DATE, a.shift(f.unit(), 0), null);
            }
            return null;
        }
        if (demonstrative) {
            return f.unit() == TimeUnit.DAY ? new Hit(w.start(i), k, Type.DATE, "PRESENT_REF", null) : null;
        }
        int n = f.count() == 2 ? 2 : -1;
        String nb = w.b(k);
        int num = nb.startsWith("ال") ? ArabicNumbers.cardinal(nb.substring(2)) : ArabicNumbers.digits(nb);
        if (f.count() == 0 && num > 0) {
            n = num;
            k++;
        }
        if (w.is(k, "القليله")) k++;
        Integer dir = Lexicon.direction(w.b(k));
        boolean last = Lexicon.LAST.contains(w.b(k));
        if (dir == null && !last) return null;
        if (last && w.is(k + 1, "من")) {
            Hit c = CalendarDates.match(w, k + 2, a);
            if (c != null && c.type() == Type.DATE) return new Hit(w.start(i), c.endToken(), Type.DATE, c.value(), "END");
        }
        if (n > 0) return new Hit(w.start(i), k + 1, Type.DURATION, f.unit().duration(n), null);
        String value = last || dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF";
        return new Hit(w.start(i), k + 1, Type.DATE, value, null);
    }

    /**
     * «قبل يومين», «منذ ثلاثة أعوام», «بعد 40 عاما», «منذ سنوات»; «بعد شهر من ...» is a duration, and
     * «يوما بعد يوم» ("day by day") no time at all ({@link Durations#oneOf}).
     */
    private static Hit agoOrLater(Words w, int i, Anchor a) {
        int sign;
        if (w.is(i, "قبل") || w.is(i, "منذ")) sign = -1;
        else if (w.is(i, "بعد")) sign = 1;
        else return null;
        Durations.Quantity q = Durations.quantity(w, i + 1);
        if (q == null) {
            if (w.is(i + 1, "فتره") || w.is(i + 1, "زمن") || w.is(i + 1, "مده")) {
                int end = w.is(i + 2, "طويله") || w.is(i + 2, "طويل") || w.is(i + 2, "قصيره") ? i + 3 : i + 2;
                return new Hit(w.start(i), end, Type.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", null);
            }
            return null;
        }
        if (sign > 0 && (w.is(q.next(), "من") || w.is(q.next(), "علي"))) return null;
        String value = q.n() < 0 ? (sign < 0 ? "PAST_REF" : "FUTURE_REF") : a.shift(q.unit(), sign * q.n());
        return new Hit(w.start(i), q.next(), Type.DATE, value, null);
    }

    /** «صباح اليوم», «مساء أمس», «ليلة الخميس», «هذا الصباح», «الليلة الماضية», «الفترة المسائية». */
    private static Hit partOfDay(Words w, int i, Anchor a) {
        String part = PARTS.get(w.b(i));
        if (part != null && !(w.is(i, "منتصف") && !w.is(i + 1, "ليل") && !w.is(i + 1, "الليل"))) {
            int k = w.is(i, "منتصف") ? i + 2 : i + 1;
            Hit day = dayWord(w, k, a);
            if (day == null) day = weekday(w, k, a);
            if (day == null) day = CalendarDates.match(w, k, a);
            if (day != null && day.type() == Type.DATE && day.value().matches("(\\d{4}|XXXX)-\\d{2}-\\d{2}|XXXX-WXX-\\d")) {
                return new Hit(w.start(i), day.endToken(), Type.TIME, day.value() + "T" + part, null);
            }
            return null;
        }
        int k = i;
        boolean demonstrative = Lexicon.THIS.contains(w.b(k)) || Lexicon.THAT.contains(w.b(k));
        if (demonstrative) k++;
        String two = w.b(k) + " " + w.b(k + 1);
        String p = PART_NOUNS.get(two);
        int end = k + 2;
        if (p == null) {
            p = PART_NOUNS.get(w.b(k));
            end = k + 1;
        }
        if (p == null) return null;
        if (Lexicon.PAST.contains(w.b(end)) && p.equals("NI")) {
            return new Hit(w.start(i), end + 1, Type.TIME, a.known() ? a.shift(TimeUnit.DAY, -1) + "TNI" : "PAST_REF", null);
        }
        boolean today = w.b(k).equals("الليله") && !demonstrative || Lexicon.THIS.contains(w.b(i));
        String day = today && a.known() ? a.shift(TimeUnit.DAY, 0) : "XXXX-XX-XX";
        if (!demonstrative && !w.b(k).equals("الليله") && end == k + 1) return null;
        return new Hit(w.start(i), end, Type.TIME, day + "T" + p, null);
    }

    /** «الساعة العاشرة», «الساعة 10:30 صباحا», «الساعة الثامنة مساء». */
    private static Hit clock(Words w, int i) {
        if (!w.is(i, "الساعه")) return null;
        String b = w.b(i + 1);
        int hour;
        int minute = 0;
        if (b.matches("\\d{1,2}(:\\d{2})?")) {
            String[] p = b.split(":");
            hour = Integer.parseInt(p[0]);
            if (p.length > 1) minute = Integer.parseInt(p[1]);
        } else {
            hour = ArabicNumbers.ordinal(b);
            if (b.equals("الواحده") || b.equals("الحاديه") && ArabicNumbers.isTeen(w.b(i + 2))) hour = b.equals("الواحده") ? 1 : 11;
            else if (hour > 0 && hour < 10 && ArabicNumbers.isTeen(w.b(i + 2))) hour += 10;
        }
        if (hour < 0 || hour > 24 || minute > 59) return null;
        int k = i + 2;
        if (ArabicNumbers.isTeen(w.b(k))) k++;
        if (w.is(k, "مساء") || w.is(k, "ليلا") || w.is(k, "عصرا")) {
            if (hour < 12) hour += 12;
            k++;
        } else if (w.is(k, "ظهرا")) {
            if (hour <= 6) hour += 12; // «الثالثة ظهرا» is 15:00; «الثانية عشرة ظهرا» noon
            k++;
        } else if (w.is(k, "صباحا") || w.is(k, "فجرا")) {
            k++;
        }
        return new Hit(w.start(i), k, Type.TIME, String.format("XXXX-XX-XXT%02d:%02d", hour, minute), null);
    }

    /** «الآن», «حاليا», «في الماضي», «المستقبل», «هذه الفترة», «ذلك الوقت», «الآونة الأخيرة». */
    private static Hit generic(Words w, int i) {
        String b = w.b(i);
        String v = GENERIC.get(b);
        if (v != null) {
            if (!b.equals("الان") && b.startsWith("ال") && w.b(i - 1).startsWith("ال") && w.f(i).equals(b)) {
                return null; // an adjective: «العام الماضي» is matched whole elsewhere, «الاتفاق الماضي» is no date
            }
            if (b.equals("السابق") && w.f(i).equals(b) && !w.is(i - 1, "في")) {
                return null; // «شريكه السابق», «بخاطفها السابق»: "former"; «في السابق» is "in the past" («الماضي» alone is "the past")
            }
            return new Hit(w.start(i), i + 1, Type.DATE, v, null);
        }
        boolean near = Lexicon.THIS.contains(b);
        boolean far = Lexicon.THAT.contains(b) || w.is(i, "نفس") && !w.is(i + 1, "الوقت");
        if ((near || far) && PERIOD_NOUNS.contains(w.b(i + 1))) {
            return new Hit(w.start(i), i + 2, Type.DATE, near ? "PRESENT_REF" : "PAST_REF", null);
        }
        if (PERIOD_NOUNS.contains(b)) {
            if (Lexicon.LAST.contains(w.b(i + 1))) return new Hit(w.start(i), i + 2, Type.DATE, "PAST_REF", null);
            Integer dir = Lexicon.direction(w.b(i + 1));
            if (dir != null && (b.equals("الفتره") || b.equals("الوقت") || b.equals("الموسم"))) {
                return new Hit(w.start(i), i + 2, Type.DATE, dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF", null);
            }
        }
        return null;
    }
}
