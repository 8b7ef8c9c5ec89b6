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
 * How the linker shapes people's mention spans ({@link MentionSpans}): what opens and ends a name,
 * and when two people side by side are one; one test per phenomenon, on sentences written for these
 * tests; split from {@link MentionSpansTest}.
 */
class MentionSpansPeopleTest {
    @Test
    void aPersonWidenedToAKnownPlaceIsNoPersonToJoinToTheNext() {
        // the recogniser read «عبد العزيز الدولي» and «بدوي» as people; the first is the airport's name
        EntityLinker.Result r = linked("احتجزت سمر بدوي أمس. وأبلغ الموظفون بمطار الملك عبد العزيز الدولي بدوي بأنه لا يمكنها السفر.",
                new int[][] {{0, 1, 2}, {1, 4, 6}, {1, 7, 7}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("سمر بدوي", EntityType.PER),
                tuple("مطار الملك عبد العزيز الدولي", EntityType.LOC), tuple("بدوي", EntityType.PER));
        // a one-word place name is also a given name: «جوني» «بوبيت» stay one person
        assertThat(linked("وقال جوني بوبيت إنه لم يكن يتوقع ذلك.", new int[][] {{0, 1, 1}, {0, 2, 2}}).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("جوني بوبيت", EntityType.PER));
    }

    @Test
    void aNationalityTheRecogniserTookForANameIsNoPartOfTheNextName() {
        // «البرازيلي» and the name after it, two mentions: the nationality is no part of the name
        EntityLinker.Result r = linked("وحصل البرازيلي جون سميث على الجائزة.", new int[][] {{0, 1, 1}, {0, 2, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("جون سميث");
        // so is «الويلزي» (Welsh), which the knowledge base does not list as an adjective, found apart or with the name
        assertThat(linked("وحصل الويلزي غاريث بيل على الجائزة.", new int[][] {{0, 1, 1}, {0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("غاريث بيل");
        assertThat(linked("وحصل الويلزي غاريث بيل على الجائزة.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("غاريث بيل");
        // and alone after its noun it is the noun's adjective («اللاعب الويلزي», the Welsh player), no person
        assertThat(linked("وتحاول الإدارة ضم اللاعب الويلزي منذ عامين.", new int[][] {{0, 4, 4}}).mentions()).isEmpty();
        // a people and a people after «و» are two mentions, as AQMAR marks them
        assertThat(linked("أما الفرنسيون والإنجليز فلم ينتهوا من الاستعداد.", new int[][] {{0, 1, 1}, {0, 2, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("الفرنسيون", "الإنجليز");
        // a one-word name side by side with a surname is still one name («جوني» «بوبيت» above)
        assertThat(linked("وقال أبو حمزة المصري إن الأمر انتهى.", new int[][] {{0, 1, 2}, {0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("أبو حمزة المصري");
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
        // also with a possessive pronoun: «وحفيدتك» ("and your granddaughter"), «والدي» ("my father")
        assertThat(linked("وأسعدتني بوجود حفيدتك منيرة معنا.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("منيرة");
        // with a «و» the segmenter leaves on so rare a word
        assertThat(linked("فرحنا بك وحفيدتك سلمى.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("سلمى");
        assertThat(linked("وكان والدي سالم يعمل في الميناء.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("سالم");
    }

    @Test
    void thatIsNoPartOfTheName() {
        // the recogniser took «إن» ("that") into «إن لافروف»
        EntityLinker.Result r = linked("وقالت الوزارة إن لافروف وصل إلى جنيف.", new int[][] {{0, 2, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text).contains("لافروف");
        assertThat(r.mentions().get(0).entity()).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("kb:per/sergey-lavrov"));
    }

    @Test
    void calledIsNoPartOfTheName() {
        // the recogniser took «يدعى» (token 4, "called") into the name
        EntityLinker.Result r = linked("أكد اللواء أن الانتحاري يدعى عبد الله الرشيد.", new int[][] {{0, 4, 7}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("عبد الله الرشيد");
    }

    @Test
    void fethullahGulenIsOnePersonNotGodAndASurname() {
        // the recogniser marked «الله» alone (MISC); the knowledge base knows the whole name
        EntityLinker.Result r = linkedAs("وطالبت أنقرة بتسليم فتح الله غولن المقيم في بنسلفانيا.", EntityType.MISC, new int[][] {{0, 4, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text).contains("فتح الله غولن").doesNotContain("الله");
        assertThat(r.mentions().stream().filter(m -> m.text().equals("فتح الله غولن")).findFirst().orElseThrow().entity())
                .hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("kb:per/fethullah-gulen"));
    }

    @Test
    void theAyatollahIsATitleNotGod() {
        EntityLinker.Result r = linkedFound("وقال آية الله علي خامنئي إن الاتفاق انتهى.",
                new EntityLinker.Found(0, 2, 2, EntityType.MISC), new EntityLinker.Found(0, 3, 4, EntityType.PER));
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("علي خامنئي");
        // God elsewhere stays
        assertThat(linkedAs("والحمد لله على السلامة.", EntityType.MISC, new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("لله");
    }

    @Test
    void aPersonsNameEndsWhereAPrepositionalPhraseBegins() {
        // {sentence, first token, last token}: the recogniser ran on into «للهلال», «بالقصيم», «بالملك ...»
        assertThat(linked("وانتقل اليوناني ساماراس للهلال بعد موسم جيد.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("ساماراس");
        assertThat(linked("وستغادر البعثة من مطار الأمير نايف بالقصيم صباحا.", new int[][] {{0, 5, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("مطار الأمير نايف", "القصيم"); // the airport (RoyalNamesakes)
        assertThat(linked("جاء ذلك لدى لقاء الوزير آشتون كارتر بالملك سلمان بن عبدالعزيز أمس.", new int[][] {{0, 5, 10}}).mentions())
                .extracting(EntityMention::text).containsExactly("آشتون كارتر", "سلمان بن عبدالعزيز");
        // ل + a given name with a name after it begins a second person; «بسام» is a given name as written
        assertThat(linked("وكان الأمير محمد بن سلمان لأحمد علي عبدالله صالح واضحا.", new int[][] {{0, 2, 8}}).mentions())
                .extracting(EntityMention::text).containsExactly("محمد بن سلمان", "أحمد علي عبدالله صالح");
        // the recogniser's span ending at «لأحمد» after a known person
        assertThat(linked("وكان الخط الذي رسمه الأمير محمد بن سلمان لأحمد واضحا.", new int[][] {{0, 5, 8}}).mentions())
                .extracting(EntityMention::text).containsExactly("محمد بن سلمان", "أحمد");
        // the first person and his title are no role of the second
        assertThat(linked("وكان الخط الذي رسمه الأمير محمد بن سلمان لأحمد واضحا.", new int[][] {{0, 5, 8}}).mentions())
                .extracting(EntityMention::role).containsExactly(java.util.Optional.of("الأمير"), java.util.Optional.empty());
        // a given name takes no article: «بالحي» after a known person is no second person
        assertThat(linked("وأقيم الحفل بحديقة الملك فهد بالحي التراثي مساء أمس.", new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text).noneMatch(t -> t.startsWith("الحي"));
        assertThat(linked("وقال المدرب سامي بسام حداد إن الفريق جاهز.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("سامي بسام حداد");
        // a foreign name that begins like a preposition and the article stays whole
        assertThat(linked("وقال المدرب مايكل بالاك إن الفريق جاهز.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("مايكل بالاك");
        // ل + a title or a newsroom: whom the person spoke to («مراد التركي لمراسل فرانس 24»)
        assertThat(linked("وفق ما أكده المتحدث مراد التركي لمراسل فرانس 24 بتونس.", new int[][] {{0, 4, 7}}).mentions())
                .extracting(EntityMention::text).containsExactly("مراد التركي", "فرانس 24", "تونس");
        assertThat(linked("وقال سامي حداد لوزير الخارجية إن الوفد وصل.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("سامي حداد");
        // ل + a known organisation: whom the person spoke to
        assertThat(linked("وقال الباحث جون ميلر لبي بي سي إن الوضع خطير.", new int[][] {{0, 2, 6}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("جون ميلر", EntityType.PER), tuple("بي بي سي", EntityType.ORG));
        // ل glued to a channel's name the segmenter left whole, and a channel's name that runs on past the mention
        assertThat(linked("وقالت نادين لبكي لفرانس24 إن الفيلم جاهز.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("نادين لبكي", EntityType.PER), tuple("فرانس24", EntityType.ORG));
        assertThat(linked("وقالت المخرجة نادين لبكي لفرانس 24 إن الفيلم جاهز.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("نادين لبكي", EntityType.PER), tuple("فرانس 24", EntityType.ORG));
        // after ب, a known organisation of several words
        assertThat(linked("ويعمل الخبير جون ميلر بالأمم المتحدة منذ عامين.", new int[][] {{0, 2, 5}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("جون ميلر", EntityType.PER), tuple("الأمم المتحدة", EntityType.ORG));
        // but a foreign surname that opens like ب + a one-word company stays whole («برينو», not ب + «رينو»)
        assertThat(linked("وقالت المتحدثة دانا برينو إن الرئيس مشغول.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("دانا برينو");
        assertThat(linked("والتقى الوفد بالسنغافوري تيم كيا تونغ أمس.", new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("تيم كيا تونغ");
        // a preposition written alone parts two people: what one took from the other
        assertThat(linked("وحصل السيد بواليا من السيد بن همام على منافع.", new int[][] {{0, 2, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("بواليا", "بن همام");
        // but not before a place: «جيمس من سوتون» (James of Sutton) stays as the recogniser read it
        assertThat(linked("وحضر الحفل السيد جيمس من سوتون أمس.", new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("جيمس من سوتون");
        // but not ك + a title: «كولينا» is no «ك» + «ولي»
        assertThat(linked("وقال الإيطالي بييرلويجي كولينا إن اللجنة اجتمعت.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("بييرلويجي كولينا");
    }

    @Test
    void aNationalityBeforeANameIsNoPartOfIt() {
        // {sentence, first token, last token}: «الأوروغوياني رودريجيز»; the adjective is reported as a nationality
        EntityLinker.Result r = linked("وسجل الأوروغوياني رودريجيز هدفين في المباراة.", new int[][] {{0, 1, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("رودريجيز");
        assertThat(r.nationalities()).extracting(org.marsad.article.Nationality::text).containsExactly("الأوروغوياني");
        // the spelling without the second «و» is the same adjective
        assertThat(linked("وسجل الأورغوياني فابيان هدفين في المباراة.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("فابيان");
        // unless what is left is a place's name: the player Lima, not the city
        assertThat(linked("وسجل الأوروغوياني ليما هدفين في المباراة.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::type).doesNotContain(EntityType.LOC);
    }

    @Test
    void onAfterAKnownPersonIsNoGivenName() {
        // «على» ("on") folds to «علي» (Ali); after Hadi's whole name it opens a phrase
        EntityLinker.Result r = linked("وسيطرت قوات الرئيس عبدربه منصور هادي على زنجبار أمس.", new int[][] {{0, 3, 7}});
        assertThat(r.mentions()).extracting(EntityMention::text).startsWith("عبدربه منصور هادي");
        assertThat(r.mentions().get(0).entity()).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("kb:per/abdrabbuh-mansur-hadi"));
        // also when the recogniser cut the name in two, «عبدربه منصور» and «هادي على زنجبار» (Zinjibar, a name
        // of the knowledge base, is a mention of its own)
        assertThat(linked("وسيطرت قوات الرئيس عبدربه منصور هادي على زنجبار أمس.", new int[][] {{0, 3, 4}, {0, 5, 7}}).mentions())
                .extracting(EntityMention::text).containsExactly("عبدربه منصور هادي", "زنجبار");
        // after a name the knowledge base does not know, it may be the grandfather's name
        assertThat(linked("وقال خالد بن على الحربي إن المشروع انتهى.", new int[][] {{0, 1, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("خالد بن على الحربي");
    }

    @Test
    void aRankOrTheQueenBeforeANameIsNoPartOfIt() {
        // the recogniser took the major's and the marshal's rank into the name
        assertThat(linked("وناقشها الرائد فهد المطيري أمس.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("فهد المطيري");
        assertThat(linked("وزار القاهرة المرشال تيتو رئيس يوغوسلافيا.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("القاهرة", "تيتو", "يوغوسلافيا");
        // the knowledge base names the queen with her title; the mention is her name, still linked
        EntityLinker.Result queen = linked("ومنحته الملكة إليزابيث الثانية لقب سير.", new int[][] {{0, 1, 3}});
        assertThat(queen.mentions()).extracting(EntityMention::text).containsExactly("إليزابيث الثانية");
        assertThat(queen.mentions().get(0).entity()).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("kb:per/elizabeth-ii"));
        // alone, «الرائد» is the club Al-Raed
        assertThat(linkedAs("وفاز الرائد على الفتح.", EntityType.ORG, new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("الرائد");
    }

    @Test
    void twoPersonMentionsSideBySideAreOneUnlessTheSecondOpensWithAPreposition() {
        assertThat(linkedAs("وقالت إيفانكا ترامب إن البرنامج سيبدأ.", EntityType.PER, new int[][] {{0, 1, 1}, {0, 2, 2}})
                .mentions()).extracting(EntityMention::text).containsExactly("إيفانكا ترامب");
        // "Materazzi's provocations of Zidane": two people
        assertThat(linkedAs("وأكد الاتحاد أن استفزازات ماتيراتزي لزيدان لم تكن عنصرية.", EntityType.PER, new int[][] {{0, 4, 4}, {0, 5, 5}})
                .mentions()).extracting(EntityMention::text).containsExactly("ماتيراتزي", "زيدان");
        // but one word after a name of two is its surname, which the segmenter read as ب + «ريم»
        assertThat(linkedAs("وقال جان نويل بريم إنه سعيد.", EntityType.PER, new int[][] {{0, 1, 2}, {0, 3, 3}})
                .mentions()).extracting(EntityMention::text).containsExactly("جان نويل بريم");
    }

    @Test
    void abeIsNoFatherOf() {
        // «آبي» (Abe) folds like «أبي» ("father of") but is written apart
        EntityLinker.Result r = linked("أمر رئيس الوزراء الياباني شينزو آبي بتطبيق التوقيت الصيفي.", new int[][] {{0, 4, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("شينزو آبي");
    }

    @Test
    void aliWrittenWithYaGoesOnWithTheNameWhereOnIsWrittenWithAlefMaqsura() {
        // the recogniser stops before «علي», which ANERcorp also writes for «على» ("on")
        assertThat(linked("وأوضح محمد علي الحوثي أن اللجنة وافقت على القرار.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("محمد علي الحوثي");
        assertThat(linked("وقالت سارة علي (27 عاما) إنها تعافت على مهل.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("سارة علي");
        // not where the article writes «على» as «علي», or every final ي as ى («فى»: «على» may be the name there),
        // nor after a word that is no given name
        assertThat(linked("وقال محمد علي الشامي فى بيان على الموقع.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("محمد");
        assertThat(linked("وأوضح محمد علي الشامي أن اللجنة وافقت علي القرار.", new int[][] {{0, 1, 1}}).mentions())
                .extracting(EntityMention::text).containsExactly("محمد");
        assertThat(linked("وفاز الفريق على ضيفه بينما ركز كلوب علي الدفاع.", new int[][] {{0, 6, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("كلوب");
    }

    @Test
    void aliWrittenWithYaOpensTheNameAfterItWhereOnIsWrittenWithAlefMaqsura() {
        // the recogniser began at the father's name
        assertThat(linked("وقال علي سعد الدوسري إن الفريق جاهز على الدوام.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("علي سعد الدوسري");
        // and a given name before «علي» is the son's («مشعل علي مغرم»), but not a title («الرقيب»)
        assertThat(linked("واستشهد الجندي مشعل علي مغرم العسيري على الحدود.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("مشعل علي مغرم العسيري");
        assertThat(linked("واستشهد الرقيب علي عدنان الحربي على الحدود.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("علي عدنان الحربي");
        // not where the article writes «على» as «علي» («ردا علي سعد»: "in reply to Saad"), nor before «و» and a name
        assertThat(linked("وجاء ذلك ردا علي سعد الدوسري.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("سعد الدوسري");
        assertThat(linked("وعاد ولد با علي وسعد الدوسري على الفور.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("سعد الدوسري");
    }

    @Test
    void aliAfterATitleOrANationalityIsTheNameWhereverOnIsWrittenWithYa() {
        // the article writes «على» as «علي» («ردا علي»), yet after a nationality or a title «علي» is Ali
        assertThat(linked("وقال رئيس الوزراء الصومالي علي محمد جيدي ردا علي الاتهامات إن الحكومة باقية.",
                new int[][] {{0, 5, 6}}).mentions()).extracting(EntityMention::text).containsExactly("علي محمد جيدي");
        assertThat(linked("وتألق الحارس علي سعد الدوسري ردا علي المنتقدين.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("علي سعد الدوسري");
        // after a verb it stays "on": «ردا علي سعد» is "in reply to Saad"
        assertThat(linked("وجاء ذلك ردا علي سعد الدوسري.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("سعد الدوسري");
    }

    @Test
    void aHyphenatedNameIsWholeThoughTheRecogniserTookItsSecondHalf() {
        assertThat(linked("وتعهدت هانسون-يونغ بالتبرع بالتعويضات.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("هانسون-يونغ");
        assertThat(linked("وأشارت آنا-ماري بايسدين إلى الأسعار.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("آنا-ماري بايسدين");
        // and where the recogniser read the two halves as two people
        assertThat(linked("وعاش مع شقيقه جاك-جوزيف شامبليون في باريس.", new int[][] {{0, 3, 3}, {0, 5, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("جاك-جوزيف شامبليون", "باريس");
        // but not two players the knowledge base knows, named as a pair
        assertThat(linked("وتقدم الثنائي ميسي-سواريز في العمر.", new int[][] {{0, 2, 2}, {0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("ميسي", "سواريز");
        // not across a spaced hyphen, nor after a word with the article («الأمريكي-ترامب»)
        assertThat(linked("وقال الرئيس - ترامب إن الاتفاق جيد.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("ترامب");
        assertThat(linked("وتحدث الخطاب الأمريكي-ترامب عن الاتفاق.", new int[][] {{0, 4, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("ترامب");
    }

    @Test
    void aKnownNameOfAnotherKindAfterAPersonIsNoSurname() {
        // the recogniser read the prize as a second person's name: a known prize of two words joins no name
        assertThat(linked("ونال سيمون جائزة بوليتزر عن مسرحيته.", new int[][] {{0, 1, 1}, {0, 2, 3}}).mentions())
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("سيمون", EntityType.PER), tuple("جائزة بوليتزر", EntityType.MISC));
    }
}
