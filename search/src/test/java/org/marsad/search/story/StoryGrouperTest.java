package org.marsad.search.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.search.Fixtures;

class StoryGrouperTest {
    @Test void identicalTextsHaveIdenticalSignatures() {
        assertThat(MinHash.similarity(MinHash.signature("", Fixtures.LAVROV), MinHash.signature("", Fixtures.LAVROV))).isEqualTo(1.0);
    }

    @Test void diacriticsTatweelAndPunctuationDoNotChangeTheSignature() {
        String decorated = Fixtures.LAVROV.replace("الروسي", "الرُّوسـي").replace("،", " ,");
        assertThat(MinHash.similarity(MinHash.signature("", Fixtures.LAVROV), MinHash.signature("", decorated))).isGreaterThan(0.8);
    }

    @Test void aLightlyEditedCopyJoinsTheStory() {
        StoryGrouper g = new StoryGrouper();
        assertThat(g.assign("a", MinHash.signature("", Fixtures.LAVROV))).isEqualTo("a");
        assertThat(g.assign("b", MinHash.signature("", Fixtures.LAVROV_COPY))).isEqualTo("a");
    }

    @Test void anotherArticleOnTheSameSubjectStartsItsOwnStory() {
        StoryGrouper g = new StoryGrouper();
        g.assign("a", MinHash.signature("", Fixtures.LAVROV));
        String other = "قال الرئيس السوري خلال استقباله وزير الخارجية الروسي في دمشق إن العلاقات بين البلدين "
                + "تاريخية وإن بلاده ترحب بالمبادرات الروسية لعقد مؤتمر للحوار في موسكو خلال الشهر المقبل.";
        assertThat(g.assign("b", MinHash.signature("", other))).isEqualTo("b");
    }

    @Test void shortTextsAreNeverGrouped() {
        StoryGrouper g = new StoryGrouper();
        assertThat(MinHash.signature("", "عاجل: انفجار في بيروت")).isEmpty();
        g.assign("a", MinHash.signature("", "عاجل: انفجار في بيروت"));
        assertThat(g.assign("b", MinHash.signature("", "عاجل: انفجار في بيروت"))).isEqualTo("b");
    }

    @Test void signaturesSurviveTheirByteForm() {
        int[] s = MinHash.signature("", Fixtures.LAVROV);
        byte[] b = MinHash.toBytes(s);
        assertThat(MinHash.fromBytes(b, 0, b.length)).containsExactly(s);
    }
}
