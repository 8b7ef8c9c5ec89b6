package org.marsad.quote;

import java.util.List;
import java.util.Set;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.article.Quote;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.ReportingVerbs;

/**
 * Fits a reporting verb's subject phrase ({@link SpeakerPhrase}) to the article's person mentions:
 * on past a stop word that is a given name («الشيخ علي الردفاني») and through a long title to the
 * person named after an honorific; back to the last speaker's name or to a full name the phrase ran
 * past; and, for a verb after its subject, the person right before it. Stateless.
 */
final class SubjectFit {
    private SubjectFit() {}

    /**
     * The subject [first, last] of a verb-subject phrase {@code s}, fitted to the person mentions;
     * {@code last} is the current speaker, or null.
     */
    static int[] fit(List<Token> tokens, int[] s, List<EntityMention> entities, Quote.Speaker last) {
        int[] f = throughName(tokens, s, entities);
        f = throughTitledPerson(tokens, f, entities);
        f = truncateAtKnownName(tokens, f, last);
        return endAtPerson(tokens, f, entities);
    }

    /** Title nouns in construct state that may follow a name («دانيلو تونينللي وزير النقل»), folded. */
    static final Set<String> TITLES = java.util.stream.Stream.of("وزير", "وزيرة", "رئيس", "رئيسة", "مدير", "مديرة",
            "عميد", "نائب", "مستشار", "مستشارة", "متحدث", "متحدثة", "ممثل", "ممثلة", "أحد", "إحدى", "عضو", "قائد", "سفير",
            "محافظ", "زعيم", "مؤسس", "عمدة", "أمين", "مراسل", "مراسلة", "خبير", "خبيرة", "أستاذ", "أستاذة", "محامي", "محامية",
            "مدافع", "لاعب", "لاعبة", "مدرب", "مدربة", "مهاجم", "حارس", "نجم", "نجمة", "إمام", "خطيب", "شيخ")
            .map(ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * «وأقر وزير الدفاع جيم ماتيس الخطط ...»: a subject that runs on past a person's full name (into
     * the verb's object, or a title after the name) ends with the name.
     */
    private static int[] endAtPerson(List<Token> tokens, int[] s, List<EntityMention> entities) {
        int from = tokens.get(s[0]).start();
        int to = tokens.get(s[1]).end();
        int cut = -1;
        for (EntityMention m : entities) {
            if (m.start() >= to) break;
            // a full name only: a lone recognised first name («فهد» of «فهد التميمي») may be cut short
            if (m.type() == EntityType.PER && m.start() >= from && m.end() < to && m.text().indexOf(' ') > 0) cut = m.end();
        }
        if (cut < 0) return s;
        int k = s[0];
        while (k < s[1] && tokens.get(k).end() < cut) k++;
        // not before an apposition: in «مستشار الرئيس الأمريكي دونالد ترامب للأمن القومي، جون بولتون» the
        // speaker is the name after the comma
        for (int j = k + 1; j <= s[1]; j++) if (tokens.get(j).norm().equals("،") || tokens.get(j).norm().equals(",")) return s;
        // and only where what follows cannot be more of the name: a word with the article that is no nisba
        // («الخطط», but «محمد علي الحوثي»), a preposition («لبي بي سي») or a title («وزير النقل»)
        Token after = tokens.get(k + 1);
        String next = after.norm();
        boolean more = next.startsWith("ال") && !next.endsWith("ي") || TITLES.contains(next)
                || !after.segments().isEmpty() && after.segments().get(0).kind() == Segment.Kind.PREP;
        return more ? new int[] {s[0], k} : s;
    }

    /** Honorifics written right before a name («الشيخ دبيخي», «المهندس عدنان»), folded. */
    private static final Set<String> HONORIFICS = java.util.stream.Stream.of("الشيخ", "المهندس", "الدكتور", "الدكتورة",
            "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "الأمير", "الأميرة", "الأستاذ", "الأستاذة", "القاضي", "السفير")
            .map(ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Words after which a person is spoken to or with, not the speaker: «مع نظيره الروسي سيرغي لافروف». */
    private static final Set<String> COMPANIONS = java.util.stream.Stream.of("مع", "نظيره", "نظيرها", "لنظيره", "لنظيرها",
            "بنظيره", "بنظيرها", "الى", "إلى", "للصحفيين", "لوسائل")
            .map(ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * «وأوضح المتحدث الرسمي لهيئة الأمر بالمعروف والنهي عن المنكر بالمنطقة الشرقية الشيخ دبيخي بن
     * سليمان الدبيخي أن»: a subject that stopped inside a long title runs on to the person named
     * at its end, when that name ends right before the complementizer, colon or «عن» (a comma may stand
     * between: «للهيئة سعيد محمد الطاير، إن»), and either an honorific stands before the name or
     * the name has two words or more and every word on the way could go on a title ({@link
     * #titleWords}; not «قال المتحدث خلال لقائه بالوزير محمد علي إن», which names whom he met).
     * Not past a colon or quote mark before the end, a word of company («مع نظيره»: the person
     * there is spoken with), or a comma unless an honorific follows it («لصحيفة "سبق"، الأستاذ علي
     * الحازمي:»); a short quoted name is passed over.
     */
    private static int[] throughTitledPerson(List<Token> tokens, int[] s, List<EntityMention> entities) {
        int limit = Math.min(tokens.size(), s[1] + 15);
        boolean plain = true; // no comma or quoted name passed
        for (int j = s[1] + 1; j < limit; j++) {
            Token t = tokens.get(j);
            String n = t.norm();
            // «أعلن المدير العام لجمعية ... الشيخ محمد البركاتي عن إطلاق»: «عن» right after a person opens
            // the verb's object (elsewhere it may belong to the title: «هيئة الأمر بالمعروف والنهي عن المنكر»)
            if (n.equals("عن") && (j - 1 <= s[1] || personEndingAt(entities, tokens.get(j - 1), tokens.get(s[1]).end()) == null)) continue;
            if (Reported.isComplementizer(n) || n.equals(":") || n.equals("عن")) {
                int end = j - 1;
                if (end > s[1] && SpeakerPhrase.isComma(tokens.get(end))) end--;
                if (end <= s[1]) return s;
                EntityMention m = personEndingAt(entities, tokens.get(end), tokens.get(s[1]).end());
                if (m == null) return s;
                int k = end;
                while (k > s[1] + 1 && tokens.get(k - 1).end() > m.start()) k--;
                boolean honorific = k - 1 > s[1] && HONORIFICS.contains(tokens.get(k - 1).norm());
                boolean fullName = plain && m.text().indexOf(' ') > 0 && titleWords(tokens, s[1] + 1, k, entities);
                return honorific || fullName ? new int[] {s[0], end} : s;
            }
            if (n.equals(".") || n.equals("؛") || COMPANIONS.contains(n)) return s;
            if (SpeakerPhrase.isComma(t)) {
                if (j + 1 >= limit) return s;
                String next = tokens.get(j + 1).norm();
                if (Reported.isComplementizer(next)) continue; // «سعيد محمد الطاير، إن»
                if (!HONORIFICS.contains(next)) return s;
                plain = false;
                continue;
            }
            if (QuoteMarks.isMark(t.text().charAt(0))) {
                int after = SpeakerPhrase.quotedName(tokens, j);
                if (after == 0) return s;
                j = after - 1;
                plain = false;
            }
        }
        return s;
    }

    /**
     * Whether tokens [from, to) could all go on a title: each carries the article or ل or ب («للهيئة»,
     * «بالمنطقة الشرقية», «للرئيس») and is no stop word («ردت الرئاسة بغضب واصفة مانيغولت نيومان بأنها»:
     * the name there is the object of a participle), or is a place, also after «في» («المتحدث الرسمي
     * للهلال الأحمر في تبوك خالد بن مرضي العنزي أن»).
     */
    private static boolean titleWords(List<Token> tokens, int from, int to, List<EntityMention> entities) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String n = t.norm();
            if (inPlace(entities, t) || n.equals("في") && k + 1 < to && inPlace(entities, tokens.get(k + 1))) continue;
            if (n.isEmpty() || !Character.isLetter(n.charAt(0)) || SpeakerPhrase.isStop(n)) return false;
            List<Segment> segs = t.segments();
            boolean preposition = !segs.isEmpty() && segs.get(0).kind() == Segment.Kind.PREP
                    && (segs.get(0).form().equals("ل") || segs.get(0).form().equals("ب"));
            if (!n.startsWith("ال") && !preposition) return false;
        }
        return true;
    }

    /** Whether a place mention covers token {@code t}. */
    private static boolean inPlace(List<EntityMention> entities, Token t) {
        for (EntityMention m : entities) {
            if (m.start() >= t.end()) break;
            if (m.type() == EntityType.LOC && m.end() >= t.end()) return true;
        }
        return false;
    }

    /** The person mention that ends where {@code end} ends and starts after {@code from}, or null. */
    private static EntityMention personEndingAt(List<EntityMention> entities, Token end, int from) {
        for (EntityMention m : entities) {
            if (m.start() >= end.end()) break;
            if (m.type() == EntityType.PER && m.end() == end.end() && m.start() > from) return m;
        }
        return null;
    }

    /**
     * «وكان قائد المقاومة في تعز الشيخ حمود المخلافي أكد أنهم»: a masculine verb without a
     * conjunction right after a person's name has that person for subject, however long the title
     * before the name; so has a past verb of either gender after the name and a relative pronoun
     * («المدرب صبري البرعي الذي قال إنه»), which {@link SubjectBefore} leaves to the mentions when the
     * name's last word has the article.
     */
    static int[] personRightBefore(List<Token> tokens, int verb, List<EntityMention> entities) {
        Token v = tokens.get(verb);
        if (verb == 0 || !v.segments().isEmpty() && v.segments().get(0).kind() == Segment.Kind.CONJ) return null;
        int last = verb - 1;
        if (tokens.get(last).norm().equals("قد")) last--;
        // «المدرب صبري البرعي الذي قال إنه»: a person's mention, then a relative pronoun (not «الذي قال عنه»)
        // in the past tense: «عباس الموسوي الذي يقول إنه» is the writer's «he says», «الذي يعتقد أنه» a passive
        String n = v.norm();
        boolean past = !n.startsWith("ي") && !(n.startsWith("ت") && !n.endsWith("ت"));
        boolean relative = past && last > 0 && SubjectBefore.isRelative(tokens.get(last).norm()) && !SubjectBefore.resumesObject(tokens, verb);
        if (relative) last--;
        // «وكتبت شاكيرا رسالة إلى جيرارد بيكيه قالت فيها»: a feminine verb right after a name is often a
        // relative clause about something else; only masculine verbs are taken there
        if (!relative && ReportingVerbs.isFeminine(v.norm())) return null;
        if (last < 0) return null;
        Token end = tokens.get(last);
        for (EntityMention m : entities) {
            if (m.start() >= end.end()) break;
            if (m.type() != EntityType.PER || m.end() != end.end()) continue;
            int k = last;
            while (k > 0 && tokens.get(k - 1).end() > m.start()) k--;
            return new int[] {k, last};
        }
        return null;
    }

    /**
     * «وقال الشيخ علي الردفاني», «وأوضح الرئيس التنفيذي عادل علي أن»: a subject that stopped at «علي»,
     * which folds like the preposition «على», goes on to the end of the person's name that starts
     * there or covers it; so does one that stopped at any word inside a name begun in the subject
     * (a reporting word: «وأوضح المخرج أمين طالب أن»; a stop word: «أعلنت مجموعة قنوات بي إن سبورتس»).
     */
    private static int[] throughName(List<Token> tokens, int[] s, List<EntityMention> entities) {
        if (s[1] + 1 >= tokens.size()) return s;
        Token next = tokens.get(s[1] + 1);
        boolean ali = next.norm().equals("علي"); // the one stop word that is also a given name
        for (EntityMention m : entities) {
            if (m.start() >= next.end()) break;
            if (m.end() < next.end() || m.start() < tokens.get(s[0]).start()) continue;
            if (ali ? m.type() != EntityType.PER : m.start() >= next.start()) continue;
            int k = s[1] + 1;
            while (k + 1 < tokens.size() && tokens.get(k + 1).end() <= m.end()) k++;
            return new int[] {s[0], k};
        }
        return s;
    }

    /** «أكد لافروف دعوة كابول»: a subject running on past the last speaker's name stops at it. */
    private static int[] truncateAtKnownName(List<Token> tokens, int[] s, Quote.Speaker last) {
        if (last == null) return s;
        String[] words = last.text().split("\\s+");
        String lastWord = ArabicNormalizer.normalize(words[words.length - 1]);
        // a name, not a common noun: after «لكن الصحيفة أشارت», «أشارت الصحيفة المدريدية "ماركا"» stays whole
        if (lastWord.startsWith("ال") && last.entity().isEmpty()) return s;
        // a title linked to its holder («الرئيس التركي» → Erdogan) ends on no name: «التركي» is no cut
        if (last.entity().isPresent() && !ArabicNormalizer.normalize(last.entity().get().name()).contains(lastWord)) return s;
        for (int k = s[0]; k < s[1]; k++) {
            if (tokens.get(k).norm().equals(lastWord)) return new int[] {s[0], k};
        }
        return s;
    }

    /**
     * Whether a subject's first word, at {@code k}, is «ل» + a noun that opens no mention («لمحاوره»,
     * «لوسائل», «لمتخصصين»): whom the speaker told, never who spoke. A name that the entity stage
     * found with its «ل» («لوبيتيغي», «لينش») is a subject, and so is a word right before a person's
     * mention: a given name the recogniser left out («لاني ديفيز»).
     */
    static boolean toldNoName(List<Token> tokens, int k, List<EntityMention> entities) {
        if (entities.isEmpty()) return false; // no entity stage ran: «ليلى» may be ل + «يلى» or the name Laila
        Token first = tokens.get(k);
        List<Segment> segs = first.segments();
        if (segs.size() < 2 || segs.get(0).kind() != Segment.Kind.PREP || !segs.get(0).form().equals("ل")) return false;
        int next = k + 1 < tokens.size() ? tokens.get(k + 1).start() : -1;
        for (EntityMention m : entities) {
            if (m.start() > next && m.start() > first.start()) break;
            if (m.start() == first.start() || m.start() == next && m.type() == EntityType.PER) return false;
        }
        return true;
    }

    /** Whether a linked person's mention ends where the speaker phrase ends («كما أوضح برونهولتز»). */
    static boolean endsWithPerson(List<EntityMention> entities, Quote.Speaker s) {
        for (EntityMention m : entities) {
            if (m.start() >= s.end()) return false;
            if (m.end() == s.end() && m.type() == EntityType.PER && m.entity().isPresent()) return true;
        }
        return false;
    }

    /** Whether a linked mention begins where the speaker phrase begins («غوغل ...», not «أهمية تسليم الحديدة»). */
    static boolean opensWithName(List<EntityMention> entities, Quote.Speaker s) {
        for (EntityMention m : entities) {
            if (m.start() > s.start()) return false;
            if (m.start() == s.start() && m.entity().isPresent()) return true;
        }
        return false;
    }

    /** The last linked person mentioned with a title («الأمير», «الوزير») before {@code offset}, as a speaker; or null. */
    static Quote.Speaker titledPersonBefore(List<EntityMention> entities, int offset) {
        Quote.Speaker found = null;
        for (EntityMention m : entities) {
            if (m.start() >= offset) break;
            if (m.type() == EntityType.PER && m.entity().isPresent() && m.role().isPresent()) {
                found = new Quote.Speaker(m.start(), m.end(), m.text(), m.entity());
            }
        }
        return found;
    }
}
