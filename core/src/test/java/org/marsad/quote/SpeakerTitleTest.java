package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.quote.QuoteFixture.firstWith;
import static org.marsad.quote.QuoteFixture.localPerson;
import static org.marsad.quote.QuoteFixture.only;
import static org.marsad.quote.QuoteFixture.person;
import static org.marsad.quote.QuoteFixture.quotes;
import static org.marsad.quote.QuoteFixture.quotesWith;
import static org.marsad.quote.QuoteFixture.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityRef;
import org.marsad.article.Quote;

/**
 * Speakers named at the end of a long title, and words that look like a speaker and are not (the
 * verb's object, God in a verse); one test per phenomenon, on sentences written for these tests.
 */
class SpeakerTitleTest {
    @Test
    void aLongTitleRunsOnToThePersonNamedAfterAnHonorific() {
        String text = "وأوضح المتحدث الرسمي للإدارة العامة للدفاع المدني بالعاصمة المقدسة الرائد نايف الشريف أن النيران اشتعلت في مبنى قيد الإنشاء.";
        Quote q = firstWith(text, person(text, "نايف الشريف", localPerson("نايف الشريف")));
        assertThat(speaker(q)).endsWith("الرائد نايف الشريف");
        assertThat(q.speaker().orElseThrow().entity()).contains(localPerson("نايف الشريف"));
        // a person spoken with is no speaker
        String with = "وقال الوزير خلال لقائه مع نظيره الشيخ خالد الأحمد أن العلاقات بين البلدين متينة جدا.";
        Quote w = firstWith(with, person(with, "خالد الأحمد", localPerson("خالد الأحمد")));
        assertThat(speaker(w)).isEqualTo("الوزير");
    }

    @Test
    void aLongTitleRunsOnToTheFullNameBeforeWhatWasSaid() {
        String text = "وأوضح المتحدث الرسمي لهيئة الهلال الأحمر السعودي بالمنطقة الشرقية فهد الغامدي أن الهيئة تنفذ الدورات.";
        Quote q = firstWith(text, person(text, "فهد الغامدي", localPerson("فهد الغامدي")));
        assertThat(speaker(q)).endsWith("بالمنطقة الشرقية فهد الغامدي");
        assertThat(q.speaker().orElseThrow().entity()).isPresent();
        String comma = "وقال العضو المنتدب الرئيس التنفيذي للهيئة سعيد محمد الطاير، إن الطاقة الإيجابية سر النجاح.";
        assertThat(speaker(firstWith(comma, person(comma, "سعيد محمد الطاير", localPerson("سعيد محمد الطاير")))))
                .endsWith("للهيئة سعيد محمد الطاير");
        // a place, also after «في», may stand in the title
        String in = "وأوضح المتحدث الرسمي للهلال الأحمر في تبوك خالد بن مرضي العنزي أن الفرق باشرت البلاغات.";
        org.marsad.article.EntityMention tabuk = QuoteFixture.place(in, "تبوك", null);
        assertThat(speaker(firstWith(in, tabuk, person(in, "خالد بن مرضي العنزي", localPerson("خالد بن مرضي العنزي")))))
                .endsWith("في تبوك خالد بن مرضي العنزي");
        // with no person there, the title alone
        assertThat(speaker(only(text))).isEqualTo("المتحدث الرسمي لهيئة الهلال الأحمر السعودي");
    }

    @Test
    void aTitleAloneIsThePersonItNamedBeforeNotTheBodyInIt() {
        // «أستاذ ... بجامعة الأزهر» named the professor (with «الدكتور» between); alone, it is him, not the university
        String text = "أكد أستاذ التاريخ الإسلامي بجامعة الأزهر، الدكتور عبد المقصود باشا، أن المخطوطات صادقة مئة في المائة. "
                + "وعن دلالة الاكتشاف، أكد أستاذ التاريخ الإسلامي بجامعة الأزهر، أن المسلمين اهتموا بالقرآن اهتماما كبيرا.";
        org.marsad.article.EntityRef azhar = new org.marsad.article.EntityRef("kb:org/al-azhar", "الأزهر", java.util.Optional.of("Al-Azhar"),
                org.marsad.article.EntityType.ORG, java.util.Optional.empty());
        int second = text.lastIndexOf("جامعة الأزهر");
        java.util.List<Quote> q = QuoteFixture.quotesWith(text,
                QuoteFixture.mentionAt(text.indexOf("جامعة الأزهر"), "جامعة الأزهر", org.marsad.article.EntityType.ORG, azhar),
                person(text, "عبد المقصود باشا", localPerson("عبد المقصود باشا")),
                QuoteFixture.mentionAt(second, "جامعة الأزهر", org.marsad.article.EntityType.ORG, azhar));
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1))).isEqualTo("أستاذ التاريخ الإسلامي بجامعة الأزهر");
        assertThat(q.get(1).speaker().orElseThrow().entity()).contains(localPerson("عبد المقصود باشا"));
    }

    @Test
    void aTitleAloneMayComeBeforeTheNameOrEndInTheOtherGender() {
        // the lead gives the title, a later sentence the name
        String lead = "صرحت منسقة الأمم المتحدة للشؤون الإنسانية بأن ما شهدته المدينة من هجمات أمر مروع. "
                + "وقالت منسقة الأمم المتحدة للشؤون الإنسانية ليزا غراندي إن أعمال العنف هذه تثير الصدمة.";
        EntityRef grandi = localPerson("ليزا غراندي");
        assertThat(quotesWith(lead, person(lead, "ليزا غراندي", grandi)).get(0).speaker().orElseThrow().entity()).contains(grandi);
        // «الإيرانية» agrees with «الخارجية», «الإيراني» with «وزير»: one title
        String zarif = "وقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده تقف مع جيرانها دائما. "
                + "ولفت وزير الخارجية الإيرانية إلى أن على واشنطن معالجة إدمانها على الحظر.";
        EntityRef him = localPerson("محمد جواد ظريف");
        assertThat(quotesWith(zarif, person(zarif, "محمد جواد ظريف", him)).get(1).speaker().orElseThrow().entity()).contains(him);
    }

    @Test
    void aBodyThatIsTheWholeSpeakerIsNoTitle() {
        // «وأكد الاتحاد الأوروبي»: the Union spoke, though the article also gave its name before a person
        String text = "وقالت الاتحاد الأوروبي فيديريكا موغيريني إن الاتفاق صامد رغم الضغوط. "
                + "وأكد الاتحاد الأوروبي أن قانونا خاصا سيطبق اعتبارا من الشهر المقبل.";
        EntityRef eu = new EntityRef("kb:org/eu", "الاتحاد الأوروبي", java.util.Optional.of("European Union"),
                org.marsad.article.EntityType.ORG, java.util.Optional.empty());
        int mogherini = text.indexOf("فيديريكا موغيريني");
        org.marsad.article.EntityMention her = new org.marsad.article.EntityMention(mogherini, mogherini + "فيديريكا موغيريني".length(),
                "فيديريكا موغيريني", org.marsad.article.EntityType.PER, java.util.Optional.of(localPerson("فيديريكا موغيريني")),
                java.util.Optional.of("الاتحاد الأوروبي"));
        int second = text.lastIndexOf("الاتحاد الأوروبي");
        List<Quote> q = quotesWith(text, her, QuoteFixture.mentionAt(second, "الاتحاد الأوروبي", org.marsad.article.EntityType.ORG, eu));
        assertThat(q.get(1).speaker().orElseThrow().entity()).contains(eu);
    }

    @Test
    void anInstitutionIsNotAPlaceInItsPhrase() {
        // «نادي موناكو وصيف بطل فرنسا»: the club announced, not France
        String text = "أعلن نادي موناكو وصيف بطل فرنسا أن مهاجمه الدولي انتقل إلى نادي إيفرتون الإنجليزي.";
        Quote q = firstWith(text, QuoteFixture.place(text, "موناكو", QuoteFixture.kbPlace("kb:country/mc", "موناكو", "Monaco")),
                QuoteFixture.place(text, "فرنسا", QuoteFixture.kbPlace("kb:country/fr", "فرنسا", "France")));
        assertThat(speaker(q)).isEqualTo("نادي موناكو وصيف بطل فرنسا");
        assertThat(q.speaker().orElseThrow().entity()).isEmpty();
    }

    @Test
    void theEndOfALongerTitleNamesNoHolder() {
        // «رئيس وكالة الحماية المدنية لويس فونسيكا»: the agency is no title of his
        String text = "وقال رئيس وكالة الحماية المدنية لويس فونسيكا إن فرق الإنقاذ انتشرت في المناطق المتضررة. "
                + "وقالت وكالة الحماية المدنية إن 37 شخصا نقلوا إلى المستشفى بعد الزلزال.";
        List<Quote> q = quotesWith(text, person(text, "لويس فونسيكا", localPerson("لويس فونسيكا")));
        assertThat(speaker(q.get(1))).isEqualTo("وكالة الحماية المدنية");
        assertThat(q.get(1).speaker().orElseThrow().entity()).isEmpty();
    }

    @Test
    void aSurnameAloneWithTheArticleIsThePersonOfThatSurname() {
        // «التركي» alone reads as "Turkish" and is no mention; as the subject it is Mansour al-Turki
        String text = "وأعلن المتحدث الأمني اللواء منصور التركي أن أعداد الحجاج تجاوزت المليون. "
                + "وكشف التركي أن المصلحة ستعلن الأعداد النهائية للحجاج قريبا.";
        EntityRef turki = localPerson("منصور التركي");
        List<Quote> q = quotesWith(text, person(text, "منصور التركي", turki));
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1))).isEqualTo("التركي");
        assertThat(q.get(1).speaker().orElseThrow().entity()).contains(turki);
    }

    @Test
    void aStopWordInsideAKnownNameDoesNotEndTheSubject() {
        // «بي إن سبورتس»: the «إن» of the name is no complementizer
        String text = "وقالت مجموعة قنوات بي إن سبورتس في بيان إن الرابطة جددت ثقتها في المجموعة لثلاثة مواسم.";
        EntityRef bein = new EntityRef("kb:org/bein-sports", "بي إن سبورتس", java.util.Optional.of("beIN Sports"),
                org.marsad.article.EntityType.ORG, java.util.Optional.empty());
        Quote q = firstWith(text, QuoteFixture.mentionAt(text.indexOf("بي إن"), "بي إن سبورتس", org.marsad.article.EntityType.ORG, bein));
        assertThat(speaker(q)).isEqualTo("مجموعة قنوات بي إن سبورتس");
        assertThat(q.speaker().orElseThrow().entity()).contains(bein);
        // and the name's «إن» opens no reported speech: the group announced a contract, it said nothing
        String none = "أعلنت مجموعة قنوات بي إن سبورتس الرياضية القطرية، الجمعة، تأمينها لحقوق بث الدوري الإنجليزي.";
        assertThat(quotesWith(none, QuoteFixture.mentionAt(none.indexOf("بي إن"), "بي إن سبورتس", org.marsad.article.EntityType.ORG, bein)))
                .isEmpty();
        // nor does «بان» that opens «بان كي مون» (folded like «بأن», "that")
        EntityRef ban = new EntityRef("kb:per/ban-ki-moon", "بان كي مون", java.util.Optional.of("Ban Ki-moon"),
                org.marsad.article.EntityType.PER, java.util.Optional.empty());
        String plan = "وأعلن الأمين العام بان كي مون خطة جديدة للسلام في المنطقة.";
        assertThat(quotesWith(plan, QuoteFixture.mentionAt(plan.indexOf("بان"), "بان كي مون", org.marsad.article.EntityType.PER, ban)))
                .isEmpty();
    }

    @Test
    void aStateBodyNamedWithANationalitySpeaksForItsCountry() {
        String text = "وقالت الخارجية السعودية في بيان إن الخطوة مرفوضة ولا يمكن القبول بها. "
                + "وأكدت السلطات التركية أن التحقيق مستمر منذ أسبوعين في المدينة. "
                + "وقال وزير الخارجية الروسي إن الحوار ممكن في الأسابيع المقبلة. "
                + "وقالت القوات الموالية للحكومة السورية إن الهجوم انتهى بعد ساعات من القتال العنيف.";
        assertThat(quotes(text)).extracting(QuoteFixture::speaker, q -> q.speaker().orElseThrow().entity().map(EntityRef::id).orElse("-"))
                .containsExactly(tuple("الخارجية السعودية", "kb:country/sa"), tuple("السلطات التركية", "kb:country/tr"),
                        // a minister is a person, whom the country does not stand for
                        tuple("وزير الخارجية الروسي", "-"),
                        // the adjective is the government's, behind a preposition, not the forces'
                        tuple("القوات الموالية للحكومة السورية", "-"));
    }

    @Test
    void aVerbOfTheOtherGenderDoesNotGoOnWithTheLastPerson() {
        // «وقالت» after the man who spoke last: someone else speaks (BBC, on Suu Kyi after Zeid Ra'ad al-Hussein)
        String text = "وقال زيد الحسين إن الزعيمة كان يجب أن تستقيل بعد أحداث العنف الأخيرة. "
                + "وقالت في مقابلة مع الإذاعة إن المسلمين استهدفوا لكن البوذيين تعرضوا للعنف أيضا.";
        assertThat(quotesWith(text, person(text, "زيد الحسين", localPerson("زيد الحسين"))))
                .extracting(QuoteFixture::speaker).containsExactly("زيد الحسين", null);
        // the same gender goes on, and «بيّنت» is feminine
        String same = "وبيّنت جمانة غنيمات أن العملية الأمنية انتهت بنجاح في المدينة. "
                + "ولفتت إلى أن الأجهزة الأمنية تواصل تطهير الموقع منذ الصباح. وأضاف أن التحقيقات مستمرة مع الموقوفين منذ أمس.";
        assertThat(quotesWith(same, person(same, "جمانة غنيمات", localPerson("جمانة غنيمات"))))
                .extracting(QuoteFixture::speaker).containsExactly("جمانة غنيمات", "جمانة غنيمات", null);
        // a relaying verb agrees with its subject, not with the source it names
        String relayed = "ونقلت وكالة الأنباء الإيرانية (إرنا) عن إسحاق جهانغيري- قوله خلال زيارته لمقرها اليوم- إن إيران "
                + "\"من ضمن البلدان العشرة الأولى في العالم من حيث الموارد الطبيعية\". وأضاف: \"لا توجد قوة عالمية اليوم قادرة على تحجيم اقتصادنا\".";
        assertThat(quotesWith(relayed, person(relayed, "إسحاق جهانغيري", localPerson("إسحاق جهانغيري"))))
                .extracting(QuoteFixture::speaker).containsExactly("إسحاق جهانغيري", "إسحاق جهانغيري");
        // «نقل البيان على لسان ... نويرت، قولها»: «قولها» is hers, and «وأضافت» goes on with her
        String relay = "ونقل البيان على لسان المتحدثة هيذر نويرت قولها: \"المملكة شريك رائد في التحالف الدولي\". "
                + "وأضافت: \"نقدر التزام المملكة بدعم الاستقرار في المناطق المحررة\".";
        assertThat(quotesWith(relay, person(relay, "هيذر نويرت", localPerson("هيذر نويرت"))))
                .extracting(q -> q.speaker().orElseThrow().entity().map(EntityRef::id).orElse("-"))
                .containsExactly("local:per/هيذر-نويرت", "local:per/هيذر-نويرت");
    }

    @Test
    void whetherEndsTheSubject() {
        // (the quoted «"eSIM"» is what let the phrase run on)
        String text = "ولم يوضح التقرير إذا ماكنت الشريحة الجديدة ستكون من الطراز المدمج \"eSIM\" غير القابلة للاستبدال أم ستكون "
                + "مثل شرائح الاتصال التقليدية SIM، مكتفيا بالإشارة إلى تفكير أبل بجدية في طرح هذا الطراز، مؤكدا أن هذه الأنباء تتداول منذ سنوات.";
        assertThat(speaker(only(text))).isEqualTo("التقرير");
    }

    @Test
    void aCommaMayStandBetweenTheVerbAndItsSubject() {
        String text = "وقال أردوغان إن بلاده لن ترضخ لأحد. وتابع، الرئيس التركي: \"إننا نلتزم بالمسؤولية ونتحدى كل من يهددنا\".";
        assertThat(quotes(text)).extracting(QuoteFixture::speaker).containsExactly("أردوغان", "الرئيس التركي");
        // but a comma and «و» open a circumstance, not the subject
        String with = "وقال المدرب كريستوفر بايلي إن الفريق جاهز تماما للمباراة. وصرح، وابتسامة رضا بادية على ملامحه: «بعض اللاعبين سيغيبون عن المباراة المقبلة بسبب الإصابة والإرهاق».";
        assertThat(quotes(with)).extracting(QuoteFixture::speaker).containsExactly("المدرب كريستوفر بايلي", "المدرب كريستوفر بايلي");
    }

    @Test
    void aWordOfAPersonsNameIsNoReportingVerb() {
        // «أمين طالب»: the name's «طالب» is no «طالب» ("demanded"); the verb is «أوضح»
        String text = "وأوضح المخرج والكاتب المسرحي أمين طالب أن معظم المسرحيات تهدف إلى إيصال معان سامية للأطفال.";
        Quote q = firstWith(text, person(text, "أمين طالب", localPerson("أمين طالب")));
        assertThat(q.verb()).isEqualTo("أوضح");
        assertThat(speaker(q)).isEqualTo("المخرج والكاتب المسرحي أمين طالب");
        // with words after the name that could be the subject of «طالب»
        String more = "وقال المخرج أمين طالب مؤلف العروض إن المسرحيات تهدف إلى إيصال معان سامية للأطفال.";
        Quote m = firstWith(more, person(more, "أمين طالب", localPerson("أمين طالب")));
        assertThat(m.verb()).isEqualTo("قال");
        assertThat(m.speaker().orElseThrow().entity()).contains(localPerson("أمين طالب"));
    }

    @Test
    void anHonorificAfterACommaStillNamesTheSpeaker() {
        String text = "وقال المدير العام لصحيفة \"سبق\"، الأستاذ علي الحازمي، إن الصحيفة رائدة في استخدام التقنية.";
        assertThat(speaker(firstWith(text, person(text, "علي الحازمي", localPerson("علي الحازمي")))))
                .endsWith("الأستاذ علي الحازمي");
    }

    @Test
    void aNameAfterAParticipleIsItsObjectNotTheSpeaker() {
        String text = "وردت الرئاسة الأمريكية بغضب واصفة مانيغولت نيومان بأنها \"موظفة سابقة مستاءة من عملها\".";
        assertThat(speaker(firstWith(text, person(text, "مانيغولت نيومان", localPerson("مانيغولت نيومان")))))
                .isEqualTo("الرئاسة الأمريكية");
    }

    @Test
    void hisTalkIsTheObjectOfTheVerbThatEndsIt() {
        // «وختم حديثه بقوله» goes on with the last speaker; «دراسة حديثة» ("a recent study"), which folds alike, is a subject
        assertThat(quotes("وقال سامر سالم إن العرض هو الأفضل. وختم حديثه بقوله: \"أحب أن أشكر الجماهير التي تتواصل معي دائما\"."))
                .extracting(QuoteFixture::speaker).containsExactly("سامر سالم", "سامر سالم");
        assertThat(speaker(only("وكشفت دراسة حديثة أن النساء يتعافين أسرع من الرجال."))).isEqualTo("دراسة حديثة");
        assertThat(quotes("وقالت الوزيرة هدى سالم إن الخطة جاهزة للتنفيذ. واختتمت كلمتها بالقول: \"سنبدأ العمل مع بداية العام المقبل\"."))
                .extracting(QuoteFixture::speaker).containsExactly("الوزيرة هدى سالم", "الوزيرة هدى سالم");
        // «حسب العمق» is "depending on the depth": no source, so the participle goes on with the speaker
        assertThat(quotes("وأشار الكندي إلى أن المناجم تختلف فيها تكلفة استخراج الخام حسب العمق، مضيفاً: \"الأسعار تتفاوت كل يوم بين المحلات\"."))
                .extracting(QuoteFixture::speaker).containsExactly("الكندي", "الكندي");
    }

    @Test
    void aNounBehindAPrepositionOrAfterTheVerbsComplementIsNoSubject() {
        // «بمباراة قال إنها»: "in a match he said would"; the speaker is the one named before
        assertThat(quotes("أعلن النجم أحمد حسام عن مباراة سيخوضها مع النجوم السابقين، بمباراة قال إنها ستشهد حضورا كبيرا من الجماهير."))
                .extracting(QuoteFixture::speaker).doesNotContain("بمباراة");
        // «أعرب عن خالص حزنه لوفاته وقال إنه»: «عن» is the complement of «أعرب»
        assertThat(quotes("وأعرب الأمين العام عن خالص حزنه لوفاته وقال إن إرثه سيظل مصدرا للإلهام للأجيال."))
                .extracting(QuoteFixture::speaker).doesNotContain("خالص حزنه لوفاته");
        // «حسبما أعلن» is "as announced", no subject
        assertThat(quotes("قرر النادي إيقاف النشاط، حسبما أعلن في حسابه على موقع تويتر أنه لن يشارك في البطولة."))
                .extracting(QuoteFixture::speaker).doesNotContain("حسبما");
        // but a name the segmenter splits after ك stays the subject
        assertThat(speaker(only("لكن مؤسس المنظمة، كودي ويلسون، قال لبي بي سي، إن البنادق لا تشكل أي تهديد للجماهير.")))
                .isEqualTo("كودي ويلسون");
    }

    @Test
    void godInAVerseOrAPrayerIsNoSpeakerThatOthersGoOnWith() {
        // «بما وفق الله إليه عباده»: "as God granted", no source
        assertThat(quotes("وأوضح صبري الكثيري أن المبادرة مجتمعية بما وفق الله إليه عباده، مبينا أن المبادرة تسعى لإبراز الفرح."))
                .extracting(QuoteFixture::speaker).containsExactly("صبري الكثيري", "صبري الكثيري");
        // a verse keeps God as its speaker; the participle after it is the mufti's
        assertThat(quotes("وقال المفتي إن هذا العمل إجرامي ومشين ولا يقبله دين. قال الله تعالى: \"ومن أظلم ممن منع مساجد الله أن يذكر فيها اسمه\". "
                + "مضيفا أن هذه الفئة خارجة عن الدين.")).extracting(QuoteFixture::speaker)
                .containsExactly("المفتي", "الله تعالى", "المفتي");
    }
}
