package org.marsad.cli;

import org.marsad.article.TimeExpression;
import org.marsad.pipeline.Analysis;

/** TimeML for one article: the body with each time expression wrapped in a TIMEX3 tag, and the DCT. */
final class TimeMlView {
    private TimeMlView() {}

    static String render(Analysis a) {
        String body = a.body();
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
        a.article().published().ifPresent(p -> b.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"")
                .append(escape(p.length() >= 10 ? p.substring(0, 10) : p)).append("\" functionInDocument=\"CREATION_TIME\"/></DCT>\n"));
        b.append("<TEXT>");
        int at = 0;
        int tid = 1;
        for (TimeExpression t : a.dates()) {
            if (t.start() < at) continue; // overlapping expressions cannot nest in TimeML
            b.append(escape(body.substring(at, t.start())));
            b.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(t.type()).append("\" value=\"")
                    .append(escape(t.value())).append('"');
            t.mod().ifPresent(m -> b.append(" mod=\"").append(escape(m)).append('"'));
            b.append('>').append(escape(body.substring(t.start(), t.end()))).append("</TIMEX3>");
            at = t.end();
        }
        b.append(escape(body.substring(at))).append("</TEXT>\n</TimeML>");
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
