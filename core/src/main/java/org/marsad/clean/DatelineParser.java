package org.marsad.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.article.Dateline;

/**
 * Recognises the dateline that opens a dispatch: «موسكو-سانا», «دمشق - سانا», «القاهرة (رويترز) -»,
 * «واشنطن ـ أ ف ب», «فرانكفورت (د ب أ)», «موسكو، روسيا (CNN)--», «(CNN)--», SPA's dated
 * «الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس» and Sabq's «سبق- الرياض:». An agency is required
 * (a bare «لندن -» is too often a byline or a list item). Thread-safe.
 */
public final class DatelineParser {
    private static final String DASH = "[-–—ـ]";
    private static final String PLACE = "\\p{L}[\\p{L}\\p{M}ـ]*(?:\\s+\\p{L}[\\p{L}\\p{M}ـ]*){0,2}";
    private static final String AGENCY = "(?<agency>" + Agencies.alternation() + ")";
    /** PLACE[، COUNTRY] (AGENCY) [-—:] */
    private static final Pattern PAREN = Pattern.compile("^\\s*(?:(?<place>" + PLACE + ")(?:\\s*[،,]\\s*"
            + PLACE + ")?\\s*)?[(\\[]\\s*" + AGENCY + "\\s*[)\\]]\\s*(?:" + DASH + "+|:)?\\s*");
    /** PLACE - AGENCY, then a dash or colon, or the end of the line. */
    private static final Pattern DASHED = Pattern.compile("^\\s*(?<place>" + PLACE + ")\\s*" + DASH + "+\\s*"
            + AGENCY + "(?:\\s*(?:" + DASH + "+|:)\\s*|\\s*$)");

    /** SPA style: PLACE DAY MONTH YEAR هـ الموافق DAY MONTH YEAR م AGENCY («الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس»). */
    private static final String DIGITS = "[0-9٠-٩]";
    private static final Pattern DATED = Pattern.compile("^[\\s\u200e\u200f]*(?<place>" + PLACE + ")\\s*" + DIGITS + "{1,2}\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+"
            + DIGITS + "{4}\\s*(?:هـ|ه)?\\s*(?:الموافق\\s+" + DIGITS + "{1,2}\\s+\\p{L}+\\s+" + DIGITS + "{4}\\s*م?\\s*)?"
            + AGENCY + "(?:\\s*(?:" + DASH + "+|:)\\s*|\\s+|$)");
    /**
     * Saudi outlet style: [REPORTERS -] OUTLET - PLACE [، COUNTRY | (COUNTRY)], then a colon or the end of
     * the line («سبق- الرياض:», «هادي آل كليب- سبق- نجران:», «محمد المواسي، عمر عريبي- سبق- جازان:» with
     * up to four reporters, «عين اليوم – سان فرانسيسكو», «عين اليوم – أتلانتا، أمريكا», «عين اليوم –
     * لاريونيون (فرنسا)» on a line of its own), or a round-up's «متابعات» with the text on the same line
     * («عين اليوم – متابعات نشرت شركة ...»).
     */
    private static final Pattern OUTLET_FIRST = Pattern.compile("^\\s*(?:" + PLACE + "(?:\\s*[،,]\\s*" + PLACE + "){0,3}\\s*"
            + DASH + "+\\s*)?" + AGENCY + "\\s*" + DASH + "+\\s*(?:(?<place>" + PLACE + ")(?:\\s*[،,]\\s*" + PLACE
            + "|\\s*\\(\\s*" + PLACE + "\\s*\\))?(?:\\s*:\\s*|\\s*$)|(?:متابعات|متابعة)\\s+)");

    /** What stands where an outlet-first dateline puts its place, but is none: «عين اليوم – متابعات» ("round-up"). */
    private static final java.util.Set<String> NO_PLACE = java.util.Set.of("متابعات", "متابعة", "خاص", "تقرير", "تقارير");

    /** A dateline found at the start of a paragraph, with where the rest of the text begins. */
    public record Match(Dateline dateline, int end) {}

    /** The dateline at the start of {@code paragraph}, if any. */
    public Optional<Match> parse(String paragraph) {
        String head = paragraph.length() > 160 ? paragraph.substring(0, 160) : paragraph;
        for (Pattern p : new Pattern[] {OUTLET_FIRST, DATED, DASHED, PAREN}) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                String place = m.group("place"); // null after a round-up's «متابعات»
                String agency = Agencies.canonical(m.group("agency"));
                if (place != null && Agencies.FORMS.containsKey(Agencies.canonical(place.strip()))) {
                    // «سبق- وكالات:» names the outlet, then the wire agencies as the source: no place
                    agency = Agencies.canonical(place.strip());
                    place = null;
                }
                String text = head.substring(0, m.end()).strip();
                if (place != null && looksLikeSentenceStart(place)) continue;
                if (place != null && p == DASHED && Agencies.BYLINE_FIRST.contains(agency)) {
                    place = null; // «داليا أبو العيش – عين اليوم»: these outlets write the reporter, not the place, first
                }
                if (place != null && NO_PLACE.contains(place.strip())) place = null;
                return Optional.of(new Match(new Dateline(text, place == null ? null : place.strip(),
                        Optional.of(agency)), m.end()));
            }
        }
        return Optional.empty();
    }

    /** Reporting verbs and particles that open sentences, not datelines («قال (رويترز)...» is rare but «ذكرت ...» is not). */
    private static boolean looksLikeSentenceStart(String place) {
        String first = place.split("\\s+")[0];
        return first.matches("(?:و|ف)?(?:قال|قالت|ذكر|ذكرت|أعلن|أعلنت|أفاد|أفادت|نقلت|أكد|أكدت|بحسب|وفق|وفقا|حسب|في|من|على|عن|إن|أن)");
    }
}
