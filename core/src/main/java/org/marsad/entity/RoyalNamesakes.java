package org.marsad.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.article.EntityType;
import org.marsad.article.Segment;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * Institutions and places named after a king, prince or sheikh, which Gulf news names every day:
 * «جامعة الملك سعود», «مستشفى الملك فيصل التخصصي», «مطار الملك خالد الدولي», «مدينة الملك عبدالعزيز
 * للعلوم والتقنية». A person mention right after «head noun + royal title» becomes the institution
 * or place, from the head noun to the end of the name, with the adjectives («التخصصي», «الدولي»)
 * and the «لل» complement («للعلوم والتقنية», «للإغاثة والأعمال الإنسانية») that follow it; the king is
 * not one of the article's people there. Without a title the name after such a noun is left alone:
 * «مستشفى» and «مطار» are often named after their town. Thread-safe.
 */
final class RoyalNamesakes {
    private RoyalNamesakes() {}

    /** Royal titles (folded), which a namesake's name carries after its head noun. */
    private static final Set<String> ROYAL = ArabicNormalizer.foldedSet("الملك", "الأمير", "الأميرة", "الشيخ", "الشيخة",
            "السلطان", "الإمام");

    /** Head nouns (folded, without the article) of what is named after a royal, and its type. */
    private static final Map<String, EntityType> HEADS = heads();

    /** Nouns after «لـ» that say when, not what the institution is for: «جامعة الملك سعود للعام الدراسي». */
    private static final Set<String> TIME_WORDS = ArabicNormalizer.foldedSet("عام", "العام", "سنة", "السنة", "فترة", "الفترة",
            "مدة", "المدة", "مرة", "المرة", "موسم", "الموسم", "شهر", "الشهر", "يوم", "اليوم", "أسبوع", "الأسبوع");

    private static Map<String, EntityType> heads() {
        Map<String, EntityType> m = new java.util.HashMap<>();
        // «ابتدائية», «متوسطة», «ثانوية»: Saudi schools named by their stage («ثانوية الأمير سعود بن عبدالمحسن»)
        for (String h : ArabicNormalizer.foldedSet("جامعة", "مستشفى", "مركز", "مجمع", "مؤسسة", "كلية", "معهد", "مدرسة", "مكتبة",
                "صندوق", "برنامج", "كرسي", "دارة", "جمعية", "متحف", "مدينة", "ابتدائية", "متوسطة", "ثانوية")) {
            m.put(h, EntityType.ORG);
        }
        for (String h : ArabicNormalizer.foldedSet("مطار", "ميناء", "شارع", "طريق", "جسر", "حي", "ملعب", "استاد", "ستاد", "مسجد",
                "جامع", "قصر", "ميدان", "حديقة", "منتزه", "قاعدة")) {
            m.put(h, EntityType.LOC);
        }
        for (String h : ArabicNormalizer.foldedSet("جائزة", "مشروع")) m.put(h, EntityType.MISC);
        return Map.copyOf(m);
    }

    /** Turns the person mentions of one sentence that name an institution into it; drops what the new span covers. */
    static void absorb(List<Token> tokens, List<Draft> here) {
        for (Draft d : List.copyOf(here)) {
            if (d.type != EntityType.PER || !here.contains(d)) continue;
            int title = ROYAL.contains(WordForms.folded(tokens.get(d.first))) ? d.first : d.first - 1;
            if (title < 1 || !ROYAL.contains(WordForms.folded(tokens.get(title)))) continue;
            String head = WordForms.folded(tokens.get(title - 1));
            EntityType type = HEADS.get(head);
            if (type == null) continue;
            // the royal's name is a first name, its «بن»/«آل» chain and maybe a family name («الفيصل»);
            // what the recogniser ran on with is another person's name («بجامعة الملك سعود مشعل
            // الوعيل») or no name at all («بمستشفى الملك فهد بسعة ...»)
            int name = royalName(tokens, title + 1, d.last);
            Draft next = null;
            if (name < d.last && !nisba(tokens.get(name + 1))) {
                if (d.last > name + 1 && !WordForms.opensWithPreposition(tokens.get(name + 1))) {
                    next = new Draft(d.sentence, name + 1, d.last, EntityType.PER);
                }
                d.last = name;
            }
            int last = d.last;
            for (int adjectives = 0; adjectives < 2 && last + 1 < tokens.size() && nisba(tokens.get(last + 1)); adjectives++) last++;
            int complement = complementEnd(tokens, last + 1);
            if (complement > last) {
                last = complement;
                // «مدينة الملك عبدالعزيز للعلوم والتقنية» is a body; «مدينة الملك عبدالله الاقتصادية» a city
            } else if (head.equals(CITY)) {
                type = EntityType.LOC;
            }
            // a title the recogniser ran into is the next person's: «جامعة الملك عبدالعزيز الدكتور ...»
            while (last > title + 1 && Roles.BEFORE_NAMES.contains(WordForms.foldedWithoutConjunction(tokens.get(last)))) last--;
            d.first = title - 1;
            d.last = last;
            d.type = type;
            d.entries = List.of();
            here.removeIf(o -> o != d && o.first <= d.last && o.last >= d.first);
            if (next != null && next.first > d.last) here.add(here.indexOf(d) + 1, next);
        }
    }

    /**
     * Head nouns (folded, without the article) that name a place or body after anyone, royal or
     * not, and its type: «مطار رونالد ريغان», «برج ترامب», «مؤسسة كوفي أنان», «ملعب محمد الخامس»,
     * «ابتدائية عبدالرحمن بن عوف» (a school).
     * Not «طريق» («عن طريق ميلانيا ترامب», "through"), «سجن» («سجن سمر بدوي», "jailing"), «مدينة»,
     * «قصر», «قاعدة», which as often say something else of the person.
     */
    private static final Map<String, EntityType> NAMED_HEADS = namedHeads();

    /** Some of the royal namesakes' heads, with their types, «برج» (a tower) and parks (LOC). */
    private static Map<String, EntityType> namedHeads() {
        Map<String, EntityType> m = new java.util.HashMap<>();
        for (String h : ArabicNormalizer.foldedSet("جامعة", "مستشفى", "مركز", "مؤسسة", "كلية", "معهد", "مدرسة", "مكتبة", "متحف",
                "مطار", "ميناء", "شارع", "جسر", "ملعب", "استاد", "ستاد", "ميدان", "مسجد", "جامع", "جائزة",
                "ابتدائية", "متوسطة", "ثانوية")) { // the last three: Saudi schools named by their stage
            m.put(h, HEADS.get(h));
        }
        m.put(ArabicNormalizer.normalize("برج"), EntityType.LOC);
        // parks: «منتزه سمنان وسمنين», «حديقة الأمير ماجد» (the recogniser read the first as two people)
        for (String h : ArabicNormalizer.foldedSet("منتزه", "متنزه", "حديقة")) m.put(h, EntityType.LOC);
        return Map.copyOf(m);
    }

    /**
     * Turns a person mention of at most three words right after a namesake head noun without the
     * article into the place or body named after the person, with up to two relative adjectives
     * after it («مطار رونالد ريغان» is an airport, not Reagan; «مؤسسة حمد الطبية»); with the article
     * the head is a title's complement («مدير المطار سامي حداد»), and after a title it is a given
     * name («الدكتور شارع البقمي»).
     */
    static void absorbNamed(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            if (d.type != EntityType.PER || d.first == 0 || d.last - d.first > 2) continue;
            Token head = tokens.get(d.first - 1);
            EntityType type = NAMED_HEADS.get(WordForms.folded(head));
            if (type == null || head.article() != null) continue;
            int at = d.first - 1;
            if (here.stream().anyMatch(o -> o != d && o.first <= at && o.last >= at)) continue;
            // «الدكتور شارع البقمي»: after a title the head noun is a given name
            if (at > 0 && Roles.BEFORE_NAMES.contains(WordForms.foldedWithoutConjunction(tokens.get(at - 1)))) continue;
            d.first = at;
            int adjectives = 0;
            // «مؤسسة حمد الطبية», «متحف باردو الأثري», «مدرسة بلير الثانوية»
            while (adjectives < 2 && d.last + adjectives + 1 < tokens.size() && nisba(tokens.get(d.last + adjectives + 1))) adjectives++;
            int last = d.last + adjectives;
            if (here.stream().noneMatch(o -> o != d && o.first > d.last && o.first <= last)) d.last = last;
            d.type = type;
            d.entries = List.of();
            d.typedByContext = true;
        }
    }

    /** What continues a royal's name: «بن», «بنت», «آل», «ابن» (folded). */
    private static final Set<String> CONNECTORS = ArabicNormalizer.foldedSet("بن", "بنت", "ابن", "آل");

    private static final Set<String> RELATIVES = ArabicNormalizer.foldedSet("الذي", "التي", "الذين", "اللذان", "اللتان",
            "اللذين", "اللتين", "اللاتي", "اللواتي");

    private static final String CITY = ArabicNormalizer.normalize("مدينة");

    /**
     * The last token of a royal's name from {@code first}, within {@code last}: «فهد», «عبد العزيز»,
     * «محمد بن عبد العزيز», «عبدالله الفيصل», «محمد العبدالله الفيصل», «سلطان بن سلمان بن عبدالعزيز».
     */
    private static int royalName(List<Token> tokens, int first, int last) {
        int end = part(tokens, first, last);
        while (end + 2 <= last && CONNECTORS.contains(WordForms.foldedWithoutConjunction(tokens.get(end + 1)))) {
            end = part(tokens, end + 2, last);
        }
        for (int family = 0; family < 2 && end + 1 <= last && tokens.get(end + 1).norm().startsWith("ال") && !nisba(tokens.get(end + 1));
                family++) {
            end++; // «محمد العبدالله الفيصل»
        }
        return end;
    }

    /** One part of a name: a word, or «عبد»/«أبو» and the word after it. */
    private static int part(List<Token> tokens, int at, int last) {
        return at + 1 <= last && EntityLinker.COMPOUND_HEADS.contains(tokens.get(at).norm()) ? at + 1 : at;
    }

    /** A definite relative adjective of one word, nothing attached in front: «التخصصي», «الدولي», «الاقتصادية». */
    private static boolean nisba(Token t) {
        String n = t.norm();
        if (!n.startsWith("ال") || n.length() < 5) return false;
        if (!t.segments().isEmpty() && t.segments().get(0).kind() != Segment.Kind.DET) return false;
        return n.endsWith("ي") || n.endsWith("يه");
    }

    /**
     * The last token of a «لـ» complement starting at {@code i}: a word with «لل» and up to three
     * words with the article after it («للعلوم والتقنية», «للإغاثة والأعمال الإنسانية»); {@code i - 1}
     * when there is none.
     */
    private static int complementEnd(List<Token> tokens, int i) {
        if (i >= tokens.size()) return i - 1;
        Token t = tokens.get(i);
        List<Segment> segs = t.segments();
        // «للعلوم»: ل and the article; «لتقديم الخدمات» ("to provide") is a purpose, not a name
        if (segs.size() < 3 || segs.get(0).kind() != Segment.Kind.PREP || !segs.get(0).form().equals("ل")
                || segs.get(1).kind() != Segment.Kind.DET) return i - 1;
        if (TIME_WORDS.contains(WordForms.folded(t))) return i - 1;
        int end = i;
        while (end + 1 < tokens.size() && end - i < 3) {
            String n = WordForms.foldedWithoutConjunction(tokens.get(end + 1));
            // «إلى» folds to «الي» but has no article
            if (!n.startsWith("ال") || tokens.get(end + 1).article() == null || !Character.isLetter(tokens.get(end + 1).text().charAt(0))) break;
            // «... للإغاثة الدكتور عبدالله الربيعة», «... الأولية الذي»: a title or a relative pronoun ends it
            if (Roles.BEFORE_NAMES.contains(n) || RELATIVES.contains(n)) break;
            end++;
        }
        return end;
    }
}
