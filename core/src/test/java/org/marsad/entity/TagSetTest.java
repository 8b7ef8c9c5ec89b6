package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityType;

/** The two label schemes: BIO and BILOU, what may follow what, and the way back to BIO tags. */
class TagSetTest {
    private static final List<String> BIO_TAGS = List.of("B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "O", "B-ORG");

    private static List<String> labels(TagSet tags, int[] y) {
        return java.util.Arrays.stream(y).mapToObj(l -> tags.labels().get(l)).toList();
    }

    @Test
    void bilouMarksTheLastWordAndOneWordNames() {
        assertThat(labels(TagSet.BILOU, TagSet.BILOU.encode(BIO_TAGS)))
                .containsExactly("B-PER", "I-PER", "L-PER", "O", "U-LOC", "B-LOC", "L-LOC", "O", "U-ORG");
        assertThat(labels(TagSet.BIO, TagSet.BIO.encode(BIO_TAGS))).isEqualTo(BIO_TAGS);
    }

    @Test
    void aStrayInsideTagBeginsANameInBilou() {
        List<String> stray = List.of("O", "I-PER", "I-PER", "B-LOC", "I-ORG");
        assertThat(labels(TagSet.BILOU, TagSet.BILOU.encode(stray))).containsExactly("O", "B-PER", "L-PER", "U-LOC", "U-ORG");
        assertThat(labels(TagSet.BIO, TagSet.BIO.encode(stray))).as("BIO keeps the tags as given").isEqualTo(stray);
    }

    @Test
    void bothSchemesReadBackAsTheSameBioTags() {
        for (TagSet tags : List.of(TagSet.BIO, TagSet.BILOU)) {
            int[] y = tags.encode(BIO_TAGS);
            assertThat(java.util.Arrays.stream(y).mapToObj(tags::bio).toList()).as(tags.name()).isEqualTo(BIO_TAGS);
        }
    }

    @Test
    void namesSpanFromTheirFirstToTheirLastWord() {
        for (TagSet tags : List.of(TagSet.BIO, TagSet.BILOU)) {
            int[] y = tags.encode(BIO_TAGS);
            assertThat(tags.begins(y[0])).isTrue();
            assertThat(tags.end(y, 0)).isEqualTo(2);
            assertThat(tags.end(y, 4)).as("a one-word place before another place").isEqualTo(4);
            assertThat(tags.end(y, 5)).isEqualTo(6);
            assertThat(tags.end(y, 8)).isEqualTo(8);
            assertThat(tags.type(y[5])).isEqualTo(EntityType.LOC);
            assertThat(tags.typeOf(y[8])).isEqualTo(3);
        }
    }

    @Test
    void bilouForbidsNamesLeftOpenOrContinuedFromOutside() {
        TagSet t = TagSet.BILOU;
        int bPer = t.index("B-PER");
        assertThat(t.allowed(bPer, t.index("L-PER"))).isTrue();
        assertThat(t.allowed(bPer, t.index("I-PER"))).isTrue();
        assertThat(t.allowed(bPer, t.index("L-LOC"))).as("another type").isFalse();
        assertThat(t.allowed(bPer, 0)).as("B-PER must be closed").isFalse();
        assertThat(t.allowed(bPer, t.index("U-PER"))).isFalse();
        assertThat(t.allowed(t.index("L-PER"), t.index("B-PER"))).isTrue();
        assertThat(t.allowed(0, t.index("L-PER"))).isFalse();
        assertThat(t.allowed(-1, t.index("I-PER"))).isFalse();
        assertThat(t.allowed(-1, t.index("U-MISC"))).isTrue();
        assertThat(t.canEnd(bPer)).isFalse();
        assertThat(t.canEnd(t.index("U-PER"))).isTrue();
        assertThat(TagSet.BIO.canEnd(TagSet.BIO.index("B-PER"))).as("BIO names may end anywhere").isTrue();
        assertThat(TagSet.BIO.allowed(0, TagSet.BIO.index("I-PER"))).isFalse();
    }

    @Test
    void decodingNeverEndsASentenceInsideAName() {
        TagSet t = TagSet.BILOU;
        int L = t.size();
        // one word whose emission favours B-PER strongly: the best allowed label is U-PER
        float[] emit = new float[L];
        emit[t.index("B-PER")] = 10;
        emit[t.index("U-PER")] = 1;
        int[] y = PerceptronModel.viterbi(t, emit, 1, new float[(L + 1) * L]);
        assertThat(t.labels().get(y[0])).isEqualTo("U-PER");
    }

    @Test
    void aModelFileNamesItsScheme() {
        assertThat(TagSet.ofLabels(TagSet.BILOU.labels())).isSameAs(TagSet.BILOU);
        assertThat(TagSet.named("BIO")).isSameAs(TagSet.BIO);
        assertThatThrownBy(() -> TagSet.named("iob2")).hasMessageContaining("iob2");
        assertThatThrownBy(() -> TagSet.ofLabels(List.of("O", "B-PER"))).hasMessageContaining("neither BIO nor BILOU");
    }

    @Test
    void theShippedNewsModelSpeaksBilouAndTheWikipediaModelBio() {
        assertThat(EntityRecognizer.shipped().tagScheme()).isEqualTo("bilou");
        assertThat(EntityRecognizer.shipped(NerDomain.WIKIPEDIA).tagScheme()).isEqualTo("bio");
        // either way the recogniser answers in BIO tags
        List<String> tags = EntityRecognizer.shipped().tag(List.of("وقال", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "في", "موسكو"));
        assertThat(tags).allMatch(t -> t.equals("O") || t.startsWith("B-") || t.startsWith("I-"));
        assertThat(tags.subList(4, 6)).containsExactly("B-PER", "I-PER");
    }
}
