package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.article.Nationality;
import org.marsad.pipeline.Analysis;

/** One test per phenomenon, on sentences written for these tests. */
class EntityStageTest {
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
        assertThat(full.entity().orElseThrow().id()).startsWith("local:per/");
    }

    @Test
    void surnameOfAKnownPersonLinksEvenAlone() {
        Analysis a = Analyses.of("وقال ترامب في تغريدة إن المفاوضات تسير بشكل جيد.");
        assertThat(Analyses.mention(a, "ترامب").entity().orElseThrow().name()).isEqualTo("دونالد ترامب");
    }

    @Test
    void titleBeforeTheNameIsKeptAsRole() {
        Analysis a = Analyses.of("صرح وزير الخارجية الصيني وانغ يي للصحفيين بأن بلاده تدعم الحوار.");
        EntityMention m = Analyses.mention(a, "وانغ يي");
        assertThat(m.role()).contains("وزير الخارجية الصيني");
        assertThat(m.entity().orElseThrow().nameEn()).contains("Wang Yi");
    }

    @Test
    void nationalityAdjectivesLinkToCountriesApartFromMentions() {
        Analysis a = Analyses.of("التقى الوزير الروسي نظيره الأمريكي لبحث مصير الجنود الأفغان والخبراء الروس.");
        assertThat(a.nationalities()).extracting(Nationality::text)
                .contains("الروسي", "الأمريكي", "الأفغان", "الروس");
        assertThat(a.nationalities()).extracting(n -> n.country().id())
                .contains("kb:country/ru", "kb:country/us", "kb:country/af");
        assertThat(a.entities()).extracting(EntityMention::text).doesNotContain("الروسي", "الأمريكي");
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
    void theTailOfACompoundNameIsNoSurname() {
        // «الدين» ends «إياد جمال الدين» but alone means debt; «العزيز» ends «عبد العزيز» but means dear
        assertThat(EntityLinker.compoundTail(new String[] {"اياد", "جمال", "الدين"})).isTrue();
        assertThat(EntityLinker.compoundTail(new String[] {"سلمان", "بن", "عبد", "العزيز"})).isTrue();
        assertThat(EntityLinker.compoundTail(new String[] {"كريم", "الحداد"})).isFalse();
        Analysis a = Analyses.of("وقال النائب إياد جمال الدين إن الحكومة مطالبة بخفض الدين العام هذا العام. "
                + "وأضاف أن الدين الخارجي تضاعف خلال خمس سنوات.");
        long alone = a.entities().stream().filter(m -> a.body().substring(m.start(), m.end()).equals("الدين")).count();
        assertThat(alone).isZero();
    }

    @Test
    void aKinshipWordIsNoPartOfTheName() {
        // the recogniser sometimes takes «والدة» (mother) into «بن لادن»; the linker leaves it out
        String body = "وقالت والدة بن لادن إنها عانت كثيرا.";
        java.util.List<org.marsad.article.Token> tokens = new org.marsad.text.TextStage().tokens(body);
        EntityLinker.Result r = new EntityLinker(KnowledgeBase.shipped())
                .link(body, java.util.List.of(tokens), java.util.List.of(new EntityLinker.Found(0, 1, 3, EntityType.PER)));
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("بن لادن");
        assertThat(r.mentions().get(0).type()).isEqualTo(EntityType.PER);
        // alone, a kinship word stays what the recogniser found
        EntityLinker.Result alone = new EntityLinker(KnowledgeBase.shipped())
                .link(body, java.util.List.of(tokens), java.util.List.of(new EntityLinker.Found(0, 1, 1, EntityType.PER)));
        assertThat(alone.mentions()).extracting(EntityMention::text).containsExactly("والدة");
    }

    @Test
    void calledIsNoPartOfTheName() {
        // the recogniser took «يدعى» (token 4, "called") into the name
        EntityLinker.Result r = linked("أكد اللواء أن الانتحاري يدعى عبد الله الرشيد.", new int[][] {{0, 4, 7}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("عبد الله الرشيد");
    }

    @Test
    void aNameDoesNotEndOnAlOrBin() {
        // the recogniser stopped at «آل» because «الشيخ» is a title elsewhere, and at «بن» before «الخطاب»
        EntityLinker.Result r = linked("وتابع المفتي عبدالعزيز آل الشيخ حديثه. ومر الموكب بطريق عمر بن الخطاب في عنيزة.",
                new int[][] {{0, 2, 3}, {1, 3, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("عبدالعزيز آل الشيخ", "عمر بن الخطاب");
        // and the family name's last word is no surname by itself: «الشيخ» stays a title
        EntityLinker.Result title = linked("وقال الشيخ صالح آل الشيخ إن الموسوعة وزعت.", new int[][] {{0, 2, 3}});
        assertThat(title.mentions()).extracting(EntityMention::text).containsExactly("صالح آل الشيخ");
        // «آل» written without madda, as Saudi papers often do
        EntityLinker.Result plain = linked("وأوضح المقدم علي بن عمير ال حرمان أن الفرق باشرت الحادث.", new int[][] {{0, 2, 5}});
        assertThat(plain.mentions()).extracting(EntityMention::text).containsExactly("علي بن عمير ال حرمان");
        // «أبو» before a title is the father of someone else
        EntityLinker.Result abu = linked("اعتقل الشيخ حسن المرمضي أبو الدكتور فيصل.", new int[][] {{0, 2, 4}});
        assertThat(abu.mentions()).extracting(EntityMention::text).containsExactly("حسن المرمضي أبو");
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
    void aSumOfRiyalsIsNoClub() {
        // the recogniser learnt «ريال» (Real) from sports news
        EntityLinker.Result r = linkedAs("توفر النسبة 20 مليار ريال للمشروعات. وتراجع الريال الإيراني أمام الدولار.", EntityType.ORG,
                new int[][] {{0, 4, 4}, {1, 1, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text).startsWith("ريال", "الريال الإيراني");
        assertThat(r.mentions().subList(0, 2)).extracting(EntityMention::type).containsOnly(EntityType.MISC);
        // the club stays a club
        EntityLinker.Result club = linkedAs("فاز ريال مدريد على برشلونة.", EntityType.ORG, new int[][] {{0, 1, 2}});
        assertThat(club.mentions().get(0).type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void twoMentionsInsideAKnownNameAreThatName() {
        EntityLinker.Result r = linkedFound("فاز ريال مدريد على برشلونة.",
                new EntityLinker.Found(0, 1, 1, EntityType.ORG), new EntityLinker.Found(0, 2, 2, EntityType.LOC));
        assertThat(r.mentions().get(0).text()).isEqualTo("ريال مدريد");
        assertThat(r.mentions().get(0).entity().orElseThrow().nameEn()).contains("Real Madrid");
        // and the known name keeps its first letters, which the segmenter read as a preposition
        EntityLinker.Result bvb = linkedFound("فاز الفريق على بوروسيا دورتموند في النهائي.",
                new EntityLinker.Found(0, 3, 3, EntityType.ORG), new EntityLinker.Found(0, 4, 4, EntityType.ORG));
        assertThat(bvb.mentions()).extracting(EntityMention::text).containsExactly("بوروسيا دورتموند");
        // two bodies with a word between them stay two, though the knowledge base knows the whole phrase
        EntityLinker.Result unsc = linkedFound("وصوت مجلس الأمن التابع للأمم المتحدة على القرار.",
                new EntityLinker.Found(0, 1, 2, EntityType.ORG), new EntityLinker.Found(0, 4, 5, EntityType.ORG));
        assertThat(unsc.mentions()).hasSize(2);
        assertThat(unsc.mentions().get(1).entity().orElseThrow().nameEn()).contains("United Nations");
    }

    @Test
    void oneWordThatNamesNothingIsNoMention() {
        // «سعودية» without the article is the adjective: a nationality, not the country
        EntityLinker.Result saudi = linkedAs("هبطت في المطار طائرة عسكرية سعودية محملة بالمساعدات.", EntityType.LOC, new int[][] {{0, 5, 5}});
        assertThat(saudi.mentions()).isEmpty();
        // an organisation's head noun alone, and «لي» ("to me")
        assertThat(linkedAs("وقالت المنظمة إن المساعدات وصلت.", EntityType.ORG, new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        assertThat(linkedAs("وقالت منظمة \"أنقذوا الأطفال\" إن المساعدات وصلت.", EntityType.ORG, new int[][] {{0, 1, 1}}).mentions())
                .as("the head before a quoted name is all the recogniser found of it").hasSize(1);
        assertThat(linked("وقالت لي إن الرحلة كانت جميلة.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
        // the country itself stays, and so does «سورية», written like a feminine adjective
        assertThat(linkedAs("وصل الوفد إلى السعودية أمس.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).hasSize(1);
        assertThat(linkedAs("وصل الوفد إلى سورية أمس.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions()).hasSize(1);
    }

    @Test
    void twoFullNamesSideBySideAreTwoPeople() {
        EntityLinker.Result r = linked("ونعى دونالد ترامب أريثا فرانكلين في تغريدة.", new int[][] {{0, 1, 2}, {0, 3, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("دونالد ترامب", "أريثا فرانكلين");
        // and when the recogniser took both as one name
        EntityLinker.Result joined = linked("ونعى دونالد ترامب أريثا فرانكلين في تغريدة.", new int[][] {{0, 1, 4}});
        assertThat(joined.mentions()).extracting(EntityMention::text).containsExactly("دونالد ترامب", "أريثا فرانكلين");
        assertThat(joined.mentions().get(0).entity().orElseThrow().nameEn()).contains("Donald Trump");
        // but «جونيور» (Jr.) goes on with the name
        EntityLinker.Result junior = linked("والتقى دونالد ترامب جونيور محاميا روسيا.", new int[][] {{0, 1, 3}});
        assertThat(junior.mentions()).extracting(EntityMention::text).startsWith("دونالد ترامب جونيور");
        // a given name and a surname side by side stay one name
        EntityLinker.Result one = linked("وقالت إيفانكا ترامب إن البرنامج سيبدأ.", new int[][] {{0, 1, 1}, {0, 2, 2}});
        assertThat(one.mentions()).extracting(EntityMention::text).containsExactly("إيفانكا ترامب");
    }

    @Test
    void aNameFoundOnceIsAMentionWhereverTheArticleRepeatsIt() {
        EntityLinker.Result r = linkedAs("فاز فريق أسيك على منافسه. وتأهل أسيك إلى النهائي. وسيدفع أسيك بأفضل لاعبيه.", EntityType.ORG,
                new int[][] {{0, 2, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("أسيك", "أسيك", "أسيك");
        assertThat(r.mentions()).extracting(m -> m.entity().orElseThrow().id()).containsOnly(r.mentions().get(0).entity().orElseThrow().id());
        // a short word that is also a common noun does not spread («عمر» is also "age")
        EntityLinker.Result omar = linked("بدأ عمر السباحة صغيرا. وتوفي الرجل عن عمر يناهز 90 عاما.", new int[][] {{0, 1, 1}});
        assertThat(omar.mentions()).hasSize(1);
    }

    @Test
    void twoNamesJoinedByAndAreTwoMentions() {
        // «نتانياهو» is also written alone in the article, so «والسيسي» is «و» + a second name
        EntityLinker.Result r = linked("التقى نتانياهو والسيسي في القاهرة. وقال نتانياهو إن اللقاء مثمر.", new int[][] {{0, 1, 2}, {1, 1, 1}});
        assertThat(r.mentions()).extracting(EntityMention::text).startsWith("نتانياهو", "السيسي");
        // a foreign name whose W the segmenter reads as «و» stays whole
        EntityLinker.Result walton = linked("وقال الحكم بيتر والتون إن القرار صحيح.", new int[][] {{0, 2, 3}});
        assertThat(walton.mentions()).extracting(EntityMention::text).containsExactly("بيتر والتون");
    }

    @Test
    void abeIsNoFatherOf() {
        // «آبي» (Abe) folds like «أبي» ("father of") but is written apart
        EntityLinker.Result r = linked("أمر رئيس الوزراء الياباني شينزو آبي بتطبيق التوقيت الصيفي.", new int[][] {{0, 4, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("شينزو آبي");
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

    /** The linker alone on {@code body}, with person mentions given as {sentence, first, last} token indices. */
    private static EntityLinker.Result linked(String body, int[][] persons) {
        return linkedAs(body, EntityType.PER, persons);
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
    void twoPlaceMentionsSideBySideAreOnePlace() {
        EntityLinker.Result r = linkedAs("أنقذت الشرطة في ولاية نيو مكسيكو أحد عشر طفلا.", EntityType.LOC, new int[][] {{0, 4, 4}, {0, 5, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("نيو مكسيكو");
        // not across a preposition, nor two names the knowledge base knows
        EntityLinker.Result apart = linkedAs("وقع الاتفاق في دارفور بأبوجا أمس.", EntityType.LOC, new int[][] {{0, 3, 3}, {0, 4, 4}});
        assertThat(apart.mentions()).hasSize(2);
    }

    @Test
    void ofTwoLongFormsASurnameTakesTheOneTheKnowledgeBaseKnows() {
        EntityLinker.Result r = linked("قالت إيفانكا ترامب إن البرنامج سيبدأ. وكان دونالد ترامب قد وقع الأمر. وقال ترامب إن الأمر نهائي.",
                new int[][] {{0, 1, 2}, {1, 1, 2}, {2, 1, 1}});
        assertThat(r.mentions().get(2).entity().orElseThrow().nameEn()).contains("Donald Trump");
    }

    /** The linker alone on {@code body}, with mentions of one type given as {sentence, first, last} token indices. */
    private static EntityLinker.Result linkedAs(String body, EntityType type, int[][] spans) {
        EntityLinker.Found[] found = new EntityLinker.Found[spans.length];
        for (int i = 0; i < spans.length; i++) found[i] = new EntityLinker.Found(spans[i][0], spans[i][1], spans[i][2], type);
        return linkedFound(body, found);
    }

    /** The linker alone on {@code body}, given the recogniser's mentions. */
    private static EntityLinker.Result linkedFound(String body, EntityLinker.Found... found) {
        java.util.List<org.marsad.article.Token> tokens = new org.marsad.text.TextStage().tokens(body);
        java.util.List<java.util.List<org.marsad.article.Token>> sentences =
                EntityStage.bySentence(tokens, org.marsad.text.SentenceSplitter.split(body));
        return new EntityLinker(KnowledgeBase.shipped()).link(body, sentences, java.util.List.of(found));
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
        // a real clitic still goes: «بموسكو» → «موسكو»
        assertThat(Analyses.mention(Analyses.of("وصل الوفد بموسكو أمس."), "موسكو")).isNotNull();
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
    void inTheWordsOfIsNoPlace() {
        // «على لسان» ("in the words of"): ل + «سان» is no San anything
        EntityLinker.Result r = linkedAs("وجاء ذلك على لسان المتحدث باسم الوزارة أمس.", EntityType.LOC, new int[][] {{0, 3, 3}});
        assertThat(r.mentions()).isEmpty();
    }

    @Test
    void oneNameHasOneTypeInAnArticle() {
        EntityLinker.Result r = linkedFound("كشفت شياومي عن هاتفها الجديد. وقالت شياومي إن المبيعات ارتفعت. وتتوقع شياومي نموا أكبر.",
                new EntityLinker.Found(0, 1, 1, EntityType.ORG), new EntityLinker.Found(1, 1, 1, EntityType.PER),
                new EntityLinker.Found(2, 1, 1, EntityType.ORG));
        assertThat(r.mentions()).extracting(EntityMention::type).containsOnly(EntityType.ORG);
        assertThat(r.mentions()).extracting(EntityMention::entity).containsOnly(r.mentions().get(0).entity());
    }

    @Test
    void aNameSharedByTwoPlacesIsTheOneTheArticleSpeaksOf() {
        // «عمان» is Oman and Amman: the article's other words decide, and nothing is linked when they don't
        EntityLinker.Result amman = linkedAs("وقعت اشتباكات غرب العاصمة الأردنية عمان أمس.", EntityType.LOC, new int[][] {{0, 5, 5}});
        assertThat(amman.mentions().get(0).entity().orElseThrow().nameEn()).contains("Amman");
        EntityLinker.Result oman = linkedAs("زار الوزير مسقط أمس، وقال إن عمان شريك مهم.", EntityType.LOC, new int[][] {{0, 7, 7}});
        assertThat(oman.mentions().get(0).entity().orElseThrow().id()).isEqualTo("kb:country/om");
        EntityLinker.Result neither = linkedAs("وقال إن عمان شريك مهم.", EntityType.LOC, new int[][] {{0, 2, 2}});
        assertThat(neither.mentions().get(0).entity().orElseThrow().id()).startsWith("local:");
    }
}
