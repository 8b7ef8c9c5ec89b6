package org.marsad.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.article.EntityMention;
import org.marsad.article.Quote;
import org.marsad.article.Span;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.ReportingVerbs;

/**
 * Finds direct and reported quotations and their speakers. Direct quotations are the outermost
 * quote-mark pairs ({@link QuoteMarks}) that are long (six words or more) or framed by a
 * reporting verb right before («قال لافروف: “...”», «وتابع لافروف..”...”», «مضيفا..”...”») or
 * right after («“...”، قال الوزير»); short quoted names and terms are not quotations. Reported
 * speech is a reporting verb, its subject and أن/إن or a colon («أشار لافروف إلى أن ...»,
 * «قال رباني: إن ...»); its span is the reported content up to the end of the sentence, the next
 * participle frame or the next direct quote. Frames without a named subject («وقال:», «وأضاف»)
 * and participles continue the last named speaker. A long quotation with no frame goes on with the
 * last speaker when it opens its sentence, cites a statement («وجاء في البيان أن "..."») or follows a
 * colon; otherwise its words are those of the person who opens its sentence («اتهم أردوغان ...
 * بالسعي إلى "..."»), or of no one. Stateless and thread-safe.
 */
public final class QuoteExtractor {
    private static final int LONG_QUOTE_WORDS = 6;
    private static final int FRAME_WINDOW = 30;
    static final int SPEECH_WINDOW = 20;

    /** Quotations of {@code body} in text order; {@code entities} may be empty. */
    public List<Quote> extract(String body, List<Token> tokens, List<Span> sentences, List<EntityMention> entities) {
        List<QuoteMarks.Pair> pairs = QuoteMarks.pairs(body);
        List<EntityMention> sorted = byStart(entities);
        Frame[] frames = Frames.resolve(body, tokens, sentences, pairs, sorted);
        List<Quote> out = new ArrayList<>();
        int prevClose = 0;
        QuoteMarks.Pair prev = null;
        for (QuoteMarks.Pair p : pairs) {
            if (namedBefore(body, tokens, p.open())) {
                // a name or title is no quotation, but a frame before it is not the next quotation's either
                prevClose = p.close();
                continue;
            }
            Quote q = continuation(body, prev, p, out);
            if (q == null && !namesOnly(body, tokens, p, sorted)) q = direct(body, tokens, sentences, frames, p, prevClose, sorted);
            if (q != null) {
                out.add(q);
                prevClose = p.close();
                prev = p;
            }
        }
        out.addAll(Reported.find(body, tokens, sentences, pairs, out, frames, sorted));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A quotation that goes on in the next paragraph («...\n“...») keeps its speaker and verb. */
    private static Quote continuation(String body, QuoteMarks.Pair prev, QuoteMarks.Pair p, List<Quote> out) {
        if (prev == null || prev.closedByMark() || out.isEmpty() || !body.substring(prev.close(), p.open()).isBlank()) return null;
        int[] content = trim(body, p.contentStart(), p.close());
        if (content[1] <= content[0]) return null;
        Quote last = out.get(out.size() - 1);
        return new Quote(content[0], content[1], body.substring(content[0], content[1]), Quote.Kind.DIRECT, last.verb(), last.speaker());
    }

    private Quote direct(String body, List<Token> tokens, List<Span> sentences, Frame[] frames, QuoteMarks.Pair p, int prevClose,
                         List<EntityMention> entities) {
        int[] content = trim(body, p.contentStart(), p.close());
        if (content[1] <= content[0]) return null;
        int words = countWords(tokens, content[0], content[1]);
        int mark = tokenAt(tokens, p.open());
        if (mark < 0) return null;
        Frame before = frameBefore(body, tokens, sentences, frames, mark, prevClose);
        boolean adjacent = before != null && adjacent(body, tokens, before.token(), p.open());
        Frame after = frameAfter(body, tokens, frames, p.close());
        boolean marked = before != null && markedFrame(body, tokens, before.token(), p.open());
        if (words < LONG_QUOTE_WORDS && !(words >= 2 && (marked || after != null))) return null;
        if (!adjacent && after == null && embedded(tokens, before, mark)) return null;
        Frame frame = adjacent || after == null ? before : after;
        Quote.Speaker opener = null;
        if (frame == null) {
            frame = lastFrameBefore(frames, mark);
            int from = Frames.sentenceStart(sentences, p.open());
            if (frame != null && tokens.get(frame.token()).start() < from && !opensSentence(body, from, p.open())
                    && !citesAStatement(tokens, from, mark)) {
                // «اتهم أردوغان الولايات المتحدة بالسعي إلى "..."»: words quoted inside a sentence with
                // no reporting frame are its opener's, not the last speaker's; with no opener, no one's,
                // unless a colon gives them as speech («وبيّن: "..."», «وعن مباراة الجيش: "..."»)
                opener = SentenceOpeners.person(body, tokens, sentences, entities, mark);
                if (opener != null && !SentenceOpeners.isSubjectOfFirstWord(tokens, sentences, opener)) opener = null;
                if (opener != null || !colonBefore(body, p.open())) frame = null;
            }
        }
        Optional<Quote.Speaker> speaker = frame == null ? Optional.ofNullable(opener) : Optional.ofNullable(frame.speaker());
        String verb = frame == null ? "" : surfaceVerb(tokens.get(frame.token()));
        return new Quote(content[0], content[1], body.substring(content[0], content[1]), Quote.Kind.DIRECT, verb, speaker);
    }

    /**
     * Nouns whose quoted complement is a name or a title, not words someone said: «شركة "داليان صن
     * مون ستار"», «صحيفة "واشنطن بوست"», «بعنوان "كيف أسر محمد صلاح قلوب العالم"», «كتاب "..."».
     */
    private static final Set<String> NAMING_NOUNS = ArabicNormalizer.foldedSet("شركة", "صحيفة", "مجلة", "موقع", "قناة", "وكالة", "منظمة",
            "مجموعة", "جماعة", "حركة", "تنظيم", "حزب", "ائتلاف", "برنامج", "مشروع", "مبادرة", "حملة", "عملية", "كتاب", "رواية",
            "فيلم", "مسلسل", "مسرحية", "أغنية", "ألبوم", "قصيدة", "ديوان", "معرض", "مهرجان", "مؤتمر", "منتدى", "جائزة", "تطبيق",
            "لعبة", "هاشتاغ", "هاشتاج", "وسم", "عنوان", "بعنوان", "اسم", "باسم");

    /**
     * Whether the mark follows a naming noun directly (no colon or comma between; «و» or «ب» may
     * be attached, not «ل»: «قال للصحيفة "..."» is speech told to the paper).
     */
    private static boolean namedBefore(String body, List<Token> tokens, int open) {
        int mark = tokenAt(tokens, open);
        if (mark <= 0) return false;
        Token t = tokens.get(mark - 1);
        if (!body.substring(t.end(), open).isBlank()) return false;
        String n = t.norm();
        if (n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ب') && NAMING_NOUNS.contains(n.substring(1))) return true;
        return NAMING_NOUNS.contains(n);
    }

    /**
     * Whether every word inside the marks belongs to a name: «الحراس «خالد شراحيلي، عبد الله
     * السديري، فهد الثنيان»», «بحسب "هولي فاير"». A list of names or a title is no quotation,
     * unless a reporting verb and a colon open it as an answer («فقال لي: «محمود المليجي وفريد
     * شوقي»»; not «أشرك المدرب كلا من: «منصور جوهر، ...»»).
     */
    private static boolean namesOnly(String body, List<Token> tokens, QuoteMarks.Pair p, List<EntityMention> entities) {
        int[] content = trim(body, p.contentStart(), p.close());
        if (content[1] <= content[0] || answered(body, tokens, p.open())) return false;
        int m = 0;
        for (int k = Math.max(0, tokenAt(tokens, content[0])); k < tokens.size() && tokens.get(k).start() < content[1]; k++) {
            Token t = tokens.get(k);
            String n = t.norm();
            if (n.isEmpty() || !Character.isLetterOrDigit(n.charAt(0)) || n.equals("و")) continue;
            while (m < entities.size() && entities.get(m).end() <= t.start()) m++;
            if (m == entities.size() || entities.get(m).start() >= t.end()) return false;
        }
        return true;
    }

    /** «فقال لي: «...»», «وأضاف:»: a reporting verb within three words before a colon right before the mark. */
    private static boolean answered(String body, List<Token> tokens, int open) {
        if (!colonBefore(body, open)) return false;
        int mark = tokenAt(tokens, open);
        for (int k = mark - 2; k >= Math.max(0, mark - 5); k--) {
            if (ReportingVerbs.role(tokens.get(k).norm()) == ReportingVerbs.Role.VERB) return true;
        }
        return false;
    }

    static String surfaceVerb(Token t) {
        return ReportingVerbs.lemmaSurface(t.text(), t.norm());
    }

    /** The nearest reporting word before the mark, in its sentence (or a sentence ending with «:»). */
    private static Frame frameBefore(String body, List<Token> tokens, List<Span> sentences, Frame[] frames, int mark, int prevClose) {
        int limit = Math.max(0, mark - FRAME_WINDOW);
        for (int k = mark - 1; k >= limit; k--) {
            Token t = tokens.get(k);
            if (t.end() <= prevClose) return null;
            if (frames[k] != null) return frames[k];
            String n = t.norm();
            if (n.equals(".") || n.equals("؟") || n.equals("!") || n.equals("؛")) return null;
            if (body.indexOf('\n', t.end()) >= 0 && body.indexOf('\n', t.end()) < tokens.get(k + 1).start()
                    && !n.equals(":")) {
                return null;
            }
        }
        return null;
    }

    /** A colon or dots right before the mark («قال: “», «وتابع لافروف..”»). */
    private static boolean markedFrame(String body, List<Token> tokens, int frame, int open) {
        String between = body.substring(tokens.get(frame).end(), open).strip();
        return between.endsWith(":") || between.endsWith("..");
    }

    /** «أكد أن أوتاوا "أخطأت ..."»: a quoted stretch inside reported speech belongs to it. */
    private static boolean embedded(List<Token> tokens, Frame before, int mark) {
        if (before == null) return false;
        for (int k = before.token() + 1; k < mark; k++) {
            if (Reported.isComplementizer(tokens.get(k).norm()) || tokens.get(k).norm().equals("الي")) return true;
        }
        return false;
    }

    /** True when only the speaker phrase, a colon, dots or a comma separate the frame from the mark. */
    private static boolean adjacent(String body, List<Token> tokens, int frame, int open) {
        String between = body.substring(tokens.get(frame).end(), open).strip();
        if (between.isEmpty() || between.endsWith(":") || between.endsWith("..") || between.endsWith("،")) return true;
        int[] s = SpeakerPhrase.after(tokens, frame);
        return s != null && tokens.get(s[1]).end() >= open - 1;
    }

    /**
     * «“...”، قال الوزير», «“...” بحسب المصدر»: a reporting word within two tokens after the closing
     * mark; not one that opens a paragraph with a quotation of its own («”» then «وقالت هدى وهي
     * موظفة “...”» is someone else speaking).
     */
    private static Frame frameAfter(String body, List<Token> tokens, Frame[] frames, int close) {
        int k = tokenAt(tokens, close);
        if (k < 0) return null;
        for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
            int nl = body.indexOf('\n', tokens.get(j - 1).end());
            boolean paragraph = nl >= 0 && nl < tokens.get(j).start();
            if (paragraph && (frames[j] == null || quotesItself(tokens, j))) return null;
            if (frames[j] != null && frames[j].role() != ReportingVerbs.Role.PARTICIPLE) {
                return opensOwnClause(tokens, j) ? null : frames[j];
            }
            String n = tokens.get(j).norm();
            if (!(n.equals("،") || n.equals(",") || n.equals("-") || n.equals("..") || n.equals("ـ"))) return null;
        }
        return null;
    }

    /** «“...”، وقال إن ...»: a verb after the quote that introduces its own clause is not its frame. */
    private static boolean opensOwnClause(List<Token> tokens, int verb) {
        for (int j = verb + 1; j < Math.min(tokens.size(), verb + SPEECH_WINDOW); j++) {
            String n = tokens.get(j).norm();
            if (n.equals(".") || n.equals("،") || n.equals("؛")) return false;
            if (n.equals(":") || Reported.isComplementizer(n)) return true;
        }
        return false;
    }

    /** Whether a quote mark follows the verb within its sentence. */
    private static boolean quotesItself(List<Token> tokens, int verb) {
        for (int j = verb + 1; j < Math.min(tokens.size(), verb + SPEECH_WINDOW); j++) {
            String n = tokens.get(j).norm();
            if (n.equals(".")) return false;
            if (n.length() == 1 && QuoteMarks.isMark(n.charAt(0))) return true;
        }
        return false;
    }

    /**
     * Words that introduce someone's words without a reporting verb: nouns of a statement («وجاء في
     * البيان "..."», «أصدر مكتب الرئاسة بيانا جاء فيه أن "..."»), «جاء», and the speech noun «قول»
     * («ومضى اليافعي بالقول "..."», «تحدثت ... بقولها: "..."»).
     */
    private static final Set<String> STATEMENTS = ArabicNormalizer.foldedSet("بيان", "تقرير", "تصريح", "رسالة", "تغريدة", "خطاب",
            "كلمة", "مقال", "منشور", "جاء", "وجاء", "قول");

    /** Whether a statement noun, «جاء» or «قول» stands between offset {@code from} and token {@code mark}. */
    private static boolean citesAStatement(List<Token> tokens, int from, int mark) {
        for (int k = mark - 1; k >= 0 && tokens.get(k).start() >= from; k--) {
            if (STATEMENTS.contains(ArabicNormalizer.normalize(tokens.get(k).stem().form()))) return true;
        }
        return false;
    }

    /** Whether a colon stands right before the mark at {@code open} (spaces between). */
    private static boolean colonBefore(String body, int open) {
        int c = open - 1;
        while (c >= 0 && Character.isWhitespace(body.charAt(c))) c--;
        return c >= 0 && body.charAt(c) == ':';
    }

    /** Whether nothing but marks and spaces stands between {@code from} (a sentence's start) and the mark at {@code open}. */
    private static boolean opensSentence(String body, int from, int open) {
        for (int i = from; i < open; i++) if (Character.isLetterOrDigit(body.charAt(i))) return false;
        return true;
    }

    private static Frame lastFrameBefore(Frame[] frames, int mark) {
        for (int k = mark - 1; k >= 0; k--) if (frames[k] != null) return frames[k];
        return null;
    }

    static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= offset) lo = mid + 1;
            else if (t.start() > offset) hi = mid - 1;
            else return mid;
        }
        return lo < tokens.size() ? lo : -1;
    }

    static int countWords(List<Token> tokens, int start, int end) {
        int n = 0;
        for (int k = Math.max(0, tokenAt(tokens, start)); k < tokens.size() && tokens.get(k).start() < end; k++) {
            String s = tokens.get(k).norm();
            if (!s.isEmpty() && Character.isLetterOrDigit(s.charAt(0))) n++;
        }
        return n;
    }

    /** [start, end) without surrounding spaces, quote marks, trailing dots and commas. */
    static int[] trim(String body, int start, int end) {
        return trim(body, start, end, true);
    }

    /** As {@link #trim(String, int, int)}; quote marks are kept when {@code marks} is false. */
    static int[] trim(String body, int start, int end, boolean marks) {
        while (start < end && (Character.isWhitespace(body.charAt(start)) || marks && QuoteMarks.isMark(body.charAt(start)))) start++;
        while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == '.'
                || marks && QuoteMarks.isMark(body.charAt(end - 1)) || body.charAt(end - 1) == '،')) end--;
        return new int[] {start, end};
    }

    /** Mentions sorted by start, as {@code Frames} looks them up by binary search (a no-op copy when already sorted). */
    private static List<EntityMention> byStart(List<EntityMention> entities) {
        for (int i = 1; i < entities.size(); i++) {
            if (entities.get(i).start() < entities.get(i - 1).start()) {
                List<EntityMention> sorted = new java.util.ArrayList<>(entities);
                sorted.sort(java.util.Comparator.comparingInt(EntityMention::start));
                return sorted;
            }
        }
        return entities;
    }
}
