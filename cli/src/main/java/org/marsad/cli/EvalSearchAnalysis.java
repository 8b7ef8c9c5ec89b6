package org.marsad.cli;

import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.search.analysis.ArabicSearchAnalyzers;
import org.marsad.search.analysis.Phenomena;
import picocli.CommandLine.Command;

/** {@code marsad eval search-analysis}: which Arabic phenomena Marsad's and Lucene's analyzers see through. */
@Command(name = "search-analysis", description = "Compare Marsad's search analyzer with Lucene's ArabicAnalyzer on Arabic phenomena.")
final class EvalSearchAnalysis implements Callable<Integer> {
    @Override
    public Integer call() {
        Analyzer ours = ArabicSearchAnalyzers.stemmed();
        Analyzer lucene = new ArabicAnalyzer();
        int a = 0;
        int b = 0;
        System.out.println("| phenomenon | query | document | Marsad | Lucene ArabicAnalyzer |");
        System.out.println("|---|---|---|---|---|");
        for (Phenomena.Pair p : Phenomena.ALL) {
            boolean m = Phenomena.matches(ours, p);
            boolean l = Phenomena.matches(lucene, p);
            if (m) a++;
            if (l) b++;
            System.out.printf("| %s | %s | %s | %s | %s |%n", p.name(), p.query(), p.document(), m ? "yes" : "no", l ? "yes" : "no");
        }
        System.out.printf("marsad=%d/%d lucene=%d/%d%n", a, Phenomena.ALL.size(), b, Phenomena.ALL.size());
        return 0;
    }
}
