package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** Where a person's role is read, and where the name ends before it; on sentences written for these tests (more in {@link EntityStageTest}). */
class RolesTest {
    @Test void aTitleInsideAPlaceNameIsNoRole() {
        // {sentence, first token, last token}: «الملك» of «مطار الملك عبد العزيز الدولي» is the airport's name
        EntityLinker.Result r = LinkerFixture.linkedFound("وأبلغ الموظفون في مكتب الجوازات بمطار الملك عبد العزيز الدولي بدوي بأنه لا يمكنها السفر.",
                new EntityLinker.Found(0, 5, 9, EntityType.LOC), new EntityLinker.Found(0, 10, 10, EntityType.PER));
        assertThat(r.mentions()).filteredOn(m -> m.type() == EntityType.PER).extracting(EntityMention::role)
                .containsExactly(java.util.Optional.empty());
        // a place named in the title is part of it
        r = LinkerFixture.linkedFound("وقال وزير خارجية روسيا سيرغي لافروف إن الحل سياسي.",
                new EntityLinker.Found(0, 3, 3, EntityType.LOC), new EntityLinker.Found(0, 4, 5, EntityType.PER));
        assertThat(r.mentions()).filteredOn(m -> m.type() == EntityType.PER).extracting(EntityMention::role)
                .containsExactly(java.util.Optional.of("وزير خارجية روسيا"));
    }

    @Test void anEpithetBetweenTitleAndNameIsNoPartOfTheName() {
        // {sentence, first token, last token}: the recogniser began the name at «المؤسس»
        EntityLinker.Result r = LinkerFixture.linked("وأشار إلى رؤية الملك المؤسس عبد العزيز للتنمية.", new int[][] {{0, 4, 6}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("عبد العزيز");
        // «الظهير الأيمن» (the right back) before a player's name
        r = LinkerFixture.linked("وبقي الظهير الأيمن سامر الفهد في الفريق.", new int[][] {{0, 2, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("سامر الفهد");
        // «الفاضل» (the virtuous) after «الأستاذ», and «كوتش» (coach) before a name
        r = LinkerFixture.linked("وشكر الأستاذ الفاضل ماجد بن عبدالله الرشيد الحضور.", new int[][] {{0, 2, 6}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("ماجد بن عبدالله الرشيد");
        r = LinkerFixture.linked("وقال كوتش ستيفان مولر إن التدريب شاق.", new int[][] {{0, 1, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("ستيفان مولر");
    }

    @Test void aProfessorsTitleIsNoPartOfTheName() {
        // «بروفيسور» without the article opens the mention the recogniser found
        EntityLinker.Result r = LinkerFixture.linked("وقال بروفيسور ساجد مير إن البحث مهم.", new int[][] {{0, 1, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("ساجد مير");
    }

    @Test void aNameThatCompletesATitleDoesNotHoldIt() {
        // {sentence, first token, last token}: «المتحدث باسم إردوغان» is Erdoğan's spokesman, not Erdoğan
        EntityLinker.Result r = LinkerFixture.linked("وقال إبراهيم كالين المتحدث باسم إردوغان إن الليرة ستتعافى.",
                new int[][] {{0, 1, 2}, {0, 5, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("إبراهيم كالين", java.util.Optional.of("المتحدث باسم إردوغان")),
                org.assertj.core.groups.Tuple.tuple("إردوغان", java.util.Optional.empty()));
        // and one after a preposition: the title is the place's, the name the person's
        r = LinkerFixture.linked("وقال رئيس حملة ترامب إن الحملة مستمرة.", new int[][] {{0, 3, 3}});
        assertThat(r.mentions()).extracting(EntityMention::role).containsExactly(java.util.Optional.empty());
    }

    @Test void aBareHeadNextToANameIsPartOfTheNameAndATitleAfterANameRunsOnOverWordsInWaw() {
        // {sentence, first token, last token}: «أمين» ("trustee", but a given name and a surname) and «قايد»
        // ("commander") alone, without the article or a complement, are parts of the names next to them
        EntityLinker.Result r = LinkerFixture.linked("وحصل أمين حارث على الجائزة. وتوفي المفكر سمير أمين في باريس.",
                new int[][] {{0, 2, 2}, {1, 2, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("حارث", java.util.Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("سمير", java.util.Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("باريس", java.util.Optional.empty()));
        // with its complement it is a title, and one after the name goes on over «وزير», «وكالة» (no conjunction و)
        r = LinkerFixture.linked("وقال عبد العزيز كابراوي نائب وزير النقل الماليزي إن البحث مستمر. والتقى جون برينان مدير وكالة الاستخبارات.",
                new int[][] {{0, 1, 3}, {1, 1, 2}});
        assertThat(r.mentions()).filteredOn(m -> m.type() == EntityType.PER).extracting(EntityMention::role).containsExactly(
                java.util.Optional.of("نائب وزير النقل الماليزي"), java.util.Optional.of("مدير وكالة الاستخبارات"));
        // «نظيره» alone is a whole title: "his counterpart"
        assertThat(LinkerFixture.linked("والتقى الوزير نظيره مايك بومبيو أمس.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::role).containsExactly(java.util.Optional.of("نظيره"));
    }

    @Test void aTitleTheRecogniserRanIntoIsNoPartOfTheName() {
        // {sentence, first token, last token}: «القيادي» ("the leader") after «عزام الأحمد»
        assertThat(LinkerFixture.linked("وكان عزام الأحمد القيادي في حركة فتح قال إن الحركة لا تقبل.", new int[][] {{0, 1, 3}})
                .mentions()).extracting(EntityMention::text).startsWith("عزام الأحمد");
        // nor is a title in the construct state before what it is the title of («خبيرة» "expert")
        assertThat(LinkerFixture.linked("وشاركت سلمى أبو زيد خبيرة الإعلام الرقمي في الندوة.", new int[][] {{0, 1, 4}})
                .mentions()).extracting(EntityMention::text).containsExactly("سلمى أبو زيد");
        // a two-word name keeps both words
        assertThat(LinkerFixture.linked("وقال أحمد المسؤول إن الحركة لا تقبل.", new int[][] {{0, 1, 2}})
                .mentions()).extracting(EntityMention::text).containsExactly("أحمد المسؤول");
    }

    @Test void titlesJoinedByAndAreOneRoleAndACounterpartAfterTheNameIsSomeoneElse() {
        // {sentence, first token, last token}
        EntityLinker.Result r = LinkerFixture.linked("أبلغ وزير الخارجية وعضو مجلس الدولة الصيني وانغ يي نظيره التركي بدعم بلاده.",
                new int[][] {{0, 7, 8}});
        assertThat(r.mentions()).extracting(EntityMention::role).containsExactly(java.util.Optional.of("وزير الخارجية وعضو مجلس الدولة الصيني"));
        // two people: «المرشد الإيراني» is Khamenei, and «داخليته» the prime minister's
        r = LinkerFixture.linked("استقبل المرشد الإيراني والرئيس حسن روحاني الوفد.", new int[][] {{0, 4, 5}});
        assertThat(r.mentions()).extracting(EntityMention::role).containsExactly(java.util.Optional.of("الرئيس"));
        r = LinkerFixture.linked("وتقدم الوفد الوزير المرافق ورئيس الاستخبارات العامة خالد الحميدان.", new int[][] {{0, 7, 8}});
        assertThat(r.mentions()).extracting(EntityMention::role).containsExactly(java.util.Optional.of("رئيس الاستخبارات العامة"));
        r = LinkerFixture.linked("وقال رئيس الحكومة ووزير داخليته محمد الغرسلي إن الأمن مستتب.", new int[][] {{0, 5, 6}});
        assertThat(r.mentions()).extracting(EntityMention::role).containsExactly(java.util.Optional.of("وزير داخليته"));
        r = LinkerFixture.linked("من جانبه، أطلع تشاويش أوغلو نظيره الصيني على الوضع الراهن.", new int[][] {{0, 4, 5}});
        assertThat(r.mentions()).extracting(EntityMention::role).containsExactly(java.util.Optional.empty());
    }

    @Test void aGivenNameAndBintBeforeTheFathersNameArePartOfIt() {
        // {sentence, first token, last token}: the recogniser found «محمد المحيميد», her father's name
        assertThat(LinkerFixture.linked("أكدت مناهل بنت محمد المحيميد، نائب المدير العام للشركة، أنهم واجهوا صعوبات.",
                new int[][] {{0, 3, 4}}).mentions()).extracting(EntityMention::text).containsExactly("مناهل بنت محمد المحيميد");
        // not a verb before «بن»
        assertThat(LinkerFixture.linked("وقال بن سلمان إن المملكة ماضية في الإصلاح.", new int[][] {{0, 2, 2}})
                .mentions()).extracting(EntityMention::text).containsExactly("سلمان");
    }

    @Test void anHonorificBeforeANameOfItsOwnOrTheTeamIsNoRole() {
        // {sentence, first token, last token}: «الفريق» with an adjective is "the team", not the rank
        assertThat(LinkerFixture.linked("وكان صانع ألعاب الفريق الهلالي البرازيلي كارلوس إدواردو قد أصيب.", new int[][] {{0, 6, 7}})
                .mentions()).extracting(EntityMention::role).containsExactly(java.util.Optional.empty());
        assertThat(LinkerFixture.linked("وقال الفريق أول ركن فهد الرويلي إن القوات جاهزة.", new int[][] {{0, 4, 5}})
                .mentions()).extracting(EntityMention::role).containsExactly(java.util.Optional.of("الفريق أول ركن"));
        assertThat(LinkerFixture.linked("وقال الجنرال في الحرس الوطني أليخاندرو بيريز إن القوات جاهزة.", new int[][] {{0, 5, 6}})
                .mentions()).extracting(EntityMention::role).containsExactly(java.util.Optional.of("الجنرال في الحرس الوطني"));
        // «الأمير تركي» is a name (of a road) of its own
        assertThat(LinkerFixture.linked("وسيتم ربط مخطط الأمير تركي وطريق سهل بن أبي حثمة بالجسر.", new int[][] {{0, 6, 9}})
                .mentions()).extracting(EntityMention::role).containsExactly(java.util.Optional.empty());
        // «للشيخ» is «الشيخ», and «نظير» before a noun is "in return for"
        assertThat(LinkerFixture.linked("وقدم الوفد هدية تذكارية للشيخ إبراهيم الحسيني.", new int[][] {{0, 5, 6}})
                .mentions()).extracting(EntityMention::role).containsExactly(java.util.Optional.of("الشيخ"));
        assertThat(LinkerFixture.linked("ودفع النادي مئة مليون يورو نظير شراء رونالدو من ريال مدريد.", new int[][] {{0, 7, 7}})
                .mentions()).filteredOn(m -> m.type() == EntityType.PER).extracting(EntityMention::role).containsExactly(java.util.Optional.empty());
        // «على حد قول» ("as ... put it") ends a title
        assertThat(LinkerFixture.linked("وارتفعت الأسعار بحسب تقديرات رئيس الغرفة على حد قول غوميز.", new int[][] {{0, 9, 9}})
                .mentions()).extracting(EntityMention::role).containsExactly(java.util.Optional.empty());
    }

    @Test
    void theProphetsTitleIsHisRoleAndHisNameStillLinks() {
        // {sentence, first token, last token}: ANERcorp and AQMAR mark «محمد» alone
        EntityLinker.Result r = LinkerFixture.linked("وقال الكاتب إن النبي محمد دعا إلى السلام.", new int[][] {{0, 3, 4}});
        assertThat(r.mentions()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("محمد");
            assertThat(m.role()).contains("النبي");
            assertThat(m.entity().orElseThrow().id()).isEqualTo("kb:per/prophet-muhammad");
        });
    }

    @Test
    void theProphetStaysTheProphetBesideTheArticlesOtherMuhammad() {
        // the recogniser marks «محمد» alone after «النبي», or with it; the article's «محمد علي» is someone else
        String body = "ويعود المخطوط إلى عصر النبي محمد كما يقول الباحث. وقال محمد علي إن الزوار كثيرون.";
        for (int first : new int[] {5, 4}) {
            EntityLinker.Result r = LinkerFixture.linked(body, new int[][] {{0, first, 5}, {1, 1, 2}});
            assertThat(r.mentions()).extracting(m -> m.entity().orElseThrow().id())
                    .containsExactly("kb:per/prophet-muhammad", "local:per/محمد-علي");
        }
    }

    @Test
    void aKingNamedWithHisTitleIsNoOtherPersonOfTheArticle() {
        // «عبد العزيز» ends the engineer's name too; with «الملك» before it, it is the founder
        EntityLinker.Result r = LinkerFixture.linked("ويسير الوطن على درب الملك عبد العزيز منذ التأسيس. وقال المهندس سالم محمد عبد العزيز إن المشروع اكتمل.",
                new int[][] {{0, 4, 6}, {1, 2, 5}});
        assertThat(r.mentions()).extracting(m -> m.entity().orElseThrow().id())
                .containsExactly("kb:per/king-abdulaziz", "local:per/سالم-محمد-عبد-العزيز");
    }

    @Test
    void aNameTheKnowledgeBaseKnowsOnlyWithItsTitleLinksThoughTheRecogniserLeftTheTitleOut() {
        // «علي بن الحسين» alone is also the fourth imam; after «الأمير» it is the Jordanian prince
        EntityLinker.Result r = LinkerFixture.linked("وأعلن الاتحاد دعمه لترشيح الأمير علي بن الحسين لرئاسة الفيفا.", new int[][] {{0, 5, 7}});
        assertThat(r.mentions()).filteredOn(m -> m.type() == EntityType.PER).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("علي بن الحسين");
            assertThat(m.entity().orElseThrow().id()).isEqualTo("kb:per/prince-ali-bin-hussein");
        });
        assertThat(LinkerFixture.linked("وروى الكتاب سيرة علي بن الحسين وأبنائه.", new int[][] {{0, 3, 5}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("local:per/علي-بن-الحسين");
    }

    @Test
    void aNameAProphetsBlessingFollowsIsTheProphets() {
        // {sentence, first token, last token}
        EntityLinker.Result r = LinkerFixture.linked(
                "وأشار إبراهيم العبدالعزيز إلى أن إبراهيم عليه السلام ضرب المثل. ومن يسيء إلى محمد عليه الصلاة والسلام يسيء للجميع.",
                new int[][] {{0, 1, 2}, {0, 5, 5}, {1, 3, 3}});
        assertThat(r.mentions()).extracting(m -> m.entity().orElseThrow().id())
                .containsExactly("local:per/ابراهيم-العبدالعزيز", "local:per/ابراهيم", "kb:per/prophet-muhammad");
        // in brackets, after the title
        EntityLinker.Result bracket = LinkerFixture.linked("وتعود إلى عصر محمد (صلى الله عليه وسلم) كما قال محمد علي.",
                new int[][] {{0, 3, 3}, {0, 12, 13}});
        assertThat(bracket.mentions()).extracting(m -> m.entity().orElseThrow().id())
                .containsExactly("kb:per/prophet-muhammad", "local:per/محمد-علي");
    }
}
