package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.LinkerFixture.linkedAs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;

/** Nicknames marked '^' in the knowledge base ({@link Nicknames}), on sentences written for these tests. */
class NicknamesTest {
    private static List<String> ids(EntityLinker.Result r, String text) {
        return r.mentions().stream().filter(m -> m.text().equals(text)).map(m -> m.entity().map(EntityRef::id).orElse("none")).toList();
    }

    @Test
    void nicknamesAreMarkedInTheKnowledgeBaseAndMakeNoMentionByThemselves() {
        KnowledgeBase kb = KnowledgeBase.shipped();
        for (String name : new String[] {"الريال", "البلوز", "البارسا"}) {
            String folded = KnowledgeBase.fold(name);
            assertThat(kb.isNickname(folded)).as(name).isTrue();
            assertThat(kb.addsMentions(folded)).as(name).isFalse();
            assertThat(kb.gazetteer().labels(folded, folded)).as(name).isEmpty();
        }
        assertThat(kb.isNickname(KnowledgeBase.fold("ريال مدريد"))).isFalse();
    }

    @Test
    void aNicknameIsAMentionInAnArticleThatNamesItsEntity() {
        // {sentence, first token, last token}: the recogniser found «تشيلسي» only
        EntityLinker.Result r = linkedAs("أعلن تشيلسي ضم اللاعب. وقال مدرب البلوز إن اللاعب سيصل غدا.", EntityType.ORG, new int[][] {{0, 1, 1}});
        assertThat(ids(r, "البلوز")).containsExactly("kb:org/chelsea");
        // without the club's name «البلوز» is the blues (music), and no mention
        EntityLinker.Result music = linkedAs("وعزفت الفرقة موسيقى البلوز أمس.", EntityType.ORG, new int[][] {});
        assertThat(music.mentions()).isEmpty();
    }

    @Test
    void aClubsShortNameThatIsACommonWordIsAMentionWhereItsArticleNamesTheClub() {
        KnowledgeBase kb = KnowledgeBase.shipped();
        assertThat(kb.isClubShortName(KnowledgeBase.fold("الهلال"))).isTrue();
        assertThat(kb.addsMentions(KnowledgeBase.fold("الهلال"))).isFalse();
        assertThat(kb.isClubShortName(KnowledgeBase.fold("الهلال السعودي"))).isFalse();
        // the recogniser found the club's full name only
        EntityLinker.Result full = linkedAs("فاز الهلال السعودي على ضيفه. وقال مدرب الهلال إن لاعبي الهلال جاهزون.", EntityType.ORG,
                new int[][] {{0, 1, 2}});
        assertThat(ids(full, "الهلال")).containsExactly("kb:org/al-hilal", "kb:org/al-hilal");
        // or the short name once
        EntityLinker.Result once = linkedAs("تعاقد النصر مع مدافع جديد قبل الدوري. وأكد مدرب النصر الصفقة.", EntityType.ORG, new int[][] {{0, 1, 1}});
        assertThat(ids(once, "النصر")).containsExactly("kb:org/al-nassr", "kb:org/al-nassr");
        // without the club the word is the crescent, and no mention
        assertThat(linkedAs("وشاهد الفلكيون الهلال مساء أمس.", EntityType.ORG, new int[][] {}).mentions()).isEmpty();
        // nor in an article that does not speak of football, where the recogniser took one crescent for the club:
        // that one is the crescent too
        EntityLinker.Result moon = linkedAs("ورصد الفلكيون الهلال مساء أمس. وكان الهلال واضحا في السماء.", EntityType.ORG,
                new int[][] {{0, 2, 2}});
        assertThat(moon.mentions()).isEmpty();
        // and no short name added where the article names the club but does not speak of football
        assertThat(ids(linkedAs("وقع الهلال السعودي عقد رعاية مع شركة. وقال الهلال إن العقد يمتد ثلاث سنوات.", EntityType.ORG,
                new int[][] {{0, 1, 2}}), "الهلال")).isEmpty();
        // but a short name that is no common noun stays the club («الريدز», the Reds)
        assertThat(ids(linkedAs("وأكد النجم بقاءه مع الريدز.", EntityType.ORG, new int[][] {{0, 4, 4}}), "الريدز"))
                .containsExactly("kb:org/liverpool-fc");
        // and beside the club «النصر المبين» is a victory (cues.tsv vetoes)
        EntityLinker.Result victory = linkedAs("فاز النصر السعودي على ضيفه في الدوري. ورأى المشجعون في الفوز النصر المبين.", EntityType.ORG,
                new int[][] {{0, 1, 2}});
        assertThat(ids(victory, "النصر")).isEmpty();
    }

    @Test
    void aNicknameThatIsAlsoACurrencyIsTheClubOnlyBesideItsNameAndNeverAsMoney() {
        // «الريال» after «ريال مدريد» is the club
        EntityLinker.Result club = linkedAs("فاز ريال مدريد على ضيفه، وسجل الريال ثلاثة أهداف.", EntityType.ORG, new int[][] {{0, 1, 2}});
        assertThat(ids(club, "الريال")).containsExactly("kb:org/real-madrid");
        // but money in the same article is not: before a nationality adjective, after «سعر»
        for (String body : List.of("وقع ريال مدريد العقد. وارتفع الريال السعودي أمس.", "وقع ريال مدريد العقد. وارتفع سعر الريال أمس.")) {
            assertThat(ids(linkedAs(body, EntityType.ORG, new int[][] {{0, 1, 2}}), "الريال")).as(body).doesNotContain("kb:org/real-madrid");
        }
        // nor when the recogniser found that money
        for (int[][] spans : new int[][][] {{{0, 1, 2}, {1, 1, 1}}}) {
            EntityLinker.Result found = linkedAs("وقع ريال مدريد العقد. وارتفع الريال السعودي أمس.", EntityType.MISC, spans);
            assertThat(ids(found, "الريال")).hasSize(1).doesNotContain("kb:org/real-madrid");
        }
        EntityLinker.Result price = linkedAs("وقع ريال مدريد العقد. وارتفع سعر الريال أمس.", EntityType.MISC, new int[][] {{0, 1, 2}, {1, 2, 2}});
        assertThat(ids(price, "الريال")).hasSize(1).doesNotContain("kb:org/real-madrid");
        // and a «الريال» the recogniser found in an article without the club is no link to it
        EntityLinker.Result rial = linkedAs("وتراجع الريال أمام الدولار أمس.", EntityType.MISC, new int[][] {{0, 1, 1}});
        assertThat(ids(rial, "الريال")).doesNotContain("kb:org/real-madrid");
    }
    @Test
    void aLeagueClubsBareNameIsTheClubInFootballNewsWhereTheRecogniserReadAnOrganisation() {
        // «الرائد» (the pioneer; a major) is Al-Raed's '^' name, and the article never writes «نادي الرائد»:
        // the recogniser's organisation is the club, and so is the word's other use
        EntityLinker.Result r = linkedAs("انتقل المهاجم إلى الرائد قبل بداية الدوري. وأعلن الرائد ضم لاعب آخر.", EntityType.ORG,
                new int[][] {{0, 3, 3}});
        assertThat(ids(r, "الرائد")).containsExactly("kb:org/al-raed", "kb:org/al-raed");
        // outside football news the recogniser's organisation keeps a local identity
        EntityLinker.Result rank = linkedAs("وصل الرائد إلى مقر القيادة أمس.", EntityType.ORG, new int[][] {{0, 1, 1}});
        assertThat(ids(rank, "الرائد")).hasSize(1).doesNotContain("kb:org/al-raed");
    }

    @Test
    void aClubsShortNameAfterTheWordForTeamIsAMentionInFootballNews() {
        // the recogniser found neither «الهلال» nor «النصر», and the article names them nowhere else
        EntityLinker.Result r = linkedAs("تقام المباراة بين فريقي الهلال والنصر مساء الأربعاء.", EntityType.ORG, new int[][] {});
        assertThat(ids(r, "الهلال")).containsExactly("kb:org/al-hilal");
        assertThat(ids(r, "النصر")).containsExactly("kb:org/al-nassr");
        assertThat(ids(linkedAs("ويواجه فريق الهلال ضيفه في الدوري.", EntityType.ORG, new int[][] {}), "الهلال"))
                .containsExactly("kb:org/al-hilal");
        // without the word for team it stays the crescent, even in football news
        assertThat(linkedAs("وتقام المباراة بعد رؤية الهلال في الدوري.", EntityType.ORG, new int[][] {}).mentions()).isEmpty();
        // and outside football news, «فريق» is a team of another kind
        assertThat(linkedAs("ورصد فريق الهلال الفلكي القمر أمس.", EntityType.ORG, new int[][] {}).mentions()).isEmpty();
    }

    @Test
    void twoClubsShortNamesSideBySideNameEachOtherInFootballNews() {
        // «بين النصر والهلال» with no word for team: two short names of clubs joined by «و»; «فريقا» is «فريقي» in the nominative
        EntityLinker.Result r = linkedAs("وتقام مباراة كأس السوبر بين النصر والهلال على ملعب لوفتس رود في الدوري.", EntityType.ORG, new int[][] {});
        assertThat(ids(r, "النصر")).containsExactly("kb:org/al-nassr");
        assertThat(ids(r, "الهلال")).containsExactly("kb:org/al-hilal");
        assertThat(ids(linkedAs("ويلتقي فريقا الفتح والشباب في الدوري غدا.", EntityType.ORG, new int[][] {}), "الفتح"))
                .containsExactly("kb:org/al-fateh");
        // a club's name beside a common word stays a word
        assertThat(linkedAs("وقال المدرب في الدوري إن الفريق بين النصر والهزيمة.", EntityType.ORG, new int[][] {}).mentions()).isEmpty();
    }
}
