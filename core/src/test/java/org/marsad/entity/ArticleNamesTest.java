package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linked;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.pipeline.Analysis;

/** Names the article writes again ({@link ArticleNames}), on sentences written for these tests. */
class ArticleNamesTest {
    @Test
    void aPersonWidenedToAKnownHospitalLendsNoSurname() {
        // the recogniser read «فيصل التخصصي» as a person inside the hospital's name; «التخصصي» later is no surname
        EntityLinker.Result r = linked("ونقل المصاب إلى مستشفى الملك فيصل التخصصي بالرياض. وحل مستشفى الجنزوري التخصصي عاشرا.",
                new int[][] {{0, 5, 6}});
        assertThat(r.mentions()).extracting(EntityMention::text).contains("مستشفى الملك فيصل التخصصي").doesNotContain("التخصصي");
    }

    @Test
    void twoSurnamesOfTheArticleSideBySideAreTwoPeople() {
        // «هاريس بيلي», read as one name, is the defender and the winger named before
        String body = "وقال المدرب إن المدافع توم هاريس والجناح ماركو بيلي جاهزان. ولا قلق حول هاريس بيلي بعد عودتهما إلى التدريبات.";
        EntityLinker.Result r = linked(body, new int[][] {{0, 4, 5}, {0, 7, 8}, {1, 3, 4}});
        assertThat(r.mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().name())
                .containsExactly(tuple("توم هاريس", "توم هاريس"), tuple("ماركو بيلي", "ماركو بيلي"), tuple("هاريس", "توم هاريس"),
                        tuple("بيلي", "ماركو بيلي"));
        // not when the first word is a given name of the lists: «حسن خليل» is a third person
        EntityLinker.Result k = linked("وحضر أحمد حسن وسامي خليل وحسن خليل الاجتماع.", new int[][] {{0, 1, 2}, {0, 3, 4}, {0, 5, 6}});
        assertThat(k.mentions()).extracting(EntityMention::text).containsExactly("أحمد حسن", "سامي خليل", "حسن خليل");
        // nor when it opens a full name of the article: with «هاريس كين» there, «هاريس بيلي» is one more person
        EntityLinker.Result g = linked(body + " وغاب هاريس كين.", new int[][] {{0, 4, 5}, {0, 7, 8}, {1, 3, 4}, {2, 1, 2}});
        assertThat(g.mentions()).extracting(EntityMention::text).contains("هاريس بيلي", "هاريس كين");
    }

    @Test
    void aSurnameOfTheArticleEndsTheNameBeforeAWordThatIsNone() {
        // {sentence, first token, last token}: the recogniser ran the surname into a verb, a preposition's word and «و» + a surname
        String body = "وانضم سامي الدباغ وفهد العنزي إلى الفريق. واعتبر المدرب أن الدباغ يتميز بالسرعة. وافتتح الدباغ بأول أهدافه. "
                + "وتألق الثنائي الدباغ والعنزي.";
        EntityLinker.Result r = linked(body, new int[][] {{0, 1, 2}, {0, 3, 4}, {1, 3, 4}, {2, 1, 2}, {3, 2, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().name()).containsExactly(
                tuple("سامي الدباغ", "سامي الدباغ"), tuple("فهد العنزي", "فهد العنزي"), tuple("الدباغ", "سامي الدباغ"),
                tuple("الدباغ", "سامي الدباغ"), tuple("الدباغ", "سامي الدباغ"), tuple("العنزي", "فهد العنزي"));
        // a common noun ends the name of a person the knowledge base knows, not the name of one only the article knows
        EntityLinker.Result salah = linked("وسجل محمد صلاح هدفين. ورفض صلاح التشكيك في قدراته.", new int[][] {{0, 1, 2}, {1, 1, 2}});
        assertThat(salah.mentions()).extracting(EntityMention::text).containsExactly("محمد صلاح", "صلاح");
        // a word often a place is no common word: «صلاح كوريا» stays whole
        EntityLinker.Result place = linked("وسجل محمد صلاح هدفين. ويلعب صلاح كوريا في الدفاع.", new int[][] {{0, 1, 2}, {1, 1, 2}});
        assertThat(place.mentions()).extracting(EntityMention::text).containsExactly("محمد صلاح", "صلاح كوريا");
        EntityLinker.Result local = linked("وانضم سامي الدباغ إلى الفريق. ورفض الدباغ التشكيك في قدراته.", new int[][] {{0, 1, 2}, {1, 1, 2}});
        assertThat(local.mentions()).extracting(EntityMention::text).containsExactly("سامي الدباغ", "الدباغ التشكيك");
        // after «و», a word seldom a name ends it too
        EntityLinker.Result team = linked("وانضم سامي الدباغ إلى الفريق. وتألق الدباغ وزملاؤه أمس.", new int[][] {{0, 1, 2}, {1, 1, 2}});
        assertThat(team.mentions()).extracting(EntityMention::text).containsExactly("سامي الدباغ", "الدباغ");
        // a given name of the lists after the surname goes on with it, even one that looks like ب + a word: «الدباغ بسام» is someone else
        EntityLinker.Result k = linked("وانضم سامي الدباغ إلى الفريق. وسجل الدباغ بسام هدفا.", new int[][] {{0, 1, 2}, {1, 1, 2}});
        assertThat(k.mentions()).extracting(EntityMention::text).containsExactly("سامي الدباغ", "الدباغ بسام");
        // any name ends before ب + another person's surname: the coach met the striker
        EntityLinker.Result met = linked("وتألق سامي الدباغ أمس. واجتمع لوبيز بالدباغ قبل التدريب.", new int[][] {{0, 1, 2}, {1, 1, 2}});
        assertThat(met.mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().name())
                .containsExactly(tuple("سامي الدباغ", "سامي الدباغ"), tuple("لوبيز", "لوبيز"), tuple("الدباغ", "سامي الدباغ"));
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
    void aRegnalOrdinalIsNoSurname() {
        // «الثاني» ends «عبدالله الثاني» but alone is "the second" (ANERcorp train: «في الثاني عشر من الشهر»)
        EntityLinker.Result r = linked("واستقبل الملك عبدالله الثاني الوفد. وتعقد الاجتماعات في الثاني عشر من الشهر المقبل.",
                new int[][] {{0, 2, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("عبدالله الثاني");
        // a surname is still one
        EntityLinker.Result k = linked("وقال الوزير كريم الحداد إن الخطة جاهزة. وأضاف الحداد أن التنفيذ يبدأ غدا.", new int[][] {{0, 2, 3}});
        assertThat(k.mentions()).extracting(EntityMention::text).containsExactly("كريم الحداد", "الحداد");
    }

    @Test
    void inFavourOfIsNoPrepositionAndSurname() {
        // «لصالح بعض الأطراف» is "in favour of some parties", not "to Saleh", after «أحمد قايد صالح»
        String body = "وقال قائد الأركان أحمد قايد صالح إن الجيش محايد. ويتهمه خصومه بالعمل لصالح بعض الأطراف. "
                + "وسبق لصالح أن نفى ذلك.";
        EntityLinker.Result r = linked(body, new int[][] {{0, 3, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::start)
                .containsExactly(tuple("أحمد قايد صالح", body.indexOf("أحمد")), tuple("صالح", body.indexOf("لصالح أن") + 1));
        // and the recogniser's «لصالح» before the noun it governs is no person either
        assertThat(linked("شنت الحكومة حملة لصالح وزير خارجيتها السابق.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
    }

    @Test
    void aLinkOnlyShortFormOfAKnownPersonIsAMentionInTheArticleThatNamesHimInFull() {
        // «بان» ("appeared") and «شي» are link-only names; after «بان كي مون» and «شي جين بينغ» they name them,
        // and «بان» is found though the segmenter reads ب + «ان»; «بأن» ("that") is no «بان». («كيم» is no
        // short form of «كيم جونغ أون»: Korean news has many Kims, his half-brother Kim Jong-nam among them)
        EntityLinker.Result r = linked("وقال الأمين العام بان كي مون إن الحل سياسي. وأضاف بان بأن المفاوضات ستستأنف.",
                new int[][] {{0, 3, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("بان كي مون", "kb:per/ban-ki-moon"), tuple("بان", "kb:per/ban-ki-moon"));
        EntityLinker.Result xi = linked("والتقى ترامب الرئيس الصيني شي جين بينغ. وقال شي إن القمة ناجحة.",
                new int[][] {{0, 1, 1}, {0, 4, 6}});
        assertThat(xi.mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().id()).containsExactly(
                tuple("ترامب", "kb:per/donald-trump"), tuple("شي جين بينغ", "kb:per/xi-jinping"), tuple("شي", "kb:per/xi-jinping"));
        // without the full name, the common word stays a word
        assertThat(linked("وبان الفرق بين الخطتين. وقال شي إن القمة ناجحة.", new int[][] {}).mentions()).isEmpty();
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
    void aRepeatedNameIsSpelledAsItWasFound() {
        // the segmenter reads «دوني» as «دون» + ي and «بوصلة» as ب + «وصلة»; found whole in quotes, the names
        // stay whole where the article writes them again, with one identity
        String body = "وقع الهجوم قرب ملعب \"سان دوني\" في باريس. وكان ملعب سان دوني مكتظا بالجمهور.";
        EntityLinker.Result r = linkedAs(body, EntityType.PER, new int[][] {});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                tuple("سان دوني", EntityType.MISC), tuple("باريس", EntityType.LOC), tuple("سان دوني", EntityType.MISC));
        assertThat(r.mentions().get(2).entity()).isEqualTo(r.mentions().get(0).entity());
        body = "وفاز فيلم \"بوصلة\" بالجائزة الأولى. ويروي فيلم بوصلة قصة خلاف بين أخوين.";
        r = linkedAs(body, EntityType.PER, new int[][] {});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("بوصلة", "بوصلة");
    }

    @Test
    void aNameWrittenWithAPrepositionInTheWordIsAMentionWithoutIt() {
        // the segmenter keeps «لستولمان» whole (its counts never saw the name) and reads «بأبها» as ب + «أب» + ها
        String body = "أسس ريتشارد ستولمان المؤسسة عام 1985. وكانت تلك اللحظة مفترق طرق بالنسبة لستولمان.";
        EntityLinker.Result r = linked(body, new int[][] {{0, 1, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::start)
                .containsExactly(tuple("ريتشارد ستولمان", body.indexOf("ريتشارد")), tuple("ستولمان", body.indexOf("لستولمان") + 1));
        assertThat(r.mentions().get(1).entity()).isEqualTo(r.mentions().get(0).entity());
        body = "وصل الوفد إلى أبها أمس. وافتتح المعرض في قرية المفتاحة بأبها.";
        r = linkedAs(body, EntityType.LOC, new int[][] {{0, 3, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("أبها", "kb:loc/abha"), tuple("أبها", "kb:loc/abha"));
        // not where the whole word is the commoner one: «لدينا» ("we have") is no ل + «دينا»
        r = linked("وقالت الطالبة دينا إنها سافرت. وأضافت: لدينا خطة واضحة.", new int[][] {{0, 2, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("دينا");
        // nor for a name with the article the knowledge base does not know: «شغف بالصحراء» is the desert
        r = linkedAs("وعبر الرحالة الصحراء على جمل. وقد شغف بالصحراء منذ صغره.", EntityType.LOC, new int[][] {{0, 2, 2}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("الصحراء");
        // nor for a name that is mostly a common word: «بسلام» is "in peace"
        r = linked("وقال سلام إن الاتفاق قريب. وانتهت المسيرة بسلام.", new int[][] {{0, 1, 1}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("سلام");
    }

    @Test
    void aKnownClubsNameDoesNotSpreadAsAPerson() {
        // «الهلال» is a link-only name of the club: after «نادي الهلال» it is no person's short form
        EntityLinker.Result r = linkedAs("تعاقد نادي الهلال مع المدرب. وقال رئيس الهلال إن الصفقة تمت.", EntityType.ORG,
                new int[][] {{0, 1, 2}});
        assertThat(r.mentions()).extracting(EntityMention::type).containsOnly(EntityType.ORG);
    }

    @Test
    void aVerbAfterANameIsNoPartOfIt() {
        // {sentence, first token, last token}: the recogniser ran the names into «تشعر» ("you feel") and «يؤكدون» ("they stress")
        assertThat(linked("وحين تنظر إلى وجه أبو عبد الله تشعر بالهدوء.", new int[][] {{0, 4, 7}}).mentions())
                .extracting(EntityMention::text).containsExactly("أبو عبد الله");
        assertThat(linked("وكان أنصار أسامة بن لادن يؤكدون ولاءهم.", new int[][] {{0, 2, 5}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("أسامة بن لادن", "kb:per/osama-bin-laden"));
        // a surname the article writes in another person mention stays, and so do a word news also writes with
        // the article («التراس», a terrace) and a name after an initial
        // («تاتي», also «تأتي» "comes", of a director)
        assertThat(linked("وأخرج روبير تاتي الفيلم. وكان تاتي يكتب نصوصه.", new int[][] {{0, 1, 2}, {1, 1, 1}})
                .mentions()).extracting(EntityMention::text).containsExactly("روبير تاتي", "تاتي");
        assertThat(linked("وقال وارن تراس إن البحث مستمر.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("وارن تراس");
        assertThat(linked("وقال ديفيد إيه تومسون إن المؤتمر ناجح.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("ديفيد إيه تومسون");
        // after a known person's name, a verb too rare for the stem profiles («يزهو», "boasts")
        assertThat(linked("وكان الرئيس باراك أوباما يزهو بإنجازه.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("باراك أوباما", "kb:per/barack-obama"));
        // or a verb in the past («قرر», "decided"), though the name before it ends in a short word
        assertThat(linked("وأعلن المسؤول أن الشيخ تميم بن حمد قرر دعم المشروع.", new int[][] {{0, 4, 7}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("تميم بن حمد", "kb:per/tamim-bin-hamad"));
        // a verb's dual whose singular is seldom a name («يمثلان» of «يمثل», "they both represent")
        assertThat(linked("وإذا كان الرئيس والوزير ظريف يمثلان التيار نفسه.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("ظريف");
        // but not after a known one-word name: Emre Can is no «أيمري» (Unai Emery) + a verb
        assertThat(linked("وانضم الألماني أيمري تشان إلى الفريق.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("أيمري تشان");
        // a name of the name lists that looks like a verb stays («يوسف»)
        assertThat(linked("وقال أحمد يوسف إن الوضع هادئ.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("أحمد يوسف");
    }

    @Test
    void anAccusativeNounAfterANameIsNoPartOfIt() {
        // «موظفا» ("as a clerk") and «هدفا» ("a goal"): indefinite accusatives of common words, their tanween unwritten
        assertThat(linked("وعمل كمال حسنين موظفا في الوزارة.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("كمال حسنين");
        assertThat(linked("وسجل البديل بيدرو هدفا في الدقيقة الأخيرة.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("بيدرو");
        // nor is a verb in the past written «أفعى» («أبدى», showed), though «موسى» and «يحيى» end so
        assertThat(linked("وكان الملك فيصل أبدى اهتماما بالموقع.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("فيصل");
        assertThat(linked("وقال أحمد موسى إن الوضع هادئ.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("أحمد موسى");
        // a surname ending in «ا» that is no common word stays («ميلا»)
        assertThat(linked("وقال كارلوس ميلا إن الفريق مستعد.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("كارلوس ميلا");
    }
    @Test
    void aVerbAfterAnOrganisationIsNoPartOfIt() {
        // «يؤكد» ("stresses") after a club; «يطلب» ("asks") after «البنك», which alone is the head noun, no name
        assertThat(linkedAs("وقال المدرب إن الاتحاد الأوروبي يؤكد دعمه للخطة.", EntityType.ORG, new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("الاتحاد الأوروبي", "kb:org/eu"));
        assertThat(linkedAs("وبذلك بات البنك يطلب تعويضات من الدول.", EntityType.ORG, new int[][] {{0, 2, 3}}).mentions()).isEmpty();
    }

    @Test
    void theFamilyNameAfterTheFathersNameIsPartOfTheName() {
        // the recogniser stopped at the father's name; Saudi news writes the family name after it
        assertThat(linked("وقال رئيس المجلس أحمد بن إبراهيم الملا إن الجلسة انتهت.", new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("أحمد بن إبراهيم الملا");
        // also one the segmenter left whole, and one a known person of the knowledge base bears («ماجد الحقيل»)
        assertThat(linked("وتقرر تعيين فهد بن سالم بن فهد الحقيل على وظيفة مدير.", new int[][] {{0, 2, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("فهد بن سالم بن فهد الحقيل");
        // but a relative pronoun, a title or a common word is no family name, nor does a prince have one in «ال»
        assertThat(linked("وكان خالد بن عبدالله الذي رأس الجلسة حاضرا.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("خالد بن عبدالله");
        assertThat(linked("وحضر الشقيقان سعد بن محمد اللذان قدما من جدة.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).startsWith("سعد بن محمد");
        // nor a nisba, after a name of history its dynasty («the Abbasid»)
        assertThat(linked("وتولى الطائع بن المطيع العباسي الخلافة.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("الطائع بن المطيع");
        assertThat(linked("وهنأ الأمير سطام بن مساعد الملا بالمناسبة.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("سطام بن مساعد");
    }

    @Test
    void aFullNameTheRecogniserCutIntoPiecesIsTheNameMetBefore() {
        // the second «فرناندو كوريا ألميدا» came out as a person and a place («كوريا» is Korea)
        String body = "وصل الرئيس فرناندو كوريا ألميدا أمس. واستقبل الوزير فرناندو كوريا ألميدا في القصر.";
        EntityLinker.Result r = LinkerFixture.linkedFound(body, new EntityLinker.Found(0, 2, 4, EntityType.PER),
                new EntityLinker.Found(1, 2, 2, EntityType.PER), new EntityLinker.Found(1, 3, 4, EntityType.LOC));
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                tuple("فرناندو كوريا ألميدا", EntityType.PER), tuple("فرناندو كوريا ألميدا", EntityType.PER));
    }
}
