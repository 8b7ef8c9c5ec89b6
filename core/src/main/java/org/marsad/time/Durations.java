package org.marsad.time;

import java.util.Map;
import java.util.Set;
import org.marsad.article.TimeExpression.Type;

/**
 * Rules for durations («يومين», «ثلاثة أعوام», «24 ساعة», «عدة سنوات», «أكثر من 100 دقيقة»)
 * and sets («يوميا», «أسبوعيا», «كل عامين», «كل يوم سبت», «كل ليلة»). Stateless and thread-safe.
 */
final class Durations {
    /** How many of which unit, and the token after them; {@code n} is -1 for «عدة سنوات». */
    record Quantity(int n, TimeUnit unit, int next) {}

    private static final Set<String> SOME = Set.of("عده", "بضعه", "بضع", "عدد");
    private static final Set<String> FEW = Set.of("قليله", "عديده", "طويله", "قليلا", "متتاليه");
    private static final Set<String> LONE_UNIT_CUES = Set.of("بعد", "خلال", "لمده", "مده", "طوال", "طيله",
            "قرابه", "نحو", "حوالي", "زهاء", "قبل", "منذ", "استمر", "استمرت", "يستغرق", "تستغرق");
    private static final Map<String, String> ADVERB_SETS = Map.ofEntries(Map.entry("يوميا", "P1D"),
            Map.entry("اسبوعيا", "P1W"), Map.entry("شهريا", "P1M"), Map.entry("سنويا", "P1Y"),
            Map.entry("عاميا", "P1Y"), Map.entry("ساعيا", "PT1H"), Map.entry("اليوميه", "P1D"),
            Map.entry("الاسبوعيه", "P1W"), Map.entry("الشهريه", "P1M"), Map.entry("السنويه", "P1Y"));
    private static final Map<String, String> APPROX = Map.of("حوالي", "APPROX", "نحو", "APPROX", "قرابه", "APPROX",
            "زهاء", "APPROX", "تقريبا", "APPROX");

    private Durations() {}

    /**
     * Adds every base form a duration or set can begin with: set adverbs, «كل», approximators,
     * «أكثر/أقل من», «ما يقارب», unit words, «عدة», «نصف/ربع» and cardinal words (digits are
     * admitted by {@link StartWords} by shape).
     */
    static void addStartWords(Set<String> out) {
        out.addAll(ADVERB_SETS.keySet());
        out.addAll(APPROX.keySet());
        out.addAll(SOME);
        out.addAll(Set.of("كل", "اكثر", "اقل", "ما", "نصف", "ربع"));
        TimeUnit.addForms(out);
        ArabicNumbers.addCardinals(out);
    }

    /**
     * Whether word {@code k} is one of {@code unit}, indefinite and singular («يوما», «عاماً»): before
     * «بعد» and the same unit, as in «يوما بعد يوم» ("day by day"), it makes no time at all.
     */
    static boolean oneOf(Words w, int k, TimeUnit unit) {
        TimeUnit.Form f = TimeUnit.of(w.b(k));
        return f != null && !f.definite() && f.count() == 1 && f.unit() == unit;
    }

    /** A counted unit at {@code k}: «ثلاثة أعوام», «24 ساعة», «يومين», «خمسة عشر عاما», «عدة أشهر». */
    static Quantity quantity(Words w, int k) {
        String b = w.b(k);
        TimeUnit.Form f = TimeUnit.of(b);
        if (f != null && !f.definite()) {
            if (f.count() == 2) return new Quantity(2, f.unit(), k + 1);
            if (!w.f(k).equals(b)) return null;
            if (f.count() == 0 && FEW.contains(w.b(k + 1))) return new Quantity(-1, f.unit(), k + 2);
            if (f.count() == 1 && (w.is(k + 1, "واحد") || w.is(k + 1, "واحدا"))) return new Quantity(1, f.unit(), k + 2);
            if (f.count() == 0 && w.is(k - 1, "منذ")) return new Quantity(-1, f.unit(), k + 1);
            if (f.count() == 1 && LONE_UNIT_CUES.contains(w.b(k - 1)) && !(k >= 2 && oneOf(w, k - 2, f.unit()))
                    && f.unit().ordinal() >= TimeUnit.HOUR.ordinal()
                    && f.unit().ordinal() <= TimeUnit.YEAR.ordinal() && !w.b(k + 1).matches("\\d+")
                    && CalendarNames.month(w.b(k + 1), w.b(k + 2)) == null) {
                return new Quantity(1, f.unit(), k + 1);
            }
            return null;
        }
        if (SOME.contains(b)) {
            TimeUnit.Form g = TimeUnit.of(w.b(k + 1));
            return g != null && !g.definite() && g.count() == 0 ? new Quantity(-1, g.unit(), k + 2) : null;
        }
        if (b.equals("نصف") || b.equals("ربع")) {
            TimeUnit.Form g = TimeUnit.of(w.b(k + 1));
            if (g == null || g.count() != 1 || g.definite()) return null;
            return switch (g.unit()) {
                case HOUR -> new Quantity(b.equals("نصف") ? 30 : 15, TimeUnit.MINUTE, k + 2);
                case YEAR -> new Quantity(b.equals("نصف") ? 6 : 3, TimeUnit.MONTH, k + 2);
                case CENTURY -> new Quantity(b.equals("نصف") ? 50 : 25, TimeUnit.YEAR, k + 2);
                default -> null;
            };
        }
        int n = ArabicNumbers.digits(b);
        int j = k + 1;
        if (n < 0) {
            n = ArabicNumbers.cardinal(b);
            if (n < 0 && ArabicNumbers.isTeen(w.b(j))) n = ArabicNumbers.teenUnit(b); // «اثنتي عشرة ساعة»
            if (n < 0) return null;
            if (n < 10 && ArabicNumbers.isTeen(w.b(j))) {
                n += 10;
                j++;
            } else if (n < 10 && ArabicNumbers.tens(w.b(j)) > 0 && w.f(j).startsWith("و")) {
                n += ArabicNumbers.tens(w.b(j));
                j++;
            }
        }
        TimeUnit.Form g = TimeUnit.of(w.b(j));
        if (g == null || g.definite() || g.count() == 2 || n <= 0 || !w.f(j).equals(w.b(j))) return null; // «79 لسنة 2002»
        return new Quantity(n, g.unit(), j + 1);
    }

    static Hit match(Words w, int i, Anchor a) {
        Hit h = set(w, i);
        if (h != null) return h;
        String mod = null;
        int k = i;
        if (APPROX.containsKey(w.b(k)) && !w.b(k).equals("تقريبا")) {
            mod = "APPROX";
            k++;
        } else if ((w.is(k, "اكثر") || w.is(k, "اقل")) && w.is(k + 1, "من")) {
            mod = w.is(k, "اكثر") ? "MORE_THAN" : "LESS_THAN";
            k += 2;
        } else if (w.is(k, "ما") && (w.is(k + 1, "يقارب") || w.is(k + 1, "يزيد") || w.is(k + 1, "يناهز"))) {
            mod = w.is(k + 1, "يزيد") ? "MORE_THAN" : "APPROX";
            k += w.is(k + 2, "عن") || w.is(k + 2, "علي") ? 3 : 2;
        }
        Quantity q = quantity(w, k);
        if (q == null) {
            TimeUnit.Form f = TimeUnit.of(w.b(i));
            if (f != null && f.definite() && f.count() == 2 && !Lexicon.PAST.contains(w.b(i + 1))
                    && !Lexicon.FUTURE.contains(w.b(i + 1))) {
                return new Hit(w.start(i), i + 1, Type.DURATION, f.unit().duration(2), null);
            }
            return null;
        }
        int end = q.next();
        if (w.is(end, "تقريبا")) {
            mod = "APPROX";
            end++;
        }
        return new Hit(w.start(i), end, Type.DURATION, q.unit().duration(q.n()), mod);
    }

    /** «يوميا», «كل عامين», «كل يوم سبت» → XXXX-WXX-6, «كل ليلة», «كل نهاية شهر». */
    private static Hit set(Words w, int i) {
        String adverb = ADVERB_SETS.get(w.b(i));
        if (adverb != null) return new Hit(w.start(i), i + 1, Type.SET, adverb, null);
        if (!w.is(i, "كل")) return null;
        int k = i + 1;
        if (w.is(k, "يوم") && CalendarNames.weekday(w.b(k + 1)) != 0) {
            return new Hit(w.start(i), k + 2, Type.SET, "XXXX-WXX-" + CalendarNames.weekday(w.b(k + 1)), null);
        }
        int wd = CalendarNames.weekday(w.b(k));
        if (wd != 0) return new Hit(w.start(i), k + 1, Type.SET, "XXXX-WXX-" + wd, null);
        if (w.is(k, "ليله")) return new Hit(w.start(i), k + 1, Type.SET, "XXXX-XX-XXTNI", null);
        if (w.is(k, "صباح")) return new Hit(w.start(i), k + 1, Type.SET, "XXXX-XX-XXTMO", null);
        if (w.is(k, "مساء")) return new Hit(w.start(i), k + 1, Type.SET, "XXXX-XX-XXTEV", null);
        String mod = Lexicon.mod(w.b(k));
        if (mod != null) k++;
        TimeUnit.Form f = TimeUnit.of(w.b(k));
        if (f != null && !f.definite() && f.count() > 0) {
            return new Hit(w.start(i), k + 1, Type.SET, f.unit().duration(f.count()), mod);
        }
        Quantity q = quantity(w, k);
        if (q != null && q.n() > 0) return new Hit(w.start(i), q.next(), Type.SET, q.unit().duration(q.n()), mod);
        return null;
    }
}
