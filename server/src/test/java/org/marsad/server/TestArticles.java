package org.marsad.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.json.AnalysisJson;
import org.marsad.pipeline.Analyzer;
import org.marsad.pipeline.Pipeline;
import org.marsad.search.index.IngestProgress;
import org.marsad.search.index.Ingester;
import org.marsad.text.TextStage;

/**
 * Short dispatches written for these tests (not from any corpus): six articles over four months,
 * two of them copies of one wire story in two outlets (one adds a sentence), with named people, places, an organisation
 * and quotations, indexed with the text stage plus {@link GazetteerStage}.
 */
final class TestArticles {
    static final String STORY_A = "وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق اليوم في زيارة رسمية تستمر يومين، "
            + "يلتقي خلالها كبار المسؤولين لبحث التعاون الاقتصادي وإعادة الإعمار.\n"
            + "وقال لافروف للصحفيين في المطار: \"روسيا ستواصل دعم الحل السياسي وستشارك في مؤتمر الحوار\"، "
            + "مضيفا أن المؤتمر سيعقد في موسكو الشهر المقبل.";
    static final String STORY_B = STORY_A + "\nوأضاف أن بلاده تأمل في نجاح المؤتمر.";

    private TestArticles() {}

    static Pipeline pipeline() {
        return Pipeline.of(List.of(new TextStage(), new GazetteerStage()));
    }

    static Analyzer analyzer() {
        return new Analyzer(pipeline());
    }

    static List<String> lines() {
        List<String> l = new ArrayList<>();
        l.add(line("وكالة الشرق", "http://example.test/east/1", "2024-01-15T09:00:00Z", "لافروف يصل إلى دمشق", STORY_A));
        l.add(line("صحيفة النهار", "http://example.test/nahar/7", "2024-01-15T12:30:00Z", "لافروف يصل إلى دمشق", STORY_B));
        l.add(line("وكالة الشرق", "http://example.test/east/2", "2024-02-03T08:00:00Z", "غوتيريش يدعو إلى الحوار في جنيف",
                "افتتح الأمين العام للأمم المتحدة أنطونيو غوتيريش اجتماعا في جنيف بحضور ممثلين عن عشرين دولة.\n"
                        + "وقال غوتيريش في كلمته: \"الحوار هو الطريق الوحيد لإنهاء النزاعات الطويلة\".\n"
                        + "وكان لافروف قد أعلن مشاركة بلاده في الاجتماع."));
        l.add(line("مجلة الأفق", "http://example.test/ofuq/3", "2024-03-20T10:00:00Z", "متحدثة باسم الأمم المتحدة: المساعدات وصلت",
                "أعلنت الأمم المتحدة وصول قافلة مساعدات جديدة إلى المناطق المتضررة.\n"
                        + "وقالت المتحدثة مريم الخطيب: \"القافلة تحمل غذاء ودواء يكفيان لشهر كامل\"، "
                        + "مشيرة إلى أن قافلة أخرى ستنطلق من دمشق الأسبوع المقبل."));
        l.add(line("صحيفة النهار", "http://example.test/nahar/9", "2024-04-02T07:45:00Z", "ارتفاع أسعار النفط",
                "ارتفعت أسعار النفط في الأسواق العالمية بعد تراجع المخزونات وزيادة الطلب في آسيا، "
                        + "وتوقع محللون أن تواصل الأسعار الصعود خلال الأسابيع المقبلة."));
        l.add(line("وكالة الشرق", "http://example.test/east/3", "2024-04-10T16:20:00Z", "لافروف يستقبل وفدا في موسكو",
                "استقبل سيرغي لافروف في موسكو وفدا من الأمم المتحدة لبحث ترتيبات مؤتمر الحوار.\n"
                        + "وقال لافروف بعد اللقاء: \"نريد أن يكون المؤتمر خطوة نحو سلام دائم\"."));
        return l;
    }

    static String line(String source, String url, String date, String title, String body) {
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("source", source).put("url", url).put("date", date).put("title", title).put("content", body);
        return o.toString();
    }

    /** An index of {@link #lines()} in {@code dir}/index. */
    static Path index(Path dir) throws IOException {
        Path input = dir.resolve("articles.jsonl");
        Files.write(input, lines(), StandardCharsets.UTF_8);
        Path index = dir.resolve("index");
        new Ingester(index, pipeline(), 2, 100, 10_000).ingest(List.of(input.toString()), IngestProgress.Listener.NONE);
        return index;
    }
}
