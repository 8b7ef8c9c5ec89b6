package org.marsad.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.SharedData;
import org.marsad.json.AnalysisJson;
import org.marsad.pipeline.Analyzer;
import org.marsad.search.index.IngestProgress;
import org.marsad.search.index.IngestReport;
import org.marsad.search.index.Ingester;

/**
 * Small test inputs: short dispatches written for these tests (two of them near-duplicate copies
 * of one story from two agencies) and two small real ANT dev files read from ../shared.
 */
public final class Fixtures {
    public static final String LAVROV = "وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق اليوم في زيارة رسمية يلتقي خلالها "
            + "الرئيس السوري ويبحث معه تطورات الأوضاع في سورية والتعاون بين البلدين، وقال لافروف في تصريح "
            + "للصحفيين في المطار إن روسيا ستواصل دعم الحل السياسي للأزمة وإن المحادثات ستتناول التحضير "
            + "لمؤتمر الحوار الوطني الذي سيعقد الشهر المقبل بموسكو بمشاركة ممثلين عن الحكومة والمعارضة.";
    public static final String LAVROV_COPY = LAVROV.replace("للصحفيين", "للصحافيين")
            + " وأضاف أن بلاده تأمل في نجاح المؤتمر.";

    private Fixtures() {}

    /** A JSON Lines file of the written dispatches. */
    public static Path writtenArticles(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(line("وكالة ألف", "http://example.test/a/1", "2018-03-05T09:00:00Z", "لافروف يصل إلى دمشق", LAVROV));
        lines.add(line("وكالة باء", "http://example.test/b/7", "2018-03-05T11:30:00Z", "وزير الخارجية الروسي في دمشق", LAVROV_COPY));
        lines.add(line("وكالة ألف", "http://example.test/a/2", "2018-04-10T08:00:00Z", "ارتفاع أسعار النفط",
                "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار منظمة أوبك خفض الإنتاج، وقال محللون إن "
                        + "الأسعار قد تواصل الصعود خلال الأسابيع المقبلة مع تراجع المخزونات الأميركية وزيادة الطلب في آسيا."));
        lines.add(line("وكالة جيم", "http://example.test/c/3", "2018-04-12T20:00:00Z", "فوز كبير في المباراة النهائية",
                "فاز المنتخب الوطني في المباراة النهائية التي أقيمت بموسكو مساء اليوم بثلاثة أهداف مقابل هدف، "
                        + "وسجل المهاجم هدفين في الشوط الثاني وسط حضور جماهيري كبير."));
        lines.add(line("وكالة جيم", "http://example.test/c/4", "2018-05-01T10:00:00Z", "الخارجية تعلن موعد المؤتمر",
                "أعلنت وزارة الخارجية أن المؤتمر الدولي حول سوريا سيعقد في جنيف، ودعت والخارجية الفرنسية "
                        + "الأطراف لروسيا وإيران إلى المشاركة في الاجتماعات التحضيرية."));
        Path f = dir.resolve("written.jsonl");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    static String line(String source, String url, String date, String title, String body) {
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("source", source).put("url", url).put("date", date).put("title", title).put("content", body);
        return o.toString();
    }

    /** Two small real ANT dev files (7 articles). */
    public static List<String> antDev() {
        return List.of(SharedData.path("data/news/ant/dev/CNN-technology.sgml.gz").toString(),
                SharedData.path("data/news/ant/dev/France24-culture.sgml.gz").toString());
    }

    public static IngestReport ingest(Path index, List<String> inputs) throws IOException {
        return new Ingester(index, Analyzer.standard().pipeline(), 2, 100, 10_000).ingest(inputs, IngestProgress.Listener.NONE);
    }

    /** An index of the written dispatches and the ANT dev files. */
    public static Path smallIndex(Path dir) throws IOException {
        Path index = dir.resolve("index");
        List<String> inputs = new ArrayList<>(antDev());
        inputs.add(writtenArticles(dir).toString());
        ingest(index, inputs);
        return index;
    }
}
