package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.LinkerFixture.linkedAs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityRef;
import org.marsad.article.EntityType;

/** A club's bare name repeated in its article ({@link ClubRepeats}), on sentences written for these tests. */
class ClubRepeatsTest {
    /** The entity of each mention written {@code text}, in order ("none" for no link). */
    private static List<String> ids(EntityLinker.Result r, String text) {
        return r.mentions().stream().filter(m -> m.text().equals(text)).map(m -> m.entity().map(EntityRef::id).orElse("none")).toList();
    }

    @Test
    void aClubTheArticleHasByItsBareNameIsThatClubWhereverElseTheWordIsWritten() {
        // the recogniser found «الشباب» after «مدرب» only, which the linker alone leaves without an entity; «نادي الشباب»
        // is the knowledge base's (its mention is «الشباب», as ANERcorp writes a club's name)
        EntityLinker.Result r = linkedAs("أعلن نادي الشباب ضم مدافع جديد. وقال مدرب الشباب إن فريق الشباب جاهز للدوري.", EntityType.ORG,
                new int[][] {{1, 2, 2}});
        assertThat(ids(r, "الشباب")).containsExactly("kb:org/al-shabab", "kb:org/al-shabab", "kb:org/al-shabab");
    }

    @Test
    void aClubTheKnowledgeBaseDoesNotKnowIsOneWhereItsWordFollowsTheWordForClub() {
        // the recogniser found «الأنصار» after «نادي» only; the club keeps one identity of the article's own
        EntityLinker.Result r = linkedAs("وهنأ رئيس نادي الأنصار اللاعبين. وفاز الأنصار على ضيفه.", EntityType.ORG, new int[][] {{0, 3, 3}});
        List<String> ids = ids(r, "الأنصار");
        assertThat(ids).hasSize(2).allMatch(id -> id.startsWith("local:org/")).containsOnly(ids.get(0));
        // found elsewhere, not after «نادي», the word is not taken for a club
        assertThat(ids(linkedAs("ووصل الأنصار إلى المدينة. ورحب الأنصار بالمهاجرين.", EntityType.ORG, new int[][] {{0, 1, 1}}), "الأنصار"))
                .hasSize(1);
    }

    @Test
    void notWhereTheWordIsTheCommonOne() {
        // youth welfare, the youth side: «الشباب» is the common word there
        EntityLinker.Result youth = linkedAs("أعلن نادي الشباب ضم مدافع جديد. وقال مدرب الشباب إن الرئيس العام لرعاية الشباب حضر "
                + "مباراة منتخب الشباب.", EntityType.ORG, new int[][] {{1, 2, 2}});
        assertThat(ids(youth, "الشباب")).containsExactly("kb:org/al-shabab", "kb:org/al-shabab");
        // a noun with its adjective (the Portuguese federation), and the cup: three mentions of the club, not these two
        String body = "أعلن نادي الاتحاد ضم المهاجم. وقال مدرب الاتحاد إن الاتحاد البرتغالي لم يرد، وسيلعب الاتحاد مباراة كأس الاتحاد غدا.";
        EntityLinker.Result federation = linkedAs(body, EntityType.ORG, new int[][] {{1, 2, 2}});
        assertThat(ids(federation, "الاتحاد")).containsExactly("kb:org/al-ittihad-jeddah", "kb:org/al-ittihad-jeddah",
                "kb:org/al-ittihad-jeddah");
        assertThat(federation.mentions().stream().map(EntityMention::start).toList())
                .doesNotContain(body.indexOf("الاتحاد البرتغالي"), body.indexOf("كأس الاتحاد") + "كأس ".length());
        // an adjective after a definite noun: the young players
        EntityLinker.Result players = linkedAs("أعلن نادي الشباب ضم مدافع جديد للدوري. وقال مدرب الشباب إنه يعتمد على اللاعبين الشباب.",
                EntityType.ORG, new int[][] {{1, 2, 2}});
        assertThat(ids(players, "الشباب")).containsExactly("kb:org/al-shabab", "kb:org/al-shabab");
    }

    @Test
    void notAClubWhoseWordNamesAPlaceToo() {
        // Al Ain, the club and the town: «نادي العين» is the club, the town is no mention of it
        String body = "أعلن نادي العين ضم لاعب جديد للدوري، وسيقيم الفريق معسكره في العين.";
        EntityLinker.Result r = linkedAs(body, EntityType.ORG, new int[][] {});
        assertThat(ids(r, "العين")).containsExactly("kb:org/al-ain-fc");
    }
}
