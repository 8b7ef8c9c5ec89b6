package org.marsad.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.text.ArabicNormalizer;

/**
 * Words that are never keywords nor topic features: Arabic function words and the reporting and
 * time words every news story uses («قال، أضاف، اليوم، الماضي»). Entries are folded with
 * {@link ArabicNormalizer}. The shipped list ({@code stopwords.txt}) is written by
 * {@code marsad train topics} from the MIT-licensed Alrefaie list plus {@link #NEWS_WORDS}.
 * Immutable and thread-safe.
 */
public final class StopWords {
    static final String RESOURCE = "stopwords.txt";

    /** Our own additions: reporting verbs, connectives and time words frequent in wire copy. */
    static final List<String> NEWS_WORDS = List.of(
            "قال", "قالت", "يقول", "تقول", "اضاف", "اضافت", "اوضح", "اوضحت", "اشار", "اشارت", "اكد", "اكدت",
            "ذكر", "ذكرت", "تابع", "لفت", "مضيفا", "موضحا", "مشيرا", "مؤكدا", "لافتا", "معربا", "مبينا", "اعرب",
            "اعلن", "اعلنت", "افاد", "افادت", "بحسب", "حسب", "وفق", "وفقا", "نحو", "اكثر", "اقل", "ايضا", "اليوم",
            "امس", "غدا", "يوم", "الماضي", "الحالي", "المقبل", "الجاري", "خلال", "عام", "العام", "اعوام", "سنوات",
            "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "صباح", "مساء", "الان",
            "حاليا", "جانبه", "جانبها", "اخر", "اخري", "شان", "مستوي", "الي", "علي", "حتي", "بين", "ضمن", "عبر",
            "حيث", "كما", "لكن", "بعد", "قبل", "اثناء", "عند", "منذ", "كانت", "كان", "يكون", "تكون", "ليس", "وقت",
            "الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "تلك", "انه", "انها", "وهو", "وهي", "قد", "لقد", "ان",
            "او", "ام", "ثم", "تم", "يتم", "عدد", "عده", "بعض", "كل", "جميع", "غير", "مثل", "اجل", "دون", "حول",
            "لدي", "مع", "من", "في", "عن", "لا", "لم", "لن", "ما", "ماذا", "هناك", "هنا", "الف",
            "مضيفه", "مجال", "اطار", "صعيد", "ظل", "بشان", "اعتبار", "امام", "وراء", "فوق", "تحت", "داخل", "خارج");

    private final Set<String> words;

    public StopWords(Collection<String> entries) {
        Set<String> s = new HashSet<>();
        for (String e : entries) {
            String f = ArabicNormalizer.normalize(e.strip());
            if (!f.isEmpty() && !f.startsWith("#")) s.add(f);
        }
        this.words = Set.copyOf(s);
    }

    /** The shipped list. */
    public static StopWords shipped() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final StopWords INSTANCE = load();
    }

    private static StopWords load() {
        try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return new StopWords(NEWS_WORDS);
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            return new StopWords(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shipped stop words " + RESOURCE, e);
        }
    }

    /** True when the folded form {@code folded} is a stop word. */
    public boolean contains(String folded) {
        return words.contains(folded);
    }

    public int size() {
        return words.size();
    }

    /** The entries, sorted, for writing the shipped list. */
    public List<String> sorted() {
        return List.copyOf(new TreeSet<>(words));
    }
}
