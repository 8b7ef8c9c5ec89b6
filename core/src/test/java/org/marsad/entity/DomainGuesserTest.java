package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;

/** Which domain's model reads a text: naive Bayes over the training sets' words. */
class DomainGuesserTest {
    private static NerSentence s(String text) {
        List<String> w = List.of(text.split(" "));
        return new NerSentence(w, w.stream().map(x -> "O").toList());
    }

    @Test
    void wordsOfADomainPickIt() {
        DomainGuesser g = DomainGuesser.count(List.of(
                List.of(s("قال الوزير أمس في مؤتمر صحفي"), s("قال الرئيس أمس إن الحكومة"), s("الوزير قال أمس")),
                List.of(s("النوع من الثدييات يعيش في الغابات"), s("الثدييات من الفقاريات"), s("النوع يعيش"))));
        assertThat(g.guess(List.of("قال", "الوزير", "أمس"))).isEqualTo(NerDomain.NEWS);
        assertThat(g.guess(List.of("الثدييات", "النوع", "يعيش"))).isEqualTo(NerDomain.WIKIPEDIA);
        assertThat(g.guess(List.of("كلمات", "غير", "معروفة"))).isEqualTo(NerDomain.NEWS);
    }

    @Test
    void shippedCountsTellTheDevSetsApart() throws Exception {
        DomainGuesser g = DomainGuesser.shipped();
        assertThat(g.guess(words(SharedData.path("data/ner/anercorp/dev.conll")))).isEqualTo(NerDomain.NEWS);
        assertThat(g.guess(words(SharedData.path("data/ner/aqmar/dev.conll")))).isEqualTo(NerDomain.WIKIPEDIA);
    }

    private static List<String> words(Path file) throws Exception {
        return ConllNer.read(file).stream().flatMap(x -> x.words().stream()).toList();
    }
}
