package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.KnowledgeBaseTest.eachNamesOnly;

import org.junit.jupiter.api.Test;

/**
 * The people of the shipped knowledge base: heads of government and foreign ministers, newsmakers
 * of the 2000s and of the day, with their English names and the short names news uses; split
 * from {@link KnowledgeBaseTest}.
 */
class KnowledgeBasePeopleTest {
    private final KnowledgeBase kb = KnowledgeBase.shipped();

    @Test
    void arabLeagueHeadsOfGovernmentAndForeignMinistersOfTheDecadeAreThere() {
        // one per government, from the sixth session's additions: Jordan, Kuwait, Bahrain, Qatar, Oman,
        // Lebanon, Iraq, Yemen, Libya, Sudan, Tunisia, Algeria, Mauritania, and the League itself
        String[][] people = {{"عمر الرزاز", "kb:per/omar-razzaz"}, {"هاني الملقي", "kb:per/hani-mulki"},
                {"جابر المبارك", "kb:per/jaber-al-mubarak"}, {"خالد بن أحمد آل خليفة", "kb:per/khalid-bin-ahmed"},
                {"عبد الله بن ناصر آل ثاني", "kb:per/abdullah-bin-nasser"}, {"بدر البوسعيدي", "kb:per/badr-albusaidi"},
                {"حسان دياب", "kb:per/hassan-diab"}, {"فؤاد حسين", "kb:per/fuad-hussein"},
                {"معين عبد الملك", "kb:per/maeen-abdulmalik"}, {"عبدالله الثني", "kb:per/abdullah-al-thinni"},
                {"معتز موسى", "kb:per/motazz-moussa"}, {"الحبيب الصيد", "kb:per/habib-essid"},
                {"عبد المالك سلال", "kb:per/abdelmalek-sellal"}, {"إسماعيل ولد الشيخ أحمد", "kb:per/ismail-ould-cheikh-ahmed"},
                {"أحمد أبو الغيط", "kb:per/ahmed-aboul-gheit"}};
        eachNamesOnly(people);
    }

    @Test
    void foreignMinistersTheCheckOfEachStateFoundMissingAreThere() {
        // sixteenth session: G20 and Arab League foreign ministers and heads of government of 2016-2026 the file lacked
        String[][] people = {{"عبد القادر مساهل", "kb:per/abdelkader-messahel"}, {"مساهل", "kb:per/abdelkader-messahel"},
                {"ناصيف حتي", "kb:per/nassif-hitti"}, {"محمد الطاهر سيالة", "kb:per/mohamed-siala"},
                {"مريم المهدي", "kb:per/mariam-al-mahdi"}, {"إبراهيم العساف", "kb:per/ibrahim-al-assaf"},
                {"سانتياغو كافييرو", "kb:per/santiago-cafiero"}, {"رونالد لامولا", "kb:per/ronald-lamola"},
                {"تشو تاي يول", "kb:per/cho-tae-yul"}, {"الحشاني", "kb:per/ahmed-hachani"}, {"فتحي باشاغا", "kb:per/fathi-bashagha"},
                {"المختار ولد أجاي", "kb:per/mokhtar-ould-djay"}};
        eachNamesOnly(people);
        // a bare surname that folds to a common word is no name of theirs: «حتي» is «حتى», "until"
        assertThat(kb.byName(KnowledgeBase.fold("حتي"))).isEmpty();
    }

    @Test
    void newsmakersOfTheDecadeOfANERcorpsArticlesAreThere() {
        eachNamesOnly(new String[][] {{"جاك شيراك", "kb:per/jacques-chirac"}, {"شيراك", "kb:per/jacques-chirac"},
                {"أريئيل شارون", "kb:per/ariel-sharon"}, {"كونداليزا رايس", "kb:per/condoleezza-rice"},
                {"رامسفيلد", "kb:per/donald-rumsfeld"}, {"لحود", "kb:per/emile-lahoud"}, {"السنيورة", "kb:per/fouad-siniora"},
                {"أحمدي نجاد", "kb:per/mahmoud-ahmadinejad"}, {"ثاباتيرو", "kb:per/jose-luis-zapatero"},
                {"البرادعي", "kb:per/mohamed-elbaradei"}, {"عزت الدوري", "kb:per/izzat-ibrahim-al-douri"},
                {"نعوم شومسكي", "kb:per/noam-chomsky"}, {"غورباتشوف", "kb:per/mikhail-gorbachev"}});
        assertThat(kb.addsMentions(KnowledgeBase.fold("شيراك"))).isTrue();
        // surnames that are words, given names or another's too are no names of theirs: «مشرف» is "supervisor"
        String[][] not = {{"مشرف", "kb:per/pervez-musharraf"}, {"الطالباني", "kb:per/jalal-talabani"}, {"الدوري", "kb:per/izzat-ibrahim-al-douri"},
                {"الحريري", "kb:per/rafic-hariri"}, {"رايس", "kb:per/condoleezza-rice"}};
        for (String[] p : not) {
            assertThat(kb.byName(KnowledgeBase.fold(p[0]))).as(p[0]).extracting(e -> e.ref().id()).doesNotContain(p[1]);
        }
        // «نجاد» is a given name too: it links what the recogniser finds
        assertThat(kb.byName(KnowledgeBase.fold("نجاد"))).extracting(e -> e.ref().id()).containsExactly("kb:per/mahmoud-ahmadinejad");
        assertThat(kb.addsMentions(KnowledgeBase.fold("نجاد"))).isFalse();
    }

    @Test
    void peopleCarryEnglishNamesAndSurnames() {
        var lavrov = kb.byName(KnowledgeBase.fold("لافروف"));
        assertThat(lavrov).hasSize(1);
        assertThat(lavrov.get(0).ref().name()).isEqualTo("سيرغي لافروف");
        assertThat(lavrov.get(0).ref().nameEn()).contains("Sergey Lavrov");
    }

    @Test
    void newsmakersOfTheDayAreKnownByTheirShortNamesToo() {
        for (String[] c : new String[][] {{"ميسي", "Lionel Messi"}, {"برونسون", "Andrew Brunson"}, {"نصرالله", "Hassan Nasrallah"},
                {"محمد صلاح", "Mohamed Salah"}, {"سو تشي", "Aung San Suu Kyi"}, {"بان كي مون", "Ban Ki-moon"},
                {"كوبا أميركا", "Copa América"}}) {
            assertThat(kb.byName(KnowledgeBase.fold(c[0]))).as(c[0]).extracting(e -> e.ref().nameEn().orElseThrow()).containsExactly(c[1]);
        }
    }

    @Test
    void saudiMinistersAndSpokesmenOf2015AreThere() {
        // the years SaudiNewsNet covers: oil, education, agriculture, housing, labour, economy; the coalition's
        // spokesman; the Taliban's leader after Mullah Omar
        for (String[] c : new String[][] {{"علي النعيمي", "Ali Al-Naimi"}, {"عزام بن محمد الدخيل", "Azzam Al-Dakhil"},
                {"عبدالرحمن الفضلي", "Abdulrahman Al-Fadley"}, {"عبدالله الربيعة", "Abdullah Al-Rabeeah"}, {"ماجد الحقيل", "Majid Al-Hogail"},
                {"مفرج الحقباني", "Mufrej Al-Haqbani"}, {"عادل فقيه", "Adel Fakeih"}, {"نزار مدني", "Nizar Madani"},
                {"أحمد عسيري", "Ahmed Asiri"}, {"الملا أختر منصور", "Akhtar Mansour"}}) {
            assertThat(kb.byName(KnowledgeBase.fold(c[0]))).as(c[0]).extracting(e -> e.ref().nameEn().orElseThrow()).containsExactly(c[1]);
        }
        // a common surname alone is left to the article's own full names
        assertThat(kb.byName(KnowledgeBase.fold("عسيري"))).isEmpty();
    }

    @Test
    void saudiGovernorsMuftiAndMunicipalMinisterOf2015AreThere() {
        // thirty-eighth session: each with and without the grandfather «بن عبدالعزيز» that Saudi papers add;
        // «عبداللطيف آل الشيخ» alone is also the head of the religious police until 2015, and is left out
        eachNamesOnly(new String[][] {{"سعود بن نايف بن عبدالعزيز", "kb:per/saud-bin-nayef"}, {"سعود بن نايف", "kb:per/saud-bin-nayef"},
                {"مشعل بن ماجد", "kb:per/mishaal-bin-majid"}, {"فيصل بن سلمان بن عبد العزيز", "kb:per/faisal-bin-salman"},
                {"مشاري بن سعود", "kb:per/mishari-bin-saud"}, {"حسام بن سعود", "kb:per/hussam-bin-saud"},
                {"جلوي بن عبدالعزيز بن مساعد", "kb:per/jalawi-bin-abdulaziz"},
                {"عبدالله بن مساعد بن عبدالعزيز", "kb:per/abdullah-bin-musaed"},
                {"عبدالعزيز بن عبدالله آل الشيخ", "kb:per/abdulaziz-al-sheikh"}, {"عبدالعزيز آل الشيخ", "kb:per/abdulaziz-al-sheikh"},
                {"عبداللطيف بن عبدالملك آل الشيخ", "kb:per/abdullatif-al-sheikh"}});
        assertThat(kb.byName(KnowledgeBase.fold("عبداللطيف آل الشيخ"))).isEmpty();
    }

    @Test
    void peopleTheNinthSaudiNewsNetSliceNamedAreThere() {
        // two princes of one father's name; a singer and a poet the recogniser took for places
        eachNamesOnly(new String[][] {{"تركي الفيصل", "kb:per/turki-al-faisal"}, {"خالد الفيصل", "kb:per/khalid-al-faisal"},
                {"أم كلثوم", "kb:per/umm-kulthum"}, {"امرئ القيس", "kb:per/imru-al-qais"},
                {"دونالد جيه ترامب", "kb:per/donald-trump"}});
    }

    @Test
    void peopleTheEleventhSaudiNewsNetSliceNamedAreThere() {
        // a Lebanese president, coaches and players by full and short name, a UN envoy named like the city of Lyon
        eachNamesOnly(new String[][] {{"ميشال سليمان", "kb:per/michel-suleiman"}, {"فان غال", "kb:per/louis-van-gaal"},
                {"لويس فان جال", "kb:per/louis-van-gaal"}, {"دي خيا", "kb:per/david-de-gea"}, {"برناردينو ليون", "kb:per/bernardino-leon"},
                {"يعالون", "kb:per/moshe-yaalon"}});
    }

    @Test
    void peopleTheThirtiethSessionsOutputsNamedAloneAreThere() {
        // one-word surnames the outputs of thirteen files had left article-local most often
        eachNamesOnly(new String[][] {{"هازارد", "kb:per/eden-hazard"}, {"هتلر", "kb:per/adolf-hitler"},
                {"أينشتاين", "kb:per/albert-einstein"}, {"مارادونا", "kb:per/diego-maradona"}, {"فينغر", "kb:per/arsene-wenger"},
                {"سلفا كير", "kb:per/salva-kiir"}, {"رياك مشار", "kb:per/riek-machar"}});
    }

    @Test
    void arabWritersSingersAndActorsAreThereByTheirFullNames() {
        eachNamesOnly(new String[][] {{"نجيب محفوظ", "kb:per/naguib-mahfouz"}, {"عادل إمام", "kb:per/adel-emam"},
                {"عبدالحليم حافظ", "kb:per/abdel-halim-hafez"}, {"ناصر القصبي", "kb:per/nasser-al-qasabi"},
                {"عبدالله السدحان", "kb:per/abdullah-al-sadhan"}, {"غازي القصيبي", "kb:per/ghazi-algosaibi"}});
        // the recogniser missed the actor, whose surname is the word "imam"; a bare surname links only through the article's full name
        assertThat(LinkerFixture.linkedAs("وقال عادل إمام إن الفيلم جاهز.", org.marsad.article.EntityType.PER, new int[][] {}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:per/adel-emam");
        assertThat(KnowledgeBase.shipped().byName(KnowledgeBase.fold("الحكيم"))).isEmpty();
    }

    @Test
    void footballersAndCoachesAreThereWithTheirUnambiguousSurnames() {
        eachNamesOnly(new String[][] {{"أبوتريكة", "kb:per/mohamed-aboutrika"}, {"نيستلروي", "kb:per/ruud-van-nistelrooy"},
                {"فيرجسون", "kb:per/alex-ferguson"}, {"إيتو", "kb:per/samuel-etoo"}, {"واين روني", "kb:per/wayne-rooney"}});
        // a surname another newsmaker carries is no name by itself
        for (String surname : new String[] {"روني", "جيرارد", "زيدان"}) {
            assertThat(KnowledgeBase.shipped().byName(KnowledgeBase.fold(surname))).as(surname).isEmpty();
        }
    }

    @Test
    void scientistsAreThereAndSurnamesThatAreWordsOrThingsAreNot() {
        eachNamesOnly(new String[][] {{"فيرمي", "kb:per/enrico-fermi"}, {"راذرفورد", "kb:per/ernest-rutherford"},
                {"ديموقراطس", "kb:per/democritus"}, {"نيلز بور", "kb:per/niels-bohr"}, {"ماري كوري", "kb:per/marie-curie"}});
        // «بور» (Port Said's first word), «نيوتن» (the unit), «كوري» (Korean), «تسلا» (the company)
        for (String surname : new String[] {"بور", "نيوتن", "كوري", "تسلا"}) {
            assertThat(KnowledgeBase.shipped().byName(KnowledgeBase.fold(surname))).as(surname)
                    .noneMatch(e -> e.ref().type() == org.marsad.article.EntityType.PER);
        }
    }

    @Test
    void frequentArticleLocalPeopleOfTheOutputsAreThere() {
        eachNamesOnly(new String[][] {{"فالح الفياض", "kb:per/falih-al-fayyadh"}, {"أنجيلينا جولي", "kb:per/angelina-jolie"},
                {"بولوني", "kb:per/laszlo-boloni"}, {"نجيب عبدالرزاق", "kb:per/najib-razak"}, {"شومر", "kb:per/chuck-schumer"},
                {"كريستيان جروس", "kb:per/christian-gross"}, {"مونتاري", "kb:per/sulley-muntari"}, {"دونيس", "kb:per/georgios-donis"},
                {"بيتر تشيك", "kb:per/petr-cech"}, {"السهلاوي", "kb:per/mohammad-al-sahlawi"}, {"مرتضى منصور", "kb:per/mortada-mansour"},
                {"عبد الله بن مساعد", "kb:per/abdullah-bin-musaed"}, {"نرجس محمدي", "kb:per/narges-mohammadi"},
                {"الخفجي", "kb:loc/khafji"}, {"لوزان", "kb:loc/lausanne"}});
        // «جولي» is no one alone, «تشيك» the Czechs' word
        for (String word : new String[] {"جولي", "تشيك"}) {
            assertThat(KnowledgeBase.shipped().byName(KnowledgeBase.fold(word))).as(word).isEmpty();
        }
        // «مشهد» is also "a scene": Mashhad only links what the recogniser found (and Scenes let through)
        assertThat(KnowledgeBase.shipped().addsMentions(KnowledgeBase.fold("مشهد"))).isFalse();
    }

    @Test
    void spokesmenEnvoysAndLeadersOfThe2018WireLinkWithoutGazetteerFeatures() {
        eachNamesOnly(new String[][] {{"هربرت ماكماستر", "kb:per/hr-mcmaster"}, {"سيرجي ريابكوف", "kb:per/sergei-ryabkov"},
                {"أشرف القدرة", "kb:per/ashraf-al-qudra"}, {"صالح الصماد", "kb:per/saleh-al-sammad"}, {"مهدي المشاط", "kb:per/mahdi-al-mashat"},
                {"سارة ليا ويتسن", "kb:per/sarah-leah-whitson"}, {"إيناسيو لويس لولا دا سيلفا", "kb:per/lula-da-silva"},
                {"بيل غيتس", "kb:per/bill-gates"}, {"حنان عشراوي", "kb:per/hanan-ashrawi"}, {"جينا هاسبل", "kb:per/gina-haspel"}, {"رودريغو دوتيرتي", "kb:per/rodrigo-duterte"}, {"بن علي يلديريم", "kb:per/binali-yildirim"},
                {"إليسا", "kb:per/elissa"}, {"عاصي الحلاني", "kb:per/assi-el-hallani"}, {"سان بطرسبورغ", "kb:loc/saint-petersburg"}});
        // '+' names: the recogniser's gazetteer, and so the trained models, stay as they were
        String qudra = KnowledgeBase.fold("القدرة");
        assertThat(KnowledgeBase.shipped().gazetteer().labels(qudra, qudra)).doesNotContain("PER:L", "PER:U");
    }

    @Test
    void playersCoachesAndTennisPlayersOfThe2018SportsPagesLinkWithoutGazetteerFeatures() {
        eachNamesOnly(new String[][] {{"مانويل نوير", "kb:per/manuel-neuer"}, {"نوير", "kb:per/manuel-neuer"},
                {"سيرينا وليامز", "kb:per/serena-williams"}, {"نادال", "kb:per/rafael-nadal"}, {"إدين جيكو", "kb:per/edin-dzeko"},
                {"لوبتيغي", "kb:per/julen-lopetegui"}, {"رونار", "kb:per/herve-renard"}, {"إينتراخت فرانكفورت", "kb:org/eintracht-frankfurt"},
                {"الماركا", "kb:org/marca"}});
        // «سيرينا» alone links only (another Serena is an astronaut): a mention only where the recogniser
        // finds it, or in an article that names Serena Williams in full
        assertThat(KnowledgeBase.shipped().addsMentions(KnowledgeBase.fold("سيرينا"))).isFalse();
        assertThat(KnowledgeBase.shipped().byName(KnowledgeBase.fold("سيرينا"))).extracting(e -> e.ref().id())
                .containsExactly("kb:per/serena-williams");
        // «كروس» (a cross) and «لوف» stay words: only the whole names link
        for (String word : new String[] {"كروس", "لوف"}) {
            assertThat(KnowledgeBase.shipped().byName(KnowledgeBase.fold(word))).as(word).isEmpty();
        }
        String nadal = KnowledgeBase.fold("نادال");
        assertThat(KnowledgeBase.shipped().gazetteer().labels(nadal, nadal)).doesNotContain("PER:U");
    }
}
