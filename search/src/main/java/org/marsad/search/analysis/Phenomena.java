package org.marsad.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Arabic spelling and morphology phenomena a news search must see through, each as a query
 * word and a document word that should match; {@link #matches} checks one analyzer on one pair.
 * Used by the tests and by {@code marsad eval search-analysis} to compare analyzers. The words were
 * written for this list (not taken from a corpus).
 */
public final class Phenomena {
    /** One phenomenon: searching {@code query} should find a document containing {@code document}. */
    public record Pair(String name, String query, String document) {}

    public static final List<Pair> ALL = List.of(
            new Pair("diacritics", "مؤتمر", "مُؤْتَمَر"),
            new Pair("tatweel", "الميدانية", "الميدانيـــة"),
            new Pair("alef with hamza above", "احمد", "أحمد"),
            new Pair("alef with hamza below", "ايران", "إيران"),
            new Pair("alef madda", "اسيا", "آسيا"),
            new Pair("alef maqsura / ya", "مصطفي", "مصطفى"),
            new Pair("teh marbuta / heh", "المدينه", "المدينة"),
            new Pair("hamza on waw (مؤتمر/موتمر)", "موتمر", "مؤتمر"),
            new Pair("Persian kaf and ya", "كردستان", "کردستان"),
            new Pair("Arabic-Indic digits", "2018", "٢٠١٨"),
            new Pair("preposition bi- (موسكو finds بموسكو)", "موسكو", "بموسكو"),
            new Pair("preposition bi-, reverse (بموسكو finds موسكو)", "بموسكو", "موسكو"),
            new Pair("preposition li- (لروسيا)", "روسيا", "لروسيا"),
            new Pair("li- + article (للحكومة)", "الحكومة", "للحكومة"),
            new Pair("conjunction wa- + article (والخارجية)", "الخارجية", "والخارجية"),
            new Pair("two proclitics (وبموسكو)", "موسكو", "وبموسكو"),
            new Pair("future sa- (سيعقد/يعقد)", "يعقد", "سيعقد"),
            new Pair("pronoun suffix (حكومته)", "حكومة", "حكومته"),
            new Pair("country spelling (سوريا/سورية)", "سوريا", "سورية"),
            new Pair("feminine sound plural (الحكومات)", "حكومة", "الحكومات"),
            new Pair("broken plural أفعال (أخبار/خبر)", "خبر", "أخبار"),
            new Pair("broken plural فعلاء (وزراء/وزير)", "وزير", "وزراء"));

    private Phenomena() {}

    /** True when every term the analyzer makes of the query word is among the document word's terms. */
    public static boolean matches(Analyzer a, Pair p) {
        List<String> q = terms(a, p.query());
        List<String> d = terms(a, p.document());
        return !q.isEmpty() && d.containsAll(q);
    }

    public static List<String> terms(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("body", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
