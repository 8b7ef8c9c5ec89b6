package org.marsad.quote;

import java.util.List;
import java.util.Set;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.article.Quote;
import org.marsad.article.Segment;
import org.marsad.article.Span;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.ReportingVerbs;

/**
 * Resolves the speaker of every reporting word outside direct quotations, in text order. A verb
 * followed by its subject and then speech (a colon, أن/إن or a quote mark) names a new current
 * speaker; a verb without a subject («وقال:») and a participle («مضيفا») continue the current
 * one, except that a participle first takes the subject of a reporting verb earlier in its own
 * sentence («شددت روسيا على ... معربة عن أملها بأن ...»). A speaker named inside reported speech
 * («قالت ناورت إن بومبيو قال ...») holds for that verb only. Which entity a speaker phrase names
 * is {@link SpeakerEntities}' part. Stateless.
 */
final class Frames {
    private static final Set<String> TAKES_OBJECT = Set.of("دعا", "دعت", "طالب", "طالبت", "حذر", "حذرت", "ودعا",
            "ودعت", "وطالب", "وطالبت", "وحذر", "وحذرت");

    private static final String ALLAH = ArabicNormalizer.normalize("الله");

    /** «نفى», "denied", whose object may carry the clause: «نفت الادعاءات بأن» (folded). */
    private static final Set<String> DENIES = Set.of("نفي", "نفت", "ونفي", "ونفت", "ينفي", "تنفي");

    /**
     * «فيما نفت الادعاءات بأن خدماتها ...»: after «نفى» one common noun that no mention covers, then
     * «بأن», is what was denied («the claims that ...»), and the subject is the one spoken of before.
     */
    private static boolean deniedClaim(List<Token> tokens, int[] s, List<EntityMention> entities, Token verb) {
        if (!DENIES.contains(verb.norm()) || s[0] != s[1] || s[1] + 1 >= tokens.size()) return false;
        if (!tokens.get(s[1] + 1).norm().startsWith("بان")) return false;
        Token noun = tokens.get(s[0]);
        for (EntityMention m : entities) if (m.start() < noun.end() && m.end() > noun.start()) return false;
        return noun.norm().startsWith("ال");
    }

    private static final Set<String> RELAYING = Set.of("نقل", "نقلت", "ونقل", "ونقلت", "ينقل", "تنقل");

    /** «بحسب ما», «حسبما», «كما»: "as" before a relaying verb. Folded. */
    private static final Set<String> AS_WHAT = Set.of("ما", "حسبما", "وفقما", "كما", "مثلما");

    /** «سُئل», «سُئلت»: "was asked", whose subject answers next (folded: ئ is ي). */
    private static final Set<String> ASKED = Set.of("سيل", "سيلت", "وسيل", "وسيلت", "فسيل", "فسيلت");

    private Frames() {}

    /** «نقل», «ونقلت»: a verb whose subject relays someone else's words. */
    static boolean isRelaying(String folded) {
        return RELAYING.contains(folded);
    }

    /**
     * «نقلت الوكالة عن العقيد المالكي قوله ...», «ونقلت وكالة الأنباء على لسان الفالح قوله»: a relaying
     * verb's speaker is the source after «عن» or «على لسان».
     */
    private static int[] source(List<Token> tokens, int[] subject) {
        for (int k = subject[1] + 1; k < Math.min(tokens.size(), subject[1] + 20); k++) {
            String n = tokens.get(k).norm();
            if (n.equals(".") || n.equals(":") || Reported.isComplementizer(n)) break;
            // «عن العقيد المالكي قوله», «على لسان الفالح قوله» ("in the words of")
            boolean tongue = n.equals("علي") && k + 1 < tokens.size() && tokens.get(k + 1).norm().equals("لسان");
            if (n.equals("عن") || tongue) {
                int[] src = SpeakerPhrase.after(tokens, tongue ? k + 1 : k);
                return src != null ? src : subject;
            }
        }
        return subject;
    }

    static Frame[] resolve(String body, List<Token> tokens, List<Span> sentences, List<QuoteMarks.Pair> pairs,
                           List<EntityMention> entities) {
        Frame[] frames = new Frame[tokens.size()];
        SpanIndex insideQuote = new SpanIndex(pairs, QuoteMarks.Pair::open, QuoteMarks.Pair::close);
        Quote.Speaker last = null;
        // whether the verb that named the last speaker was feminine; null when no verb of its own named it, or its form does not say
        Boolean lastFeminine = null;
        Quote.Speaker sentenceSubject = null;
        // the subject of the last reporting verb that took an object instead of speech, and that verb's gender
        Quote.Speaker objectSubject = null;
        boolean objectFeminine = false;
        int sentenceEnd = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (ASKED.contains(t.norm()) && !insideQuote.overlaps(t.start(), t.start())) {
                // «وعندما سُئلت ساندرز عما إذا ...، أجابت "..."»: the one asked answers
                int[] asked = SpeakerPhrase.after(tokens, i);
                if (asked != null) asked = SubjectFit.fit(tokens, asked, entities, last);
                Quote.Speaker named = asked == null ? null : SpeakerEntities.speaker(body, tokens, asked, entities);
                if (named != null && named.entity().isPresent()) {
                    last = named;
                    lastFeminine = null;
                }
                continue;
            }
            ReportingVerbs.Role role = ReportingVerbs.role(t.norm());
            if (role == null || insideQuote.overlaps(t.start(), t.start())) continue;
            if (t.start() >= sentenceEnd) {
                sentenceSubject = null;
                sentenceEnd = sentenceEnd(sentences, t.start());
            }
            if (role == ReportingVerbs.Role.PARTICIPLE && NotSpeech.afterPreposition(tokens, i) || NotSpeech.addsAGoal(tokens, i)) continue;
            if (role == ReportingVerbs.Role.PARTICIPLE) {
                if (sentenceSubject == null && t.norm().endsWith("ا")) {
                    // «رفض وزير الخارجية الإيراني محمد جواد ظريف ... مؤكدا أن»: with no reporting verb
                    // before it in its sentence, a masculine participle goes on with the person who opens
                    // it (a feminine or plural one agrees with some other subject: «منظمات ... معتبرة»)
                    sentenceSubject = SentenceOpeners.person(body, tokens, sentences, entities, i);
                }
                if (sentenceSubject != null && sentenceSubject != last) {
                    last = sentenceSubject;
                    lastFeminine = null;
                }
                frames[i] = new Frame(i, role, continued(t, last));
                continue;
            }
            if (NotSpeech.any(body, tokens, i)) continue;
            int[] s = SpeakerPhrase.after(tokens, i);
            // «وقال لمحاوره», «قالت لوسائل الإعلام»: whom the speaker told is no subject
            if (s != null && SubjectFit.toldNoName(tokens, s[0], entities)) s = null;
            if (s != null && s[0] == s[1] && SpeakerPhrase.isHonorificPronoun(tokens.get(s[0]).norm())) {
                // «وقال سموه:», «وأوضح معاليه أن»: the last speaker, or before anyone has spoken the
                // dignitary the article has named with a title («أمير منطقة عسير الأمير فيصل بن خالد»)
                if (last == null) last = SubjectFit.titledPersonBefore(entities, t.start());
                lastFeminine = null;
                if (last != null) sentenceSubject = last;
                frames[i] = new Frame(i, role, continued(t, last));
                continue;
            }
            if (role == ReportingVerbs.Role.ACCORDING_TO && s != null && !isSource(tokens.get(s[0]))) {
                // «حسب تعبيره» goes on with the speaker; «وفق أعلى المعايير» names no one
                frames[i] = new Frame(i, role, isOwnWords(tokens.get(s[0])) ? last : null);
                continue;
            }
            if (s != null) s = SubjectFit.fit(tokens, s, entities, last);
            if (s != null && TAKES_OBJECT.contains(t.norm()) && (s[1] + 1 < tokens.size()
                    && (tokens.get(s[1] + 1).norm().equals("الي") || tokens.get(s[1] + 1).norm().startsWith("ب"))
                    || tokens.get(s[0]).norm().equals(ALLAH))) {
                s = null; // «ودعا الأحزاب إلى ...», «ودعا الله أن ...»: the noun is the object, the subject is implicit
            }
            if (s != null && deniedClaim(tokens, s, entities, t)) s = null; // «فيما نفت الادعاءات بأن»
            if (RELAYING.contains(t.norm()) && i > 0 && AS_WHAT.contains(tokens.get(i - 1).norm())) {
                // «وقال فاردي بحسب ما نقل بيان ليستر "..."»: the relay names where the words came from, not who spoke
                frames[i] = new Frame(i, role, continued(t, last));
                continue;
            }
            if (s != null && RELAYING.contains(t.norm())) s = source(tokens, s);
            boolean ownSubject = s != null; // «حسب ما ذكر موقع "ديلي ميل"»: the verb names its subject, speech or not
            int afterSubject = s == null ? -1 : SpeakerPhrase.skipRelative(tokens, s[1] + 1);
            boolean ownSpeech = s != null && introducesSpeech(body, tokens, i, afterSubject, true);
            // «أكد الوزير أهمية ...، مبينا أنه»: the speech is the participle's, and the verb's subject stays its own
            boolean participleSpeaks = s != null && !ownSpeech && introducesSpeech(body, tokens, i, afterSubject);
            if (s != null && !ownSpeech) {
                // «شددت روسيا على ...، معربة عن»: the subject of a verb that takes an object goes on into a
                // participle, without the object («أكد الوزير أهمية دور الصندوق»); a verb whose subject
                // stands before it in someone's words («أن الفريق أكمل كافة التجهيزات») names no one
                if (!subjectBefore(tokens, i) && !tokens.get(s[0]).norm().equals(ALLAH) && !inRelativeClause(tokens, i)) {
                    sentenceSubject = SpeakerEntities.speaker(body, tokens, SpeakerPhrase.withoutObject(tokens, s, entities), entities);
                    // (a subject that begins with a linked name: a verb with no subject names its object there,
                    // «وأكدت أهمية تسليم محافظة الحديدة»)
                    // (and one that ends with a linked person: «كما أوضح برونهولتز الذي اشترى ...»)
                    if (sentenceSubject != null && (opensSentence(sentences, tokens, i) && SubjectFit.opensWithName(entities, sentenceSubject)
                            || SubjectFit.endsWithPerson(entities, sentenceSubject))) {
                        objectSubject = sentenceSubject;
                        objectFeminine = ReportingVerbs.isFeminine(t.norm());
                    }
                }
                s = null;
            }
            boolean nested = false;
            if (s == null && !participleSpeaks && introducesSpeech(body, tokens, i, i + 1)) {
                s = SubjectBefore.of(tokens, i);
                if (s == null) s = SubjectFit.personRightBefore(tokens, i, entities);
                if (s == null) s = SubjectBefore.afterAmma(tokens, i);
                nested = s != null && s[0] > 0 && Reported.isComplementizer(tokens.get(s[0] - 1).norm());
            }
            if (nested) {
                frames[i] = new Frame(i, role, SpeakerEntities.speaker(body, tokens, s, entities));
                continue;
            }
            Quote.Speaker named = s == null ? null : SpeakerEntities.speaker(body, tokens, s, entities);
            if (named != null && tokens.get(s[0]).norm().equals(ALLAH)) {
                // «قال الله تعالى (...)»: a verse quoted in someone's words, «بما وفق الله» ("as God granted"):
                // what follows goes on with the person speaking before
                frames[i] = new Frame(i, role, named);
                continue;
            }
            Boolean feminine = ReportingVerbs.gender(t.norm());
            if (named != null) {
                last = named;
                // a relaying verb agrees with its subject, not with the source it names («ونقلت إرنا عن جهانغيري قوله»)
                lastFeminine = RELAYING.contains(t.norm()) ? null : feminine;
                sentenceSubject = named;
            }
            if (named == null && last == null && !ownSubject && role == ReportingVerbs.Role.VERB && !ReportingVerbs.isPlural(t.norm())) {
                // «أثار المدرب بيب غوارديولا الشكوك ... وقال:»: no one has spoken yet, so the verb goes on
                // with the person who opens its sentence
                named = SentenceOpeners.person(body, tokens, sentences, entities, i);
                if (named == null && opensSentence(sentences, tokens, i) && masculine(t.norm())) {
                    // «اتهم وزير الداخلية ... الشيخ راشد بن عبدالله آل خليفة إيران ... . وأشار في تصريح له إن»:
                    // a verb that opens its sentence goes on with the person who opened the one before
                    named = SentenceOpeners.person(body, tokens, sentences, entities, i - 1);
                }
                if (named == null && objectSubject != null && opensSentence(sentences, tokens, i)
                        && objectSubject.start() >= sentenceStart(sentences, tokens.get(i - 1).start())
                        && objectFeminine == ReportingVerbs.isFeminine(t.norm())) {
                    // «كما أوضح برونهولتز الذي اشترى منزلا. وقال: "..."»: no one has spoken yet, and the verb that
                    // opens the next sentence goes on with the one the reporting verb before named
                    named = objectSubject;
                }
                if (named != null) {
                    last = named;
                    lastFeminine = feminine;
                    sentenceSubject = named;
                }
            }
            if (named == null && last != null && !ownSubject && role == ReportingVerbs.Role.VERB && !ReportingVerbs.isPlural(t.norm())
                    && opensSentence(sentences, tokens, i)) {
                // «وسعى ماكرون إلى توضيح ... . وأضاف "..."»: a verb that opens its sentence goes on with the
                // person who opened the sentence before, when that person came after the last speaker
                // (not when the last speaker was named in that sentence: «وقال مصدر مقرب من جونسون ... وأضاف»)
                Quote.Speaker before = SentenceOpeners.person(body, tokens, sentences, entities, i - 1);
                if (before != null && last.start() < sentenceStart(sentences, tokens.get(i - 1).start())
                        && before.start() > last.end() && !before.entity().equals(last.entity())
                        && !insideQuote.overlaps(before.start(), before.start()) && SentenceOpeners.isSubjectOfFirstWord(tokens, sentences, before)) {
                    named = before;
                    last = named;
                    lastFeminine = feminine;
                    sentenceSubject = named;
                } else if (objectSubject != null && objectSubject.start() > last.end()
                        && objectSubject.start() >= sentenceStart(sentences, tokens.get(i - 1).start())
                        && objectFeminine == ReportingVerbs.isFeminine(t.norm())) {
                    // «ونفت غوغل استخدام ... . وقالت:»: a verb of the same gender that opens the next sentence
                    // goes on with the subject of the reporting verb that opened the one before
                    named = objectSubject;
                    last = named;
                    lastFeminine = feminine;
                    sentenceSubject = named;
                }
            }
            if (named == null && !ownSubject && feminine != null && lastFeminine != null && isPerson(last) && !feminine.equals(lastFeminine)) {
                // «وقال الحسين: "..." ... وقالت في مقابلة إن»: a verb of the other gender goes on with someone else
                frames[i] = new Frame(i, role, null);
                continue;
            }
            frames[i] = new Frame(i, role, named != null ? named : continued(t, last));
        }
        return frames;
    }

    /** «بوتين الذي اعتبرت بلاده القوة الرئيسية»: the verb at {@code verb} opens a relative clause. */
    private static boolean inRelativeClause(List<Token> tokens, int verb) {
        return verb > 0 && SubjectBefore.isRelative(tokens.get(verb - 1).norm());
    }

    /** «أن الفريق أكمل»: the verb at {@code verb} follows its subject, after a complementizer. */
    private static boolean subjectBefore(List<Token> tokens, int verb) {
        int[] b = SubjectBefore.of(tokens, verb);
        return b != null && b[0] > 0 && Reported.isComplementizer(tokens.get(b[0] - 1).norm());
    }

    /** Whether the token at {@code i} is the first of its sentence (after the one before it). */
    private static boolean opensSentence(List<Span> sentences, List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).start() < sentenceStart(sentences, tokens.get(i).start());
    }

    /** «وأشار», «ويقول»: a verb form of the third person masculine singular, not «أشارت», «تقول» (folded). */
    private static boolean masculine(String folded) {
        String v = folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف') ? folded.substring(1) : folded;
        return !v.endsWith("ت") && !v.startsWith("ت");
    }

    /** The start of the sentence holding {@code offset}, or {@code offset} when none does. */
    static int sentenceStart(List<Span> sentences, int offset) {
        Span s = sentenceAt(sentences, offset);
        return s == null ? offset : s.start();
    }

    /** Whether the speaker is a linked person. */
    private static boolean isPerson(Quote.Speaker s) {
        return s != null && s.entity().map(e -> e.type() == EntityType.PER).orElse(false);
    }

    /**
     * The speaker a reporting word without its own subject continues: the last named one, unless
     * the word is plural and that speaker a single person («قال جربوع ... وقالوا إنها ...»: the
     * plural verb has other subjects, left unnamed).
     */
    private static Quote.Speaker continued(Token verb, Quote.Speaker last) {
        if (last == null || !ReportingVerbs.isPlural(verb.norm()) || couldBePlural(last)) return last;
        return null;
    }

    /** «المحتجون», «السلطات», «الوزراء», «لافروف وتيلرسون»: a speaker a plural verb can go on with. */
    private static boolean couldBePlural(Quote.Speaker s) {
        String[] words = ArabicNormalizer.normalize(s.text()).split("\\s+");
        if (words.length > 1 && java.util.Arrays.stream(words).skip(1).anyMatch(w -> w.length() > 2 && w.startsWith("و"))) return true;
        String head = words[0];
        // «ممثلي الناديين», «مسؤولي البلدين»: a plural or dual in construct
        if (words.length > 1 && head.length() > 3 && head.endsWith("ي") && (words[1].endsWith("ين") || words[1].endsWith("ان"))) return true;
        return head.endsWith("ون") || head.endsWith("ين") || head.endsWith("ات") || head.endsWith("اء")
                || head.startsWith("ال") && head.endsWith("ان") && head.length() > 5; // «الطرفان», «الأكاديميان»
    }

    /** Speech nouns that, with a pronoun («حسب تعبيره», «بحسب وصفها», «وفقا لقوله»), mean the speaker's own words. */
    private static final Set<String> SPEECH_NOUNS = java.util.stream.Stream.of("تعبير", "وصف", "قول", "تصريح", "تصريحات",
            "كلام", "رواية", "زعم", "ادعاء", "حديث").map(ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** What «وفق/حسب» is followed by when it means "in line with", not "as said by". */
    private static final Set<String> NORMS = Set.of("اعلي", "افضل", "القانون", "القوانين", "الشريعه", "المعايير", "معايير",
            "الاتفاق", "الاتفاقيه", "اتفاق", "الدستور", "الخطه", "خطه", "الشروط", "شروط", "القواعد", "قواعد", "الاجراءات",
            "اجراءات", "توصيات", "نسخ", "النظام", "نظام", "الجدول", "جدول", "البرنامج", "برنامج", "الاصول", "مبدا", "المبادي",
            "الاعراف", "اليه", "الترتيبات", "التوقيت", "المواصفات", "مواصفات", "الاحكام", "احكام", "الطلب", "الحاجه",
            // measures: «تختلف فيها تكلفة استخراجه حسب العمق»
            "العمق", "الحجم", "الوزن", "النوع", "نوع", "نوعيه", "الكميه", "الحاله", "الظروف", "المسافه", "الموسم", "الاوضاع",
            // figures: «التي صارت نسبتها مخيفة حسب الإحصائيات»
            "الاحصاييات", "احصاييات", "الاحصاءات", "احصاءات", "الارقام", "ارقام", "البيانات", "بيانات", "لبيانات", "للبيانات");

    /** Whether the word after «بحسب/وفق/حسب» can open a source: no pronoun suffix, not a norm or rule. */
    private static boolean isSource(Token head) {
        return !endsInPronoun(head) && !NORMS.contains(head.norm());
    }

    private static boolean isOwnWords(Token head) {
        if (!endsInPronoun(head)) return false;
        for (Segment seg : head.segments()) {
            if (seg.kind() == Segment.Kind.STEM) return SPEECH_NOUNS.contains(ArabicNormalizer.normalize(seg.form()));
        }
        return false;
    }

    private static boolean endsInPronoun(Token t) {
        List<Segment> segs = t.segments();
        return segs.size() > 1 && segs.get(segs.size() - 1).kind() == Segment.Kind.PRON;
    }

    /** The end of the sentence holding {@code offset}; sentences are sorted, so a binary search. */
    static int sentenceEnd(List<Span> sentences, int offset) {
        return sentenceEnd(sentences, offset, offset + 1);
    }

    /** The end of the sentence holding {@code offset}, or {@code outside} when no sentence holds it. */
    static int sentenceEnd(List<Span> sentences, int offset, int outside) {
        Span s = sentenceAt(sentences, offset);
        return s == null ? outside : s.end();
    }

    /** The sentence holding {@code offset}, or null; sentences are sorted, so a binary search. */
    private static Span sentenceAt(List<Span> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }

    /**
     * True when the verb at {@code verb} frames speech: a quote mark, colon or complementizer follows
     * its subject within a few words, or a closing quote mark precedes it («“...”، قال الوزير»).
     */
    static boolean introducesSpeech(String body, List<Token> tokens, int verb, int from) {
        return introducesSpeech(body, tokens, verb, from, false);
    }

    /**
     * The same; with {@code participleEnds}, speech after a participle is the participle's and not
     * the verb's («أكد الوزير أهمية ...، مبينا أنه»: the minister stressed something, then explained).
     */
    private static boolean introducesSpeech(String body, List<Token> tokens, int verb, int from, boolean participleEnds) {
        for (int j = from; j < Math.min(tokens.size(), from + QuoteExtractor.SPEECH_WINDOW); j++) {
            String n = tokens.get(j).norm();
            if (n.equals(".") && !Reported.abbreviationStop(tokens, j) || n.equals("؛")) break;
            if (participleEnds && j > from && ReportingVerbs.role(n) == ReportingVerbs.Role.PARTICIPLE && !NotSpeech.afterPreposition(tokens, j)) break;
            if (n.equals(":") || Reported.isComplementizer(n) && !Reported.inAbbreviation(tokens, j)
                    || QuoteMarks.isMark(body.charAt(tokens.get(j).start()))) return true;
        }
        for (int j = verb - 1; j >= Math.max(0, verb - 3); j--) {
            String t = tokens.get(j).text();
            if (QuoteMarks.isMark(t.charAt(t.length() - 1))) return true;
            if (!(t.equals("،") || t.equals(",") || t.equals("-"))) break;
        }
        return false;
    }
}
