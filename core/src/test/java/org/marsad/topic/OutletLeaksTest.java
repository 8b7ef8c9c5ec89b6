package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutletLeaksTest {
    private static LabelledCorpus.Doc doc(String outlet, String label, String... features) {
        Map<String, Integer> f = new java.util.HashMap<>();
        for (String s : features) f.put(s, 1);
        return new LabelledCorpus.Doc(null, label, outlet, List.of(), new String[0], f);
    }

    @Test
    void outletSignatureAcrossCategoriesIsALeakButATopicalWordIsNot() {
        List<LabelledCorpus.Doc> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            docs.add(doc("A", "sport", "w:قناتنا", "w:مباراه"));
            docs.add(doc("A", "economy", "w:قناتنا", "w:بورصه"));
            docs.add(doc("B", "sport", "w:مباراه"));
            docs.add(doc("B", "economy", "w:بورصه"));
        }
        List<String> leaks = new OutletLeaks(0.9, 5).find(docs, Set.of("w:قناتنا", "w:مباراه", "w:بورصه"));
        assertThat(leaks).containsExactly("w:قناتنا");
    }
}
