package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linked;
import static org.marsad.entity.LinkerFixture.linkedAs;
import static org.marsad.entity.LinkerFixture.linkedFound;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** How the linker shapes mention spans ({@link MentionSpans}), one test per phenomenon, on sentences written for these tests. */
class MentionSpansTest {
    @Test
    void northAmericaIsNotTheUnitedStates() {
        // the recogniser marks «أميركا» alone, which names the United States; the continent is two words
        EntityLinker.Result r = linkedAs("تستعد الشركات لغزو الأسواق في أميركا الشمالية وأوروبا.", EntityType.LOC,
                new int[][] {{0, 5, 5}});
        assertThat(r.mentions().get(0).text()).isEqualTo("أميركا الشمالية");
        assertThat(r.mentions().get(0).entity()).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("kb:loc/north-america"));
        assertThat(linkedAs("وصل الوفد إلى أميركا أمس.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions().get(0).entity())
                .hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("kb:country/us"));
    }

    @Test
    void aBareAdjectiveAfterAPlaceOrBodyIsNoNationality() {
        // «فيسيل كوبي» is Vissel Kobe, not a Cuban club; a name takes its adjectives with the article
        EntityLinker.Result r = linkedAs("انتقل اللاعب إلى فيسيل كوبي الياباني هذا الصيف.", EntityType.ORG, new int[][] {{0, 3, 3}});
        assertThat(r.nationalities()).extracting(n -> n.country().id()).containsExactly("kb:country/jp");
        // a currency keeps its adjective, even when the recogniser took it for an organisation
        EntityLinker.Result riyal = linkedAs("بلغت قيمتها 60 مليون ريال سعودي.", EntityType.ORG, new int[][] {{0, 4, 4}});
        assertThat(riyal.nationalities()).extracting(n -> n.country().id()).containsExactly("kb:country/sa");
    }

    @Test
    void aNameWrittenWhenLAteTheArticleIsTheSameLocalEntity() {
        // «للحوطة» keeps its whole word (there is no «لحوطة»), but names the same town as «الحوطة»
        EntityLinker.Result r = linkedAs("فر المسلحون من الحوطة ليلا. ثم عادوا للحوطة صباحا.", EntityType.LOC,
                new int[][] {{0, 3, 3}, {1, 2, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("الحوطة", "للحوطة");
        assertThat(r.mentions()).extracting(m -> m.entity().orElseThrow().id()).containsOnly("local:loc/حوطه");
        assertThat(r.mentions().get(1).entity().orElseThrow().name()).isEqualTo("الحوطة");
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
        // and so does its other spelling, which the recogniser read as «روسيا» (Russia) and a club
        EntityLinker.Result bvb2 = linkedFound("وانتقل إلى نادي بروسيا دورتموند في الصيف.",
                new EntityLinker.Found(0, 3, 3, EntityType.LOC), new EntityLinker.Found(0, 4, 4, EntityType.ORG));
        assertThat(bvb2.mentions()).extracting(EntityMention::text, m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(null))
                .containsExactly(tuple("بروسيا دورتموند", "kb:org/dortmund"));
        // two bodies with a word between them stay two, though the knowledge base knows the whole phrase
        EntityLinker.Result unsc = linkedFound("وصوت مجلس الأمن التابع للأمم المتحدة على القرار.",
                new EntityLinker.Found(0, 1, 2, EntityType.ORG), new EntityLinker.Found(0, 4, 5, EntityType.ORG));
        assertThat(unsc.mentions()).hasSize(2);
        assertThat(unsc.mentions().get(1).entity().orElseThrow().nameEn()).contains("United Nations");
        // but a person's full name is one with the middle word the recogniser left out («قايد» is also "commander")
        EntityLinker.Result essebsi = linkedFound("أعلن الرئيس التونسي الباجي قايد السبسي ترشحه.",
                new EntityLinker.Found(0, 3, 3, EntityType.PER), new EntityLinker.Found(0, 5, 5, EntityType.PER));
        assertThat(essebsi.mentions()).extracting(EntityMention::text, m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(null))
                .containsExactly(tuple("الباجي قايد السبسي", "kb:per/beji-caid-essebsi"));
    }

    @Test
    void aCompetitionLinksWhenFoundWholeAndLeavesThePlaceInItsNameAPlace() {
        // {sentence, first token, last token}: the recogniser found the competition whole
        EntityLinker.Result cup = linkedAs("وتأهل المنتخب إلى نهائيات بطولة كأس العالم في روسيا.", EntityType.MISC, new int[][] {{0, 4, 6}});
        assertThat(cup.mentions()).filteredOn(m -> m.type() == EntityType.MISC)
                .extracting(m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(null)).containsExactly("kb:misc/fifa-world-cup");
        // it found only the place: ANERcorp marks «أوروبا» of «دوري أبطال أوروبا» a place, and the competition is no mention
        EntityLinker.Result league = linkedAs("وتأهل الفريق إلى دوري أبطال أوروبا هذا الموسم.", EntityType.LOC, new int[][] {{0, 5, 5}});
        assertThat(league.mentions()).extracting(EntityMention::text, m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(null))
                .containsExactly(tuple("أوروبا", "kb:loc/europe"));
    }

    @Test
    void aFirstLetterThatLooksLikeAClitic() {
        // {sentence, first token, last token}: «وين» (Wayne) is no و + «ين»; «كاليانا» no ك + «اليانا»
        assertThat(linked("وضع وين روني لنفسه هدفا بتسجيل عشرين هدفا.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("وين روني");
        assertThat(linked("وقالت كاليانا سيفانيانام إنها تفتخر بهذا المعلم.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("كاليانا سيفانيانام");
        // «فادي» (Fadi) is no ف + «ادي»; but «فكر» of «ففكر بن تيمية» is a noun, so that ف is the conjunction
        assertThat(linked("وتسكن مع شقيقها الفنان فادي صبيح في دمشق.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("فادي صبيح", "دمشق");
        assertThat(linked("وإلا ففكر بن تيمية عظيم مستقل.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).doesNotContain("ففكر بن تيمية");
        // a given name the segmenter cuts, alone: «براين» is no ب + «راين»
        assertThat(linked("وقال براين إن التطبيق ناجح.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("براين");
        // after a preposition no word opens with the conjunction: the W is the name's
        assertThat(linked("وذهبت الجائزة إلى ويليكا باييرو حارس الفريق.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("ويليكا باييرو");
        // but a name the knowledge base knows after «ك» is "like" that person
        assertThat(linked("وتصرف كبول منافورت في القضية.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("بول منافورت");
        // and so is a given name the name lists know, after «ك»
        assertThat(linked("وتصرف كسامي حداد في القضية.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("سامي حداد");
    }

    @Test
    void aKnownNameWidenedFromItsFirstWordLeavesNoSecondMentionOfItsLast() {
        // {sentence, first token, last token}: the recogniser marked «إيمرسون» alone; the knowledge base widens it to
        // «إيمرسون منانغاغوا», and «منانغاغوا», a name of its own there, is no second, overlapping mention
        EntityLinker.Result r = linked("ودعا الرئيس إيمرسون منانغاغوا إلى الهدوء.", new int[][] {{0, 2, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("إيمرسون منانغاغوا");
        // the same with «الله» of «فتح الله غولن», which the recogniser took for God (MISC)
        r = LinkerFixture.linkedAs("ورفضت واشنطن تسليم فتح الله غولن الذي يعيش هناك.", org.marsad.article.EntityType.MISC,
                new int[][] {{0, 4, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("واشنطن", "فتح الله غولن");
    }

    @Test
    void aHyphenBetweenTheWordsOfAKnownNameIsPartOfIt() {
        // {sentence, first token, last token}: the recogniser stopped at «جاي»; «مون جاي-إن» is the known name
        EntityLinker.Result r = linked("قال الرئيس الكوري الجنوبي مون جاي-إن إن الحوار مهم.", new int[][] {{0, 4, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text, m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(null))
                .containsExactly(tuple("مون جاي-إن", "kb:per/moon-jae-in"));
        // as it is joined to one word only («مون جيه- إن», as a Korean name is often typed)
        r = linked("أعلنت الوزارة أن رئيس البلاد، مون جيه- إن وزعيم الشمال سيلتقيان.", new int[][] {{0, 6, 7}});
        assertThat(r.mentions()).extracting(EntityMention::text, m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(null))
                .containsExactly(tuple("مون جيه- إن", "kb:per/moon-jae-in"));
        // a dash with spaces around it separates: «كيم جونغ - أون» is no one name
        r = linked("قال كيم جونغ - أون إن الحوار مهم.", new int[][] {{0, 1, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("كيم جونغ");
    }

    @Test
    void aPrepositionBeforeThreeLettersThatNameNoOneIsTheNamesFirstLetter() {
        // {sentence, first token, last token}: «ليام» is no ل + «يام», «لبيد» no ل + «بيد»
        assertThat(linked("وقال ليام فوكس إن الاحتمالات تتزايد.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("ليام فوكس");
        assertThat(linked("وأنشد الشاعر لبيد بن ربيعة قصيدته.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("لبيد بن ربيعة");
        // but «لجون» is ل + a given name, and «لكيم» ل + the first word of a known person's name
        assertThat(linked("وقال لجون برينان إن الاحتمالات تتزايد.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("جون برينان");
        assertThat(linked("وقدم الرئيس هدية لكيم جونغ في القمة.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("كيم جونغ");
        // not where only the first word opens a known name: «يان» opens «يان فيرتونغن», «ليان هورنسي» is Liane
        assertThat(linked("واستقالت المديرة ليان هورنسي أمس.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("ليان هورنسي");
    }

    @Test
    void aKnownNameOfTwoEntitiesOfOneTypeStillWidensTheMention() {
        // «حزب العدالة والتنمية» is Turkey's and Morocco's: the span is the whole name and the cues choose
        EntityLinker.Result turkey = linkedAs("وفاز حزب العدالة والتنمية بالانتخابات في تركيا أمس.", EntityType.ORG, new int[][] {{0, 1, 2}});
        assertThat(turkey.mentions()).extracting(EntityMention::text, m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(null))
                .contains(tuple("حزب العدالة والتنمية", "kb:org/akp"));
        EntityLinker.Result morocco = linkedAs("وفاز حزب العدالة والتنمية بالانتخابات في المغرب أمس.", EntityType.ORG, new int[][] {{0, 1, 2}});
        assertThat(morocco.mentions()).extracting(EntityMention::text, m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(null))
                .contains(tuple("حزب العدالة والتنمية", "kb:org/pjd"));
    }

    @Test
    void twoUnknownOrganisationsSideBySideAreOneUnlessTheSecondOpensWithAHeadNoun() {
        assertThat(linkedFound("وهي المجموعة التي تضم وشاختار دونتسك وليون.", new EntityLinker.Found(0, 4, 4, EntityType.ORG),
                new EntityLinker.Found(0, 5, 5, EntityType.ORG)).mentions()).extracting(EntityMention::text)
                .containsExactly("شاختار دونتسك");
        assertThat(linkedFound("ويضم التحالف حزب الدعوة منظمة بدر وفصائل أخرى.", new EntityLinker.Found(0, 2, 3, EntityType.ORG),
                new EntityLinker.Found(0, 4, 5, EntityType.ORG)).mentions()).extracting(EntityMention::text)
                .contains("حزب الدعوة", "منظمة بدر");
        // a term and its translation in another script stay two
        assertThat(linkedFound("وعملية تخصيب اليورانيوم Uranium تتم بالطرد المركزي.", new EntityLinker.Found(0, 2, 2, EntityType.MISC),
                new EntityLinker.Found(0, 3, 3, EntityType.MISC)).mentions()).extracting(EntityMention::text)
                .containsExactly("اليورانيوم", "Uranium");
    }

    @Test
    void linkOnlyNameWidensTheMentionItHolds() {
        // «قناة السويس» (link-only) holds the recognised «السويس»: the canal, not the city
        assertThat(linkedAs("وتواصل السفن طريقها عبر قناة السويس إلى البحر المتوسط.", EntityType.LOC, new int[][] {{0, 5, 5}})
                .mentions()).extracting(EntityMention::text, m -> m.entity().map(org.marsad.article.EntityRef::id).orElse(null))
                .contains(org.assertj.core.groups.Tuple.tuple("قناة السويس", "kb:loc/suez-canal"));
        // a bank the recogniser took for a person links as the bank
        assertThat(linked("ويتوقع بنك مورغان ستانلي أن يؤدي التصعيد إلى خسائر.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::type).containsExactly(EntityType.ORG);
        // side by side inside a longer known name, whose head noun and adjective the recogniser left out
        EntityLinker.Result nbd = linkedAs("وأعلن بنك الإمارات دبي الوطني أرباحه أمس.", EntityType.LOC, new int[][] {{0, 2, 2}, {0, 3, 3}});
        assertThat(nbd.mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("بنك الإمارات دبي الوطني", "kb:org/emirates-nbd"));
    }

    @Test
    void placeDoesNotRunIntoAGovernorateNamedAfterIt() {
        assertThat(linkedAs("وتقدمت القوات في مديرية الملاجم محافظة البيضاء أمس.", EntityType.LOC, new int[][] {{0, 4, 4}})
                .mentions()).extracting(EntityMention::text).containsExactly("الملاجم", "محافظة البيضاء");
    }

    @Test
    void placeNameDoesNotEndOnDeirOrBir() {
        assertThat(linkedAs("اخترق الأجواء فوق منطقة دير العشائر في الريف الغربي.", EntityType.LOC, new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("دير العشائر");
        // nor on «أبو»: the recogniser stopped before the third word of a village's name
        assertThat(linkedAs("وزار المحافظ مركز رجم أبو حجارة أمس.", EntityType.LOC, new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("رجم أبو حجارة");
    }

    @Test
    void organisationHeadBeforeAQuotedNameGivesWayToTheName() {
        assertThat(linkedAs("وتعكف منظمة \"ديفينس ديستربيوتد\" على العمل.", EntityType.ORG, new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("ديفينس ديستربيوتد");
    }

    @Test
    void twoPlaceMentionsSideBySideAreOnePlace() {
        EntityLinker.Result r = linkedAs("أنقذت الشرطة في ولاية نيو مكسيكو أحد عشر طفلا.", EntityType.LOC, new int[][] {{0, 4, 4}, {0, 5, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("نيو مكسيكو");
        // not across a preposition, nor two names the knowledge base knows
        EntityLinker.Result apart = linkedAs("وقع الاتفاق في دارفور بأبوجا أمس.", EntityType.LOC, new int[][] {{0, 3, 3}, {0, 4, 4}});
        assertThat(apart.mentions()).hasSize(2);
        // nor two names of two words each, the second with the article: an apposition
        EntityLinker.Result apposition = linkedAs("صارت عاصمة أكبر إمبراطورية إسلامية الدولة الأموية آنذاك.", EntityType.LOC,
                new int[][] {{0, 3, 4}, {0, 5, 6}});
        assertThat(apposition.mentions()).extracting(EntityMention::text).containsExactly("إمبراطورية إسلامية", "الدولة الأموية");
        // but a head word before a known place is one name with it («دلتا» «النيل», «بحر» «الصين»)
        EntityLinker.Result delta = linkedAs("وتقع المزارع في دلتا النيل شمال القاهرة.", EntityType.LOC, new int[][] {{0, 3, 3}, {0, 4, 4}});
        assertThat(delta.mentions()).extracting(EntityMention::text).contains("دلتا النيل");
    }

    @Test
    void aFutureParticleInFrontOfANameIsItsFirstLetter() {
        // «ستاسي» (Stacy) reads as س + «تاسي» to the segmenter; a name takes no future particle
        assertThat(linked("أما البريطاني روب كاوان ورفيقته ستاسي فيعتبران الثعبان فردا من العائلة.", new int[][] {{0, 5, 5}})
                .mentions()).extracting(EntityMention::text).containsExactly("ستاسي");
    }

    @Test
    void aNameWrittenAsADottedChainOfLettersIsOneMention() {
        // the recogniser marks one letter of «إم.تي.في» (MTV), or the word after the chain
        EntityLinker.Result mtv = linkedAs("رشحت المغنية لجوائز (إم.تي.في) للموسيقى هذا العام.", EntityType.ORG,
                new int[][] {{0, 4, 4}});
        assertThat(mtv.mentions()).extracting(EntityMention::text).containsExactly("إم.تي.في");
        EntityLinker.Result pvm = linkedAs("وقال المحلل في بي.في.إم أويل إن الأسعار هبطت.", EntityType.ORG, new int[][] {{0, 7, 8}});
        assertThat(pvm.mentions()).extracting(EntityMention::text).containsExactly("بي.في.إم أويل");
        // two letters of one chain marked apart make one mention
        EntityLinker.Result mml = linkedAs("وربحت الشركة قضيتها على شركة إم.إم.إل للتجارة.", EntityType.ORG,
                new int[][] {{0, 5, 5}, {0, 7, 7}});
        assertThat(mml.mentions()).extracting(EntityMention::text).containsExactly("إم.إم.إل");
        // «إن» (N) opens the chain, not the clause, even where the recogniser took the chain for a person
        assertThat(linked("وأفادت هيئة الإذاعة اليابانية (إن.اتش.كيه) أن الطائرة سقطت.", new int[][] {{0, 9, 9}}).mentions())
                .extracting(EntityMention::text).containsExactly("إن.اتش.كيه");
        // the knowledge base's «إف بي آي» (the FBI) is the dotted chain too, found or not by the recogniser
        for (int[][] found : new int[][][] {{}, {{0, 2, 2}}}) {
            assertThat(linkedAs("وقال مدير إف.بي.آي إن التحقيق مستمر.", EntityType.ORG, found).mentions())
                    .extracting(EntityMention::text, m -> m.entity().orElseThrow().id()).containsExactly(tuple("إف.بي.آي", "kb:org/fbi"));
        }
        // spaced after its periods, the chain is still one sentence and one name
        assertThat(linkedAs("وأصدرت وكالة “إف. بي. آي” مذكرة اعتقال.", EntityType.ORG, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().orElseThrow().id()).containsExactly(tuple("إف. بي. آي", "kb:org/fbi"));
        // a local identity spaced so is the one written without spaces or periods
        assertThat(linkedAs("وذكرت إذاعة “دي. بي. دي” الخبر.", EntityType.ORG, new int[][] {{0, 3, 3}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("local:org/دي-بي-دي");
        // a letter's name with a clitic is a word: «وفي» is "and in"
        assertThat(linkedAs("وصل الوفد إلى بي.وفي المساء عاد.", EntityType.ORG, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).doesNotContain("بي.وفي");
    }

    @Test
    void aKnownNameMayEndInANumber() {
        // «فرانس 24», «أوروبا 1»: a channel's number is a word of its name, found by the recogniser in part or not at all
        assertThat(linkedAs("وقال لقناة فرانس 24 إنه سيعود.", EntityType.ORG, new int[][] {{0, 2, 2}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().orElseThrow().id()).containsExactly(tuple("فرانس 24", "kb:org/france-24"));
        assertThat(linkedAs("وقال لإذاعة أوروبا 1 إنه سيعود.", EntityType.LOC, new int[][] {}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:org/europe-1");
    }

    @Test
    void aKnownNameFoundWithALetterTheSegmenterLeftOnBeginsAfterIt() {
        // «لسوندار»: the segmenter left ل on a name too rare to split; the recogniser took the letter in
        assertThat(linked("وجاء في الرسالة الموجهة لسوندار بيتشاي أمس.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().orElseThrow().id()).containsExactly(tuple("سوندار بيتشاي", "kb:per/sundar-pichai"));
    }

    @Test
    void aKnownNameWhoseFirstLetterTheSegmenterTookForAndKeepsIt() {
        // «والت» (Walt) read as و + «الت»: found by the recogniser, or after the class noun «شركة» that the span leaves out
        assertThat(linkedAs("وأعلنت والت ديزني عن أرباحها.", EntityType.ORG, new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().orElseThrow().id()).containsExactly(tuple("والت ديزني", "kb:org/disney"));
        assertThat(linkedAs("وتملكها شركة والت ديزني منذ سنوات.", EntityType.ORG, new int[][] {}).mentions())
                .extracting(EntityMention::text).containsExactly("والت ديزني");
    }

    @Test
    void aPlacesNameGoesOnAfterSantaAndAParkIsAPlace() {
        assertThat(linkedAs("ويلعب الفريق في سانتا كلارا بعد غد.", EntityType.LOC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("سانتا كلارا");
        // a name the recogniser took for a man after a «سان» it left out is the Saint-named town
        assertThat(linked("وعثر على الحطام في سان أندريه على الساحل.", new int[][] {{0, 5, 5}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("سان أندريه", EntityType.LOC));
        assertThat(linked("وتقام الاحتفالات في منتزه سمنان وسمنين جنوب المدينة.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("منتزه سمنان وسمنين", EntityType.LOC));
    }

    @Test
    void aKnownNameAfterAWordWithHisOpensWithoutThatWord() {
        // «على ملعبه أولد ترافورد» (on his ground, Old Trafford): «ملعب أولد ترافورد» is a name of the
        // stadium, «ملعبه» no part of it
        assertThat(linkedAs("وتعادل يونايتد على ملعبه أولد ترافورد مع الضيوف.", EntityType.ORG, new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("يونايتد", EntityType.ORG), tuple("أولد ترافورد", EntityType.LOC));
    }
}
