package org.marsad.quote;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;
import org.marsad.article.Quote;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.entity.KbEntry;
import org.marsad.entity.KnowledgeBase;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.KinshipWords;

/**
 * Which entity a speaker phrase names ({@link Frames} finds the phrase): the linked mention inside
 * it, a person preferred; the one holder of a title named alone («قال الرئيس التركي»); the one
 * person whose name ends with the word after a personal title («الدكتور التركي»). Stateless.
 */
final class SpeakerEntities {
    private SpeakerEntities() {}

    /** The speaker over tokens [s[0], s[1]], with the linked entity it names ({@link #entity}), if any. */
    static Quote.Speaker speaker(String body, List<Token> tokens, int[] s, List<EntityMention> entities) {
        int start = tokens.get(s[0]).start();
        int end = tokens.get(s[1]).end();
        return new Quote.Speaker(start, end, body.substring(start, end), entity(body, tokens, s, entities));
    }

    /**
     * Whether a place in the speaker phrase sits behind «ب» ("in", "at": «مسؤول بهيئة الكوارث بولاية
     * كيرالا», «الشركة المشغلة لبرج إيفل بباريس»): where the speaker works, not whom they speak for.
     * «باسم» ("on behalf of") and ل ("of": «لمندوب روسيا») keep the place.
     */
    private static boolean inPrepositionalPhrase(List<Token> tokens, int[] s, EntityMention m) {
        for (int k = s[0] + 1; k <= s[1] && tokens.get(k).start() <= m.start(); k++) {
            List<Segment> segs = tokens.get(k).segments();
            if (!segs.isEmpty() && segs.get(0).kind() == Segment.Kind.PREP && segs.get(0).form().equals("ب")
                    && !tokens.get(k).norm().equals("باسم")) return true;
        }
        return false;
    }

    /** Heads of institutions named after a place («مركز الخليج لحقوق الإنسان», «جامعة القاهرة»), folded. */
    private static final Set<String> INSTITUTIONS = ArabicNormalizer.foldedSet("مركز", "منظمة", "جمعية", "معهد", "مؤسسة",
            "جامعة", "اتحاد", "نادي", "شركة", "صحيفة", "قناة", "وكالة", "بنك", "مصرف", "مستشفى", "مرصد",
            // «شرطة زيوريخ», «بلدية دبي», «أمانة جدة», «غرفة الرياض», «محكمة»: a body of the place, not the place
            "شرطة", "بلدية", "أمانة", "غرفة", "محكمة", "مطار", "ميناء");

    /**
     * Whether a place in the speaker phrase comes right after an institution's head word, so that
     * it is part of the institution's name («قال مركز الخليج لحقوق الإنسان»: not the Gulf).
     */
    private static boolean namesAnInstitution(List<Token> tokens, int[] s, EntityMention m) {
        for (int k = s[0] + 1; k <= s[1]; k++) {
            if (tokens.get(k).start() == m.start()) return INSTITUTIONS.contains(tokens.get(k - 1).norm());
        }
        return false;
    }

    /**
     * The linked entity of a mention overlapping the speaker span, a person preferred, the last
     * one first («المتحدث باسم الوزارة، سامي حداد»). A person named after a kinship word is
     * not the speaker («والدة بن لادن، عليا غانم» is his mother) unless the word has a pronoun
     * («زوجته رغد شلوب» is the wife), nor is a place behind a preposition.
     */
    private static Optional<EntityRef> entity(String body, List<Token> tokens, int[] s, List<EntityMention> entities) {
        int start = tokens.get(s[0]).start();
        int end = tokens.get(s[1]).end();
        EntityMention best = null;
        // mentions are sorted by start: skip to the first that starts at or after the speaker's end,
        // then look back over those that may still overlap (a mention is never longer than MAX_MENTION)
        int lo = 0;
        int hi = entities.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entities.get(mid).start() < end) lo = mid + 1;
            else hi = mid;
        }
        // «علي العثيم عضو مجلس إدارة غرفة الرياض»: a speaker named Ali is a person, not a place in his title
        boolean person = tokens.get(s[0]).text().equals("علي");
        // «أعلن نادي موناكو وصيف بطل فرنسا»: a speaker that opens with an institution is not a place in its phrase
        boolean institution = INSTITUTIONS.contains(tokens.get(s[0]).norm());
        for (int i = lo - 1; i >= 0 && entities.get(i).start() > start - MAX_MENTION; i--) {
            EntityMention m = entities.get(i);
            if (m.entity().isEmpty() || m.end() <= start || end <= m.start() || afterKinshipWord(body, start, m)
                    || m.type() == EntityType.LOC && (inPrepositionalPhrase(tokens, s, m) || namesAnInstitution(tokens, s, m))
                    || person && m.type() != EntityType.PER || institution && m.type() == EntityType.LOC) continue;
            if (best == null || m.type() == EntityType.PER && best.type() != EntityType.PER) best = m;
        }
        // a person, or a body that is the whole speaker («قال الاتحاد الأوروبي»), is who spoke
        if (best != null && (best.type() == EntityType.PER || best.start() <= start && best.end() >= end)) return best.entity();
        // «أكد أستاذ التاريخ الإسلامي بجامعة الأزهر، أن»: the professor named so before, not his university
        Optional<EntityRef> holder = roleHolder(body, body.substring(start, end), start, entities);
        if (holder.isPresent()) return holder;
        if (best != null) return best.entity();
        return bySurname(body.substring(start, end), entities).or(() -> stateBody(tokens, s));
    }

    /** Heads of a state's bodies that speak for it: «الخارجية السعودية», «وزارة الداخلية التركية», «السلطات الروسية». */
    private static final Set<String> STATE_BODIES = ArabicNormalizer.foldedSet("الخارجية", "وزارة", "الحكومة", "السلطات",
            "الرئاسة", "الداخلية", "الدفاع", "الجيش", "السفارة", "القوات", "البحرية", "الشرطة", "المخابرات", "النيابة");

    /** Words before a state body that keep it the speaker: «بيان الخارجية السعودية». */
    private static final Set<String> STATEMENT_WORDS = ArabicNormalizer.foldedSet("بيان", "بيانا", "متحدث", "مصدر", "مصادر");

    /**
     * The country whose body speaks when the speaker is a state body named with a nationality
     * adjective and nothing else: «الخارجية السعودية», «بيان وزارة الداخلية التركية», «السلطات
     * الروسية» speak for Saudi Arabia, Turkey, Russia (the ministry is no entity of the knowledge
     * base; its state is). The adjective ends the phrase; the words before it are the body's own.
     */
    private static Optional<EntityRef> stateBody(List<Token> tokens, int[] s) {
        int k = s[0];
        while (k < s[1] && STATEMENT_WORDS.contains(tokens.get(k).norm())) k++;
        if (s[1] == k || !STATE_BODIES.contains(tokens.get(k).norm())) return Optional.empty();
        // between them only the body's own words, with the article and no preposition («وزارة الداخلية»,
        // «القوات البحرية»): in «القوات الموالية للحكومة السورية» the adjective is the government's
        for (int j = k + 1; j < s[1]; j++) {
            Token t = tokens.get(j);
            if (!t.norm().startsWith("ال") && !(t.norm().startsWith("وال") && j > k + 1)) return Optional.empty();
        }
        return KnowledgeBase.shipped().byAdjective(tokens.get(s[1]).norm()).map(KbEntry::ref);
    }

    /** Titles a person is called by with the surname alone: «الدكتور التركي», «اللواء التركي». */
    private static final Set<String> PERSONAL_TITLES = ArabicNormalizer.foldedSet("الدكتور", "الدكتورة", "الشيخ", "الشيخة",
            "المهندس", "الأستاذ", "الأستاذة", "اللواء", "العميد", "العقيد", "المقدم", "النقيب");

    /**
     * The one person of the article whose name of two words or more ends with the word after a
     * personal title, or with the speaker's one word: «الدكتور التركي», «وكشف التركي» is «عبد الله
     * بن عبد المحسن التركي», though «التركي» alone reads as "Turkish" and is no mention. Not after a
     * title of office («الرئيس التركي» is Turkey's).
     */
    private static Optional<EntityRef> bySurname(String speaker, List<EntityMention> entities) {
        String[] words = ArabicNormalizer.normalize(speaker).strip().split(" ");
        // «وكشف التركي أن», after «اللواء منصور التركي»: the surname alone, with the article
        boolean alone = words.length == 1 && words[0].startsWith("ال") && words[0].length() > 3;
        if (!alone && (words.length != 2 || !PERSONAL_TITLES.contains(words[0]))) return Optional.empty();
        String surname = words[words.length - 1];
        Optional<EntityRef> found = Optional.empty();
        for (EntityMention m : entities) {
            if (m.type() != EntityType.PER || m.entity().isEmpty()) continue;
            String[] name = ArabicNormalizer.normalize(m.text()).split(" ");
            if (name.length < 2 || !name[name.length - 1].equals(surname)) continue;
            if (found.isPresent() && !found.get().id().equals(m.entity().get().id())) return Optional.empty();
            found = m.entity();
        }
        return found;
    }

    /**
     * The person a speaker named by title alone is («قال الرئيس التركي»): the one linked person the
     * article has called by that title before («الرئيس التركي رجب طيب أردوغان», also with a comma
     * between: «الرئيس الأميركي، دونالد ترامب»), or, with none before, calls so after (a lead may give
     * the title first and the name later); none when the title went to two people or to nobody. A
     * nisba that ends the title may agree with either noun («وزير الخارجية الإيراني» or «الإيرانية»).
     */
    private static Optional<EntityRef> roleHolder(String body, String speaker, int start, List<EntityMention> entities) {
        String title = ArabicNormalizer.normalize(speaker).strip();
        if (title.startsWith("وال")) title = title.substring(1); // «والرئيس», not the و of «وزارة»
        if (title.indexOf(' ') < 0) return Optional.empty(); // «الوزير» alone names too many
        Optional<EntityRef> before = holder(body, title, entities, 0, start);
        return before.isPresent() ? before : holder(body, title, entities, start, Integer.MAX_VALUE);
    }

    /** A folded title without the ه of a closing feminine nisba («...الإيرانية» reads as «...الإيراني»). */
    private static String eitherGender(String title) {
        return title.endsWith("يه") ? title.substring(0, title.length() - 1) : title;
    }

    /** The one linked person with mentions starting in [from, to) that carries the title, if exactly one does. */
    private static Optional<EntityRef> holder(String body, String title, List<EntityMention> entities, int from, int to) {
        Optional<EntityRef> holder = Optional.empty();
        for (EntityMention m : entities) {
            if (m.start() < from) continue;
            if (m.start() >= to) break;
            if (m.type() != EntityType.PER || m.entity().isEmpty()) continue;
            String role = m.role().map(r -> eitherGender(ArabicNormalizer.normalize(r).strip())).orElse("");
            if (!role.equals(eitherGender(title)) && !titleRightBefore(body, m, title)) continue;
            if (holder.isPresent() && !holder.get().id().equals(m.entity().get().id())) return Optional.empty();
            holder = m.entity();
        }
        return holder;
    }

    /**
     * Whether the folded {@code title} stands right before mention {@code m}, a comma and a personal
     * title such as «الدكتور» between at most,
     * as a title of its own: not the end of a longer one («المتحدث باسم وزارة الدفاع الأميركية بيل
     * أوربان», «لهيئة الموانئ»), and not a body («وزارة», «هيئة», «الشركة»).
     */
    private static boolean titleRightBefore(String body, EntityMention m, String title) {
        if (BODIES.contains(title.substring(0, Math.max(0, title.indexOf(' '))))) return false;
        String before = ArabicNormalizer.normalize(body.substring(Math.max(0, m.start() - title.length() - 40), m.start())).strip();
        String lastWord = before.substring(before.lastIndexOf(' ') + 1);
        if (PERSONAL_TITLES.contains(lastWord)) before = before.substring(0, before.length() - lastWord.length()).strip(); // «...، الدكتور عبد المقصود باشا»
        if (before.endsWith("،") || before.endsWith(",")) before = before.substring(0, before.length() - 1).strip();
        before = eitherGender(before);
        String ending = eitherGender(title);
        if (!before.endsWith(ending)) return false;
        String rest = before.substring(0, before.length() - ending.length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(rest.length() - 1))) return false;
        String[] words = rest.strip().split("\\s+");
        // nor the end of a longer title: «رئيس وكالة الحماية المدنية ...», «ممثلة الاتحاد الأوروبي ...»
        return !TITLE_GOES_ON.contains(words[words.length - 1]) && !SubjectFit.TITLES.contains(words[words.length - 1]);
    }

    /** Bodies, whose name before a person is where the person works («وزارة الدفاع الأميركية»), folded. */
    private static final Set<String> BODIES = ArabicNormalizer.foldedSet("وزارة", "الوزارة", "هيئة", "الهيئة", "شركة", "الشركة",
            "مجلس", "المجلس", "إدارة", "الإدارة", "مكتب", "المكتب", "حكومة", "الحكومة");

    /** Words after which a title goes on a longer one: «المتحدث باسم», «التابع ل». Folded. */
    private static final Set<String> TITLE_GOES_ON = ArabicNormalizer.foldedSet("باسم", "عن", "في", "من", "لدى", "التابع", "التابعة");

    /**
     * Friends, neighbours, colleagues, lawyers and aides: «أصدقاء عبد العزيز», «محامي ترامب», «مساعدي
     * ترامب» are not the person named (not «مساعد», "aide", also the given name Musaed). Folded.
     */
    private static final Set<String> ASSOCIATES = ArabicNormalizer.foldedSet("صديق", "صديقة", "أصدقاء", "أقارب", "جيران",
            "زملاء", "زميل", "زميلة", "محامي", "محامية", "محامو", "محاميا",
            // «أحد مساعدي ترامب», «مستشاري»: aides and advisers, plural in construct
            "مساعدي", "معاوني", "مستشاري", "مقربي");

    /**
     * Whether a kinship word, or a word for a friend, colleague or lawyer ({@link #ASSOCIATES}),
     * without a pronoun stands right before mention {@code m} («والدة بن لادن، عليا غانم»).
     */
    static boolean afterKinshipWord(String body, int start, EntityMention m) {
        String before = body.substring(start, Math.max(start, m.start())).strip();
        if (before.isEmpty()) return false;
        String written = before.substring(before.lastIndexOf(' ') + 1);
        String word = ArabicNormalizer.normalize(written);
        String bare = word.length() > 3 && word.charAt(0) == 'و' ? word.substring(1) : word;
        boolean kin = KinshipWords.contains(word) || KinshipWords.contains(bare) || ASSOCIATES.contains(word) || ASSOCIATES.contains(bare);
        // «زوجته رغد شلوب», «والدها روب»: with a possessive pronoun the name is the relative's own
        return kin && !withPronoun(written);
    }

    /** Whether a word as written ends in a possessive pronoun: «زوجته», «والدها», «شقيقهم»; not «شقيقة». */
    private static boolean withPronoun(String written) {
        String w = ArabicNormalizer.withoutMarks(written);
        return w.endsWith("\u0647") || w.endsWith("\u0647\u0627") || w.endsWith("\u0647\u0645") || w.endsWith("\u0647\u0645\u0627");
    }

    /** Longer than any entity name: bounds the look-back when matching a speaker to mentions. */
    private static final int MAX_MENTION = 300;
}
