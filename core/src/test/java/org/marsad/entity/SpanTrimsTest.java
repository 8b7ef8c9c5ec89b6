package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.LinkerFixture.linked;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** Words trimmed from a recognised mention ({@link SpanTrims}), one test per phenomenon, on sentences written for these tests. */
class SpanTrimsTest {
    @Test
    void aReligiousFormulaIsNoPartOfAName() {
        // «يرحمه الله» (God have mercy on him) after a name: the name ends before it
        EntityLinker.Result r = linked("وكان الشهيد محمد الكعبي يرحمه الله قائدا شجاعا.", new int[][] {{0, 2, 5}});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("محمد الكعبي");
        // a formula alone is «الله», God, which ANERcorp and AQMAR tag MISC; the knowledge base links it
        for (String body : java.util.List.of("وقال الشيخ يرحمه الله إن العلم نور.", "وقال الله تعالى في كتابه.",
                "وسيبدأ المشروع بمشيئة الله غدا.", "وتم بتوفيق الله إنجاز المشروع.", "وقال بارك الله فيكم جميعا.",
                "وقال أدام الله عزكم جميعا.")) {
            int[][] span = body.contains("يرحمه") || body.contains("بمشيئة") ? new int[][] {{0, 2, 3}}
                    : body.contains("بتوفيق") ? new int[][] {{0, 1, 2}} : new int[][] {{0, 1, 2}};
            EntityLinker.Result alone = linked(body, span);
            assertThat(alone.mentions()).as(body).extracting(EntityMention::text).containsExactly("الله");
            assertThat(alone.mentions().get(0).type()).isEqualTo(EntityType.MISC);
            assertThat(alone.mentions().get(0).entity()).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("kb:misc/allah"));
        }
        // compound names and places with «الله» stay whole
        assertThat(linked("وقال عبد الله الرشيد إن الاجتماع انتهى.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("عبد الله الرشيد");
        assertThat(linkedAs("ووصل الوفد إلى رام الله مساء.", EntityType.LOC, new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("رام الله");
    }

    @Test
    void dotsAtAMentionsEdgeAreNoPartOfIt() {
        // {sentence, first token, last token}: the recogniser ran the place into the two dots after it
        assertThat(linkedAs("وتهيمن الشركات على اقتصاد كوريا.. ويتلاشى الحماس.", EntityType.LOC, new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("كوريا");
    }

    @Test
    void aBlessingAfterANameIsNoPartOfIt() {
        // {sentence, first token, last token}: «رضي الله عنه» ("God be pleased with him") after the caliph's name
        assertThat(linked("وروى عمر بن الخطاب رضي الله عنه قصة طويلة.", new int[][] {{0, 1, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("عمر بن الخطاب");
        // also where the recogniser took «الله» in too
        assertThat(linked("وروى زيد بن علي رضي الله عنه الحديث.", new int[][] {{0, 1, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("زيد بن علي");
        // «صلى الله عليه وسلم» after «النبي»: its verb taken for a name is none
        assertThat(linked("وأوصى النبي صلى الله عليه وسلم بالجار.", new int[][] {{0, 2, 2}}).mentions())
                .filteredOn(m -> m.type() == EntityType.PER).isEmpty();
    }

    @Test
    void aClosingFormulaIsGod() {
        // {sentence, first token, last token}: «والله الموفق» ("God grants success") closes a statement
        EntityLinker.Result r = linked("وسنواصل العمل والله الموفق.", new int[][] {{0, 2, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("الله", EntityType.MISC));
    }

    @Test
    void goodFaithBeforeANameIsNoPartOfIt() {
        // «حسن نية ظريف»: Zarif's good faith, not a man named Hassan
        assertThat(linked("وأشاد الوزير بحسن نية ظريف في المفاوضات.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("ظريف");
        // and before a word with the article, a thing's: the smooth running of the season
        assertThat(linked("وتابع الوزير حسن سير الموسم بنفسه.", new int[][] {{0, 2, 4}}).mentions()).isEmpty();
    }

    @Test
    void anAccusativeParticipleAfterANameIsNoPartOfIt() {
        // «خلفا» ("succeeding"), «مؤيدا» ("supporting") say what the man is to someone else
        assertThat(linked("وأكدت الحركة تعيين منصور خلفا للملا عمر.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).startsWith("منصور").noneMatch(text -> text.contains("خلفا"));
        assertThat(linked("ويعد النائب خالد العمري مؤيدا للمشروع.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("خالد العمري");
        // nor is «لكن» ("but"), which opens the next clause
        assertThat(linked("وتابع خالد العمري لكن الوقت ضيق.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("خالد العمري");
    }

    @Test
    void allahTakenForAPlaceIsGod() {
        // «قضاء» is also an Iraqi district, but «قضاء الله» is God's decree
        EntityLinker.Result r = linkedAs("ورضي الجميع بقضاء الله وقدره.", EntityType.LOC, new int[][] {{0, 3, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("الله", EntityType.MISC));
        assertThat(r.mentions().get(0).entity()).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("kb:misc/allah"));
    }

    @Test
    void wordsWithTanweenAreNoPartOfAName() {
        // {sentence, first token, last token}
        assertThat(linked("وكتب شعراً ماجناً في شبابه.", new int[][] {{0, 1, 2}}).mentions()).isEmpty();
        assertThat(linked("وعين المجلس عبد الرحمن لوتاه نائبًا للرئيس.", new int[][] {{0, 2, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("عبد الرحمن لوتاه");
        // but a sum of money keeps its currency
        assertThat(linkedAs("وبلغ السعر ثلاثين دولاراً للبرميل.", EntityType.MISC, new int[][] {{0, 3, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("دولاراً");
    }

    @Test
    void aClauseOpenerEndsAPersonsName() {
        // {sentence, first token, last token}: the colon missing, the recogniser ran on into «لقد سررت»
        assertThat(linked("وقال الفارس عبدالله ناصر سليمان لقد سررت بنجاح المسيرة.", new int[][] {{0, 2, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("عبدالله ناصر سليمان");
        assertThat(linked("وأكد المدرب سامي حداد أنه راض عن الأداء.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("سامي حداد");
        // nor with a title in the accusative, or «ولي» of «ولي العهد»
        assertThat(linked("وجاء التشكيل الجديد: حميد شيباني نائبا للرئيس.", new int[][] {{0, 4, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("حميد شيباني");
        // nor with the verb of what the speaker's words did, before «فيها» ("in it")
        assertThat(linked("ثم ألقى كلمة الضيوف الدكتور سامي العتيبي رحب فيها بالحضور.", new int[][] {{0, 5, 7}}).mentions())
                .extracting(EntityMention::text).containsExactly("سامي العتيبي");
        assertThat(linked("وألقى كلمة نيابة عن الطلاب سامي بن خالد العتيبي شكر فيها المعلمين.", new int[][] {{0, 5, 9}}).mentions())
                .extracting(EntityMention::text).containsExactly("سامي بن خالد العتيبي");
        // nor opens with «خلفا» ("succeeding"), nor is it alone a name
        assertThat(linked("وأعلن ترشحه لرئاسة الاتحاد خلفا لبلاتر الذي استقال.", new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("بلاتر");
        assertThat(linked("وعين مدربا للمنتخب خلفا لرابح ماجر.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
        // nor ends with the participle that goes on with a speaker
        assertThat(linked("وأوضح الفرق بين تصميمه وتصميم البلجيكي أوليفييه ديبي قائلا إن الشعارين مختلفان.", new int[][] {{0, 6, 8}})
                .mentions()).extracting(EntityMention::text).containsExactly("أوليفييه ديبي");
    }

    @Test
    void aWeekdayIsNoPartOfAFullNameAndATimeOfAWeekdayIsNoName() {
        // {sentence, first token, last token}
        assertThat(linked("وقال مايك بومبيو الخميس إن المحادثات مستمرة.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("مايك بومبيو");
        // «الخميس» is a surname too: after one word it stays
        assertThat(linked("وقال أحمد الخميس إن المحادثات مستمرة.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("أحمد الخميس");
        // «صباح» (Sabah) is a given name, but «صباح الخميس» is Thursday morning
        assertThat(linked("وقالت المتحدثة صباح الخميس إن الصواريخ أطلقت ليلا.", new int[][] {{0, 2, 3}}).mentions()).isEmpty();
    }

    @Test
    void aPersonLeavesOutTheNumberItOpensWith() {
        assertThat(linked("وأضاف في الدقيقة 85 ميسي الهدف الثاني.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("ميسي");
        // a number alone is no one
        assertThat(linked("وبلغ عدد الركاب 11.003.768 خلال العام.", new int[][] {{0, 3, 3}}).mentions()).isEmpty();
    }

    @Test
    void particlesAreNoPartOfAName() {
        // {sentence, first token, last token}: «آبي إلى», «آبي قد»
        assertThat(linked("وأشار آبي إلى أن الشركة تأخرت.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("آبي");
        assertThat(linked("وكان آبي قد قال إن هناك مشكلات.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("آبي");
        // «قيد» ("under" house arrest)
        assertThat(linked("ويبقى سامي حداد قيد الإقامة الجبرية منذ عام.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("سامي حداد");
        assertThat(linkedAs("ووصف محافظ البنك المركزي بأنه الحبر الأعظم.", EntityType.ORG, new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("البنك المركزي");
        // «على» before a name is the preposition ...
        assertThat(linked("وعقب صدور الحكم على رائف البدوي طالبت المنظمة بالإفراج عنه.", new int[][] {{0, 3, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("رائف البدوي");
        // ... unless the article writes final ي as ى, where it is the name Ali
        assertThat(linked("وقال على عبد الله صالح فى خطابه إن الحرب انتهت.", new int[][] {{0, 1, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("على عبد الله صالح");
    }

    @Test
    void anOrdinalOrNotAfterANameIsNoPartOfIt() {
        // {sentence, first token, last token}: «سادس أفضل لاعب» (sixth best player), «غير قادر» (not able)
        assertThat(linked("وهنا اختير راؤول سادس أفضل لاعب في العالم.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("راؤول");
        assertThat(linked("وأصبح راؤول غير قادر على التسجيل.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("راؤول");
        // nor "then", "yesterday"
        assertThat(linked("وكانت بينهن أرجينتو آنذاك في الفندق.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("أرجينتو");
        assertThat(linked("ووصل منصور هادي أمس إلى عدن.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("منصور هادي", "عدن");
        // «آل ثاني» is a family
        assertThat(linked("وقال الشيخ منصور آل ثاني إن الاتفاق مهم.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("منصور آل ثاني");
    }

    @Test
    void goodNeighbourlinessIsNoPerson() {
        // {sentence, first token, last token}: «حسن» is "good" before these nouns, not Hassan
        assertThat(linked("ودعا إلى علاقات تقوم على مبادئ حسن الجوار وعدم التدخل.", new int[][] {{0, 6, 7}}).mentions()).isEmpty();
        assertThat(linked("ولحسن الحظ لم يصب أحد بأذى.", new int[][] {{0, 0, 1}}).mentions()).isEmpty();
        // a Hassan with a surname stays
        assertThat(linked("وقال حسن الشافعي إن الاجتماع انتهى.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("حسن الشافعي");
    }

    @Test
    void theSchoolingSectionBeforeAnOfficersNameIsNoPartOfIt() {
        // «للشؤون التعليمية بنين»: educational affairs for boys
        assertThat(linked("انتقل إلى رحمة الله شقيق مساعد المدير للشؤون التعليمية بنين حسين علي آل معمر.", new int[][] {{0, 9, 13}})
                .mentions()).extracting(EntityMention::text).containsExactly("حسين علي آل معمر");
    }

    @Test
    void theTongueOfInTheWordsOfIsNoPartOfTheName() {
        // «على لسان» ("in the words of"): «لسان» read as ل + «سان» (San) and joined to the name after it
        assertThat(linkedAs("ونقلت الوكالة على لسان نصرالله قوله إن المقاومة جاهزة.", EntityType.LOC, new int[][] {{0, 3, 4}})
                .mentions()).extracting(EntityMention::text).containsExactly("نصرالله");
        // «من لسان» ("from the tongue of") too
        assertThat(linkedAs("ولم يسلم السياسيون من لسان ستيوارت الساخر.", EntityType.LOC, new int[][] {{0, 4, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("ستيوارت");
        assertThat(linkedAs("ونقلت القناة على لسان الأمير قوله إن المملكة ماضية.", EntityType.LOC, new int[][] {{0, 3, 4}})
                .mentions()).isEmpty();
        // «في لسان العرب» is the dictionary; «لسان لورينزو» after no «على» is "for San Lorenzo"
        assertThat(linkedAs("وجاء في لسان العرب أن الكلمة قديمة.", EntityType.LOC, new int[][] {{0, 2, 3}})
                .mentions()).extracting(EntityMention::text).doesNotContain("العرب");
        assertThat(linkedAs("وانتقل اللاعب لسان لورينزو الموسم الماضي.", EntityType.ORG, new int[][] {{0, 2, 3}})
                .mentions()).extracting(EntityMention::text).containsExactly("سان لورينزو");
    }

    @Test
    void aHeadNounAndTheOpeningQuoteMarkAreNoPartOfTheNameAfterThem() {
        // {sentence, first token, last token}: the recogniser took in «منظمة» and the opening mark
        assertThat(linkedAs("خلال عضويته في منظمة \"توباماروس\" المعارضة.", EntityType.ORG, new int[][] {{0, 3, 5}})
                .mentions()).extracting(EntityMention::text).containsExactly("توباماروس");
    }

    @Test
    void inFavourOfIsNoPartOfTheNameAfterIt() {
        // «لصالح إيران» ("in favour of Iran"), read as ل + Saleh and Iran
        assertThat(linkedAs("ولن تسمح بتحول استراتيجي لصالح إيران في المنطقة.", EntityType.LOC, new int[][] {{0, 4, 5}})
                .mentions()).extracting(EntityMention::text).containsExactly("إيران");
    }

    @Test
    void aPlayersMoveEndsHisName() {
        // {sentence, first token, last token}: «المنتقل من» ("transferred from"), «المعار من» ("on loan from")
        assertThat(linked("وضم الفريق ساري عمرو المنتقل من الوحدة.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("ساري عمرو");
        assertThat(linked("وعاد المعار من الفريق الآخر إلى التدريبات.", new int[][] {{0, 1, 1}}).mentions()).isEmpty();
    }

    @Test
    void aDirectorGeneralWithItsSpaceLostIsNoPartOfTheName() {
        assertThat(linked("وحضر عدنان الخالد مديرعام الصحة الحفل.", new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("عدنان الخالد");
    }

    @Test
    void inHisNameIsNoPartOfTheName() {
        // {sentence, first token, last token}: «باسمه» ("in his name") after the king's name
        assertThat(linked("وأعرب الملك سلمان باسمه عن التهنئة.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("سلمان");
    }

    @Test
    void aParticipleThatGoesOnWithTheSpeakerEndsHisName() {
        // «معقبا» ("commenting") after the surname: the speaker goes on, the name has ended
        assertThat(linked("وأضاف الغامدي معقبا على الرأي الآخر.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("الغامدي");
    }

    @Test
    void aTitleThatIsAlsoANameEndsTheNameBeforeItsComplement() {
        // «أمير منطقة ...» (the region's governor) and «شيخ شمل ...» (the tribes' paramount sheikh) after the name
        assertThat(linked("واستقبل الأمير سعود بن نايف أمير منطقة الجوف الوفد.", new int[][] {{0, 2, 5}}).mentions())
                .extracting(EntityMention::text).contains("سعود بن نايف").doesNotContain("سعود بن نايف أمير");
        assertThat(linked("وقال الشيخ حمد بن سالم شيخ شمل القبائل إن الموسم طيب.", new int[][] {{0, 2, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("حمد بن سالم");
        // but a name may end with «أمير» where no such complement follows
        assertThat(linked("وفاز اللاعب محمد أمير بالجائزة.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("محمد أمير");
    }

    @Test
    void aRelativePronounAPhoneNumberOrAParticipleOfATransferEndsTheName() {
        assertThat(linked("وتعاقد النادي مع ريفاس اللذين سيصلان غدا.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("ريفاس");
        assertThat(linked("وللاستفسار يتصل بالأستاذ سعود ٠٥٥٥٨٥٥٨٦٤ مساء.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("سعود");
        // but a model's number stays, for the product it makes of the mention
        assertThat(linked("وأطلقت الشركة هاتف زينو إكس5 الجديد.", new int[][] {{0, 3, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("زينو إكس5");
        assertThat(linked("وسجل المهاجم كارلوس باكا المنتقل حديثا هدفين.", new int[][] {{0, 2, 4}}).mentions())
                .extracting(EntityMention::text).containsExactly("كارلوس باكا");
        assertThat(linked("وصلى الأمير خالد بن سعد ركعتين في المسجد.", new int[][] {{0, 2, 5}}).mentions())
                .extracting(EntityMention::text).containsExactly("خالد بن سعد");
    }

    @Test
    void aCountrysNameWithTanweenIsItsAdjectiveAndNoMention() {
        // «روسياً» (Russian, accusative): the country's name takes no tanween
        assertThat(linked("وطردت الحكومة 60 دبلوماسياً روسياً من العاصمة.", new int[][] {}).mentions()).isEmpty();
        assertThat(linked("وطردت الحكومة دبلوماسيين من روسيا أمس.", new int[][] {}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:country/ru");
        // «سورية» after a feminine plural is the adjective too («مروحيات سورية», Syrian helicopters)
        assertThat(linked("وقصفت مروحيات سورية المنطقة أمس.", new int[][] {}).mentions()).isEmpty();
        assertThat(linked("وقصفت المروحيات مناطق في سورية أمس.", new int[][] {}).mentions())
                .extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:country/sy");
    }

    @Test
    void theDayAfterANameIsNoPartOfIt() {
        assertThat(linked("وصل الأمير وليام الاثنين إلى تل أبيب.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).startsWith("وليام");
        // «الخميس» is a family name too: it goes only after a person the knowledge base knows
        assertThat(linked("وقال الرئيس ماكرون الخميس إن الحل قريب.", new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text, m -> m.entity().map(e -> e.id()).orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ماكرون", "kb:per/emmanuel-macron"));
        assertThat(linked("وقال أحمد الخميس إن الحل قريب.", new int[][] {{0, 1, 2}}).mentions())
                .extracting(EntityMention::text).containsExactly("أحمد الخميس");
        // «اليوم» and a day after a name of any kind; «الإمارات اليوم», a paper, ends in no day
        assertThat(linkedAs("وأعلنت جائزة الشيخ زايد للكتاب اليوم الأربعاء أسماء الفائزين.", EntityType.MISC, new int[][] {{0, 1, 6}}).mentions())
                .extracting(EntityMention::text).containsExactly("جائزة الشيخ زايد للكتاب");
        assertThat(linkedAs("ونقلت صحيفة الإمارات اليوم الخبر.", EntityType.ORG, new int[][] {{0, 2, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("الإمارات اليوم");
        // a day alone after another kind of name may be its own («مهرجان سوق الأربعاء», the town's festival)
        assertThat(linkedAs("وانطلق مهرجان سوق الأربعاء أمس.", EntityType.MISC, new int[][] {{0, 1, 3}}).mentions())
                .extracting(EntityMention::text).containsExactly("مهرجان سوق الأربعاء");
    }
}
