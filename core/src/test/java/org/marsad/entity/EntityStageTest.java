package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linked;
import static org.marsad.entity.LinkerFixture.linkedAs;
import static org.marsad.entity.LinkerFixture.linkedFound;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.pipeline.Analysis;

/** One test per phenomenon, on sentences written for these tests. */
class EntityStageTest {
    @Test
    void aNameInAHashtagIsReadAsItsWords() {
        // the underscores are left out of what the recogniser and the linker read; the mention spans them
        Analysis a = Analyses.of("وغنى المطرب أغنية للملك #محمد_السادس في حفل كبير.");
        EntityMention m = Analyses.mention(a, "محمد_السادس");
        assertThat(m.entity().orElseThrow().id()).isEqualTo("kb:per/mohammed-vi");
    }

    @Test
    void attachedPrepositionIsLeftOutOfTheSpan() {
        Analysis a = Analyses.of("وصل الوفد الحكومي بموسكو صباح الأحد لبحث ملف الطاقة.");
        EntityMention m = Analyses.mention(a, "موسكو");
        assertThat(m.type()).isEqualTo(EntityType.LOC);
        assertThat(a.body().substring(m.start(), m.end())).isEqualTo("موسكو");
        assertThat(m.entity().orElseThrow().nameEn()).contains("Moscow");
    }

    @Test
    void attachedConjunctionIsLeftOutButTheArticleStays() {
        Analysis a = Analyses.of("وقعت فرنسا والولايات المتحدة اتفاقا تجاريا جديدا أمس.");
        EntityMention m = Analyses.mention(a, "الولايات المتحدة");
        assertThat(m.entity().orElseThrow().id()).isEqualTo("kb:country/us");
    }

    @Test
    void multiWordNameIsOneMentionLinkedToTheKnowledgeBase() {
        Analysis a = Analyses.of("أعلن الرئيس الفرنسي إيمانويل ماكرون خطة جديدة للنقل العام في المدن الكبرى.");
        EntityMention m = Analyses.mention(a, "إيمانويل ماكرون");
        assertThat(m.type()).isEqualTo(EntityType.PER);
        assertThat(m.entity().orElseThrow().wikidata()).contains("Q3052772");
    }

    @Test
    void surnameLinksToTheFullNameMetInTheArticle() {
        Analysis a = Analyses.of("قال المهندس كريم الحداد مدير المشروع إن الأعمال ستنتهي في الربيع. "
                + "وأضاف الحداد أن التمويل متوفر بالكامل.");
        EntityMention full = Analyses.mention(a, "كريم الحداد");
        EntityMention shortForm = Analyses.mention(a, "الحداد");
        assertThat(full.entity().orElseThrow().id()).startsWith("local:per/");
        assertThat(shortForm.entity()).isEqualTo(full.entity());
    }

    @Test
    void fullNameInTheArticleWinsOverAKnowledgeBaseSurname() {
        Analysis a = Analyses.of("قالت إيفانكا ترامب في مؤتمر عن ريادة الأعمال إن النساء يحتجن إلى التمويل. "
                + "وأضافت ترامب أن البرنامج سيبدأ في الخريف.");
        EntityMention full = Analyses.mention(a, "إيفانكا ترامب");
        assertThat(Analyses.mention(a, "ترامب").entity()).isEqualTo(full.entity());
        assertThat(full.entity().orElseThrow().id()).isEqualTo("kb:per/ivanka-trump");
    }

    @Test
    void surnameOfAKnownPersonLinksEvenAlone() {
        Analysis a = Analyses.of("وقال ترامب في تغريدة إن المفاوضات تسير بشكل جيد.");
        assertThat(Analyses.mention(a, "ترامب").entity().orElseThrow().name()).isEqualTo("دونالد ترامب");
    }

    @Test
    void prepositionBeforeAKnownNameIsNoPartOfItEvenWhenWhatFollowsLooksLikeAParticle() {
        // «لبي بي سي» is ل + «بي بي سي», though «بي» alone reads as "in me"
        Analysis a = Analyses.of("وقال أحد المسافرين لبي بي سي إن الفندق كان مزدحما.");
        assertThat(Analyses.mention(a, "بي بي سي").entity().orElseThrow().id()).isEqualTo("kb:org/bbc");
    }

    @Test
    void titleBeforeTheNameIsKeptAsRole() {
        Analysis a = Analyses.of("صرح وزير الخارجية الصيني وانغ يي للصحفيين بأن بلاده تدعم الحوار.");
        EntityMention m = Analyses.mention(a, "وانغ يي");
        assertThat(m.role()).contains("وزير الخارجية الصيني");
        assertThat(m.entity().orElseThrow().nameEn()).contains("Wang Yi");
    }

    @Test
    void titleIsTheNearestOneAndNeverCrossesWhatOpensTheSpeech() {
        // {sentence, first token, last token}: «الوزير» right before the name, not «المبعوث الخاص على وجهات نظر الوزير»
        assertThat(LinkerFixture.linked("كما اطلع المبعوث الخاص على وجهات نظر الوزير ظريف أمس.", new int[][] {{0, 8, 8}})
                .mentions().get(0).role()).contains("الوزير");
        // «إن» opens what the statement said: «المبعوث الدولي إن» is no title of «دي مستورا»
        assertThat(LinkerFixture.linked("وقال بيان من مكتب المبعوث الدولي إن دي مستورا شدد على الحل.", new int[][] {{0, 7, 8}})
                .mentions().get(0).role()).isEmpty();
    }

    @Test
    void titleOfAnotherTitledPersonBeforeIsNoRole() {
        // {sentence, first token, last token}: «الأمير» is Khalid al-Faisal's, not the poet's
        assertThat(LinkerFixture.linked("حيث سيتوج الأمير خالد الفيصل الشاعر العراقي هزبر محمود ببردة.",
                new int[][] {{0, 3, 4}, {0, 7, 8}}).mentions().get(1).role()).isEmpty();
    }

    @Test
    void titleRunningUpToTheNextPersonIsTheirs() {
        // {sentence, first token, last token}: Barzani is the president of the Kurdistan Region, not Carter
        EntityLinker.Result r = LinkerFixture.linked("كما التقى كارتر رئيس إقليم كردستان العراق مسعود بارزاني بهدف تقييم الجهود.",
                new int[][] {{0, 2, 2}, {0, 7, 8}});
        assertThat(r.mentions()).filteredOn(m -> m.type() == EntityType.PER).extracting(EntityMention::role)
                .containsExactly(java.util.Optional.empty(), java.util.Optional.of("رئيس إقليم كردستان العراق"));
        // a bare ل ends a title written after the name
        assertThat(LinkerFixture.linked("قال الناشط جمال عاتق القاضي لـ”عين اليوم” إن الخبر صحيح.", new int[][] {{0, 2, 3}})
                .mentions().get(0).role()).contains("القاضي");
    }

    @Test
    void theCoachOrTheLawyerWithTheArticleIsATitle() {
        // {sentence, first token, last token}: the nearest title, «والمدرب», not «مدير الاحتراف المحامي أحمد بامعوضه والمدرب»
        EntityLinker.Result r = LinkerFixture.linked("وقع النادي مع مدير الاحتراف المحامي أحمد بامعوضه والمدرب سيوريانو فلورين العقد.",
                new int[][] {{0, 6, 7}, {0, 9, 10}});
        assertThat(r.mentions()).extracting(EntityMention::role)
                .containsExactly(java.util.Optional.of("المحامي"), java.util.Optional.of("المدرب"));
        assertThat(LinkerFixture.linked("وقال المدرب الإسباني أوناي إيمري إن الفريق جاهز.", new int[][] {{0, 3, 4}})
                .mentions().get(0).role()).contains("المدرب الإسباني");
    }

    @Test
    void leaderOrDeputyWithTheArticleIsATitleWhenOnlyAdjectivesFollow() {
        assertThat(LinkerFixture.linked("والتقى ترامب الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة.", new int[][] {{0, 1, 1}, {0, 5, 7}})
                .mentions().get(1).role()).contains("الزعيم الكوري الشمالي");
        assertThat(LinkerFixture.linked("ولم يكتف الزعيم السعودي بهذه الصورة للترحيب بعبد الرحمن أمس.", new int[][] {{0, 8, 9}})
                .mentions().get(0).role()).isEmpty();
    }

    @Test
    void aTitleAfterTheNameEndsBeforeThatOpensTheSpeech() {
        EntityLinker.Result r = LinkerFixture.linked("وقالت سينكا ستاروفسكي المتحدثة باسم الشرطة للصحافيين إنه لا إصابات.",
                new int[][] {{0, 1, 2}});
        assertThat(r.mentions().get(0).role()).contains("المتحدثة باسم الشرطة للصحافيين");
    }

    @Test
    void formalNameWithTheFathersNameLinksToTheKnownPerson() {
        Analysis a = Analyses.of("أكد عادل بن أحمد الجبير أن المباحثات مثمرة. وحضر اللقاء محمد بن سلمان العتيبي.");
        assertThat(Analyses.mention(a, "عادل بن أحمد الجبير").entity().orElseThrow().nameEn()).contains("Adel al-Jubeir");
        assertThat(Analyses.mention(a, "محمد بن سلمان العتيبي").entity().orElseThrow().id()).startsWith("local:");
    }

    @Test
    void holidayIsAnEventNotAPerson() {
        Analysis a = Analyses.of("هنأ الأمير الأهالي بحلول عيد الفطر المبارك وتمنى لهم الخير.");
        assertThat(a.entities()).extracting(EntityMention::text).doesNotContain("المبارك");
        assertThat(Analyses.mention(a, "عيد الفطر المبارك").type()).isEqualTo(EntityType.MISC);
    }

    @Test
    void townWithAMasculineNationalityIsItsClub() {
        Analysis a = Analyses.of("تغلب الفريق على روما الإيطالي بثلاثة أهداف في العاصمة روما الإيطالية. والتقى الرئيس في منتجع سوتشي الروسي نظيره.");
        assertThat(a.entities()).filteredOn(m -> m.text().equals("روما")).extracting(EntityMention::type)
                .containsExactly(EntityType.ORG, EntityType.LOC);
        assertThat(Analyses.mention(a, "سوتشي").type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void aPlaceInQuoteMarksThatIsAPapersTitleIsThePaper() {
        Analysis a = Analyses.of("وقال المتحدث لـ«الشرق الأوسط» إن الاجتماع انتهى. وتشهد منطقة الشرق الأوسط توترا.");
        assertThat(a.entities()).filteredOn(m -> m.text().equals("الشرق الأوسط"))
                .extracting(m -> m.entity().orElseThrow().nameEn().orElseThrow(), EntityMention::type)
                .containsExactly(tuple("Asharq Al-Awsat", EntityType.ORG), tuple("Middle East", EntityType.LOC)); // «منطقة» left out of the region's name
        Analysis city = Analyses.of("غرقت شوارع العاصمة \"الرياض\" بعد سقوط الأمطار.");
        assertThat(Analyses.mention(city, "الرياض").type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void givenNameBeforeAnAbdNameIsPartOfIt() {
        Analysis a = Analyses.of("وقال مدير المرصد، رامي عبد الرحمن، لوكالة فرانس برس إن الانفجار وقع. وكان عبدالله السلوم قد غادر.");
        assertThat(a.entities()).extracting(EntityMention::text).contains("رامي عبد الرحمن").doesNotContain("كان عبدالله السلوم");
    }

    @Test
    void givenNameThatLooksLikeAPrepositionAndAWordStaysWhole() {
        // «لوكاس» is no ل + «وكاس», «ليلى» no ل + «يلى»
        EntityLinker.Result r = linked("وسجل البرازيلي لوكاس مورا هدفا، وقالت الطبيبة ليلى لحود إن الحالة مستقرة.",
                new int[][] {{0, 2, 3}, {0, 8, 9}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("لوكاس مورا", "ليلى لحود");
        // «لبنى», missing from the name lists, is no ل + «بنى» either
        assertThat(linked("وأكدت الشيخة لبنى القاسمي التزام بلادها.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("لبنى القاسمي");
    }

    @Test
    void givenNameThatLooksLikeAConjunctionAndMoreStaysWhole() {
        // the segmenter reads «وليد» as و + ل + «يد» ("and to a hand"); in a name it is Walid
        EntityLinker.Result r = linked("وقال وليد جنبلاط إن الحكومة فشلت، ورد ووليد الصمعاني عليه.", new int[][] {{0, 1, 2}, {0, 8, 9}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("وليد جنبلاط", "وليد الصمعاني");
        assertThat(r.mentions().get(0).entity()).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("kb:per/walid-jumblatt"));
        // a conjunction before a name that is no given name itself is still left out
        assertThat(linked("التقى الوزير وفيصل المقداد.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("فيصل المقداد");
    }

    @Test
    void knowledgeBaseNameTheModelMissedIsAdded() {
        Analysis a = Analyses.of("ناقش اجتماع حلف شمال الأطلسي ميزانية الدفاع للعام المقبل.");
        EntityMention m = Analyses.mention(a, "حلف شمال الأطلسي");
        assertThat(m.type()).isEqualTo(EntityType.ORG);
        assertThat(m.entity().orElseThrow().nameEn()).contains("NATO");
    }

    @Test
    void linkOnlyCommonWordDoesNotBecomeAMention() {
        Analysis a = Analyses.of("استقبل الجمهور الفرقة بحماس كبير في الحفل.");
        assertThat(a.entities()).extracting(EntityMention::text).doesNotContain("حماس");
    }

    @Test
    void clubsAndCompaniesLinkToTheKnowledgeBase() {
        Analysis a = Analyses.of("فاز ريال مدريد على بايرن ميونيخ في دوري أبطال أوروبا، "
                + "فيما أعلنت شركة تويوتا خفض إنتاجها في مصانعها الأوروبية.");
        assertThat(Analyses.mention(a, "ريال مدريد").entity().orElseThrow().id()).isEqualTo("kb:org/real-madrid");
        assertThat(Analyses.mention(a, "بايرن ميونيخ").entity().orElseThrow().wikidata()).contains("Q15789");
        assertThat(Analyses.mention(a, "تويوتا").entity().orElseThrow().nameEn()).contains("Toyota");
    }

    @Test
    void aMonthNameThatIsAlsoACompanyNameIsNotMadeAnEntity() {
        // «نيسان» (April) is not a name of Nissan in the knowledge base; «نيسان موتورز» is
        Analysis a = Analyses.of("عقد الاجتماع في منتصف نيسان الماضي بحضور ممثلي النقابات.");
        assertThat(a.entities()).noneMatch(m -> a.body().substring(m.start(), m.end()).contains("نيسان"));
    }

    @Test
    void aPersonsLastWordKeepsWhatLooksLikeAPronoun() {
        // the segmenter reads «عبده» as «عبد» + ه ("his"); a name takes no possessive
        EntityLinker.Result r = linked("وقال مدير المطار طارق عبده لوكالة فرانس برس إن الرحلات عادت.", new int[][] {{0, 3, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text).startsWith("طارق عبده");
        // and the surname alone is the same word, the same person
        EntityLinker.Result cisse = linked("حصل سومايلا سيسيه على 17 بالمئة. واتهم سيسيه السلطة بالتزوير.", new int[][] {{0, 1, 2}, {1, 1, 1}});
        assertThat(cisse.mentions()).extracting(EntityMention::text).containsExactly("سومايلا سيسيه", "سيسيه");
        assertThat(cisse.mentions().get(1).entity()).isEqualTo(cisse.mentions().get(0).entity());
    }

    @Test
    void aLoneGivenNameLinksToTheOnlyPersonItStarts() {
        EntityLinker.Result r = linked("قالت المغنية ماجدة الرومي إن الحفل تأجل. وأضافت ماجدة أن الجمهور يستحق الأفضل.",
                new int[][] {{0, 2, 3}, {1, 1, 1}});
        assertThat(r.mentions().get(1).entity()).isEqualTo(r.mentions().get(0).entity());
        // two people share the given name: the lone «سامي» stays apart from both
        EntityLinker.Result two = linked("التقى سامي حداد مع سامي نصار في الوزارة. وقال سامي إن اللقاء كان مثمرا.",
                new int[][] {{0, 1, 2}, {0, 4, 5}, {1, 2, 2}});
        assertThat(two.mentions().get(2).entity()).isNotEqualTo(two.mentions().get(0).entity())
                .isNotEqualTo(two.mentions().get(1).entity());
    }

    @Test
    void aShortNameIsNotSplitIntoAConjunctionAndTwoLetters() {
        String body = "أوردته وكالة الأنباء السعودية \"واس\" مساء الثلاثاء.";
        java.util.List<org.marsad.article.Token> tokens = new org.marsad.text.TextStage().tokens(body);
        int was = 0;
        while (!tokens.get(was).text().equals("واس")) was++;
        EntityLinker.Result r = new EntityLinker(KnowledgeBase.shipped())
                .link(body, java.util.List.of(tokens), java.util.List.of(new EntityLinker.Found(0, was, was, EntityType.ORG)));
        EntityMention m = r.mentions().stream().filter(x -> x.start() > body.indexOf("السعودية")).findFirst().orElseThrow();
        assertThat(m.text()).isEqualTo("واس");
        assertThat(m.entity().orElseThrow().nameEn()).contains("Saudi Press Agency");
    }

    @Test
    void goldWordsAreTaggedAsTheStageMarksThem() {
        java.util.List<java.util.List<String>> words = java.util.List.of(
                java.util.List.of("وصل", "الوفد", "بموسكو", "صباح", "الأحد", "."),
                java.util.List.of("وعقد", "مجلس", "الأمن", "الدولي", "جلسة", "طارئة", "."));
        EntityStage stage = new EntityStage();
        for (boolean link : new boolean[] {false, true}) {
            java.util.List<java.util.List<String>> tags = stage.tagWords(words, new org.marsad.text.TextStage(), link, 20);
            assertThat(tags.get(0)).as("link=%s", link).containsExactly("O", "O", "B-LOC", "O", "O", "O");
            assertThat(tags.get(1)).as("link=%s", link).containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O");
        }
    }

    @Test
    void eachBlockOfAGoldFileIsReadAsItsOwnArticle() {
        // the first block writes every final ي as ى («فى»), so there «علي» may be "on"; the second writes
        // «على» with its ى, so there «علي» before a given name is Ali, whatever the first block writes
        java.util.List<java.util.List<String>> words = java.util.List.of(
                java.util.List.of("وقال", "المسؤول", "فى", "المؤتمر", "إن", "العمل", "انتهى", "."),
                java.util.List.of("وقال", "علي", "سعد", "الدوسري", "إن", "العمل", "على", "وشك", "الانتهاء", "."));
        java.util.List<java.util.List<String>> tags = new EntityStage().tagWords(words, new org.marsad.text.TextStage(), true, 1);
        assertThat(tags.get(1).subList(0, 4)).containsExactly("O", "B-PER", "I-PER", "I-PER");
    }

    @Test
    void aBlocksBodyKeepsItsOffsetsAndBlanksTheRest() {
        String body = "أ ب\nج د\nه\n";
        int[][] starts = {{0, 2}, {4, 6}, {8}};
        assertThat(EntityStage.blockBody(body, starts, 1, 2)).isEqualTo("    ج د\n  ");
        assertThat(EntityStage.blockBody(body, starts, 2, 3)).isEqualTo("        ه\n");
        assertThat(EntityStage.blockBody(body, starts, 0, 3)).isEqualTo(body);
    }

    @Test
    void ofTwoLongFormsASurnameTakesTheOneTheKnowledgeBaseKnows() {
        EntityLinker.Result r = linked("قالت إيفانكا ترامب إن البرنامج سيبدأ. وكان دونالد ترامب قد وقع الأمر. وقال ترامب إن الأمر نهائي.",
                new int[][] {{0, 1, 2}, {1, 1, 2}, {2, 1, 1}});
        assertThat(r.mentions().get(2).entity().orElseThrow().nameEn()).contains("Donald Trump");
    }

    @Test
    void aSurnameReadAsAPlaceIsThePerson() {
        EntityLinker.Result r = linkedFound("فاز عمران خان في الانتخابات. ومن المقرر أن يؤدي خان اليمين الدستورية يوم السبت.",
                new EntityLinker.Found(0, 1, 2, EntityType.PER), new EntityLinker.Found(1, 4, 4, EntityType.LOC));
        assertThat(r.mentions().get(1).text()).isEqualTo("خان");
        assertThat(r.mentions().get(1).type()).isEqualTo(EntityType.PER);
        assertThat(r.mentions().get(1).entity()).isEqualTo(r.mentions().get(0).entity());
    }

    @Test
    void aNameIsNotCutInsideItsOwnLettersNorInsideAContractedArticle() {
        String body = "أعلن الأمين العام السابق للأمم المتحدة كوفي عنان خطته.";
        java.util.List<org.marsad.article.Token> tokens = new org.marsad.text.TextStage().tokens(body);
        EntityLinker.Result r = new EntityLinker(KnowledgeBase.shipped()).link(body, java.util.List.of(tokens), java.util.List.of(
                new EntityLinker.Found(0, 4, 5, EntityType.ORG), new EntityLinker.Found(0, 6, 7, EntityType.PER)));
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("للأمم المتحدة", "كوفي عنان");
        assertThat(r.mentions().get(1).entity().orElseThrow().nameEn()).contains("Kofi Annan");
        // nor is «كاليه» (Calais) ك + «إليه» ("to him")
        EntityLinker.Result calais = LinkerFixture.linkedAs("وتقطعت السبل بالمهاجرين في ميناء كاليه الفرنسي.", EntityType.LOC,
                new int[][] {{0, 5, 5}});
        assertThat(calais.mentions()).extracting(EntityMention::text).containsExactly("كاليه");
        // a real clitic still goes: «بموسكو» → «موسكو»
        assertThat(Analyses.mention(Analyses.of("وصل الوفد بموسكو أمس."), "موسكو")).isNotNull();
        // and «وعلي» before a surname is و + the name Ali, not the particle «على» with its conjunction
        EntityLinker.Result ali = LinkerFixture.linked("وسجل الهدف الأول سامر النجار وعلي الحربي في الشوط الثاني.",
                new int[][] {{0, 3, 4}, {0, 5, 6}});
        assertThat(ali.mentions()).extracting(EntityMention::text).containsExactly("سامر النجار", "علي الحربي");
    }

    @Test
    void firstAndLastNameIsTheFullName() {
        EntityLinker.Result r = linked("قال السفير رائد بن خالد قرملي إن الخبر غير صحيح. وأضاف رائد قرملي أن السفارة ستقاضي الصحيفة.",
                new int[][] {{0, 2, 5}, {1, 1, 2}});
        assertThat(r.mentions().get(1).entity()).isEqualTo(r.mentions().get(0).entity());
    }

    @Test
    void theArticleDoesNotSplitALocalIdentity() {
        assertThat(ShortForms.localKey(new String[] {"الدولار"})).containsExactly("دولار");
        assertThat(ShortForms.localKey(new String[] {"البنك", "التجاري"})).containsExactly("بنك", "التجاري");
        // a person keeps the letters: «ألسون بيكر» is Alisson, not «سون بيكر»
        EntityLinker.Result alisson = linked("رفض ألسون بيكر ارتداء القميص رقم واحد.", new int[][] {{0, 1, 2}});
        assertThat(alisson.mentions().get(0).entity().orElseThrow().id()).isEqualTo("local:per/السون-بيكر");
        assertThat(ShortForms.localKey(new String[] {"الله"})).containsExactly("الله");
        EntityLinker.Result r = linkedAs("ارتفع سعر الدولار أمس. وبلغ سعر دولار الشراء مستوى قياسيا.", EntityType.MISC,
                new int[][] {{0, 2, 2}, {1, 2, 2}});
        assertThat(r.mentions().get(1).entity()).isEqualTo(r.mentions().get(0).entity());
    }

    @Test
    void aTitleBeforeANameIsTheRoleAndTheFathersNameIsNoSurname() {
        EntityLinker.Result r = linked("استقبل ولي العهد الأمير محمد بن سلمان وفدا أمريكيا. وكان الملك سلمان قد التقى الوفد أمس.",
                new int[][] {{0, 3, 6}, {1, 1, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("محمد بن سلمان", "سلمان");
        assertThat(r.mentions().get(0).role()).contains("ولي العهد الأمير");
        assertThat(r.mentions().get(1).role()).contains("الملك");
        // «سلمان» after «الملك» is the king the knowledge base knows, not the end of «محمد بن سلمان»
        assertThat(r.mentions().get(1).entity().orElseThrow().nameEn()).contains("Salman of Saudi Arabia");
    }

    @Test
    void aSurnameMetInsideANameKeepsItsFirstLetter() {
        // «بدوي» could be ب + «دوي», but inside «سمر بدوي» no preposition can stand
        EntityLinker.Result r = linked("وقالت الناشطة سمر بدوي إن الحملة مستمرة. وكانت بدوي قد اعتقلت الأسبوع الماضي.",
                new int[][] {{0, 2, 3}, {1, 1, 1}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("سمر بدوي", "بدوي");
        assertThat(r.mentions().get(1).entity()).isEqualTo(r.mentions().get(0).entity());
        // «فالون» could be ف + «الون», but inside «مايكل فالون» no conjunction can stand: the whole word
        EntityLinker.Result fallon = linked("وقال الوزير مايكل فالون إن الحملة ستستمر. لكن فالون أقر بصعوبتها.",
                new int[][] {{0, 2, 3}, {1, 1, 1}});
        assertThat(fallon.mentions()).extracting(EntityMention::text).containsExactly("مايكل فالون", "فالون");
        assertThat(fallon.mentions().get(1).entity()).isEqualTo(fallon.mentions().get(0).entity());
    }

    @Test
    void aShortOrganisationNameTakesTheOnlyLongerOneItBeginsOrEnds() {
        EntityLinker.Result r = linkedAs("فاز ريال مدريد على خصمه بثلاثة أهداف. وقال مدرب ريال إن الفريق لعب جيدا.", EntityType.ORG,
                new int[][] {{0, 1, 2}, {1, 2, 2}});
        assertThat(r.mentions().get(1).entity()).isEqualTo(r.mentions().get(0).entity());
        // two longer names begin with «الاتحاد»: it stays apart from both
        EntityLinker.Result two = linkedAs("انتقد الاتحاد الأوروبي والاتحاد الأفريقي القرار. وقال الاتحاد إن القرار خاطئ.", EntityType.ORG,
                new int[][] {{0, 1, 2}, {0, 3, 4}, {1, 1, 1}});
        assertThat(two.mentions().get(2).entity()).isNotEqualTo(two.mentions().get(0).entity())
                .isNotEqualTo(two.mentions().get(1).entity());
    }

    @Test
    void oneNameHasOneTypeInAnArticle() {
        EntityLinker.Result r = linkedFound("كشفت شياومي عن هاتفها الجديد. وقالت شياومي إن المبيعات ارتفعت. وتتوقع شياومي نموا أكبر.",
                new EntityLinker.Found(0, 1, 1, EntityType.ORG), new EntityLinker.Found(1, 1, 1, EntityType.PER),
                new EntityLinker.Found(2, 1, 1, EntityType.ORG));
        assertThat(r.mentions()).extracting(EntityMention::type).containsOnly(EntityType.ORG);
        assertThat(r.mentions()).extracting(EntityMention::entity).containsOnly(r.mentions().get(0).entity());
    }

}
