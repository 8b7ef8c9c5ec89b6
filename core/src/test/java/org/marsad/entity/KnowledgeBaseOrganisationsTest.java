package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.KnowledgeBaseTest.eachNamesOnly;
import static org.marsad.entity.KnowledgeBaseTest.links;
import static org.marsad.entity.KnowledgeBaseTest.linkOnly;
import static org.marsad.entity.KnowledgeBaseTest.noGazetteerFeature;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityType;

/**
 * The organisations of the shipped knowledge base: international bodies and UN agencies, central
 * banks, parties and armed groups, papers, channels and agencies, clubs and companies, with the
 * names that only link; split from {@link KnowledgeBaseTest}.
 */
class KnowledgeBaseOrganisationsTest {
    private final KnowledgeBase kb = KnowledgeBase.shipped();

    @Test
    void saudiUniversitiesAndLatinNamesOfNetworksLinkWithoutGazetteerFeatures() {
        eachNamesOnly(new String[][] {{"جامعة الملك عبدالعزيز", "kb:org/king-abdulaziz-university"},
                {"جامعة الملك عبد العزيز", "kb:org/king-abdulaziz-university"}, {"جامعة الملك سعود", "kb:org/king-saud-university"},
                {"جامعة أم القرى", "kb:org/umm-al-qura-university"}, {"CNN", "kb:org/cnn"}, {"BBC", "kb:org/bbc"}});
        assertThat(kb.addsMentions(KnowledgeBase.fold("جامعة الملك سعود"))).isTrue();
        // '+' names: the recogniser's gazetteer, and so the trained models, stay as they were
        String nourah = KnowledgeBase.fold("نورة");
        assertThat(kb.gazetteer().labels(KnowledgeBase.fold("CNN"), KnowledgeBase.fold("CNN"))).isEmpty();
        assertThat(kb.gazetteer().labels(nourah, nourah)).doesNotContain("ORG:I");
    }

    @Test
    void clubsCompaniesAndAgenciesAddedForLinkingMakeMentionsWithoutGazetteerFeatures() {
        eachNamesOnly(new String[][] {{"إيفرتون", "kb:org/everton"}, {"فولفسبورج", "kb:org/wolfsburg"},
                {"كييفو فيرونا", "kb:org/chievo"}, {"أولمبيك ليون", "kb:org/lyon"}, {"شياومي", "kb:org/xiaomi"},
                {"وكالة الاستخبارات المركزية", "kb:org/cia"}, {"وكالة أنباء الأناضول", "kb:org/anadolu"},
                {"المنظمة الدولية للهجرة", "kb:org/iom"}, {"المنظمة الأممية", "kb:org/un"},
                {"FIFA", "kb:org/fifa"}, {"UEFA", "kb:org/uefa"}, {"CIA", "kb:org/cia"}, {"WhatsApp", "kb:org/whatsapp"}});
        for (String name : new String[] {"إيفرتون", "كييفو فيرونا", "وكالة الاستخبارات المركزية", "المنظمة الدولية للهجرة"}) {
            assertThat(kb.addsMentions(KnowledgeBase.fold(name))).as(name).isTrue();
        }
        // '+' names: words no other name holds give the recogniser no feature
        for (String word : new String[] {"إيفرتون", "كييفو", "فيرونا", "شياومي"}) {
            String folded = KnowledgeBase.fold(word);
            assertThat(kb.gazetteer().labels(folded, folded)).as(word).isEmpty();
        }
        // a club named after its city shares the city's name, link-only: the words around tell them apart (NameLookAlikesTest)
        assertThat(kb.byName(KnowledgeBase.fold("ليون"))).extracting(e -> e.ref().id()).containsExactlyInAnyOrder("kb:org/lyon", "kb:loc/lyon");
        assertThat(kb.addsMentions(KnowledgeBase.fold("ليون"))).isFalse();
    }

    @Test
    void partiesMovementsAndArmedGroupsOfThe2000sLinkWithoutGazetteerFeatures() {
        eachNamesOnly(new String[][] {{"كتائب القسام", "kb:org/qassam-brigades"}, {"جيش المهدي", "kb:org/mahdi-army"},
                {"فيلق بدر", "kb:org/badr-organization"}, {"حزب البعث", "kb:org/baath-party"}, {"كاديما", "kb:org/kadima"},
                {"جبهة البوليساريو", "kb:org/polisario"}, {"نمور التاميل", "kb:org/ltte"}});
        assertThat(kb.addsMentions(KnowledgeBase.fold("جيش المهدي"))).isTrue();
        // shared by other bodies, or a common word: link-only
        linkOnly("حزب العمل", "كفاية", "القوات اللبنانية", "الجماعة الإسلامية");
        noGazetteerFeature("كاديما");
    }

    @Test
    void papersChannelsAndAgenciesLinkWithoutGazetteerFeatures() {
        eachNamesOnly(new String[][] {{"صحيفة النهار", "kb:org/an-nahar"}, {"النهار اللبنانية", "kb:org/an-nahar"},
                {"الحياة اللندنية", "kb:org/al-hayat"}, {"معاريف", "kb:org/maariv"}, {"يديعوت أحرونوت", "kb:org/yedioth-ahronoth"},
                {"قناة الميادين", "kb:org/al-mayadeen"}, {"كونا", "kb:org/kuna"}, {"وكالة الأنباء العراقية", "kb:org/ina"}});
        assertThat(kb.addsMentions(KnowledgeBase.fold("معاريف"))).isTrue();
        // the bare name is a common word: «النهار» the day, «الحياة» life, «المنار» the lighthouse
        linkOnly("النهار", "الحياة", "المنار", "الميادين");
        noGazetteerFeature("معاريف");
    }

    @Test
    void unAgenciesAndDevelopmentBanksLinkWithoutGazetteerFeatures() {
        eachNamesOnly(new String[][] {{"المنظمة العالمية للملكية الفكرية", "kb:org/wipo"}, {"الويبو", "kb:org/wipo"},
                {"منظمة العمل الدولية", "kb:org/ilo"}, {"الإيكاو", "kb:org/icao"}, {"الأونكتاد", "kb:org/unctad"},
                {"الإسكوا", "kb:org/escwa"}, {"البنك الإسلامي للتنمية", "kb:org/isdb"}, {"البنك الأفريقي للتنمية", "kb:org/afdb"},
                {"يوروبول", "kb:org/europol"}, {"أوابك", "kb:org/oapec"}, {"إيكواس", "kb:org/ecowas"}});
        for (String name : new String[] {"منظمة العمل الدولية", "الويبو", "بنك التنمية الآسيوي"}) {
            assertThat(kb.addsMentions(KnowledgeBase.fold(name))).as(name).isTrue();
        }
        noGazetteerFeature("الويبو", "الأونكتاد", "يوروبول");
        // acronyms that are words or names too link only what the recogniser finds: «إيفاد» is "dispatching", «إيرينا» Irina
        linkOnly("إيفاد", "الإيفاد", "إيرينا", "وادا");
    }

    @Test
    void syrianGroupsTheObservatoryAndRedCrescentSocietiesAreThere() {
        eachNamesOnly(new String[][] {{"المرصد السوري لحقوق الإنسان", "kb:org/sohr"}, {"المرصد السوري", "kb:org/sohr"},
                {"الخوذ البيضاء", "kb:org/white-helmets"}, {"أحرار الشام", "kb:org/ahrar-al-sham"}, {"جيش الإسلام", "kb:org/jaysh-al-islam"},
                {"الهلال الأحمر", "kb:org/red-crescent"}, {"هيئة الهلال الأحمر السعودي", "kb:org/saudi-red-crescent"}});
        // «المرصد» alone is any observatory: it links what the recogniser found and makes no mention
        assertThat(kb.addsMentions(KnowledgeBase.fold("المرصد"))).isFalse();
        assertThat(kb.addsMentions(KnowledgeBase.fold("المرصد السوري"))).isTrue();
    }

    @Test
    void theCuesTellAlJazeeraFromTheClubAndTheIsland() {
        // «الجزيرة»: the channel, the Emirati club, the Saudi paper, or "the island"; the words around choose, and none links none
        assertThat(links("وقالت مراسلة الجزيرة في الدوحة إن الوضع هادئ.", EntityType.ORG, new int[][] {{0, 2, 2}}))
                .contains(tuple("الجزيرة", "kb:org/al-jazeera"));
        assertThat(links("وتغلب الفريق على ضيفه الجزيرة الإماراتي في المباراة.", EntityType.ORG, new int[][] {{0, 4, 4}}))
                .contains(tuple("الجزيرة", "kb:org/al-jazira-club"));
        assertThat(links("وكتب الكاتب في صحيفة \"الجزيرة\" مقالا عن التدخين.", EntityType.ORG, new int[][] {{0, 5, 5}}))
                .contains(tuple("الجزيرة", "kb:org/al-jazirah-newspaper"));
        assertThat(links("وفرت القوات المهزومة إلى الجزيرة في نهاية الحرب.", EntityType.ORG, new int[][] {{0, 4, 4}}))
                .noneMatch(t -> t.toList().get(1).toString().startsWith("kb:"));
    }

    @Test
    void organisationShortNamesThatAreAlsoCommonWordsOnlyLink() {
        // «الأهلي» is also an adjective («البنك الأهلي»), «الجزيرة» an island
        assertThat(kb.addsMentions(KnowledgeBase.fold("الأهلي"))).isFalse();
        assertThat(kb.addsMentions(KnowledgeBase.fold("الأهلي المصري"))).isTrue();
        // «ميلان» is also "tilt", «وام» "and mother": they link what the recogniser found, never add a mention
        assertThat(kb.addsMentions(KnowledgeBase.fold("ميلان"))).isFalse();
        assertThat(kb.addsMentions(KnowledgeBase.fold("وام"))).isFalse();
        assertThat(kb.addsMentions(KnowledgeBase.fold("إيه سي ميلان"))).isTrue();
        assertThat(kb.byName(KnowledgeBase.fold("الجزيرة"))).extracting(e -> e.ref().id())
                .containsExactlyInAnyOrder("kb:org/al-jazeera", "kb:org/al-jazira-club", "kb:org/al-jazirah-newspaper");
        assertThat(kb.addsMentions(KnowledgeBase.fold("الجزيرة"))).isFalse();
    }

    @Test
    void isafIsAnOrganisationThatGivesTheRecogniserNoFeature() {
        // the recogniser trained on ANERcorp read «إيساف» as a person (ANERcorp dev, four times)
        assertThat(kb.byName(KnowledgeBase.fold("إيساف"))).extracting(e -> e.ref().id(), e -> e.ref().type())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kb:org/isaf", org.marsad.article.EntityType.ORG));
        assertThat(kb.addsMentions(KnowledgeBase.fold("ايساف"))).isTrue();
        // marked +, so the shipped models stay as trained
        assertThat(kb.gazetteer().labels(KnowledgeBase.fold("إيساف"), KnowledgeBase.fold("إيساف"))).isEmpty();
    }

    @Test
    void centralBanksAndTheSovietUnionAreThereWithoutGazetteerFeatures() {
        assertThat(kb.byName(KnowledgeBase.fold("بنك انجلترا المركزي"))).extracting(e -> e.ref().id()).containsExactly("kb:org/bank-of-england");
        assertThat(kb.byName(KnowledgeBase.fold("مؤسسة النقد العربي السعودي"))).extracting(e -> e.ref().id()).containsExactly("kb:org/sama");
        // «ساما» is also a given name: it links what the recogniser found
        assertThat(kb.addsMentions(KnowledgeBase.fold("ساما"))).isFalse();
        assertThat(kb.byName(KnowledgeBase.fold("الاتحاد السوفياتي"))).extracting(e -> e.ref().type()).containsExactly(org.marsad.article.EntityType.LOC);
        assertThat(kb.gazetteer().labels(KnowledgeBase.fold("السوفيتي"), KnowledgeBase.fold("السوفيتي"))).isEmpty();
    }

    @Test
    void aNameTwoOrganisationsShareNamesBoth() {
        assertThat(kb.byName(KnowledgeBase.fold("حزب العدالة والتنمية"))).extracting(e -> e.ref().id())
                .containsExactlyInAnyOrder("kb:org/akp", "kb:org/pjd");
    }

    @Test
    void englishLeagueClubsLinkByTheirFullNamesAndCityNamesStayPlaces() {
        eachNamesOnly(new String[][] {{"أستون فيلا", "kb:org/aston-villa"}, {"استون فيلا", "kb:org/aston-villa"},
                {"ميدلسبره", "kb:org/middlesbrough"}, {"وست بروميتش", "kb:org/west-brom"}, {"نيوكاسل يونايتد", "kb:org/newcastle-united"},
                {"سرايا القدس", "kb:org/al-quds-brigades"}, {"هيئة كبار العلماء", "kb:org/saudi-senior-scholars"},
                {"الجزيرة نت", "kb:org/al-jazeera"}});
        for (String name : new String[] {"أستون فيلا", "ميدلسبره", "سرايا القدس", "هيئة كبار العلماء"}) {
            assertThat(kb.addsMentions(KnowledgeBase.fold(name))).as(name).isTrue();
        }
        noGazetteerFeature("ميدلسبره", "فيلا", "سرايا");
        // a city often in the news names no club by itself
        for (String city : new String[] {"نيوكاسل", "ساوثهامبتون", "شيفيلد"}) {
            assertThat(kb.byName(KnowledgeBase.fold(city))).as(city).noneMatch(e -> e.ref().type() == EntityType.ORG);
        }
    }

    @Test
    void theCentralBankAloneIsTheOneOfTheCountryTheArticleIsAbout() {
        assertThat(links("تراجعت الليرة التركية أمس. ورفض البنك المركزي رفع أسعار الفائدة رغم ضغوط أردوغان.", EntityType.ORG,
                new int[][] {{1, 1, 2}})).contains(tuple("البنك المركزي", "kb:org/cbrt"));
        assertThat(links("ورفض البنك المركزي رفع أسعار الفائدة.", EntityType.ORG, new int[][] {{0, 1, 2}}))
                .extracting(t -> (String) t.toList().get(1)).allMatch(id -> id.startsWith("local:"));
    }

    @Test
    void bodiesAndPlacesOfAFreshSliceLinkWithoutGazetteerFeatures() {
        // West Ham as the papers write it; Bank AlJazira is no Al Jazeera; King Abdulaziz City for Science and Technology
        eachNamesOnly(new String[][] {{"ويستهام", "kb:org/west-ham"}, {"وستهام يونايتد", "kb:org/west-ham"},
                {"بنك الجزيرة", "kb:org/bank-aljazira"}, {"مدينة الملك عبدالعزيز للعلوم والتقنية", "kb:org/kacst"},
                {"جامعة طيبة", "kb:org/taibah-university"}, {"هيوستن", "kb:loc/houston"}, {"كنساس", "kb:loc/kansas"},
                {"ويتني هيوستن", "kb:per/whitney-houston"}, {"صحيفة الجزيرة", "kb:org/al-jazirah-newspaper"},
                {"مؤسسة الجزيرة للصحافة والطباعة والنشر", "kb:org/al-jazirah-newspaper"}});
        // the Saudi paper is no Al Jazeera
        assertThat(links("وباسم قراء جريدة الجزيرة نشكر الأمير.", EntityType.ORG, new int[][] {{0, 3, 3}}))
                .containsExactly(tuple("جريدة الجزيرة", "kb:org/al-jazirah-newspaper"));
        assertThat(links("أعلن بنك الجزيرة أرباحه أمس.", EntityType.ORG, new int[][] {{0, 1, 2}}))
                .containsExactly(tuple("بنك الجزيرة", "kb:org/bank-aljazira"));
        for (String word : new String[] {"ويستهام", "هيوستن", "طيبة"}) {
            String folded = KnowledgeBase.fold(word);
            assertThat(kb.gazetteer().labels(folded, folded)).as(word).isEmpty();
        }
        // the singer is no city
        assertThat(links("غنت ويتني هيوستن الأغنية.", EntityType.LOC, new int[][] {{0, 2, 2}}))
                .containsExactly(tuple("ويتني هيوستن", "kb:per/whitney-houston"));
    }

    @Test
    void bodiesPeopleAndPlacesOfTheFifthSliceLinkWithoutGazetteerFeatures() {
        // the OPEC Fund (OFID) and «منظمة الأوبك»; Sepp Blatter, Malala, Emirates NBD, Axel Springer, the King Fahd Causeway;
        // Tsipras and Syriza, Bild, Soyuz, Bangalore, Suhail Al Mazrouei, Sanofi, Hassan II, Al-Sudais, Prince Faisal bin Bandar,
        // Michel Platini; from ANT dev's local names: The Sun, Zeid Ra'ad Al Hussein, Jeff Sessions, Iván Duque, and Qatar's foreign
        // minister with his title («محمد بن عبدالرحمن» alone is a common name); from SaudiNewsNet's: the Dow Jones (a person
        // before), Michael Fallon, Yasir Al-Rumayyan, King Abdullah II's full name, the Fed written «الأميركي»
        eachNamesOnly(new String[][] {{"أوفيد", "kb:org/opec-fund"}, {"صندوق الأوبك للتنمية الدولية", "kb:org/opec-fund"},
                {"منظمة الأوبك", "kb:org/opec"}, {"سيب بلاتر", "kb:per/sepp-blatter"}, {"بلاتر", "kb:per/sepp-blatter"},
                {"ملالا يوسفزاي", "kb:per/malala-yousafzai"}, {"بنك الإمارات دبي الوطني", "kb:org/emirates-nbd"},
                {"أكسل سبرينجر", "kb:org/axel-springer"}, {"جسر الملك فهد", "kb:loc/king-fahd-causeway"},
                {"تسيبراس", "kb:per/alexis-tsipras"}, {"سيريزا", "kb:org/syriza"}, {"صحيفة بيلد", "kb:org/bild"},
                {"سويوز", "kb:misc/soyuz"}, {"بنجالور", "kb:loc/bangalore"}, {"سهيل المزروعي", "kb:per/suhail-al-mazrouei"},
                {"سانوفي", "kb:org/sanofi"}, {"الحسن الثاني", "kb:per/hassan-ii"}, {"السديس", "kb:per/abdul-rahman-al-sudais"},
                {"فيصل بن بندر", "kb:per/faisal-bin-bandar"}, {"ناتو", "kb:org/nato"}, {"الفيسبوك", "kb:org/facebook"},
                {"جوزف بلاتر", "kb:per/sepp-blatter"}, {"ميشال بلاتيني", "kb:per/michel-platini"}, {"بلاتيني", "kb:per/michel-platini"},
                {"ذا صن", "kb:org/the-sun"}, {"زيد بن رعد الحسين", "kb:per/zeid-raad-al-hussein"}, {"جيف سيشنز", "kb:per/jeff-sessions"},
                {"إيفان دوكي", "kb:per/ivan-duque"}, {"الشيخ محمد بن عبدالرحمن", "kb:per/mohammed-bin-abdulrahman"},
                {"داو جونز", "kb:misc/dow-jones"}, {"مايكل فالون", "kb:per/michael-fallon"}, {"ياسر الرميان", "kb:per/yasir-al-rumayyan"},
                {"عبدالله الثاني بن الحسين", "kb:per/abdullah-ii"}, {"البنك المركزي الأميركي", "kb:org/fed"},
                {"وكالة أنباء تاس", "kb:org/tass"}, {"كارديف سيتي", "kb:org/cardiff-city"}});
        // «الضفة» alone is the West Bank where the recogniser finds a place, and makes no mention itself
        assertThat(links("واعتقلت القوات شابين شمال الضفة أمس.", EntityType.LOC, new int[][] {{0, 4, 4}}))
                .containsExactly(tuple("الضفة", "kb:loc/west-bank"));
        assertThat(links("وجلس الصيادون على الضفة الأخرى للنهر.", EntityType.LOC, new int[][] {})).isEmpty();
        for (String word : new String[] {"أوفيد", "بلاتر", "سبرينجر"}) {
            String folded = KnowledgeBase.fold(word);
            assertThat(kb.gazetteer().labels(folded, folded)).as(word).isEmpty();
        }
        // «لسيب بلاتر»: the preposition is no part of the name the knowledge base knows
        assertThat(links("ويرى أن البديل المثالي لسيب بلاتر لم يظهر بعد.", EntityType.PER, new int[][] {{0, 4, 5}}))
                .containsExactly(tuple("سيب بلاتر", "kb:per/sepp-blatter"));
    }

    @Test
    void aCompanysShortNameThatIsACommonWordNamesItOnlyBesideItsFullName() {
        // «معادن» (metals) is Ma'aden in an article that names the company in full, and nothing elsewhere
        assertThat(Analyses.mention(Analyses.of("وتستضيف شركة التعدين العربية السعودية «معادن» المؤتمر. وقالت معادن إن أرباحها ارتفعت."),
                "معادن").entity().orElseThrow().id()).isEqualTo("kb:org/maaden");
        assertThat(Analyses.of("وارتفعت أسعار المعادن الثمينة، وتراجعت معادن أخرى في السوق.").entities()).isEmpty();
    }

    @Test
    void bodiesTheTwentyEighthSessionsReadingFoundMissingAreThere() {
        KnowledgeBaseTest.eachNamesOnly(new String[][] {{"وكالة الفضاء الأوروبية", "kb:org/esa"},
                {"الاتحاد الإنجليزي لكرة القدم", "kb:org/the-fa"}, {"باير ليفركوزن", "kb:org/bayer-leverkusen"},
                {"اتحاد اتصالات", "kb:org/mobily"}, {"المؤتمر الشعبي العام", "kb:org/gpc-yemen"}});
    }

    @Test
    void bodiesAndPlacesTheTwelfthAndThirteenthSlicesNamedAreThere() {
        // Saudi governorates the recogniser took for people («أبي عريش»), clubs, a bank, a broadcaster, a watchdog
        KnowledgeBaseTest.eachNamesOnly(new String[][] {{"أبي عريش", "kb:loc/abu-arish"}, {"صامطة", "kb:loc/samtah"},
                {"أملج", "kb:loc/umluj"}, {"رياض الخبراء", "kb:loc/riyadh-al-khabra"}, {"يونغ بويز", "kb:org/young-boys"},
                {"الأهلي القطري", "kb:org/al-ahli-doha"}, {"البنك الأهلي التجاري", "kb:org/ncb"}, {"إن إتش كيه", "kb:org/nhk"},
                {"مراسلون بلا حدود", "kb:org/rsf"}, {"ساوث كارولينا", "kb:loc/south-carolina"}, {"ريو دي جانيرو", "kb:loc/rio-de-janeiro"},
                {"الكونكاكاف", "kb:org/concacaf"}, {"كونميبول", "kb:org/conmebol"}, {"كاليه", "kb:loc/calais"},
                {"مكتب التحقيقات الفدرالي", "kb:org/fbi"}, {"جزيرة لاريونيون", "kb:country/re"}, {"لاريونيون", "kb:country/re"},
                {"أندرليخت", "kb:org/anderlecht"}, {"سيلتك", "kb:org/celtic"}});
    }

    @Test
    void bodiesOfTheFifteenthSliceAreThere() {
        // the recogniser began the committees at «الأولمبية» and took Dow Chemical for a person
        KnowledgeBaseTest.eachNamesOnly(new String[][] {{"اللجنة الأولمبية العربية السعودية", "kb:org/saudi-olympic-committee"},
                {"اللجنة البارالمبية السعودية", "kb:org/saudi-paralympic-committee"}, {"داو كيميكال", "kb:org/dow-chemical"},
                {"نادي الرائد", "kb:org/al-raed"}, {"نادي الفتح", "kb:org/al-fateh"}, {"نادي الاتفاق", "kb:org/al-ettifaq"}});
        // the club's short name, a common word too («الرائد»: the major), links where the article names the club in full
        // (whose «نادي» before a name with the article is no part of it, as ANERcorp marks it: DescriptorWords)
        assertThat(LinkerFixture.linkedAs("وقال رئيس نادي الرائد إن الرائد سيلعب غدا.", EntityType.ORG, new int[][] {{0, 5, 5}})
                .mentions()).extracting(m -> m.text(), m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("الرائد", "kb:org/al-raed"), tuple("الرائد", "kb:org/al-raed"));
        // «ناديه الرائد» ("his club, Al-Raed"): the word with the pronoun is no part of the name
        assertThat(LinkerFixture.linkedAs("وعاد اللاعب إلى ناديه الرائد أمس.", EntityType.ORG, new int[][] {{0, 4, 4}})
                .mentions()).extracting(m -> m.text()).containsExactly("الرائد");
        assertThat(LinkerFixture.linkedAs("وعاد اللاعبون إلى ناديهم الرائد أمس.", EntityType.ORG, new int[][] {{0, 4, 4}})
                .mentions()).extracting(m -> m.text()).containsExactly("الرائد");
        // but «ه» for a name's ta marbuta stays in it: «جمانه غنيمات» is the minister
        assertThat(LinkerFixture.linkedAs("وقالت الوزيرة جمانه غنيمات إن المرحلة انتهت.", EntityType.PER, new int[][] {{0, 3, 3}})
                .mentions()).extracting(m -> m.text(), m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("جمانه غنيمات", "kb:per/jumana-ghunaimat"));
    }

    @Test
    void moroccanAndQatariClubsLinkByTheirNamesNotByTheirCountries() {
        KnowledgeBaseTest.eachNamesOnly(new String[][] {{"المغرب الفاسي", "kb:org/mas-fes"}, {"المغرب التطواني", "kb:org/mat-tetouan"},
                {"المولودية الوجدية", "kb:org/mc-oujda"}, {"الجمعية السلاوية", "kb:org/as-sale"}, {"الدفاع الجديدي", "kb:org/dh-jadida"},
                {"أولمبيك آسفي", "kb:org/oc-safi"}, {"الغرافة", "kb:org/al-gharafa"}, {"المدينة النبوية", "kb:loc/medina"}});
        // the recogniser took «المغرب» for the country; the club's whole name is the mention
        assertThat(LinkerFixture.linkedAs("وتعادل المغرب الفاسي مع ضيفه أمس.", EntityType.LOC, new int[][] {{0, 1, 1}})
                .mentions()).extracting(m -> m.text(), m -> m.entity().orElseThrow().id())
                .containsExactly(tuple("المغرب الفاسي", "kb:org/mas-fes"));
    }

    @Test
    void qatarsTeamByItsNicknameComesaQtelAndAlRayaAreThere() {
        KnowledgeBaseTest.eachNamesOnly(new String[][] {{"العنابي", "kb:org/qatar-national-football-team"}, {"الكوميسا", "kb:org/comesa"},
                {"كيوتل", "kb:org/ooredoo"}, {"الراية", "kb:org/al-raya"}});
        // «الراية» is also "the banner": it links the paper the recogniser found, and makes no mention by itself
        assertThat(LinkerFixture.linkedAs("وتواصل الراية نشر ملفها الخاص.", EntityType.MISC, new int[][] {{0, 1, 1}})
                .mentions()).extracting(m -> m.type(), m -> m.entity().orElseThrow().id())
                .containsExactly(tuple(EntityType.ORG, "kb:org/al-raya"));
        assertThat(LinkerFixture.linkedAs("ورفع الجنود الراية البيضاء.", EntityType.MISC, new int[][] {}).mentions()).isEmpty();
    }

    @Test
    void clubsOfTheContinentalCupsAreThere() {
        KnowledgeBaseTest.eachNamesOnly(new String[][] {{"ستيوا بوخارست", "kb:org/steaua-bucharest"}, {"أيك أثينا", "kb:org/aek-athens"},
                {"أسيك", "kb:org/asec-mimosas"}, {"أسيك أبيدجان", "kb:org/asec-mimosas"}, {"ريال سرقسطة", "kb:org/real-zaragoza"},
                {"سبورتينغ لشبونة", "kb:org/sporting-cp"}});
        // the recogniser took ASEC for a person
        assertThat(LinkerFixture.linkedAs("ويواجه الأهلي أسيك الأحد المقبل.", EntityType.PER, new int[][] {{0, 2, 2}})
                .mentions()).extracting(m -> m.text(), m -> m.type()).contains(tuple("أسيك", EntityType.ORG));
    }

    @Test
    void placesBodiesPeopleAndADiseaseOfTheNineteenthThousandSliceLinkWithoutGazetteerWords() {
        eachNamesOnly(new String[][] {{"سنجار", "kb:loc/sinjar"}, {"الشاباك", "kb:org/shin-bet"}, {"الشين بيت", "kb:org/shin-bet"},
                {"أياتا", "kb:org/iata"}, {"الاتحاد الدولي لشركات الطيران", "kb:org/iata"}, {"متلازمة الشرق الأوسط التنفسية", "kb:misc/mers"},
                {"رفسنجاني", "kb:per/akbar-hashemi-rafsanjani"}, {"دوستم", "kb:per/abdul-rashid-dostum"}, {"خلوصي أكار", "kb:per/hulusi-akar"},
                {"بطرس غالي", "kb:per/boutros-boutros-ghali"}, {"زغمار غابرييل", "kb:per/sigmar-gabriel"}});
        KnowledgeBase kb = KnowledgeBase.shipped();
        for (String name : new String[] {"سنجار", "الشاباك", "أياتا", "متلازمة الشرق الأوسط التنفسية"}) {
            String folded = KnowledgeBase.fold(name);
            assertThat(kb.addsMentions(folded)).as(name).isTrue();
            assertThat(kb.gazetteer().labels(folded, folded)).as(name).isEmpty();
        }
        // the disease's name takes in the region's: one mention, the syndrome
        assertThat(LinkerFixture.linkedAs("وسجلت الوزارة حالتين من متلازمة الشرق الأوسط التنفسية أمس.", org.marsad.article.EntityType.LOC,
                new int[][] {{0, 5, 6}}).mentions()).extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:misc/mers");
    }

    @Test
    void saudiAndQatariClubsWhoseBareNamesAreCommonWordsAreNicknames() {
        eachNamesOnly(new String[][] {{"نادي الفيحاء", "kb:org/al-fayha"}, {"نادي الكوكب", "kb:org/al-kawkab"},
                {"نادي الشعلة", "kb:org/al-shoulla"}, {"نادي العروبة", "kb:org/al-orobah"}, {"لخويا", "kb:org/lekhwiya"}});
        KnowledgeBase kb = KnowledgeBase.shipped();
        for (String bare : new String[] {"الفيحاء", "الكوكب", "الشعلة", "العروبة"}) {
            assertThat(kb.isNickname(KnowledgeBase.fold(bare))).as(bare).isTrue();
        }
        // in an article that names the club, its bare name is a mention of it
        EntityLinker.Result r = LinkerFixture.linkedAs("جددت إدارة نادي الفيحاء عقد المدرب. وقال رئيس الفيحاء إن الفريق جاهز.",
                org.marsad.article.EntityType.ORG, new int[][] {});
        assertThat(r.mentions()).extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:org/al-fayha", "kb:org/al-fayha");
    }
    @Test
    void saudiLeagueClubsAndTheirNamesakesAbroadAreToldApartByTheirCountry() {
        KnowledgeBaseTest.eachNamesOnly(new String[][] {{"نادي الشباب", "kb:org/al-shabab"}, {"نادي الخليج", "kb:org/khaleej-club"},
                {"القادسية الكويتي", "kb:org/qadsia-kuwait"}, {"الوحدة الإماراتي", "kb:org/al-wahda-abu-dhabi"},
                {"نادي الوحدات", "kb:org/al-wehdat"}, {"نادي الحزم", "kb:org/al-hazem"}, {"نادي الجيل", "kb:org/al-jeel"}});
        // «الشباب» (the young) alone is no club's name
        assertThat(KnowledgeBase.shipped().byName(KnowledgeBase.fold("الشباب"))).isEmpty();
        // the bare «القادسية» the recogniser found is Kuwait's club or Saudi Arabia's by the article's words
        assertThat(LinkerFixture.linkedAs("وتعادل القادسية مع العربي في الدوري الكويتي أمس.", EntityType.ORG, new int[][] {{0, 1, 1}})
                .mentions()).extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:org/qadsia-kuwait");
        assertThat(LinkerFixture.linkedAs("وفاز القادسية على الهلال في الدوري السعودي بالخبر.", EntityType.ORG, new int[][] {{0, 1, 1}})
                .mentions()).extracting(m -> m.entity().orElseThrow().id()).contains("kb:org/al-qadsiah");
    }

    @Test
    void governoratesOfJazanAndTheSouthAndPlacesOfTheNineteenthSliceLinkWithoutGazetteerFeatures() {
        KnowledgeBaseTest.eachNamesOnly(new String[][] {{"محافظة صبيا", "kb:loc/sabya"}, {"أبوعريش", "kb:loc/abu-arish"},
                {"سراة عبيدة", "kb:loc/sarat-abidah"}, {"جزيرة فرسان", "kb:loc/farasan"}, {"فيفاء", "kb:loc/fayfa"},
                {"شرورة", "kb:loc/sharurah"}, {"تهامة", "kb:loc/tihamah"}, {"زبيد", "kb:loc/zabid"}, {"جيه دي باور", "kb:org/jd-power"},
                {"غوانتنامو", "kb:loc/guantanamo"}, {"سانت لويس", "kb:loc/st-louis"}, {"ماديا براديش", "kb:loc/madhya-pradesh"},
                {"توتنهام هوتسبر", "kb:org/tottenham"}, {"وفاق سطيف", "kb:org/es-setif"}, {"مازيمبي", "kb:org/tp-mazembe"},
                {"ميناء المخا", "kb:loc/mocha"}, {"خيبر بختونخواه", "kb:loc/khyber-pakhtunkhwa"}, {"نادي الاتحاد", "kb:org/al-ittihad-jeddah"}});
        // «صبيا» is also "a boy" (accusative): it links what the recogniser found, and makes no mention itself
        assertThat(LinkerFixture.linkedAs("وكان وقتها صبيا يعي ما يقال.", EntityType.LOC, new int[][] {}).mentions()).isEmpty();
    }

    @Test
    void aidAgenciesRightsGroupsAndSpellingsOfThe2018WireLinkWithoutGazetteerFeatures() {
        eachNamesOnly(new String[][] {{"منظمة حظر الأسلحة الكيمياوية", "kb:org/opcw"}, {"منظمة حظر الأسلحة الكيماوية", "kb:org/opcw"},
                {"OPCW", "kb:org/opcw"}, {"يونيسيف", "kb:org/unicef"}, {"تومسون رويترز", "kb:org/thomson-reuters"},
                {"سي بي اس", "kb:org/cbs"}, {"أنقذوا الأطفال", "kb:org/save-the-children"},
                {"المجلس النرويجي للاجئين", "kb:org/norwegian-refugee-council"}, {"الجمعية الطبية السورية الأمريكية", "kb:org/sams"},
                {"المنظمة العربية لحقوق الإنسان", "kb:org/aohr"}, {"مجلس منبج العسكري", "kb:org/manbij-military-council"},
                {"ذا تايمز أوف إسرائيل", "kb:org/times-of-israel"}, {"قبة الصخرة", "kb:loc/dome-of-the-rock"}, {"دلهي", "kb:loc/new-delhi"},
                {"ميتسوبيشي", "kb:org/mitsubishi"}, {"لوك أويل", "kb:org/lukoil"}, {"إيني", "kb:org/eni"}, {"الكريملن", "kb:org/kremlin"}, {"MBC", "kb:org/mbc"}, {"الأسوشيتد برس", "kb:org/ap"},
                {"سوفت بانك", "kb:org/softbank"}, {"غارديان", "kb:org/guardian"}});
        String opcw = KnowledgeBase.fold("OPCW");
        assertThat(kb.gazetteer().labels(opcw, opcw)).isEmpty();
    }
}
