package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

class SuffixedNamesTest {
    @Test
    void knowledgeBaseNameInTheStemOfAWordWithAPronounIsNoMention() {
        // {sentence, first token, last token}: «وقطره» is "and its diameter", not Qatar
        assertThat(linkedAs("ويبلغ ارتفاعه 23 متراً وقطره 126 متراً.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .isEmpty();
        // «وجدتك» is "and your grandmother", not Jeddah, even with no mention from the recogniser
        assertThat(linkedAs("أمك فعلت الشيء نفسه أيضا، وجدتك كذلك.", EntityType.LOC, new int[][] {}).mentions()).isEmpty();
    }

    @Test
    void wholeWordThatIsAKnowledgeBaseNameIsKept() {
        // «حماه» is how many write Hama; the segmenter reads حما + ه
        assertThat(linkedAs("وقعت اشتباكات قرب مدينة حماه وسط سوريا.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(null))
                .containsExactly(tuple("حماه", "kb:loc/hama"), tuple("سوريا", "kb:country/sy"));
    }

    @Test
    void unknownNameKeepsLettersThatNamesEndWithAndGoesWithThoseOfCommonWords() {
        assertThat(linkedAs("وأشار إلى أن شركة ساليني الإيطالية تطلب مستحقاتها.", EntityType.ORG, new int[][] {{0, 4, 4}})
                .mentions()).extracting(EntityMention::text).containsExactly("ساليني");
        assertThat(linkedAs("الشعب الذي يعتز بإسلامه وعروبته.", EntityType.MISC, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
    }

    @Test
    void nameOfSeveralWordsKeepsItsLastWordWhole() {
        assertThat(linkedAs("وتحولت مناطق سهل الغاب في ريف حماه الشمالي إلى ساحة معارك.", EntityType.LOC,
                new int[][] {{0, 5, 6}}).mentions()).extracting(EntityMention::text).containsExactly("ريف حماه");
    }
}
