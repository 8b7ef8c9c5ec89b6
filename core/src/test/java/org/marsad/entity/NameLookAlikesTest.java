package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.LinkerFixture.linked;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.pipeline.Analysis;

/**
 * Which entry a name denotes, or whether it is a name at all, when spelling folds two words together
 * or two entries share it; one test per phenomenon, on sentences written for these tests.
 */
class NameLookAlikesTest {
    @Test
    void hisGrandfatherIsNotJeddah() {
        Analysis a = Analyses.of("قال اللاعب إن جده كان يزرع القمح، وإن زوجة جده ما زالت تعيش في القرية.\n\n"
                + "وتشهد مدينة جده فعاليات كثيرة، ووصل الوفد إلى جدة أمس.");
        assertThat(a.entities()).filteredOn(m -> m.entity().map(e -> "Jeddah".equals(e.nameEn().orElse(""))).orElse(false))
                .extracting(EntityMention::start)
                .containsExactly(a.article().body().indexOf("جده فعاليات"), a.article().body().indexOf("جدة أمس"));
    }

    @Test
    void aCityAndTheClubNamedAfterItAreToldApartByTheWordsAroundThemNotByTheRecognisedType() {
        // {sentence, first token, last token}; each typed both ways, as the recogniser does by habit
        for (EntityType type : java.util.List.of(EntityType.LOC, EntityType.ORG)) {
            // a word of the town's life beside the name, though the story is about football
            assertThat(linkedId("وأقام الفريق معسكره في مدينة ميونيخ بعد فوزه في المباراة الودية.", type, 5, 5, "ميونيخ")).as("%s", type)
                    .isEqualTo("kb:loc/munich");
            // a word of football near the name, in a story about a town
            assertThat(linkedId("وفي المدينة القديمة قال مدرب إشبيلية إن الفريق جاهز.", type, 5, 5, "إشبيلية")).as("%s", type)
                    .isEqualTo("kb:org/sevilla-fc");
            // no cue near: the article's words decide
            assertThat(linkedId("وأعلن برشلونة ضم اللاعب. وسجل اللاعب هدفا في المباراة.", type, 1, 1, "برشلونة")).as("%s", type)
                    .isEqualTo("kb:org/fc-barcelona");
            assertThat(linkedId("وزار السياح برشلونة. وامتلأت الفنادق في المدينة وشارع الرامبلا.", type, 2, 2, "برشلونة")).as("%s", type)
                    .isEqualTo("kb:loc/barcelona");
            // the adjective's gender: a city is feminine, a club («النادي») masculine
            assertThat(linkedId("وتوجه الوفد إلى مرسيليا الفرنسية أمس.", type, 3, 3, "مرسيليا")).as("%s", type).isEqualTo("kb:loc/marseille");
            assertThat(linkedId("وتوجه الوفد إلى مرسيليا الفرنسي أمس.", type, 3, 3, "مرسيليا")).as("%s", type).isEqualTo("kb:org/marseille");
            // one word of the town near the name outweighs the many of football elsewhere in the article
            EntityLinker.Result street = linkedAs("وسجل اللاعب هدفا في المباراة الودية وفاز الفريق. وجرى احتفال في شارع رئيسي في ميونيخ أمس.",
                    type, new int[][] {{1, 6, 6}});
            assertThat(street.mentions().get(0).entity().orElseThrow().id()).as("%s", type).isEqualTo("kb:loc/munich");
        }
        // a person of that name is neither, whatever the words around say
        assertThat(linkedId("وقال المبعوث خوسيه ليون في مؤتمر صحفي في المدينة إن المحادثات مستمرة، وأضاف ليون أن الأطراف متفقة.",
                EntityType.PER, 14, 14, "ليون")).startsWith("local:per/");
    }

    @Test
    void aNameTwoPeopleShareIsTheOneTheArticleSpeaksOf() {
        // {sentence, first token, last token}: the Emirati footballer and the Egyptian cleric
        assertThat(linkedId("أعلن نادي الهلال ضم النجم الإماراتي عمر عبد الرحمن أمس.", EntityType.PER, 6, 8, "عمر عبد الرحمن")).isEqualTo("kb:per/omar-abdulrahman");
        assertThat(linkedId("توفي الشيخ الضرير عمر عبد الرحمن في سجن أمريكي.", EntityType.PER, 3, 5, "عمر عبد الرحمن")).isEqualTo("kb:per/omar-abdel-rahman");
        // the nickname is the footballer's alone
        assertThat(linkedId("وانتقل عموري إلى الرياض.", EntityType.PER, 1, 1, "عموري")).isEqualTo("kb:per/omar-abdulrahman");
    }

    /**
     * The entity id the linker gives mention {@code name} of a one-sentence body, when the recogniser
     * found tokens [first, last] typed {@code type}; null if it is unlinked.
     */
    private static String linkedId(String body, EntityType type, int first, int last, String name) {
        return linkedAs(body, type, new int[][] {{0, first, last}}).mentions().stream().filter(m -> m.text().equals(name)).findFirst()
                .flatMap(EntityMention::entity).map(org.marsad.article.EntityRef::id).orElse(null);
    }

    @Test
    void aNameSharedByTwoPlacesIsTheOneTheArticleSpeaksOf() {
        // «عمان» is Oman and Amman: the article's other words decide, and nothing is linked when they don't
        EntityLinker.Result amman = linkedAs("وقعت اشتباكات غرب العاصمة الأردنية عمان أمس.", EntityType.LOC, new int[][] {{0, 5, 5}});
        assertThat(amman.mentions().get(0).entity().orElseThrow().nameEn()).contains("Amman");
        EntityLinker.Result oman = linkedAs("زار الوزير مسقط أمس، وقال إن عمان شريك مهم.", EntityType.LOC, new int[][] {{0, 7, 7}});
        assertThat(oman.mentions()).extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/muscat", "kb:country/om");
        EntityLinker.Result neither = linkedAs("وقال إن عمان شريك مهم.", EntityType.LOC, new int[][] {{0, 2, 2}});
        assertThat(neither.mentions().get(0).entity().orElseThrow().id()).startsWith("local:");
        // «الجوف» is a Saudi region and a Yemeni governorate
        EntityLinker.Result yemen = linkedAs("شنت القوات غارات على مواقع الحوثيين في الجوف أمس.", EntityType.LOC, new int[][] {{0, 7, 7}});
        assertThat(yemen.mentions()).filteredOn(m -> m.text().equals("الجوف"))
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/al-jawf-yemen");
        EntityLinker.Result saudi = linkedAs("هطلت أمطار على سكاكا وبقية مناطق الجوف أمس.", EntityType.LOC, new int[][] {{0, 6, 6}});
        assertThat(saudi.mentions()).filteredOn(m -> m.text().equals("الجوف"))
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/al-jawf");
        // «زنجبار» is Zinjibar in Abyan or Zanzibar off Tanzania
        EntityLinker.Result abyan = linkedAs("وتقدمت القوات نحو زنجبار في محافظة أبين.", EntityType.LOC, new int[][] {{0, 3, 3}, {0, 6, 6}});
        assertThat(abyan.mentions()).filteredOn(m -> m.text().equals("زنجبار"))
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/zinjibar");
        EntityLinker.Result tanzania = linkedAs("ويزور السياح زنجبار كل شتاء، وهي جزء من تنزانيا.", EntityType.LOC, new int[][] {{0, 2, 2}});
        assertThat(tanzania.mentions()).filteredOn(m -> m.text().equals("زنجبار"))
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/zanzibar");
        // «القنيطرة» is Quneitra on the Golan or Kenitra in Morocco
        EntityLinker.Result golan = linkedAs("وسيطرت قوات النظام على القنيطرة قرب الجولان.", EntityType.LOC, new int[][] {{0, 4, 4}});
        assertThat(golan.mentions()).filteredOn(m -> m.text().equals("القنيطرة"))
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/quneitra");
        EntityLinker.Result morocco = linkedAs("وافتتح مصنع جديد في القنيطرة شمال الرباط.", EntityType.LOC, new int[][] {{0, 4, 4}});
        assertThat(morocco.mentions()).filteredOn(m -> m.text().equals("القنيطرة"))
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/kenitra");
    }

    @Test
    void aWordWithHamzaOnYaIsNotTheNameItFoldsTo() {
        // «فئات» (categories) folds to «فيات» (Fiat) as search folds it, but is another word
        Analysis a = Analyses.of("وكانت أستراليا أول بلد طبق العملة البلاستيكية على جميع فئاته النقدية، ثم تبعتها دول أخرى على كل فئات العملة. "
                + "وأعلنت شركة فيات الإيطالية عن طراز جديد.");
        assertThat(a.entities()).noneMatch(m -> m.text().startsWith("فئات"));
        assertThat(a.entities()).filteredOn(m -> m.text().equals("فيات"))
                .extracting(m -> m.entity().orElseThrow().id()).containsOnly("kb:org/fiat");
        // so does «أؤدي» ("I perform", hamza on waw) to «أودي» (Audi): BBC, an actress quoted on ANT dev
        Analysis audi = Analyses.of("وقالت الممثلة إنها كانت المرة الأولى التي ترى فيها قصة يمكنني أن أؤدي فيها دور البطولة. "
                + "وأعلنت شركة أودي عن طراز جديد.");
        assertThat(audi.entities()).noneMatch(m -> m.text().equals("أؤدي"));
        assertThat(audi.entities()).filteredOn(m -> m.text().equals("أودي"))
                .extracting(m -> m.entity().orElseThrow().id()).containsOnly("kb:org/audi");
    }

    @Test
    void aFinalAlefMaqsuraIsAnotherWordUnlessTheArticleWritesEveryFinalYaSo() {
        // «أودى بحياة» ("claimed the lives") folds to «أودي» (Audi)
        Analysis a = Analyses.of("وأودى الحادث بحياة ثلاثة أشخاص في مدينة ميونيخ الألمانية. وأعلنت شركة أودي عن طراز جديد.");
        assertThat(a.entities()).noneMatch(m -> m.text().equals("أودى"));
        // an Egyptian paper writes «فى» and «السيسى»: there the name is the name
        Analysis egyptian = Analyses.of("وقال الرئيس عبد الفتاح السيسى فى كلمته إن مصر ماضية. وأضاف السيسى أن الاقتصاد يتحسن.");
        assertThat(egyptian.entities()).filteredOn(m -> m.text().equals("السيسى"))
                .extracting(m -> m.entity().orElseThrow().id()).containsOnly("kb:per/abdel-fattah-el-sisi");
    }

    @Test
    void aVetoWordNextToAOneWordNameMakesItTheCommonWord() {
        // «بنين» is Benin, and "boys" beside «بنات» or schooling (cues.tsv vetoes)
        Analysis school = Analyses.of("واكتملت جميع مقررات المرحلة المتوسطة بنين وبنات في مدارس المنطقة.");
        assertThat(school.entities()).noneMatch(m -> m.text().equals("بنين"));
        Analysis country = Analyses.of("وبنت الجمعية 39 مسجدا في بنين و16 مسجدا في توغو خلال العام الماضي.");
        assertThat(country.entities()).filteredOn(m -> m.text().equals("بنين"))
                .extracting(m -> m.entity().orElseThrow().id()).containsOnly("kb:country/bj");
        // «درعا» is Daraa, and "a shield" presented as a keepsake
        assertThat(linkedAs("وقدم رئيس النادي درعا تذكاريا للضيف.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        assertThat(linkedAs("وتجددت الاشتباكات في درعا جنوب البلاد.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:loc/daraa");
        // «إيني» is Eni, the oil company, and a player's wife
        assertThat(linkedAs("وحصل اللاعب على الجواز بمساعدة زوجته إيني البرتغالية.", EntityType.ORG, new int[][] {{0, 6, 6}})
                .mentions()).noneMatch(m -> m.entity().map(e -> e.id().equals("kb:org/eni")).orElse(false));
        assertThat(linkedAs("وأعلنت شركة إيني الإيطالية اكتشاف حقل جديد.", EntityType.ORG, new int[][] {{0, 2, 2}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:org/eni");
    }

    @Test
    void theSonsOfTheIslandAreNoTelevisionChannel() {
        // «أبناء الجزيرة» are the people of the (Arabian) Peninsula, not Al Jazeera's
        assertThat(linkedAs("ويعتز أبناء الجزيرة بتراثهم الشعري منذ قرون.", EntityType.ORG, new int[][] {{0, 2, 2}})
                .mentions()).isEmpty();
        assertThat(linkedAs("وذكرت الجزيرة أن مراسلها وصل إلى المدينة.", EntityType.ORG, new int[][] {{0, 1, 1}})
                .mentions()).extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:org/al-jazeera");
    }

    @Test
    void exileWrittenWithYaIsNoMenfiBesideLivingThere() {
        // «المنفى» ("exile") written «المنفي», as Saudi papers do, folds to Mohamed al-Menfi's surname
        Analysis exile = Analyses.of("واستعادت القوات الموالية للرئيس اليمني الذي يعيش في المنفي في الرياض السيطرة على المطار.");
        assertThat(exile.entities()).noneMatch(m -> m.text().equals("المنفي"));
        Analysis back = Analyses.of("وأخذ الصوماليون الذين عادوا من المنفي للمساعدة في إعادة بناء البلاد يعودون أدراجهم.");
        assertThat(back.entities()).noneMatch(m -> m.text().equals("المنفي"));
        Analysis menfi = Analyses.of("وقال رئيس المجلس الرئاسي الليبي محمد المنفي إن الانتخابات ستجري في موعدها. وأضاف المنفي أن الحوار مستمر.");
        assertThat(menfi.entities()).filteredOn(m -> m.text().equals("المنفي"))
                .extracting(m -> m.entity().orElseThrow().id()).containsOnly("kb:per/mohamed-al-menfi");
    }

    @Test
    void cuesNextToANameOutweighTheArticlesOthers() {
        // «عمان»: each article names more cues of the other reading, but not next to the name
        Analysis gulf = Analyses.of("وحلت عمان والكويت في المركزين الأخيرين. "
                + "وتقام المباراة النهائية في العاصمة الأردنية بحضور الجماهير الأردنية والأردنيين.");
        assertThat(Analyses.mention(gulf, "عمان").entity().orElseThrow().id()).isEqualTo("kb:country/om");
        Analysis jordan = Analyses.of("وفاز المنتخب على نظيره الكويتي بمدينة عمان الأردنية. "
                + "ويلتقي منتخبات البحرين وقطر والكويت في الجولة المقبلة.");
        assertThat(Analyses.mention(jordan, "عمان").entity().orElseThrow().id()).isEqualTo("kb:loc/amman");
    }

}
