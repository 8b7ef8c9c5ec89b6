package org.marsad.quote;

import java.util.List;
import java.util.Set;
import org.marsad.article.Token;

/**
 * Reporting words that report no speech where they stand: a verbal noun after a preposition («عن
 * نقل البضائع»), «أضاف» a goal, «لفت نظري», «عدم ذكر», «أبرز» as a superlative and «يعتبر» without
 * a clause. {@link Frames} makes no frame for them. Stateless.
 */
final class NotSpeech {
    private NotSpeech() {}

    /** Whether the reporting verb at {@code i} reports nothing («لفت نظري», «عدم ذكر», «من أبرز», «عن نقل»). */
    static boolean any(String body, List<Token> tokens, int i) {
        return drawsAttention(tokens, i) || mentionNoun(tokens, i) || notSaying(tokens, i) || verbalNoun(body, tokens, i);
    }

    /** Prepositions no participle follows: «من خلال متابعة نقص الأوكسجين» is a noun ("following"). Folded. */
    private static final Set<String> PREPOSITIONS = Set.of("من", "خلال", "في", "عن", "الي", "علي", "بعد", "قبل", "عبر",
            "دون", "حول", "بدون", "اثناء");

    static boolean afterPreposition(List<Token> tokens, int i) {
        return i > 0 && PREPOSITIONS.contains(tokens.get(i - 1).norm());
    }

    /**
     * «عن نقل البضائع» ("from transporting goods"), «في رد على سؤال»: a verb form right after a
     * preposition is its verbal noun, which reports nothing. Not after «من», which is also "who"
     * («وهناك من قال إن»).
     */
    private static boolean verbalNoun(String body, List<Token> tokens, int i) {
        // not across a paragraph: «... مراقبي الحركة الجوية في» ends a teaser cut short, «قال» opens the next
        if (!afterPreposition(tokens, i) || tokens.get(i - 1).norm().equals("من")) return false;
        int newline = body.indexOf('\n', tokens.get(i - 1).end());
        return newline < 0 || newline >= tokens.get(i).start();
    }

    /** «أضاف ديجاو هدفه الثاني», «وأضاف الهدف الرابع»: "added" a goal, in a match report, says nothing. */
    static boolean addsAGoal(List<Token> tokens, int verb) {
        String v = tokens.get(verb).norm();
        if (!v.equals("اضاف") && !v.equals("واضاف") && !v.equals("يضيف") && !v.equals("ليضيف")) return false;
        for (int k = verb + 1; k < Math.min(tokens.size(), verb + 5); k++) {
            String n = tokens.get(k).norm();
            if (n.startsWith("هدف") || n.startsWith("الهدف") || n.startsWith("اهداف") || n.startsWith("الاهداف")) return true;
            if (n.equals(":") || Reported.isComplementizer(n)) return false;
        }
        return false;
    }

    /**
     * «رفض ذكر اسمه», «مع عدم ذكر اسمه»: «ذكر» after a word that takes a verbal noun is "mentioning",
     * no report of speech.
     */
    private static boolean mentionNoun(List<Token> tokens, int verb) {
        if (verb == 0 || !tokens.get(verb).norm().equals("ذكر")) return false;
        String before = tokens.get(verb - 1).norm();
        return before.equals("عدم") || before.equals("رفض") || before.equals("دون") || before.equals("بدون")
                || before.equals("رافضا") || before.equals("مفضلا") || before.equals("مفضلة");
    }

    /**
     * Verbs that report speech only with a clause after them: «أبرز» is more often "the most
     * prominent" («من أبرز مؤلفاته:», «إلى أبرز التأثيرات السلبية على صحتك إن ...») or highlights a
     * thing («وأبرز قضية تجنيد الأطفال»), and «يعتبر» "is considered" or considers one thing another
     * («القراءة تعتبر شكلا من أشكال الترفيه», «وتعتبر الصين الجزيرة إقليما متمردا»). Folded.
     */
    private static final Set<String> CLAUSE_ONLY = Set.of("ابرز", "وابرز", "يعتبر", "تعتبر", "ويعتبر", "وتعتبر");

    /** «وهو», «وهي»: a clause about the subject between commas. Folded. */
    private static final Set<String> ABOUT_THE_SUBJECT = Set.of("وهو", "وهي", "وهم", "وهما");

    /** Words before «أبرز» that make it a superlative: «من أبرز», «أحد أبرز», «أهم وأبرز». Folded. */
    private static final Set<String> SUPERLATIVE_BEFORE = Set.of("من", "ومن", "احد", "احدي", "اهم", "الي", "بين");

    /**
     * Whether the word at {@code verb} is one of {@link #CLAUSE_ONLY} with no «أن», «إن» or colon
     * right after it or right after its subject (a comma between at most), or «أبرز» as a superlative.
     */
    private static boolean notSaying(List<Token> tokens, int verb) {
        String v = tokens.get(verb).norm();
        if (!CLAUSE_ONLY.contains(v)) return false;
        if (v.endsWith("ابرز") && verb > 0 && SUPERLATIVE_BEFORE.contains(tokens.get(verb - 1).norm())) return true;
        if (verb + 1 < tokens.size() && opensClause(tokens.get(verb + 1).norm())) return false;
        int[] s = SpeakerPhrase.after(tokens, verb);
        int from = s == null ? verb + 1 : s[1] + 1;
        int end = Math.min(tokens.size(), from + 2);
        for (int j = from; j < end; j++) {
            String n = tokens.get(j).norm();
            // «وأن» goes on a clause begun before («... أبرز متطلبات الترشيح، وأن هناك»)
            if (opensClause(n) && !n.startsWith("و")) return false;
            boolean dash = isDash(n);
            if (dash || SpeakerPhrase.isComma(tokens.get(j)) && j + 1 < tokens.size() && ABOUT_THE_SUBJECT.contains(tokens.get(j + 1).norm())) {
                // «ويعتبر تريبو، وهو حاليا رئيس "أخوية القديس ميدارد"، أن», «تعتبر السيدة أم وليد – ربة منزل - أن»:
                // past a clause about the subject, to the comma or dash that closes it
                int k = j + 2;
                while (k < Math.min(tokens.size(), j + 14) && !(dash ? isDash(tokens.get(k).norm()) : SpeakerPhrase.isComma(tokens.get(k)))) k++;
                j = k;
                end = Math.min(tokens.size(), k + 2);
                continue;
            }
            if (j > from && (n.equals(".") || SpeakerPhrase.isComma(tokens.get(j)))) break;
        }
        return true;
    }

    private static boolean isDash(String t) {
        return t.equals("-") || t.equals("–") || t.equals("—");
    }

    private static boolean opensClause(String folded) {
        return folded.equals(":") || Reported.isComplementizer(folded);
    }

    /** «لفت نظري», «لفتت انتباه»: «لفت» with attention as its object catches the eye, it reports no speech. */
    private static boolean drawsAttention(List<Token> tokens, int verb) {
        String v = tokens.get(verb).norm();
        if (v.length() > 3 && (v.charAt(0) == 'و' || v.charAt(0) == 'ف')) v = v.substring(1);
        if (!v.startsWith("لفت") || verb + 1 >= tokens.size()) return false;
        String next = tokens.get(verb + 1).norm();
        if (next.startsWith("ال")) next = next.substring(2);
        return next.startsWith("نظر") || next.startsWith("انتباه") || next.startsWith("انظار");
    }
}
