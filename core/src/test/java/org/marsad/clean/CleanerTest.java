package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.marsad.SharedData;
import org.marsad.article.Article;
import org.marsad.article.RawArticle;
import org.marsad.article.Source;
import org.marsad.read.FieldMap;
import org.marsad.read.Format;
import org.marsad.read.Inputs;
import org.marsad.read.ReadItem;
import org.marsad.read.RecordStream;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private final Cleaner cleaner = new Cleaner();

    private static RawArticle wire(String text) {
        return new RawArticle(Source.ofFile("t.txt"), "UTF-8", Optional.empty(), text, Optional.empty(), Map.of("format", "wire"));
    }

    @Test void sanaSampleGetsDatelineCleanBodyAndFooterAside() throws Exception {
        String text = Files.readString(SharedData.path("samples/sana-moscow-lavrov.txt"));
        Article a = cleaner.clean(wire(text));
        assertThat(a.dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("موسكو");
            assertThat(d.agency()).contains("SANA");
        });
        assertThat(a.title()).isEmpty();
        assertThat(a.body()).startsWith("أعرب وزير الخارجية الروسي سيرغي لافروف")
                .endsWith("وتهريب المخدرات.").doesNotContain("تيلغرام", "telegram.me", "0940777186", "VK");
        assertThat(a.boilerplate()).hasSize(5).anySatisfy(l -> assertThat(l).contains("telegram.me"));
        assertThat(a.body().split("\n")).hasSize(10);
    }

    @Test void aPollsStyleSheetAndScriptAreSetAside() throws Exception {
        // Al Riyadh's poll pages left their CSS and jQuery in eight SaudiNewsNet records; the first two
        try (RecordStream rs = Inputs.open(SharedData.path("data/news/saudinewsnet/saudinewsnet.jsonl.gz").toString(),
                Format.AUTO, FieldMap.defaults())) {
            int seen = 0;
            while (rs.hasNext() && seen < 2) {
                if (!(rs.next() instanceof ReadItem.Ok ok) || !ok.article().text().contains("#vote_area2")) continue;
                Article a = cleaner.clean(ok.article());
                assertThat(a.body()).as(ok.article().source().url()).doesNotContain("{", "}", "padding", "jQuery");
                assertThat(a.body().length()).isGreaterThan(200);
                assertThat(a.boilerplate()).anySatisfy(l -> assertThat(l).startsWith("#vote_area2 ul {").contains("jqplot"));
                seen++;
            }
            assertThat(seen).isEqualTo(2);
        }
    }

    @Test void presentationFormsBecomeTheLettersTheyShow() {
        // a legacy encoder's glyph forms (U+FE70-U+FEFF), which no segmenter, gazetteer or query matches as letters
        Article a = cleaner.clean(new RawArticle(Source.ofFile("x"), "UTF-8", Optional.of("ﺻﻌﺪﺓ"),
                "ﻭﺃﻛﺪ ﺍﻟﻮﺯﻳﺮ ﺃﻥ ﺍﻻﺷﺘﺒﺎﻛﺎﺕ ﺍﺳﺘﻤﺮﺕ ﻓﻲ ﺻﻌﺪﺓ ﻭﻋﻤﺮﺍﻥ.\nﻭﻻ ﺗﺰﺍﻝ.", Optional.empty(), java.util.Map.of()));
        assertThat(a.body()).isEqualTo("وأكد الوزير أن الاشتباكات استمرت في صعدة وعمران.\nولا تزال.");
        assertThat(a.title()).contains("صعدة");
        // text without them is the same string
        String plain = "وأكد الوزير أن الاشتباكات استمرت.";
        assertThat(org.marsad.text.ArabicNormalizer.withoutPresentationForms(plain)).isSameAs(plain);
    }

    @Test void slideShowNavigationBeforeTheDatelineIsSetAside() {
        Article a = cleaner.clean(new RawArticle(Source.ofFile("x"), "UTF-8", Optional.of("عنوان"),
                "Next Previous عين اليوم – القاهرة\nأعلن التنظيم مسؤوليته عن الهجوم.", Optional.empty(), java.util.Map.of()));
        assertThat(a.dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("القاهرة"));
        assertThat(a.body()).isEqualTo("أعلن التنظيم مسؤوليته عن الهجوم.");
        assertThat(a.boilerplate()).anyMatch(l -> l.contains("Next Previous"));
        // a sentence that opens with «السابق» is news
        Article b = cleaner.clean(new RawArticle(Source.ofFile("x"), "UTF-8", Optional.of("عنوان"),
                "السابق لأوانه الحكم على النتائج.", Optional.empty(), java.util.Map.of()));
        assertThat(b.body()).isEqualTo("السابق لأوانه الحكم على النتائج.");
    }

    @Test void tagListGluedToTheLastSentenceIsSetAside() {
        Article a = cleaner.clean(new RawArticle(Source.ofFile("x"), "UTF-8", Optional.of("عنوان"),
                "أطلقت الهيئة مبادرة جديدة.\nووقعت الهيئة مذكرة تفاهم لتنفيذ المشروع. سمات الالات السعادة الطاقة الكهرباء",
                Optional.empty(), java.util.Map.of()));
        assertThat(a.body()).isEqualTo("أطلقت الهيئة مبادرة جديدة.\nووقعت الهيئة مذكرة تفاهم لتنفيذ المشروع.");
        assertThat(a.boilerplate()).containsExactly("سمات الالات السعادة الطاقة الكهرباء");
        // a sentence about traits after another is news
        Article news = cleaner.clean(new RawArticle(Source.ofFile("x"), "UTF-8", Optional.of("عنوان"),
                "تحدث المدرب عن القيادة. سمات القائد كثيرة، أهمها الصبر.", Optional.empty(), java.util.Map.of()));
        assertThat(news.boilerplate()).isEmpty();
    }

    @Test void aColumnistsOtherArticlesGluedToTheLastSentenceAreSetAside() {
        // Al-Jazirah prints a column as one paragraph, its writer's other titles run together after it
        Article a = cleaner.clean(new RawArticle(Source.ofFile("x"), "UTF-8", Optional.of("عنوان"),
                "الصبر مفتاح الفرج، وغدا يوم جديد. مقالات أخرى للكاتبدروس من موسم الحجقراءة في الميزانية..!مدن بلا أرصفة",
                Optional.empty(), java.util.Map.of()));
        assertThat(a.body()).isEqualTo("الصبر مفتاح الفرج، وغدا يوم جديد.");
        assertThat(a.boilerplate()).containsExactly("مقالات أخرى للكاتبدروس من موسم الحجقراءة في الميزانية..!مدن بلا أرصفة");
        // on its own line too, and a sentence about other articles is news
        assertThat(cleaner.clean(new RawArticle(Source.ofFile("x"), "UTF-8", Optional.of("عنوان"),
                "الصبر مفتاح الفرج.\nمقالات أخرى للكاتبدروس من موسم الحج", Optional.empty(), java.util.Map.of())).body())
                .isEqualTo("الصبر مفتاح الفرج.");
        assertThat(cleaner.clean(new RawArticle(Source.ofFile("x"), "UTF-8", Optional.of("عنوان"),
                "نشرت الصحيفة المقال أمس. مقالات أخرى للكاتب نفسه ستنشر تباعا.", Optional.empty(), java.util.Map.of())).boilerplate())
                .isEmpty();
    }

    @Test void aLinkBackToTheStoryGluedToTheLastSentenceIsSetAside() {
        // Al-Weeam ends its articles with «رابط الخبر بصحيفة الوئام: <title>» on the last sentence's line
        Article a = cleaner.clean(new RawArticle(Source.ofFile("x"), "UTF-8", Optional.of("عنوان"),
                "اعتمدت وزارة التعليم اليوم تكليف المعلمين بالإرشاد الطلابي. رابط الخبر بصحيفة الوئام: «التعليم» تعتمد تكليف المعلمين",
                Optional.empty(), java.util.Map.of()));
        assertThat(a.body()).isEqualTo("اعتمدت وزارة التعليم اليوم تكليف المعلمين بالإرشاد الطلابي.");
        assertThat(a.boilerplate()).containsExactly("رابط الخبر بصحيفة الوئام: «التعليم» تعتمد تكليف المعلمين");
        // on a line of its own it goes too
        Article alone = cleaner.clean(new RawArticle(Source.ofFile("x"), "UTF-8", Optional.of("عنوان"),
                "اعتمدت الوزارة القرار.\nرابط الخبر بصحيفة الوئام: الوزارة تعتمد القرار", Optional.empty(), java.util.Map.of()));
        assertThat(alone.body()).isEqualTo("اعتمدت الوزارة القرار.");
    }

    @Test void aHiddenEmailStandInIsSetAsideAndTheProseKept() {
        Article a = cleaner.clean(new RawArticle(Source.ofFile("x"), "UTF-8", Optional.of("عنوان"),
                "وترسل الطلبات إلى البريد الإلكتروني [email protected] /* */ قبل نهاية الشهر.", Optional.empty(), java.util.Map.of()));
        assertThat(a.body()).isEqualTo("وترسل الطلبات إلى البريد الإلكتروني قبل نهاية الشهر.");
        assertThat(a.boilerplate()).containsExactly("[email protected]");
    }

    @Test void wireHeadlineBecomesTitle() {
        Article a = cleaner.clean(wire("وزير الخارجية يزور موسكو\nموسكو-سانا\nوصل الوزير اليوم."));
        assertThat(a.title()).contains("وزير الخارجية يزور موسكو");
        assertThat(a.dateline()).isPresent();
        assertThat(a.body()).isEqualTo("وصل الوزير اليوم.");
    }

    @Test void inlineDatelineIsCutFromTheFirstParagraph() {
        Article a = cleaner.clean(wire("القاهرة (رويترز) - قال مسؤولون إن المحادثات مستمرة.\nوأضافوا أن الجولة المقبلة قريبة."));
        assertThat(a.body()).startsWith("قال مسؤولون");
        assertThat(a.dateline().orElseThrow().text()).isEqualTo("القاهرة (رويترز) -");
    }

    @Test void relatedLinkTitlesAfterAPromptAreRemovedWithIt() {
        Article a = cleaner.clean(wire("الخبر الأول هنا.\nاقرأ أيضاً:\nعنوان خبر مرتبط\nعنوان آخر؟\nوتابع التقرير أن الأزمة مستمرة منذ أشهر طويلة."));
        assertThat(a.boilerplate()).containsExactly("اقرأ أيضاً:", "عنوان خبر مرتبط", "عنوان آخر؟");
        assertThat(a.body()).endsWith("مستمرة منذ أشهر طويلة.");
    }

    @Test void idIsStableAndFromUrlWhenPresent() {
        RawArticle r1 = new RawArticle(new Source("BBC", "http://x/1", "a#1"), "UTF-8", Optional.empty(), "نص", Optional.empty(), Map.of());
        RawArticle r2 = new RawArticle(new Source("BBC", "http://x/1", "b#9"), "UTF-8", Optional.empty(), "نص معدل", Optional.empty(), Map.of());
        assertThat(cleaner.clean(r1).id()).isEqualTo(cleaner.clean(r2).id()).hasSize(16);
        assertThat(cleaner.clean(wire("نص")).id()).isEqualTo(cleaner.clean(wire("نَص")).id());
    }

    @Test void realArticlesKeepAlmostAllTheirLines() throws Exception {
        int articles = 0;
        int lines = 0;
        int removed = 0;
        for (String f : new String[] {"data/news/ant/dev/BBC-middleEast.sgml.gz", "data/news/ant/dev/SkyNews-sport.sgml.gz"}) {
            try (RecordStream rs = Inputs.open(SharedData.path(f).toString(), Format.AUTO, FieldMap.defaults())) {
                while (rs.hasNext()) {
                    Article a = cleaner.clean(((ReadItem.Ok) rs.next()).article());
                    articles++;
                    lines += a.body().split("\n").length + a.boilerplate().size();
                    removed += a.boilerplate().size();
                    assertThat(a.body()).isNotBlank();
                    // what is removed is short furniture, never a long news paragraph
                    assertThat(a.boilerplate()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Boilerplate.MAX_LINE));
                }
            }
        }
        assertThat(articles).isGreaterThan(100);
        assertThat((double) removed / lines).isLessThan(0.05);
        assertThat(removed).isGreaterThan(0);
    }
}
