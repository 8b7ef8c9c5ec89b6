package org.marsad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.article.TimeExpression;

/**
 * Scores time expressions against TimeML gold the TempEval way: extraction precision, recall and
 * F1 with relaxed (any overlap, one-to-one) and strict (same span) matching, and the accuracy of
 * type and value over the relaxed matches. Not thread-safe: one instance collects one run.
 */
public final class DateEval {
    private final TimexTagger tagger;
    private int gold;
    private int system;
    private int relaxed;
    private int strict;
    private int typeOk;
    private int valueOk;
    private final List<String> errors = new ArrayList<>();

    public DateEval(TimexTagger tagger) {
        this.tagger = tagger;
    }

    /** Tags one document with its DCT (else {@code fallback}) and adds its counts. */
    public void add(TimeMlDocument doc, Optional<LocalDate> fallback) {
        List<TimeExpression> sys = tagger.tag(doc.text(), doc.dct().or(() -> fallback));
        add(doc.name(), doc.gold(), sys);
    }

    void add(String name, List<TimeExpression> goldList, List<TimeExpression> sys) {
        gold += goldList.size();
        system += sys.size();
        boolean[] used = new boolean[sys.size()];
        for (TimeExpression g : goldList) {
            int match = -1;
            for (int k = 0; k < sys.size() && match < 0; k++) {
                TimeExpression s = sys.get(k);
                if (!used[k] && s.start() < g.end() && g.start() < s.end()) match = k;
            }
            if (match < 0) {
                errors.add(name + " MISSED " + g.text().strip() + " " + g.type() + " " + g.value());
                continue;
            }
            used[match] = true;
            TimeExpression s = sys.get(match);
            relaxed++;
            if (s.start() == g.start() && s.end() == g.end()) strict++;
            if (s.type() == g.type()) typeOk++;
            if (s.value().equals(g.value())) valueOk++;
            else errors.add(name + " VALUE " + g.text().strip() + " gold=" + g.value() + " sys=" + s.value() + " (" + s.text() + ")");
        }
        for (int k = 0; k < sys.size(); k++) {
            if (!used[k]) errors.add(name + " SPURIOUS " + sys.get(k).text() + " " + sys.get(k).type() + " " + sys.get(k).value());
        }
    }

    public int gold() { return gold; }
    public int system() { return system; }
    public int relaxedMatches() { return relaxed; }
    public int strictMatches() { return strict; }

    public double f1() { return f1(relaxed); }
    public double strictF1() { return f1(strict); }
    public double precision() { return system == 0 ? 0 : (double) relaxed / system; }
    public double recall() { return gold == 0 ? 0 : (double) relaxed / gold; }
    public double typeAccuracy() { return relaxed == 0 ? 0 : (double) typeOk / relaxed; }
    public double valueAccuracy() { return relaxed == 0 ? 0 : (double) valueOk / relaxed; }

    /** Missed, spurious and wrongly valued expressions, one line each. */
    public List<String> errors() { return List.copyOf(errors); }

    private double f1(int matched) {
        return gold + system == 0 ? 0 : 2.0 * matched / (gold + system);
    }
}
