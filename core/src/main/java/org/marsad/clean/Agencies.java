package org.marsad.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * News agencies and outlets as Arabic datelines write them, mapped to one canonical name each.
 * Abbreviations tolerate dots and spaces between letters («أ ف ب», «أ.ف.ب», «ا ف ب»).
 */
final class Agencies {
    static final Map<String, List<String>> FORMS = new LinkedHashMap<>();

    static {
        add("SANA", "سانا", "SANA");
        add("Reuters", "رويترز", "Reuters");
        add("AFP", "أ ف ب", "ا ف ب", "فرانس برس", "وكالة فرانس برس", "AFP");
        add("AP", "أ ب", "اسوشيتد برس", "أسوشيتد برس", "أسوشييتد برس", "AP");
        add("dpa", "د ب أ", "د ب ا", "dpa", "DPA");
        add("Xinhua", "شينخوا", "شينخوا نت", "Xinhua");
        add("WAM", "وام", "WAM");
        add("SPA", "واس", "SPA");
        add("QNA", "قنا", "QNA");
        add("KUNA", "كونا", "KUNA");
        add("MENA", "أ ش أ", "ا ش ا", "MENA");
        add("Petra", "بترا", "Petra");
        add("Anadolu", "الأناضول", "الاناضول", "Anadolu");
        add("BNA", "بنا", "BNA");
        add("ONA", "العمانية", "ONA");
        add("INA", "واع", "INA");
        add("IRNA", "إرنا", "ارنا", "IRNA");
        add("SPS", "واص", "SPS");
        add("APS", "واج", "APS");
        add("TAP", "وات", "TAP");
        add("MAP", "لاماب", "ومع", "MAP");
        add("Sputnik", "سبوتنيك", "Sputnik");
        add("RIA Novosti", "نوفوستي", "ريا نوفوستي");
        add("TASS", "تاس", "TASS");
        add("CNN", "CNN", "سي إن إن", "سي ان ان");
        add("BBC", "BBC", "بي بي سي");
        add("Al Arabiya", "العربية.نت", "العربية نت", "العربية");
        add("Sky News Arabia", "سكاي نيوز عربية", "سكاي نيوز");
        add("France 24", "فرانس 24", "فرانس24", "France 24");
        add("Asharq Al-Awsat", "الشرق الأوسط", "الشرق الاوسط");
        add("Al Jazeera", "الجزيرة نت", "الجزيرة");
        add("Sabq", "سبق");
        add("Ain Alyoum", "عين اليوم");
        add("agencies", "وكالات", "الوكالات");
    }

    /** Outlets whose datelines put the reporter's name before the outlet («هادي آل كليب- سبق- نجران:»), never a place. */
    static final java.util.Set<String> BYLINE_FIRST = java.util.Set.of("Sabq", "Ain Alyoum");

    private Agencies() {}

    private static void add(String canonical, String... forms) {
        FORMS.put(canonical, List.of(forms));
    }

    /** A regex alternation of every written form, longest first. */
    static String alternation() {
        List<String> all = new ArrayList<>();
        FORMS.values().forEach(all::addAll);
        all.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder();
        for (String f : all) {
            if (b.length() > 0) b.append('|');
            b.append(formRegex(f));
        }
        return b.toString();
    }

    private static String formRegex(String form) {
        StringBuilder b = new StringBuilder();
        String[] parts = form.split(" ");
        boolean abbreviation = parts.length > 1 && parts[0].length() == 1;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) b.append(abbreviation ? "[\\s.]*" : "\\s+");
            b.append(letters(parts[i]));
        }
        return b.toString();
    }

    private static String letters(String part) {
        StringBuilder b = new StringBuilder();
        for (char c : part.toCharArray()) {
            if (c == 'أ' || c == 'ا' || c == 'إ') b.append("[أاإ]");
            else b.append(Pattern.quote(String.valueOf(c)));
        }
        return b.toString();
    }

    /** The canonical name of a form as matched in text. */
    static String canonical(String matched) {
        String key = fold(matched);
        for (Map.Entry<String, List<String>> e : FORMS.entrySet()) {
            for (String f : e.getValue()) if (fold(f).equals(key)) return e.getKey();
        }
        return matched;
    }

    private static String fold(String s) {
        return s.replaceAll("[\\s.]+", "").replace('أ', 'ا').replace('إ', 'ا').toLowerCase(java.util.Locale.ROOT);
    }
}
