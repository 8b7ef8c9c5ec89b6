package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.text.TextStage;

/** Short and long names of one person or organisation in an article (more in {@link EntityStageTest}); sentences written for these tests. */
class ShortFormsTest {
    private static String id(EntityMention m) {
        return m.entity().orElseThrow().id();
    }

    @Test void aKnownNameThatBeginsTheSportsBodyOfTheArticleIsThatBody() {
        // {sentence, first token, last token}: «الاتحاد الأوروبي» after «الاتحاد الأوروبي لكرة القدم» is UEFA, not the EU
        EntityLinker.Result r = LinkerFixture.linkedAs("أعلن الاتحاد الأوروبي لكرة القدم القائمة. ومن المنتظر أن يعلن الاتحاد الأوروبي الفائز.",
                EntityType.ORG, new int[][] {{0, 1, 4}, {1, 4, 5}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/uefa", "kb:org/uefa");
        // a body of its own that adds more than a sport or a nation keeps the names apart («للطفولة»: UNICEF)
        r = LinkerFixture.linkedAs("دعت منظمة الأمم المتحدة إلى وقف القتال. وقالت منظمة الأمم المتحدة للطفولة إن الأطفال يعانون.",
                EntityType.ORG, new int[][] {{0, 1, 3}, {1, 1, 4}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/un", "kb:org/unicef");
        // nor does a nation added to a club's name: the bare name is the club its cues point to («الزمالك»: Cairo's)
        r = LinkerFixture.linkedAs("وقالت إدارة الأهلي إن الزمالك لم يقدم عروضا. وانتقل السعيد إلى الأهلي السعودي.",
                EntityType.ORG, new int[][] {{0, 2, 2}, {1, 3, 4}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/al-ahly", "kb:org/zamalek", "kb:org/al-ahli-saudi");
    }

    @Test void aBareClubNameSharedByTwoClubsIsTheOneItsCuesPointTo() {
        // {sentence, first token, last token}: «الأهلي» is Cairo's Al Ahly and Jeddah's Al-Ahli; «الهلال» and «جدة» say Jeddah's
        EntityLinker.Result r = LinkerFixture.linkedAs("وتغلب الأهلي على الهلال في جدة.", EntityType.ORG, new int[][] {{0, 1, 1}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/al-ahli-saudi", "kb:loc/jeddah");
        // «النادي الأهلي», which both clubs are called, is a mention where the recogniser missed it, and the cues choose
        r = LinkerFixture.linkedAs("وأعلن النادي الأهلي تعاقده مع مدرب جديد في جدة.", EntityType.ORG, new int[][] {});
        assertThat(r.mentions()).extracting(EntityMention::text, ShortFormsTest::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("الأهلي", "kb:org/al-ahli-saudi"), org.assertj.core.groups.Tuple.tuple("جدة", "kb:loc/jeddah"));
        // with no cue it links neither
        r = LinkerFixture.linkedAs("وتعاقد الأهلي مع مدرب جديد.", EntityType.ORG, new int[][] {{0, 1, 1}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("الأهلي");
        assertThat(r.mentions().get(0).entity().orElseThrow().id()).startsWith("local:");
    }

    @Test void aFirstWordWithTheArticleStandsForTheNameItBegins() {
        // {sentence, first token, last token}: «الريال» after «ريال مدريد» is Real Madrid
        EntityLinker.Result r = LinkerFixture.linkedAs("فاز ريال مدريد على خصمه. وقال مدرب الريال إن الفريق لعب جيدا.",
                EntityType.ORG, new int[][] {{0, 1, 2}, {1, 2, 2}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/real-madrid", "kb:org/real-madrid");
        // as does one that ends the name («الفيلا», Aston Villa), but the knowledge base knows «اليونايتد»: it is
        // Manchester United beside West Ham United
        r = LinkerFixture.linkedAs("فاز أستون فيلا على خصمه. وتقدم الفيلا في الترتيب.", EntityType.ORG, new int[][] {{0, 1, 2}, {1, 1, 1}});
        assertThat(r.mentions().get(1).entity()).isEqualTo(r.mentions().get(0).entity());
        r = LinkerFixture.linkedAs("فاز ويست هام يونايتد على خصمه. وتفوق عليه اليونايتد في الترتيب.",
                EntityType.ORG, new int[][] {{0, 1, 3}, {1, 2, 2}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/west-ham", "kb:org/man-utd");
        // and one that begins names as written keeps to them: «الاتحاد» of «الاتحاد السعودي لكرة القدم», not «اتحاد القدم»,
        // and of neither «الاتحاد الأوروبي» nor «الاتحاد الأفريقي» when both are named
        r = LinkerFixture.linkedAs("أعلن الاتحاد السعودي لكرة القدم القرار. ويقلق ذلك اتحاد القدم. وقال الاتحاد إنه سيدرس الأمر.",
                EntityType.ORG, new int[][] {{0, 1, 4}, {1, 2, 3}, {2, 1, 1}});
        assertThat(r.mentions().get(2).entity()).isEqualTo(r.mentions().get(0).entity());
        r = LinkerFixture.linkedAs("انتقد الاتحاد الأوروبي والاتحاد الأفريقي القرار. ويقلق ذلك اتحاد القدم. وقال الاتحاد إن القرار خاطئ.",
                EntityType.ORG, new int[][] {{0, 1, 2}, {0, 3, 4}, {1, 2, 3}, {2, 1, 1}});
        assertThat(r.mentions().get(3).entity()).isNotEqualTo(r.mentions().get(2).entity());
        // nor one followed by a nationality the longer name lacks: «الاتحاد البرتغالي» is no «الاتحاد الأوروبي»
        r = LinkerFixture.linkedAs("يتعلق القرار بلاعبين من خارج الاتحاد الأوروبي. وأعرب النادي عن دهشته من بيان الاتحاد البرتغالي لكرة القدم.",
                EntityType.ORG, new int[][] {{0, 5, 6}, {1, 6, 6}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/eu", "local:org/اتحاد");
        // a name's last word followed by a nationality stays the name («سيتي الإسباني تشيكي»: Txiki is Spanish)
        r = LinkerFixture.linkedFound("فاز مانشستر سيتي باللقب. وقال مدير الكرة في سيتي الإسباني تشيكي بيغيرشتاين إن الفريق جاهز.",
                new EntityLinker.Found(0, 1, 2, EntityType.ORG), new EntityLinker.Found(1, 4, 4, EntityType.ORG),
                new EntityLinker.Found(1, 6, 7, EntityType.PER));
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("سيتي")).extracting(ShortFormsTest::id).containsExactly("kb:org/man-city");
        // but the last word of a name stays it, followed by its nation («الإنصاف الباكستانية»)
        r = LinkerFixture.linkedAs("فاز حزب حركة الإنصاف بأغلبية المقاعد. وقال زعيم الإنصاف الباكستانية إنه سيشكل الحكومة.",
                EntityType.ORG, new int[][] {{0, 1, 3}, {1, 2, 2}});
        assertThat(r.mentions().get(1).entity()).isEqualTo(r.mentions().get(0).entity());
    }

    @Test void aPlaceThatBeginsOrEndsOneKnownPlaceOfTheArticleIsThatPlace() {
        // {sentence, first token, last token}: «كوريا» alone, the recogniser's place the knowledge base does not know
        EntityLinker.Result r = LinkerFixture.linkedAs("زار الوفد كوريا الجنوبية أمس. وتستورد كوريا النفط من الخليج.", EntityType.LOC,
                new int[][] {{0, 2, 3}, {1, 1, 1}});
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("كوريا")).extracting(m -> m.entity().orElseThrow().id())
                .containsExactly("kb:country/kr");
        r = LinkerFixture.linkedAs("وصل الوزير إلى إقليم كردستان أمس. واستقبله رئيس كردستان في أربيل.", EntityType.LOC,
                new int[][] {{0, 3, 4}, {1, 2, 2}});
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("كردستان")).extracting(m -> m.entity().orElseThrow().id())
                .containsExactly("kb:loc/kurdistan-region");
        // not an adjective that ends the name
        r = LinkerFixture.linkedAs("تشهد شبه الجزيرة الكورية توترا. وتعد الكورية لغة صعبة.", EntityType.LOC,
                new int[][] {{0, 1, 3}, {1, 1, 1}});
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("الكورية")).extracting(m -> m.entity().orElseThrow().id())
                .hasSize(1).allMatch(id -> id.startsWith("local:"));
        // not with both Koreas named
        r = LinkerFixture.linkedAs("التقى زعيما كوريا الجنوبية وكوريا الشمالية. وتأمل كوريا في السلام.", EntityType.LOC,
                new int[][] {{0, 2, 3}, {0, 4, 5}, {1, 1, 1}});
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("كوريا")).extracting(m -> m.entity().orElseThrow().id())
                .hasSize(1).allMatch(id -> id.startsWith("local:"));
    }

    @Test void theInternationalOrganisationIsTheUnitedNationsTheArticleNames() {
        // {sentence, first token, last token}: «المنظمة الدولية» is the UN's second mention
        EntityLinker.Result r = LinkerFixture.linkedAs("رحبت الأمم المتحدة بالاتفاق. وقال متحدث باسم المنظمة الدولية إن الحوار مستمر.",
                EntityType.ORG, new int[][] {{0, 1, 2}, {1, 3, 4}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/un", "kb:org/un");
        // «هذه» points back to another body; without the UN in the article the phrase stays unlinked
        r = LinkerFixture.linkedAs("رحبت الأمم المتحدة بالاتفاق. ونقل الجرحى إلى مستشفى تديره هذه المنظمة الدولية.",
                EntityType.ORG, new int[][] {{0, 1, 2}, {1, 6, 7}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/un", "local:org/منظمه-الدوليه");
        r = LinkerFixture.linkedAs("رفعت الصين دعوى ضد القرار. وقال متحدث باسم المنظمة الدولية إن الدعوى ستنظر.",
                EntityType.ORG, new int[][] {{1, 3, 4}});
        assertThat(r.mentions()).filteredOn(m -> m.type() == EntityType.ORG).extracting(ShortFormsTest::id)
                .containsExactly("local:org/منظمه-الدوليه");
        // the International Organization for Migration is a name of its own
        r = LinkerFixture.linked("وقالت المنظمة الدولية للهجرة إن آلاف المهاجرين عبروا البحر.", new int[][] {});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/iom");
    }

    @Test void aSurnameSpelledOneLetterApartIsTheSamePerson() {
        // {sentence, first token, last token}: «سيلانوف» is «أنطون سيلوانوف» written without its «و»
        EntityLinker.Result r = LinkerFixture.linked("أكد وزير المالية أنطون سيلوانوف أن روسيا ستواصل البيع. وقال سيلانوف إن الدولار أداة غير موثوقة.",
                new int[][] {{0, 3, 4}, {1, 1, 1}});
        assertThat(r.mentions()).filteredOn(m -> m.type() == EntityType.PER).extracting(ShortFormsTest::id)
                .containsExactly("local:per/انطون-سيلوانوف", "local:per/انطون-سيلوانوف");
        // short surnames are left apart: «كانتي» is not «كونتي»
        r = LinkerFixture.linked("قال أنطونيو كونتي إن الفريق جاهز. ولعب كانتي مباراة جيدة.", new int[][] {{0, 1, 2}, {1, 1, 1}});
        assertThat(r.mentions()).filteredOn(m -> m.type() == EntityType.PER).extracting(ShortFormsTest::id).hasSize(2).doesNotHaveDuplicates();
    }

    @Test void aGivenNameTheKnowledgeBaseGivesToAnotherIsTheArticlesPersonItBegins() {
        // {sentence, first token, last token}: «شارون» is Ariel Sharon's bare name, but here the actress «شارون روني»
        EntityLinker.Result r = LinkerFixture.linked("وتقوم بدورها شارون روني في المسلسل. وتبدأ شارون في التعافي.",
                new int[][] {{0, 2, 3}, {1, 1, 1}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("local:per/شارون-روني", "local:per/شارون-روني");
        // alone, the bare name is his
        r = LinkerFixture.linked("وقال شارون إن الخطة جاهزة.", new int[][] {{0, 1, 1}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:per/ariel-sharon");
        // a name that is no given name stays the known person's after a mention that ran on into a word
        r = LinkerFixture.linked("وأصبح نيمار أغلى لاعب في العالم. وسجل نيمار هدفا.", new int[][] {{0, 1, 2}, {1, 1, 1}});
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("نيمار")).extracting(ShortFormsTest::id).containsExactly("kb:per/neymar");
        // nor a surname that is no given name, though the run-on ends in one («ماكرون محمد»)
        r = LinkerFixture.linked("وسأل الصحفي ماكرون محمد عن الخطة. وقال ماكرون إن الخطة جاهزة.", new int[][] {{0, 2, 3}, {1, 1, 1}});
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("ماكرون")).extracting(ShortFormsTest::id)
                .containsExactly("kb:per/emmanuel-macron");
        // a king's given name after his title stays his
        r = LinkerFixture.linked("وكرم الأمير فهد آل سليمان الفائزين. وصنفت المجلة جامعتي الملك فهد للبترول والمعادن بين الأفضل.", new int[][] {{0, 2, 4}, {1, 4, 4}});
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("فهد")).extracting(ShortFormsTest::id).containsExactly("kb:per/king-fahd");
        r = LinkerFixture.linked("بثورة شاملة على نظام خامنئي أخجل الجميع. وقال خامنئي إن الاحتجاجات مؤامرة.", new int[][] {{0, 4, 5}, {1, 1, 1}});
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("خامنئي")).extracting(ShortFormsTest::id).containsExactly("kb:per/ali-khamenei");
    }

    @Test void aSurnameTwoLongFormsEndIsTheOneTheArticleNamesMost() {
        // {sentence, first token, last token}: «بيل كلينتون» once, «هيلاري كلينتون» twice: «كلينتون» alone is Hillary
        EntityLinker.Result r = LinkerFixture.linked("وهزم بيل كلينتون بوش الأب. وتواجه هيلاري كلينتون ترامب. "
                + "وقالت هيلاري كلينتون إنها ستفوز. وكانت كلينتون وجهت رسالة.", new int[][] {{0, 1, 2}, {1, 1, 2}, {2, 1, 2}, {3, 1, 1}});
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("كلينتون")).extracting(ShortFormsTest::id)
                .containsExactly("kb:per/hillary-clinton");
        // named as often, the one named first: the hostage before her father
        r = LinkerFixture.linked("وصلت الرهينة إيزابيل بريم إلى باريس. وأكد جان نويل بريم والدها الخبر. وخطفت بريم في مارس.",
                new int[][] {{0, 2, 3}, {1, 1, 3}, {2, 1, 1}});
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("بريم")).extracting(ShortFormsTest::id)
                .containsExactly("local:per/ايزابيل-بريم");
    }

    @Test void aSurnameTheKnowledgeBaseGivesToOnePersonIsHimBesideARelative() {
        // {sentence, first token, last token}: «ترامب» next to «ميلانيا ترامب» is the president; «الجعفري» after «بشار الجعفري» is Bashar
        EntityLinker.Result r = LinkerFixture.linked("وانتقدت ميلانيا ترامب الحملة على زوجها. ورد ترامب على المقابلة.",
                new int[][] {{0, 1, 2}, {1, 1, 1}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:per/melania-trump", "kb:per/donald-trump");
        r = LinkerFixture.linked("وقال بشار الجعفري إن الحل سياسي. وأضاف الجعفري أن الحوار مستمر.", new int[][] {{0, 1, 2}, {1, 1, 1}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:per/bashar-jaafari", "kb:per/bashar-jaafari");
    }

    @Test void aSurnameTheKnowledgeBaseGivesToAnotherIsTheArticlesPersonWhereNoFamilyIsNamed() {
        // «بيريز» is Shimon Peres's other name in the knowledge base; a football story on «فلورنتينو بيريز»
        // names no wife, son or brother, and its «بيريز» is Florentino
        EntityLinker.Result r = LinkerFixture.linked("وقال رئيس النادي فلورنتينو بيريز إن الصفقة انتهت. ورد بيريز على المدرب.",
                new int[][] {{0, 3, 4}, {1, 1, 1}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:per/florentino-perez", "kb:per/florentino-perez");
        // «عائلة» of «إنه يمثل عائلة بالنسبة لي» (he is family to me) names no family; «زوجها» does
        assertThat(familyWords("إنه يمثل عائلة بالنسبة لي")).isFalse();
        assertThat(familyWords("وانتقدت الحملة على زوجها")).isTrue();
    }

    private static boolean familyWords(String body) {
        List<List<Token>> sentences = List.of(new TextStage().tokens(body));
        return ShortForms.familyWords(sentences, new FoldedWords(sentences));
    }

    @Test void anAppNameMarkedPlusIsAMentionWithoutTheRecogniser() {
        // «انستجرام» is marked '+' in entities.tsv: a mention wherever written, and no gazetteer feature
        EntityLinker.Result r = LinkerFixture.linked("ونشرت المغنية صورة على انستجرام مساء الأحد.", new int[][] {});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/instagram");
        assertThat(KnowledgeBase.shipped().gazetteer().labels("انستغرام", "انستغرام")).isEmpty();
        // so is a development bank the recogniser cut short («البنك الأوروبي» of the EBRD)
        EntityLinker.Result bank = LinkerFixture.linkedAs("وقعت مصر اتفاقا مع \"البنك الأوروبي لإعادة الإعمار والتنمية\" لدعم المشروع.",
                org.marsad.article.EntityType.ORG, new int[][] {{0, 5, 6}});
        assertThat(bank.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:country/eg", "kb:org/ebrd");
        assertThat(bank.mentions().get(1).text()).isEqualTo("البنك الأوروبي لإعادة الإعمار والتنمية");
        // and a sports network whose «إن» the recogniser cannot see past
        EntityLinker.Result bein = LinkerFixture.linkedAs("وأعلنت مجموعة قنوات بي ان سبورتس تأمين حقوق البث.",
                org.marsad.article.EntityType.PER, new int[][] {{0, 5, 5}});
        assertThat(bein.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/bein-sports");
        // a company the recogniser took for a person is the company
        EntityLinker.Result casio = LinkerFixture.linked("وقال إن كاسيو تفتخر بافتتاح متجرها الجديد.", new int[][] {{0, 2, 2}});
        assertThat(casio.mentions()).extracting(EntityMention::type).containsExactly(org.marsad.article.EntityType.ORG);
        assertThat(casio.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:org/casio");
    }
    @Test void aKnownWifeIsNotHerHusband() {
        // {sentence, first token, last token}: the recogniser found «الأسد» alone; the knowledge base knows «أسماء الأسد»
        EntityLinker.Result r = LinkerFixture.linked("أكدت زوجة الرئيس السوري بشار الأسد، أسماء الأسد، أنها من الشعب الصامد.",
                new int[][] {{0, 4, 5}, {0, 8, 8}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsExactly("kb:per/bashar-al-assad", "kb:per/asma-al-assad");
    }

    @Test
    void theKingsNameWithTheArticleIsTheKing() {
        // «الفيصل», as the Saudi press calls King Faisal, in a story that names him
        EntityLinker.Result r = LinkerFixture.linked("زار الملك فيصل بن عبدالعزيز الأحساء قديما. وقال الراوي إن الفيصل كان قريبا من الناس.",
                new int[][] {{0, 2, 4}, {1, 3, 3}});
        assertThat(r.mentions()).filteredOn(m -> m.type() == EntityType.PER)
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:per/king-faisal", "kb:per/king-faisal");
        // after Saud al-Faisal's full name it is his surname; with no king in the story it stays the article's own
        EntityLinker.Result saud = LinkerFixture.linked("وقال سعود الفيصل إن الحوار مستمر. وأضاف الفيصل أن الوفد سيعود.",
                new int[][] {{0, 1, 2}, {1, 1, 1}});
        assertThat(saud.mentions()).extracting(m -> m.entity().orElseThrow().id()).containsOnly("kb:per/saud-al-faisal");
        assertThat(LinkerFixture.linked("وقال الراوي إن الفيصل كان قريبا من الناس.", new int[][] {{0, 3, 3}}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("local:per/الفيصل");
    }

    @Test
    void aKnownWholeNameStaysItselfBesideALongerNameThatEndsWithIt() {
        // {sentence, first token, last token}: «بول ياسر عرفات» ("Yasser Arafat's urine") read as one name takes
        // neither «ياسر عرفات» nor «عرفات» from the knowledge base
        EntityLinker.Result r = LinkerFixture.linked("وتوفي ياسر عرفات في باريس. وفحصت عينات من بول ياسر عرفات. وقالت أرملة عرفات إنها تنتظر.",
                new int[][] {{0, 1, 2}, {1, 3, 5}, {2, 2, 2}});
        assertThat(r.mentions()).filteredOn(m -> m.type() == EntityType.PER && !m.text().startsWith("بول"))
                .extracting(ShortFormsTest::id).containsExactly("kb:per/yasser-arafat", "kb:per/yasser-arafat");
        // a surname of two words the knowledge base gives to another («أبو الغيط») is the article's own person's
        r = LinkerFixture.linked("وقال المحلل محمد أبو الغيط إن السوق تتعافى. وأضاف أبو الغيط أن الفائدة ستنخفض.",
                new int[][] {{0, 2, 4}, {1, 1, 2}});
        assertThat(r.mentions()).extracting(ShortFormsTest::id).containsOnly("local:per/محمد-ابو-الغيط");
    }

    @Test
    void aFirstNameThatOnlyLinksIsThePersonInAnArticleThatNamesHerInFull() {
        // «سيرينا» alone is a link-only short form of Serena Williams: a mention where the article names her in full
        assertThat(LinkerFixture.linked("فازت سيرينا وليامز بالمباراة أمس. وقالت سيرينا إنها سعيدة بالفوز.", new int[][] {}).mentions())
                .extracting(EntityMention::text, ShortFormsTest::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("سيرينا وليامز", "kb:per/serena-williams"),
                        org.assertj.core.groups.Tuple.tuple("سيرينا", "kb:per/serena-williams"));
        // and none where it does not
        assertThat(LinkerFixture.linked("وقالت رائدة الفضاء سيرينا إنها سعيدة بالرحلة.", new int[][] {}).mentions()).isEmpty();
    }
}
