package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.marsad.article.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String s) {
        return SentenceSplitter.split(s).stream().map(t -> t.of(s)).toList();
    }

    @Test void splitsAtPeriod() { assertThat(sentences("وصل الوزير. بدأ الاجتماع.")).containsExactly("وصل الوزير.", "بدأ الاجتماع."); }
    @Test void splitsAtArabicQuestionMark() { assertThat(sentences("هل وصل؟ نعم")).containsExactly("هل وصل؟", "نعم"); }
    @Test void splitsAtExclamation() { assertThat(sentences("يا للهول! انتهى")).containsExactly("يا للهول!", "انتهى"); }
    @Test void splitsAtArabicSemicolon() { assertThat(sentences("الأول؛ الثاني")).containsExactly("الأول؛", "الثاني"); }
    @Test void splitsAtLineBreak() { assertThat(sentences("فقرة أولى\nفقرة ثانية")).containsExactly("فقرة أولى", "فقرة ثانية"); }
    @Test void decimalNumberDoesNotSplit() { assertThat(sentences("نما الاقتصاد 3.5 بالمئة.")).hasSize(1); }
    @Test void abbreviationDoesNotSplit() { assertThat(sentences("قال د. محمد إن الوضع جيد.")).hasSize(1); }
    @Test void closingQuoteStaysWithItsSentence() {
        assertThat(sentences("قال: “انتهى الأمر.” ثم غادر.")).containsExactly("قال: “انتهى الأمر.”", "ثم غادر.");
    }
    @Test void ellipsisGluedToQuoteDoesNotSplit() {
        assertThat(sentences("قال مضيفا..”على الأقل” ثم صمت.")).hasSize(1);
    }
    @Test void periodWhoseSpaceWasLostSplitsBetweenArabicWords() {
        assertThat(sentences("وستعلن اللجنة قرارها الأسبوع القادم.من جهة أخرى افتتح الوزير المعرض."))
                .containsExactly("وستعلن اللجنة قرارها الأسبوع القادم.", "من جهة أخرى افتتح الوزير المعرض.");
        assertThat(sentences("وصل عدد الزوار ألف زائر يوميًا.وأوضح المنظمون أن المعرض مستمر.")).hasSize(2);
        assertThat(sentences("افتتح المشروع عام 2015م.وأكدت الوزارة أنه اكتمل.")).hasSize(2);
        assertThat(sentences("هل تنجح الهدنة؟وهل تصمد حتى العيد؟")).containsExactly("هل تنجح الهدنة؟", "وهل تصمد حتى العيد؟");
        // but not an abbreviation, a dotted acronym or a site's name
        assertThat(sentences("قال د.سامي الخطيب إن الوضع هادئ.")).hasSize(1);
        assertThat(sentences("تحطمت طائرة من طراز إيه.تي.آر قرب المطار.")).hasSize(1);
        assertThat(sentences("وطرحت شركة أيه.إم.دي.ولم تحدد سعرا.")).hasSize(1);
        assertThat(sentences("أجرى موقع بيت.كوم استبيانا.")).hasSize(1);
        assertThat(sentences("وشحنت شركة دي.إتش.إل الطرد.")).as("the chain's last period").hasSize(1);
        assertThat(sentences("وأعلنت شركة بي.بي أرباحها.")).as("two letters are no word that ends a sentence").hasSize(1);
        assertThat(sentences("أنشأ تطبيق \"فيش.مي\" للتواصل.")).hasSize(1);
    }

    @Test void aNameSpeltAsLettersWithSpacesDoesNotSplit() {
        assertThat(sentences("وأصدرت وكالة “إف. بي. آي” مذكرة اعتقال. وقال المتحدث إنها نافذة."))
                .containsExactly("وأصدرت وكالة “إف. بي. آي” مذكرة اعتقال.", "وقال المتحدث إنها نافذة.");
        assertThat(sentences("ويمكن توصيلها عبر منافذ “يو. إس. بي” أو لاسلكيا.")).hasSize(1);
        // nor do a person's initials before the surname; an acronym before «و» ends its sentence
        assertThat(sentences("من جهته نوه أو. بي. سينغ مدير القوة بأن الفريق وصل.")).hasSize(1);
        assertThat(sentences("وتوفي الروائي إي.إل. دوكتورو في نيويورك.")).hasSize(1);
        assertThat(sentences("وأعلنت ذلك وكالة إف. بي. آي. وقال المتحدث إن التحقيق مستمر.")).hasSize(2);
        // a letter's name that ends a sentence before a common word («في», "in") still ends it
        assertThat(sentences("وفاز بالمركز الأول فريق إس. في المساء أقيم الحفل.")).hasSize(2);
        // and one initial alone is no chain: the sentence ends after it
        assertThat(sentences("وفاز بالمركز الأول فريق إس. سجل اللاعبون أهدافا.")).hasSize(2);
    }
    @Test void urlDoesNotSplit() { assertThat(sentences("زوروا www.sana.sy للمزيد")).hasSize(1); }
    @Test void spansAreTrimmed() {
        String s = "  جملة.   أخرى  ";
        assertThat(SentenceSplitter.split(s)).containsExactly(new Span(2, 7), new Span(10, 14));
    }

    @Test void randomInputGivesOrderedTrimmedSpansInsideTheText() {
        Random r = new Random(11);
        char[] alphabet = "ابت لم.؟!؛\n”“\"3.5د م ".toCharArray();
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(80);
            for (int k = 0; k < n; k++) b.append(alphabet[r.nextInt(alphabet.length)]);
            String s = b.toString();
            int prev = 0;
            for (Span t : SentenceSplitter.split(s)) {
                assertThat(t.start()).isGreaterThanOrEqualTo(prev);
                assertThat(t.end()).isLessThanOrEqualTo(s.length()).isGreaterThan(t.start());
                assertThat(Character.isWhitespace(s.charAt(t.start()))).isFalse();
                assertThat(Character.isWhitespace(s.charAt(t.end() - 1))).isFalse();
                prev = t.end();
            }
        }
    }
}
