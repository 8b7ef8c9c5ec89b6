package org.marsad.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The lexicon of reporting verbs (قال، أضاف، تابع، أكد، أوضح، أشار، لفت ...) in their past,
 * present, feminine and plural forms, and of the participles that continue the previous
 * speaker (مضيفا، موضحا، مشيرا، لافتا، معربا، مبينا ...). Words are looked up folded, with a
 * leading conjunction و or ف removed. Immutable and thread-safe.
 */
public final class ReportingVerbs {
    /** What a word is in a reporting frame. */
    public enum Role { VERB, PARTICIPLE, ACCORDING_TO }

    private static final Set<String> VERBS = new HashSet<>();
    /** Masculine singular reporting verbs: past stems and the present and speech-noun forms listed. Folded. */
    private static final Set<String> MASCULINE = new HashSet<>();
    private static final Set<String> PARTICIPLES = new HashSet<>();
    /** Dual past forms: «أكدا», «قالا», «أضافا» (two speakers, as a plural verb has several). */
    private static final Set<String> DUALS = new HashSet<>();
    /**
     * Past stems whose dual form is also another word: «ردا على» (in reply), «كتبا» (books), «طالبا» (a
     * student), «تابعا» (a follower), «حذرا» (warily), «شرحا» (an explanation), «صرحا» (an edifice), «كشفا»
     * (a list), «رؤيا» (a vision), «اقرأ» (read!), «ذكرا», «زعما», «ختما»; and the two feminine forms listed.
     */
    private static final Set<String> NO_DUAL = Set.of("رد", "كتب", "طالب", "تابع", "حذر", "شرح", "صرح", "كشف", "روي", "اقر",
            "ذكر", "زعم", "ختم", "اوضحت", "اشارت");
    private static final Set<String> ACCORDING = Set.of("بحسب", "حسب", "وفق", "وفقا", "طبقا");

    static {
        // past stems: masculine, then +ت feminine, +وا plural, and present ي/ت forms where listed
        for (String v : new String[] {"قال", "اضاف", "تابع", "اكد", "اوضح", "اشار", "لفت", "اعتبر", "شدد", "صرح",
                "اعلن", "اعرب", "حذر", "طالب", "ذكر", "كشف", "افاد", "اعترف", "زعم", "علق", "رد", "اجاب",
                "استطرد", "ختم", "كتب", "غرد", "نوه", "اكمل", "استدرك", "اردف", "ابرز", "نبه", "ادعي",
                "تساءل", "اقر", "لاحظ", "روي", "اوضحت", "اشارت", "شرح"}) {
            String f = fold(v);
            VERBS.add(f);
            if (!f.endsWith("ت")) MASCULINE.add(f);
            VERBS.add(f.endsWith("ي") ? f.substring(0, f.length() - 1) + "ت" : f + "ت");
            VERBS.add(f + "وا");
            if (!NO_DUAL.contains(f)) DUALS.add(f + "ا");
        }
        VERBS.remove("زعموا");
        VERBS.addAll(DUALS);
        for (String v : new String[] {"قالت", "نفي", "نفت", "نفوا", "دعا", "دعت", "دعوا", "رات", "راوا", "بينت",
                "يقول", "تقول", "يقولون", "نقل", "نقلت", "يوكد", "توكد", "يضيف", "تضيف", "يوضح", "توضح", "يشير", "تشير",
                "يعتبر", "تعتبر", "يرون", "اضافت", "تابعت", "اكدت", "قوله", "قولها", "قولهم", "يحذر", "تحذر", "يعلن", "تعلن", "يشدد", "تشدد", "يعتقد", "تعتقد"}) {
            VERBS.add(fold(v));
        }
        for (String v : new String[] {"يقول", "يوكد", "يضيف", "يوضح", "يشير", "يعتبر", "قوله", "يحذر", "يعلن", "يشدد", "يعتقد",
                "دعا", "نفي"}) {
            MASCULINE.add(fold(v));
        }
        for (String p : new String[] {"مضيف", "موضح", "مشير", "لافت", "معرب", "مبين", "موكد", "متابع", "قايل",
                "معتبر", "مشدد", "محذر", "مطالب", "منوه", "مستطرد", "مردف", "مبرز", "منبه", "معلن", "مستدرك",
                "مذكر", "معترف", "كاشف", "مخاطب", "معلق", "معقب", "ملمح", "مستشهد", "مصرح"}) {
            PARTICIPLES.add(p + "ا");
            PARTICIPLES.add(p + "ه");
            PARTICIPLES.add(p + "ين");
        }
        for (String p : new String[] {"داعيا", "داعيه", "نافيا", "نافيه", "قايله", "متسايلا", "متساءلا"}) {
            PARTICIPLES.add(fold(p));
        }
    }

    private ReportingVerbs() {}

    private static String fold(String s) {
        return ArabicNormalizer.normalize(s);
    }

    /** The role of a folded word in a reporting frame, or null; «وقال»، «فأضاف» count as قال، أضاف. */
    public static Role role(String folded) {
        Role r = bare(folded);
        if (r == null && folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف')) {
            r = bare(folded.substring(1));
        }
        return r;
    }

    private static Role bare(String w) {
        if (VERBS.contains(w)) return Role.VERB;
        if (PARTICIPLES.contains(w)) return Role.PARTICIPLE;
        if (ACCORDING.contains(w)) return Role.ACCORDING_TO;
        return null;
    }

    /**
     * True for a plural or dual reporting word: «قالوا»، «يقولون»، «قولهم»، «مضيفين»، «أكدا». Such a verb without
     * its own subject cannot continue a single named speaker.
     */
    public static boolean isPlural(String folded) {
        String w = listedForm(folded);
        if (bare(w) == null) return false;
        return w.endsWith("وا") || w.endsWith("ون") || w.endsWith("هم") || PARTICIPLES.contains(w) && w.endsWith("ين")
                || DUALS.contains(w);
    }

    /**
     * True for a feminine reporting verb: «قالت», «أكدت» (a masculine past + ت), «تقول», «تؤكد» (a
     * masculine present with ت for ي). «تابع», «تساءل» are masculine.
     */
    public static boolean isFeminine(String folded) {
        String w = listedForm(folded);
        if (bare(w) != Role.VERB || w.length() < 3) return false;
        String stem = w.substring(0, w.length() - 1);
        // «دعت», «نفت», «رأت»: weak verbs drop their last letter before ت
        boolean past = w.endsWith("ت")
                && (VERBS.contains(stem) || VERBS.contains(stem + "ا") || VERBS.contains(stem + "ي") || w.equals("رات"));
        return past || w.startsWith("ت") && VERBS.contains("ي" + w.substring(1));
    }

    /** The folded word as the lists hold it: without a leading «و» or «ف» unless it is listed with it. */
    private static String listedForm(String folded) {
        return bare(folded) == null && folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف')
                ? folded.substring(1) : folded;
    }

    /** Feminine forms that {@link #isFeminine} does not derive: «بيّنت» (of «بيّن»). */
    private static final Set<String> FEMININE = Set.of("بينت");

    /**
     * The gender a reporting verb gives its subject: TRUE for «قالت», «تقول», «بيّنت», FALSE for
     * «قال», «يقول», «أضاف»; null for a form that does not say («قالوا», «نقل», whose subject relays
     * someone else's words, «قولها», «بحسب», a participle).
     */
    public static Boolean gender(String folded) {
        String w = listedForm(folded);
        if (isFeminine(folded) || FEMININE.contains(w)) return true;
        return MASCULINE.contains(w) ? Boolean.FALSE : null;
    }

    /** The surface form of a verb token without a leading conjunction («وقال» → «قال»). */
    public static String lemmaSurface(String surface, String folded) {
        if (bare(folded) == null && surface.length() > 1 && (surface.charAt(0) == 'و' || surface.charAt(0) == 'ف')) {
            return surface.substring(1);
        }
        return surface;
    }
}
