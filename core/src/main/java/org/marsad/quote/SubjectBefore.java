package org.marsad.quote;

import java.util.List;
import java.util.Set;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.WordFrequencies;

/**
 * The subject of a reporting verb written before it, in subject-verb order («إن بومبيو قال»,
 * «وكانت وزارة الخارجية قد قالت», «صحيفة "ديلي إيران" قالت»), as {@link SpeakerPhrase} finds the
 * subject after it. Stateless and thread-safe.
 */
final class SubjectBefore {
    private static final WordFrequencies FREQ = WordFrequencies.shipped();

    private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي");

    private SubjectBefore() {}

    /** «الذي», «التي»: a relative pronoun, folded. */
    static boolean isRelative(String folded) {
        return RELATIVES.contains(folded);
    }

    /**
     * The subject before a verb in subject-verb order: «إن بومبيو قال», «وكانت وزارة الخارجية قد قالت»,
     * «عن العقيد تركي المالكي قوله», «مؤسس المنظمة، كودي ويلسون، قال»; null unless a كان form, a
     * complementizer, «عن» or a clause boundary stands right before the name.
     */
    static int[] of(List<Token> tokens, int verb) {
        int last = verb - 1;
        // «وكانت الوزارة قد قالت», «أما رئيس زيمبابوي فقد قال»
        while (last >= 0 && (tokens.get(last).norm().equals("قد") || tokens.get(last).norm().equals("لقد") || tokens.get(last).norm().equals("فقد"))) {
            last--;
        }
        if (last > 0 && RELATIVES.contains(tokens.get(last).norm()) && SpeakerPhrase.isNameWord(tokens.get(last - 1))
                && !SpeakerPhrase.withoutConjunction(tokens.get(last - 1).norm()).startsWith("ال") && !resumesObject(tokens, verb)) {
            // «التقيت نورة التي قالت:», «روسيا التي أعلنت أنها»: a name before the relative is the speaker; a
            // noun with the article is as often the verb's object («القرار الذي قال إنه», «الليرة التي قال عنها»)
            return new int[] {last - 1, last - 1};
        }
        String v = tokens.get(verb).norm();
        if (last > 0 && SpeakerPhrase.isComma(tokens, last) && v.charAt(0) != 'و' && v.charAt(0) != 'ف') {
            last--; // «مؤسس المنظمة، كودي ويلسون، قال لبي بي سي، إن»; «...، وقالوا» coordinates a new clause
        }
        // «صحيفة "ديلي إيران" قالت»: a quoted name in the subject, when the verb opens no new clause of
        // its own («احتجاجات الإيرانيين ضد "إجرام الحرس الثوري" وقالت» goes on with the subject before)
        boolean throughQuotes = v.charAt(0) != 'و' && v.charAt(0) != 'ف';
        boolean quoted = false;
        int k = last;
        while (k >= 0 && last - k < 8) {
            if (SpeakerPhrase.isNameWord(tokens.get(k))) {
                k--;
            } else if (throughQuotes && k > 0 && SpeakerPhrase.isMark(tokens.get(k)) && quotedNameBefore(tokens, k) >= 0) {
                k = quotedNameBefore(tokens, k) - 1;
                quoted = true;
            } else {
                break;
            }
        }
        if (k == last) return null;
        if (k == last - 1 && SpeakerPhrase.circumstantial(tokens.get(last))) return null; // «هل كان مفاجئا قال:»
        String opener = k < 0 ? "" : tokens.get(k).norm();
        boolean ok = k < 0 || OPENERS.contains(opener) || Reported.isComplementizer(opener) || opener.equals("،")
                || opener.equals(".") || opener.equals(",");
        if (!ok) return null;
        // «وأعرب عن خالص حزنه لوفاته وقال إنه»: «عن» there is the complement of the verb before; «عن
        // العقيد تركي المالكي قوله» relays, with no conjunction on the verb
        if (opener.equals("عن") && (quoted || v.charAt(0) == 'و' || v.charAt(0) == 'ف')) return null;
        if (behindPreposition(tokens.get(k + 1))) return null;
        return new int[] {k + 1, last};
    }

    /**
     * «أما أمه التي تصاحبه في كل حصص التدريب فقد قالت», «أما بيرنهارد كوفاتش؛ الشريك المؤسس للمبادرة،
     * فقال»: the topic that «أما» opens is the subject of the verb «ف» goes on with, however long the
     * relative clause or apposition between them; null when no «أما» opens the verb's sentence within
     * 30 tokens, or what follows it is no subject ({@link SpeakerPhrase#after} finds none in «أما فيما
     * يتعلق بعلاقته بالحركة، فقال», «أما بالنسبة للحكومة، فقال»).
     */
    static int[] afterAmma(List<Token> tokens, int verb) {
        int k = verb - 1;
        while (k >= 0 && (tokens.get(k).norm().equals("قد") || tokens.get(k).norm().equals("لقد"))) k--;
        boolean fa = tokens.get(verb).norm().startsWith("ف")
                || k >= 0 && (tokens.get(k).norm().equals("فقد") || tokens.get(k).norm().equals("فلقد"));
        if (!fa) return null;
        for (int j = verb - 1; j >= Math.max(0, verb - 30); j--) {
            String n = tokens.get(j).norm();
            if (n.equals(".") || n.equals("؟") || n.equals("!") || n.equals(":")) return null;
            if (n.equals("اما") || n.equals("واما")) {
                int[] s = SpeakerPhrase.after(tokens, j);
                return s != null && s[1] < verb ? s : null;
            }
        }
        return null;
    }

    /**
     * «بمباراة قال إنها»: a common noun behind ب or ل is no subject. The noun is common when news
     * writes it with the article in a fifth of its uses or more; a name the segmenter split likewise
     * («كودي» as ك + «ودي», «بشار» as ب + «شار») is not behind ب or ل, or seldom takes the article.
     */
    private static boolean behindPreposition(Token t) {
        List<Segment> segs = t.segments();
        if (segs.size() < 2 || segs.get(0).kind() != Segment.Kind.PREP) return false;
        String p = segs.get(0).form();
        if (!p.equals("ب") && !p.equals("ل")) return false;
        Segment stem = segs.get(segs.size() - 1);
        return FREQ.articleShare(CliticSegmenter.lightFold(stem.form())) >= 0.2;
    }

    /** «التي قال عنها», «الذي ذكر فيه»: the relative is the verb's object or place, not its subject. */
    static boolean resumesObject(List<Token> tokens, int verb) {
        if (verb + 1 >= tokens.size()) return false;
        String n = tokens.get(verb + 1).norm();
        return n.equals("عنه") || n.equals("عنها") || n.equals("فيه") || n.equals("فيها") || n.equals("عنهم");
    }

    /** Words after which a subject before its verb may begin. Folded. */
    private static final Set<String> OPENERS = Set.of("كان", "كانت", "وكان", "وكانت", "عن", "وكانوا", "كانوا", "ان",
            "لكن", "ولكن", "فان", "اما", "واما"); // «لكن مؤيديه قالوا إنه ...», «فإن الشبكة تضيف أن», «أما الوزير فقد قال»

    /**
     * The opening mark of a quoted name of one to three words whose closing mark is {@code j}, when
     * a name word stands before it («صحيفة "ديلي إيران"»), or -1.
     */
    private static int quotedNameBefore(List<Token> tokens, int j) {
        int k = j - 1;
        while (k >= 0 && j - k <= 3 && SpeakerPhrase.isNameWord(tokens.get(k))) k--;
        // not after a bare preposition: «المعروفة اختصارا بـ"أوفكوم"» names what the subject is called
        if (k < 1 || k == j - 1 || !SpeakerPhrase.isMark(tokens.get(k)) || !SpeakerPhrase.isNameWord(tokens.get(k - 1))
                || tokens.get(k - 1).norm().length() < 2) return -1;
        return k;
    }
}
