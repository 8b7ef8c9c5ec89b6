package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.LinkerFixture.linked;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;

/** Where a mention holds two names joined by «و» ({@link JoinedNames}), on sentences written for these tests. */
class JoinedNamesTest {
    @Test
    void twoNamesJoinedByAndAreTwoMentions() {
        // «نتانياهو» is also written alone in the article, so «والسيسي» is «و» + a second name
        EntityLinker.Result r = linked("التقى نتانياهو والسيسي في القاهرة. وقال نتانياهو إن اللقاء مثمر.", new int[][] {{0, 1, 2}, {1, 1, 1}});
        assertThat(r.mentions()).extracting(EntityMention::text).startsWith("نتانياهو", "السيسي");
        // a foreign name whose W the segmenter reads as «و» stays whole
        EntityLinker.Result walton = linked("وقال الحكم بيتر والتون إن القرار صحيح.", new int[][] {{0, 2, 3}});
        assertThat(walton.mentions()).extracting(EntityMention::text).containsExactly("بيتر والتون");
        // a given name the name lists know after «و», ending the mention: two brothers
        EntityLinker.Result brothers = linked("وتخص بالعزاء إخوانه محمد وخالد في هذا المصاب.", new int[][] {{0, 3, 4}});
        assertThat(brothers.mentions()).extracting(EntityMention::text).containsExactly("محمد", "خالد");
        // also where the segmenter reads a preposition into the given name («وليلى» as و + ل + «يلى»)
        EntityLinker.Result lovers = linked("وكتب الشاعر عن قيس وليلى قصيدة طويلة.", new int[][] {{0, 3, 4}});
        assertThat(lovers.mentions()).extracting(EntityMention::text).containsExactly("قيس", "ليلى");
        // after «أبي», «بن», «آل» the word goes on with the name, though «قاص» is a name elsewhere in the article
        EntityLinker.Result saad = linked("وروى قاص الحكاية. ويقع ضريح سعد بن أبي وقاص في الصين.", new int[][] {{0, 1, 1}, {1, 2, 5}});
        assertThat(saad.mentions()).extracting(EntityMention::text).containsExactly("قاص", "سعد بن أبي وقاص", "الصين");
    }


    @Test
    void aHashtagsNameIsNamedWithSpacesAndItsSurnameIsThePerson() {
        // {sentence, first token, last token} over the tokens without the hashtag's underscore
        EntityLinker.Result r = LinkerFixture.linked("وقفز #توم_كروز من الطائرة. وأصيب كروز في الكاحل.", new int[][] {{0, 2, 3}, {1, 1, 1}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("توم_كروز", "كروز");
        assertThat(r.mentions()).extracting(m -> m.entity().orElseThrow().name()).containsOnly("توم كروز");
    }

    @Test
    void aHashMarkInsideANameIsReadThrough() {
        // «المملكة العربية #السعودية», «جيمس #ماتيس»: the mark that makes a hashtag of the name's last word
        EntityLinker.Result r = LinkerFixture.linkedAs("تشارك المملكة العربية #السعودية في المهرجان.", org.marsad.article.EntityType.LOC,
                new int[][] {});
        assertThat(r.mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("المملكة العربية #السعودية", "kb:country/sa"));
        assertThat(linked("والتقى جيمس #ماتيس نظيره أمس.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:per/james-mattis");
    }

    @Test
    void fullNamesJoinedByAndAreMentionsEachThoughTheSegmenterReadTheWordWhole() {
        // {sentence, first token, last token}: «وهاني» and «وأكشاي» are و + a given name the lists may not know
        EntityLinker.Result r = linked("سيخوض مباراة رفقة إبراهيم حسن وهاني رمزي وحازم إمام غدا.", new int[][] {{0, 3, 8}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("إبراهيم حسن", "هاني رمزي", "حازم إمام");
        r = linked("فاز بالجائزة بيتر شولز وأكشاي فنكاتيش هذا العام.", new int[][] {{0, 2, 3}, {0, 4, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("بيتر شولز", "أكشاي فنكاتيش");
        // a vowel mark on the «و» goes with it
        r = linked("فاز بالجائزة بيتر شولز وَأكشاي فنكاتيش هذا العام.", new int[][] {{0, 2, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("بيتر شولز", "أكشاي فنكاتيش");
        // but «ولد» ("son of") goes on with a Mauritanian name, and «وحيد» is a given name as written
        assertThat(linked("استقبل الرئيس محمد فال ولد بلال أمس.", new int[][] {{0, 2, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("محمد فال ولد بلال");
        assertThat(linked("التقى الوزير سامي الحاج وحيد فريد أمس.", new int[][] {{0, 2, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("سامي الحاج وحيد فريد");
    }
    @Test
    void theSecondOfTwoJoinedNamesLosesTheKinshipWordBeforeIt() {
        // the recogniser ran «جون كنيدي وأبوه جوزيف» ("and his father Joseph") into one name
        EntityLinker.Result r = linked("وكان بينهم الرئيس جون كنيدي وأبوه جوزيف في الحفل.", new int[][] {{0, 3, 6}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("جون كنيدي", "جوزيف");
        EntityLinker.Result brothers = linked("وحضر المهندس سالم العمري وأخوه فهد اللقاء.", new int[][] {{0, 2, 5}});
        assertThat(brothers.mentions()).extracting(EntityMention::text).containsExactly("سالم العمري", "فهد");
        // «أبو» without a pronoun opens a kunya, and stays
        EntityLinker.Result kunya = linked("وحضر المهندس سالم العمري وأبو فهد اللقاء.", new int[][] {{0, 2, 5}});
        assertThat(kunya.mentions()).extracting(EntityMention::text).containsExactly("سالم العمري", "أبو فهد");
    }
}
