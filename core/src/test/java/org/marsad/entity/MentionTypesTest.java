package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linked;
import static org.marsad.entity.LinkerFixture.linkedAs;
import static org.marsad.entity.LinkerFixture.linkedFound;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/**
 * The types the linker reads from the words around a mention ({@link MentionTypes}): place and
 * company heads, clubs, sums of money; one test per phenomenon, on sentences written for these tests.
 */
class MentionTypesTest {
    @Test
    void aFamilyIsNamedByItsPeoplesName() {
        // {sentence, first token, last token}: the recogniser took the family for a company
        assertThat(linkedAs("وأعلنت أسرة بن حمدان وفاة عميدها.", EntityType.ORG, new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("بن حمدان", EntityType.PER));
    }

    @Test
    void aTownAfterTeamIsItsClub() {
        // {sentence, first token, last token}: «فريق الخليج» is the club of Saihat, not the Gulf
        assertThat(linkedAs("وانضم المهاجم إلى صفوف فريق الخليج الأول لكرة القدم.", EntityType.LOC, new int[][] {{0, 5, 5}}).mentions())
                .extracting(EntityMention::text, EntityMention::type, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("الخليج", EntityType.ORG, "local:org/خليج"));
        // a country after «فريق» is the national side, left a place
        assertThat(linkedAs("وواجه فريق الكاميرون منافسه أمس.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.LOC);
    }

    @Test
    void aModelNumberMakesAPersonAThing() {
        // {sentence, first token, last token}: the recogniser took a watch's model for a person
        assertThat(linked("وتضم القائمة ساعة Vega X2 الجديدة.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("Vega X2", EntityType.MISC));
        // letters alone are a name
        assertThat(linked("وقال John Vega إن الساعة جديدة.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.PER);
        // Arabic letters with a digit glued on: a phone's model
        assertThat(linked("ويبلغ سعر جهاز آيفون6 ثلاثة آلاف.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.MISC);
        // but not a player's name glued to a score, nor a channel the knowledge base knows
        assertThat(linked("وتغلب نادال على النمساوي دومينيك تيم6-0 في النهائي.", new int[][] {{0, 4, 5}}).mentions())
                .filteredOn(m -> m.text().startsWith("دومينيك")).extracting(EntityMention::type).containsExactly(EntityType.PER);
        assertThat(linked("وقال مارادونا54/ عاما/ إنه سعيد.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.PER);
        assertThat(linked("وقال لفرانس24 إنه سيعود.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:org/france-24");
    }

    @Test
    void aPersonOfLatinCapitalsIsAnAcronym() {
        // {sentence, first token, last token}: a broadcaster's initials read as a person
        assertThat(linked("وقالت في حديثها مع DW إن الوضع صعب.", new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("DW", EntityType.ORG));
    }

    @Test
    void aNameEndingWithSporIsAClub() {
        // {sentence, first token, last token}: the recogniser took the Turkish club for a person
        assertThat(linked("وخسر الفريق وديا أمام أرضروم سبور بهدفين.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("أرضروم سبور", EntityType.ORG));
    }

    @Test
    void anArmedWingIsAnOrganisation() {
        // {sentence, first token, last token}: the recogniser took the brigades named for a battle for a person
        assertThat(linked("والتقى الوفد قائد كتائب بدر في بغداد.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).contains(tuple("كتائب بدر", EntityType.ORG));
        // and a man's name after the word for them is the wing's
        assertThat(linked("وأعلنت كتائب «أبو الفضل» مسؤوليتها عن الهجوم.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("أبو الفضل", EntityType.ORG));
    }

    @Test
    void aNameBeforeForNewsIsAnAgency() {
        // {sentence, first token, last token}: «للأنباء» after a name the recogniser took for a person
        assertThat(linked("ونقلت وكالة سبوتنيك ودوغان للأنباء الخبر.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).contains(tuple("دوغان", EntityType.ORG));
    }

    @Test
    void aPlaceAfterAClubWithAPrepositionIsTheClub() {
        // «بنادي الاتحاد»: the head carries «ب»; the recogniser took «الاتحاد» for a place
        assertThat(linkedAs("وعمل مدربا بنادي الاتحاد سنوات.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("الاتحاد", EntityType.ORG));
    }

    @Test
    void aNameEndingWithMallIsAPlace() {
        // {sentence, first token, last token}: a shopping mall the recogniser took for a person
        assertThat(linked("وتقام الفعاليات في الياسمين مول طوال الأسبوع.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("الياسمين مول", EntityType.LOC));
        // but a man whose surname is Moll stays one after his nationality
        assertThat(linked("وعرض الفيلم للمخرج الفرنسي جان مول أمس.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("جان مول", EntityType.PER));
    }

    @Test
    void aSumOfRiyalsIsNoClub() {
        // the recogniser learnt «ريال» (Real) from sports news
        EntityLinker.Result r = linkedAs("توفر النسبة 20 مليار ريال للمشروعات. وتراجع الريال الإيراني أمام الدولار.", EntityType.ORG,
                new int[][] {{0, 4, 4}, {1, 1, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text).startsWith("ريال", "الريال الإيراني");
        assertThat(r.mentions().subList(0, 2)).extracting(EntityMention::type).containsOnly(EntityType.MISC);
        // the club stays a club
        EntityLinker.Result club = linkedAs("فاز ريال مدريد على برشلونة.", EntityType.ORG, new int[][] {{0, 1, 2}});
        assertThat(club.mentions().get(0).type()).isEqualTo(EntityType.ORG);
        // and the sum stays a sum on a sports page where «ريال» alone is the club too: one name, one type does not retype it
        EntityLinker.Result page = linkedAs("خاض ريال مباراته الأولى. وخسر ريال أمام منافسه. وبلغت قيمة الصفقة 60 مليون ريال سعودي.",
                EntityType.ORG, new int[][] {{0, 1, 1}, {1, 1, 1}, {2, 5, 5}});
        assertThat(page.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                tuple("ريال", EntityType.ORG), tuple("ريال", EntityType.ORG), tuple("ريال", EntityType.MISC));
        // a number in brackets counts too («بقيمة (10.100.000) ريال», as the Saudi press writes sums)
        EntityLinker.Result bracketed = linkedAs("ومشاريع بقيمة (10.100.000) ريال للأسر المنتجة.", EntityType.ORG, new int[][] {{0, 5, 5}});
        assertThat(bracketed.mentions()).extracting(EntityMention::text, EntityMention::type, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("ريال", EntityType.MISC, "kb:currency/sar"));
        assertThat(linkedAs("وتبلغ كلفة المشروع «45.999.54» ريال. ويتقاضى بحدود المليون ونصف المليون ريال.", EntityType.ORG,
                new int[][] {{0, 6, 6}, {1, 5, 5}}).mentions()).extracting(EntityMention::type).containsExactly(EntityType.MISC, EntityType.MISC);
        // but sums still vote: the rial named alone beside them is the currency
        EntityLinker.Result rial = linkedAs("بلغت الخسائر 20 مليار ريال. وبلغت الديون 5 مليارات ريال. وتراجع الريال بشدة.",
                EntityType.ORG, new int[][] {{0, 4, 4}, {1, 4, 4}, {2, 1, 1}});
        assertThat(rial.mentions()).extracting(EntityMention::type).containsOnly(EntityType.MISC);
    }

    @Test
    void championshipBeforeACompetitionIsPartOfItsName() {
        // {sentence, first token, last token}: the recogniser began at «السوبر», at «كأس»
        assertThat(linkedAs("والتقى الفريقان في بطولة السوبر الإسباني أمس.", EntityType.MISC, new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("بطولة السوبر الإسباني");
        assertThat(linkedAs("وشارك المنتخب ببطولة كأس الخليج العام الماضي.", EntityType.MISC, new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("بطولة كأس الخليج");
        // the recogniser's «السوبر» grows to the competition the knowledge base names with its adjective
        EntityLinker.Result cup = linkedAs("وتوج الفريق بلقب كأس السوبر الأوروبية أمس.", EntityType.MISC, new int[][] {{0, 4, 4}});
        assertThat(cup.mentions()).extracting(EntityMention::text, m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(null))
                .containsExactly(org.assertj.core.api.Assertions.tuple("كأس السوبر الأوروبية", "kb:misc/uefa-super-cup"));
        // nor before a preposition: «بطولة لكرة القدم» is a football tournament
        assertThat(linkedAs("ونظم فيه بطولة لكرة القدم أمس.", EntityType.MISC, new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).noneMatch(t -> t.startsWith("بطولة"));
        // not before a name of another kind
        assertThat(linkedAs("وفاز في بطولة روما أمس.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("روما");
    }

    @Test
    void aNameQuotedAfterAWordForAProductIsTheProduct() {
        // {sentence, first, last}: «لعبة "كاونتر سترايك"» (the recogniser said PER), «سيارة "فورد فييستا"»
        EntityLinker.Result r = linkedAs("واشتهر بلعبة \"كاونتر سترايك\" على يوتيوب. واشترى سيارة \"فورد فييستا\" مستعملة.",
                EntityType.PER, new int[][] {{0, 3, 4}, {1, 3, 4}});
        assertThat(r.mentions()).filteredOn(m -> !m.text().equals("يوتيوب")).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("كاونتر سترايك", EntityType.MISC), tuple("فورد فييستا", EntityType.MISC));
        // a name the knowledge base knows keeps its entity: the brand is the company
        assertThat(linkedAs("واشترى سيارة \"بي إم دبليو\" جديدة.", EntityType.ORG, new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::type, m -> m.entity().orElseThrow().id()).containsExactly(tuple(EntityType.ORG, "kb:org/bmw"));
        // and nothing is added where the recogniser found nothing
        assertThat(linkedAs("وتعد لعبة \"مربحة\" للشركات.", EntityType.PER, new int[][] {}).mentions()).isEmpty();
        // a trophy named after a person
        assertThat(linkedAs("وأحرز الفريق كأس \"سامي الحربي\" الودية.", EntityType.PER, new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("سامي الحربي", EntityType.MISC));
        // a website in quotes that the recogniser took for a person is an organisation
        assertThat(linkedAs("وقال الباحث لموقع \"نوفا\" إن الظاهرة نادرة.", EntityType.PER, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("نوفا", EntityType.ORG));
        assertThat(linkedAs("ونقل موقع \"نوفا\" عن الباحث قوله.", EntityType.PER, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("نوفا", EntityType.ORG));
        assertThat(linkedAs("وفي موقع \"نوفا\" الإخباري مقال عن الظاهرة.", EntityType.PER, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("نوفا", EntityType.ORG));
        // a site on the ground is not: «في موقع "..."» keeps what the recogniser said
        assertThat(linkedAs("ويعمل الإطفائيون في موقع \"نوفا\" منذ أيام.", EntityType.PER, new int[][] {{0, 5, 5}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.PER);
    }

    @Test
    void aQuotedNameAfterCalledIsAPerson() {
        // tokens: 0 إلى 1 رجل 2 عراقي 3 يدعى 4 " 5 ساسون 6 حسقيل 7 "
        assertThat(linkedAs("إلى رجل عراقي يدعى \"ساسون حسقيل\" صاحب المقولة.", EntityType.MISC, new int[][] {{0, 5, 6}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ساسون حسقيل", EntityType.PER));
        // a quoted name after another verb keeps its type
        assertThat(linkedAs("وشاهد الجمهور مسلسل \"ساسون حسقيل\" أمس.", EntityType.MISC, new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ساسون حسقيل", EntityType.MISC));
    }

    @Test
    void aNameAfterAPapersHeadOrQuotedAfterAnAgencysOrSitesIsAnOrganisation() {
        // {sentence, first token, last token}: «صحيفة "آس"» (the recogniser said MISC), «جريدة الرياض» (not the city),
        // «وكالة "كونا"»; not «موقع "..."», which is as often a place
        EntityLinker.Result r = linkedFound("وذكرت صحيفة \"آس\" الإسبانية الخبر. ونشرته جريدة الرياض أمس. وأوردته وكالة \"كونا\" ثم موقع \"إيكو\".",
                new EntityLinker.Found(0, 3, 3, EntityType.MISC), new EntityLinker.Found(1, 2, 2, EntityType.LOC),
                new EntityLinker.Found(2, 3, 3, EntityType.MISC), new EntityLinker.Found(2, 8, 8, EntityType.LOC));
        assertThat(r.mentions()).filteredOn(m -> !m.text().equals("الإسبانية")).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("آس", EntityType.ORG), tuple("الرياض", EntityType.ORG), tuple("كونا", EntityType.ORG),
                        tuple("إيكو", EntityType.LOC));
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("الرياض")).extracting(m -> m.entity().orElseThrow().id())
                .containsExactly("kb:org/al-riyadh-newspaper");
        // bare, an agency's or a canal's head names no paper: «قناة السويس» is the Suez Canal
        r = linkedAs("وعبرت السفينة قناة السويس أمس.", EntityType.LOC, new int[][] {{0, 3, 3}});
        assertThat(r.mentions()).extracting(EntityMention::type).containsExactly(EntityType.LOC);
    }

    @Test
    void personRightAfterAPlaceHeadWithoutTheArticleIsThePlace() {
        // {sentence, first token, last token}
        assertThat(linked("قتل شرطيان في مدينة جيلان بينار على الحدود.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.LOC);
        assertThat(linked("وتقع المزرعة بمنطقة كلينتون شمال الولاية.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.LOC);
        // a volcano too
        assertThat(linked("وثار بركان سان ميغيل صباح أمس.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.LOC);
        // with the article the head ends a title, and a person follows
        assertThat(linked("وقال رئيس الإقليم مسعود بارزاني إن الاتفاق صامد.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.PER);
        // «مقاطعة» is also "boycott"
        assertThat(linked("وقال إن مقاطعة بيلاسكو قد تثير توترات.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.PER);
        // «جبل» ends the name before: a second player of the list
        assertThat(linked("وضمت القائمة تامر أبو جبل ومحمود محمود وعمرو الصفتي.", new int[][] {{0, 2, 4}, {0, 5, 6}, {0, 7, 8}})
                .mentions()).extracting(EntityMention::type).containsOnly(EntityType.PER);
        assertThat(linked("وضمت القائمة اللاعب أبو جبل محمود حسن.", new int[][] {{0, 3, 4}, {0, 5, 6}})
                .mentions()).extracting(EntityMention::type).containsOnly(EntityType.PER);
        // a company whose name the segmenter reads with «و» is still the company
        assertThat(linked("وتقول المحللة من شركة وود ماكينزي إن الأسعار ستنخفض.", new int[][] {{0, 4, 5}})
                .mentions()).extracting(EntityMention::type).containsOnly(EntityType.ORG);
    }

    @Test
    void aPlaceAfterAPlaceHeadLinksToNoOrganisationOfItsName() {
        // «الجزيرة» alone is the channel in the knowledge base; after «إقليم» it is the region
        EntityLinker.Result r = linkedAs("ثم استولوا على الرها في إقليم الجزيرة الشمالي.", EntityType.LOC, new int[][] {{0, 6, 6}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("الجزيرة", EntityType.LOC));
        assertThat(r.mentions().get(0).entity().orElseThrow().id()).startsWith("local:");
    }

    @Test
    void personRightAfterACompanyHeadWithoutTheArticleIsTheCompany() {
        assertThat(linked("وقالت شركة توماس كوك إنها أجلت زبائنها.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.ORG);
        // and after the plural, the first of a list of companies («شركات موبكو وميدور»)
        assertThat(linked("وستطرح الوزارة شركات موبكو وميدور في البورصة.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.ORG);
        // with quote marks between: «مجلة "تين إيتي"» (BBC, on ANT dev)
        assertThat(linked("وقال رئيس تحرير مجلة \"تين إيتي\" إن المنصة تحتكر السوق.", new int[][] {{0, 5, 6}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("تين إيتي", EntityType.ORG));
        // «وأدى» ("and took") and «نادى» ("called") fold to «وادي» (valley) and «نادي» (club)
        assertThat(linked("وأدى فيكتور كنافس اليمين أمام القاضي.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.PER);
        assertThat(linked("ونادى فيكتور كنافس بإطلاق سراح المعتقلين.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.PER);
        // «موقع» is also "location"
        assertThat(linked("وحددت القوات موقع أبو همام بدقة.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.PER);
    }

    @Test
    void aClubNamedByItsHeadNounIsAClubThroughoutTheArticle() {
        // read as a person three times, but «ناديي» says once that it is a club
        String body = "وما يزال الشيك معلقا بين ناديي الرائد والطائي. وكسب الرائد توقيع اللاعب. وأعلن الرائد ضم المدافع. ورد الرائد على الطائي.";
        // (and «الطائي» after «ناديي الرائد و» is the other club, in football news: Nicknames; so is the last, ClubRepeats)
        assertThat(linked(body, new int[][] {{0, 6, 6}, {1, 1, 1}, {2, 1, 1}, {3, 1, 1}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("الرائد", EntityType.ORG),
                        tuple("الطائي", EntityType.ORG), tuple("الرائد", EntityType.ORG), tuple("الرائد", EntityType.ORG),
                        tuple("الرائد", EntityType.ORG), tuple("الطائي", EntityType.ORG));
    }

    @Test
    void aKnownNameThatIsNoPlaceIsNoTownsClubBeforeANationality() {
        // {sentence, first token, last token}: the recogniser read «تكساس» and «برشلونة» as places; before a masculine
        // nationality a town is its club, but the crude oil stays the crude oil, and the club the knowledge base knows
        // keeps its link
        assertThat(linkedAs("وزاد خام غرب تكساس الوسيط الأميركي 20 سنتا.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("خام غرب تكساس الوسيط", "kb:misc/wti-crude"));
        assertThat(linkedAs("وانتقل اللاعب إلى برشلونة الإسباني.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::type, m -> m.entity().orElseThrow().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EntityType.ORG, "kb:org/fc-barcelona"));
    }

    @Test
    void aPlaceThatOpensWithAnOrganisationsHeadNounIsTheOrganisation() {
        // {sentence, first token, last token}: the recogniser read the society as a place
        assertThat(linkedAs("وافتتحت الجمعية العربية السعودية للثقافة معرضا.", EntityType.LOC, new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.ORG);
        // a canal stays a place
        assertThat(linkedAs("وعبرت السفينة قناة بنما أمس.", EntityType.LOC, new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.LOC);
    }

    @Test
    void aTownThatIsTheOtherSideOfAMatchIsItsClub() {
        // {sentence, first token, last token}: the recogniser read the clubs as places
        assertThat(linkedAs("واستعاد الفريق توازنه بفوزه على كوبنهاغن بهدف.", EntityType.LOC, new int[][] {{0, 5, 5}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.ORG);
        assertThat(linkedAs("وخرج الريان بتعادل مع الوكرة في الدوري.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.ORG);
        assertThat(linkedAs("ستيوا - ليون ( فرنسا ) صفر - 3 .", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).contains(org.assertj.core.groups.Tuple.tuple("ليون", EntityType.ORG));
        // (the knowledge base knows «الغرافة», a club by its name alone)
        assertThat(linkedAs("وتساوى الغرافة مع نادي قطر في النقاط.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("الغرافة", EntityType.ORG), org.assertj.core.groups.Tuple.tuple("قطر", EntityType.ORG));
        // a club the recogniser found keeps its type though the knowledge base knows only the town («كوبنهاغن»),
        // or links the club when it knows it too («برشلونة»)
        assertThat(linkedAs("واستعاد الفريق توازنه بفوزه على كوبنهاغن بهدف.", EntityType.ORG, new int[][] {{0, 5, 5}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.ORG);
        assertThat(linkedAs("وخرج الريال بفوزه على برشلونة بهدف.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::type, m -> m.entity().orElseThrow().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EntityType.ORG, "kb:org/fc-barcelona"));
        // a country after the match words is its national team, left a place; a town elsewhere stays a town
        assertThat(linkedAs("وفاز المنتخب على روسيا بهدفين.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.LOC);
        assertThat(linkedAs("ووصل الوفد إلى كوبنهاغن أمس.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.LOC);
        // the noun after «تواجه» is as often its subject; a city with its country in brackets outside a list of results is a city
        assertThat(linkedAs("وتواجه طهران مشاكل اقتصادية منذ سنوات.", EntityType.LOC, new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.LOC);
        assertThat(linkedAs("وتضررت سان خوان ( بورتوريكو ) التي ضربها الإعصار.", EntityType.LOC, new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).contains(org.assertj.core.groups.Tuple.tuple("سان خوان", EntityType.LOC));
    }

    @Test
    void organisationAfterAPlaceHeadIsThatPlace() {
        // «منطقة الفاو» in Yemen, not the FAO; «نهر التايمز», not The Times
        assertThat(linkedAs("وسيطرت المقاومة على مواقع في منطقة الفاو أمس.", EntityType.ORG, new int[][] {{0, 6, 6}}).mentions())
                .extracting(EntityMention::type, m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EntityType.LOC, "local:loc/فاو"));
    }

    @Test
    void literaryClubIsNamedWithItsHeadAndAdjectives() {
        assertThat(linkedAs("نظم نادي جدة الأدبي أمسية شعرية.", EntityType.LOC, new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("نادي جدة الأدبي", EntityType.ORG));
        assertThat(linkedAs("وحضر أعضاء نادي مكة الثقافي الأدبي.", EntityType.ORG, new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("نادي مكة الثقافي الأدبي");
    }
    @Test
    void aPlaceAfterAPlaceHeadOutvotesTheOtherMentionsOfItsName() {
        // «جزيرة هونشو» is a place by its context, so «من هونشو», taken for a person, is the place too
        EntityLinker.Result r = linkedFound("يقترب الإعصار من شرق جزيرة هونشو. ويمر بالجزء الشمالي من هونشو اليوم.",
                new EntityLinker.Found(0, 5, 5, EntityType.LOC), new EntityLinker.Found(1, 4, 4, EntityType.PER));
        assertThat(r.mentions()).extracting(EntityMention::type).containsExactly(EntityType.LOC, EntityType.LOC);
    }

    @Test
    void aNameEndingInCompanyIsTheCompany() {
        // «كومباني», "company" in Arabic letters, ends the name of «The Great Outdoor Gym Company»
        assertThat(linked("ووقعت الهيئة مذكرة تفاهم مع ذي جريت أوتدور جيم كومباني للبدء بالمشروع.", new int[][] {{0, 6, 9}})
                .mentions()).extracting(EntityMention::type).containsExactly(EntityType.ORG);
        // two words are a person: «فنسان كومباني» is Vincent Kompany
        assertThat(linked("والبلجيكي فنسان كومباني والعاجي يايا توريه.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.PER);
    }

    @Test
    void aOneWordNameAfterAPlaceHeadIsThePlaceQuotedOrNot() {
        // {sentence, first token, last token}: «مخيم موريا», «قرى “المرابي”»
        assertThat(linkedAs("يضم مخيم موريا نحو سبعة آلاف شخص.", EntityType.MISC, new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.LOC);
        assertThat(linkedAs("يعاني سكان قرى “المرابي” من انقطاع الكهرباء.", EntityType.ORG, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.LOC);
        // but «منطقة اليورو» is the eurozone: the euro stays money
        assertThat(linkedAs("ارتفع التضخم في منطقة اليورو.", EntityType.MISC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.MISC);
    }

    @Test
    void aNameInQuoteMarksAfterOrganisationIsTheOrganisationThroughoutItsArticle() {
        // the recogniser reads the group's name as a person each time; «منظمة» before one of them decides
        EntityLinker.Result r = LinkerFixture.linked(
                "وتعكف منظمة \"ديفينس ديستربيوتد\" على العمل. وتحالفت \"ديفينس ديستربيوتد\" مع غيرها. ونشرت \"ديفينس ديستربيوتد\" التصاميم.",
                new int[][] {{0, 3, 4}, {1, 2, 3}, {2, 2, 3}});
        assertThat(r.mentions()).extracting(EntityMention::type).containsOnly(EntityType.ORG).hasSize(3);
    }

    @Test
    void aPersonAfterAShareIsACompany() {
        // {sentence, first token, last token}: «سهم» (a share) before a company's name
        assertThat(linked("وارتفع سهم نورسك هيدرو في التداولات.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.ORG);
    }

    @Test
    void aBylineBeforeADashIsTheWriter() {
        // the recogniser took the writer's name for a body; a byline opens the body, before a dash
        String body = "سلوى سعد – متابعات\nقال المدرب إن الفريق جاهز للموسم.";
        assertThat(linkedAs(body, EntityType.ORG, new int[][] {{0, 0, 1}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("سلوى سعد", EntityType.PER));
        // not further in the body, where a dash may follow a body's name
        assertThat(linkedAs("قال المدرب إن الفريق جاهز.\nسلوى سعد – متابعات", EntityType.ORG, new int[][] {{1, 0, 1}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.ORG);
    }

    @Test
    void aMosqueTakenForAPersonIsAPlace() {
        // the recogniser ran «جامع» into a person; the mosque is a place
        assertThat(linked("وتقام الدروس في جامع حلة الشريف كل أسبوع.", new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("جامع حلة الشريف", EntityType.LOC));
    }

    @Test
    void aHajjSiteTakenForAPersonIsThePlace() {
        // «مشعر منى» read as a person, head word and all («منى» is also Mona); the word «مشعر» alone names nothing
        assertThat(linked("ويتوجه الحجاج إلى مشعر منى صباح الغد، ويبيتون بمشعر عرفات.", new int[][] {{0, 3, 4}, {0, 9, 10}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("منى", EntityType.LOC), tuple("عرفات", EntityType.LOC));
        assertThat(linked("ويبيت الحجاج في المشعر ليلتين.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
    }
}
