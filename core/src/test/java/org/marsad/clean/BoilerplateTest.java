package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {
    private final Boilerplate b = new Boilerplate();

    @Test void telegramPromotion() { assertThat(b.classify("تابعوا آخر الأخبار السياسية والميدانيـة عبر تطبيق تيلغرام على الهواتف الذكية عبر الرابط :")).isEqualTo("follow"); }
    @Test void whatsappPromotion() { assertThat(b.classify("تابعونا عبر تطبيق واتس أب :")).isEqualTo("follow"); }
    @Test void vkPromotion() { assertThat(b.classify("تابعوا صفحتنا على موقع (VK) للتواصل الاجتماعي على الرابط:")).isEqualTo("follow"); }
    @Test void facebookAndTwitterPromotion() { assertThat(b.classify("تابعونا على فيسبوك وتويتر")).isEqualTo("follow"); }
    @Test void youtubeAndInstagramPromotion() { assertThat(b.classify("اشترك في قناتنا على يوتيوب")).isEqualTo("follow"); }
    @Test void subscriptionInstructions() { assertThat(b.classify("عبر إرسال كلمة اشتراك على الرقم / 0940777186/ بعد تخزينه باسم سانا أو (SANA).")).isEqualTo("subscribe"); }
    @Test void appDownloadPrompt() {
        assertThat(b.classify("يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق الوكالة على هاتفكم المحمول.")).isEqualTo("subscribe");
        assertThat(b.classify("حمّل تطبيق الوكالة على هاتفك الذكي.")).isEqualTo("subscribe");
        assertThat(b.classify("أما لتحميل الفيديوهات من تطبيق فيسبوك على الهواتف العاملة بنظام أندرويد، فيمكن اللجوء إلى موقع آخر."))
                .as("a how-to sentence").isNull();
    }
    @Test void columnistsOtherArticles() {
        // Al-Jazirah ends a column with its writer's other titles run together on one line, longer than a short line
        String line = "مقالات أخرى للكاتبدروس من موسم الحج الماضيقراءة هادئة في ميزانية العامحين تتكلم الأرقام..!أسئلة مؤجلة عن "
                + "التعليم العاممدن بلا أرصفة ولا ظلعن الصيف والسفر والإنفاق..!!الطريق الطويل إلى الرؤية الجديدةماذا بعد انتهاء الموسم؟";
        assertThat(line.length()).isGreaterThan(Boilerplate.MAX_LINE);
        assertThat(b.classify(line)).isEqualTo("related");
        assertThat(b.classify("مقالات أخرى لم تنشر بعد ستصدر في كتاب.")).as("a sentence").isNull();
    }
    @Test void bareUrl() { assertThat(b.classify("https://telegram.me/SyrianArabNewsAgency")).isEqualTo("url"); }
    @Test void barePhoneNumber() { assertThat(b.classify("+963 11 222 3333")).isEqualTo("phone"); }
    @Test void tagList() {
        assertThat(b.classify("سمات الاسعار الذهب اوقية")).isEqualTo("tags");
        assertThat(b.classify("الوسوم: الذهب، الأسعار")).isNull(); // a comma: could be a sentence, kept
        assertThat(b.classify("سمات الشخصية القيادية كثيرة، أهمها الصبر.")).as("a sentence about traits").isNull();
    }
    @Test void agencyCredit() {
        assertThat(b.classify("فرانس 24/ أ ف ب")).isEqualTo("credit");
        assertThat(b.classify("فرانس24/ أ ف ب/رويترز")).isEqualTo("credit");
        assertThat(b.classify("المصدر: وكالات")).isEqualTo("credit");
        assertThat(b.classify("وقالت رويترز إن أ ف ب نقلت الخبر أولا.")).as("a sentence naming agencies").isNull();
        assertThat(b.classify("رويترز")).as("one name alone: no credit of two").isNull();
    }
    @Test void copyrightNotice() {
        assertThat(b.classify("**حقوق النشر محفوظة لمجلة القافلة، أرامكو السعودية")).isEqualTo("copyright");
        assertThat(b.classify("حقوق الطبع والنشر محفوظة لأصحابها.")).isEqualTo("copyright");
        assertThat(b.classify("جميع الحقوق محفوظة © 2018")).isEqualTo("copyright");
        assertThat(b.classify("جميع الصور تنتمي إلى أصحاب حقوق الطبع والنشر.")).isEqualTo("copyright");
        assertThat(b.classify("© BBC 2018")).isEqualTo("copyright");
        assertThat(b.classify("Photos are copyright.")).isEqualTo("copyright");
        assertThat(b.classify("وقالت الشركة إن البرنامج ينتهك حقوق النشر.")).as("a sentence about copyright").isNull();
        assertThat(b.classify("حقوق الإنسان محفوظة في الدستور الجديد، قال الوزير.")).as("not a notice: human rights").isNull();
    }
    @Test void endOfDispatchMark() {
        assertThat(b.classify("// انتهى //")).isEqualTo("end");
        assertThat(b.classify("انتهى")).isEqualTo("end");
        assertThat(b.classify("انتهى الاجتماع دون اتفاق.")).as("a sentence").isNull();
    }
    @Test void relatedLinkAfterADash() {
        assertThat(b.classify("للمزيد - تونس: الميراث يعيد جدل المساواة إلى الواجهة")).isEqualTo("related");
        assertThat(b.classify("للمزيد: مقتل عشرة أشخاص في انفجار")).isEqualTo("related");
    }
    @Test void okazShareBarBeforeTheFirstSentence() {
        assertThat(b.navigationPrefix("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أكد الأمير أن الأمن مستتب."))
                .isEqualTo("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك ");
        assertThat(b.navigationPrefix("شارك من خلال تويتر آلاف المستخدمين في الحملة.")).as("a sentence").isNull();
    }
    @Test void syndicationCreditAndReadMore() {
        assertThat(b.classify("* خدمة «نيويورك تايمز»")).isEqualTo("credit");
        assertThat(b.classify("* خدمة «واشنطن بوست» خاص بـ«الشرق الأوسط»")).isEqualTo("credit");
        assertThat(b.classify("* بالاتفاق مع «بلومبيرغ»")).isEqualTo("credit");
        assertThat(b.classify("وقدمت الشركة خدمة «نيويورك تايمز» الجديدة للقراء.")).as("a sentence").isNull();
        assertThat(b.classify("...المزيد")).isEqualTo("related");
        assertThat(b.classify("المزيد من التقدم والازدهار.")).as("a sentence").isNull();
    }
    @Test void columnistsEmailFooter() {
        assertThat(b.classify("لمراسلة الكاتب: malmutairi@alriyadh.net")).isEqualTo("contact");
        assertThat(b.classify("a.khojah@asharqalawsat.com")).isEqualTo("contact");
        assertThat(b.classify("للاستفسار راسلوا info@sana.sy في أي وقت.")).as("an address in a sentence").isNull();
    }
    @Test void columnistsSmsContactFooter() {
        assertThat(b.classify("للتواصل مع الكاتب ارسل رسالة SMS")).isEqualTo("contact");
        assertThat(b.classify("تبدأ بالرمز (41) ثم مسافة ثم نص الرسالة إلى")).isEqualTo("contact");
        assertThat(b.classify("635031 - Mobily")).isEqualTo("contact");
        assertThat(b.classify("أعلنت زين أرباحا بلغت 635031 ريالا في الربع الأول.")).as("news about an operator").isNull();
    }
    @Test void cloudflaresHiddenEmailStandInIsTakenOut() {
        assertThat(b.withoutHiddenEmails("أو على البريد الإلكتروني [email protected] /* */ ، فيما تقدم الطلبات"))
                .isEqualTo("أو على البريد الإلكتروني ، فيما تقدم الطلبات");
        assertThat(b.withoutHiddenEmails("راسلنا على info@sana.sy")).isEqualTo("راسلنا على info@sana.sy");
    }
    @Test void bareDateIsNotAPhoneNumber() { assertThat(b.classify("17/07/2018")).isNull(); }
    @Test void separatorRule() { assertThat(b.classify("----------------------")).isEqualTo("separator"); }
    @Test void readAlso() { assertThat(b.classify("اقرأ أيضاً: الرئيس يستقبل الوفد")).isEqualTo("related"); }
    @Test void forMore() { assertThat(b.classify("للمزيد: تعيين موفد خاص")).isEqualTo("related"); }
    @Test void sharePrompt() { assertThat(b.classify("شارك هذا المقال على")).isEqualTo("share"); }

    @Test void newsSentenceMentioningTwitterIsKept() {
        assertThat(b.classify("وكتب ترامب على تويتر أن المحادثات كانت مثمرة وأن اللقاء المقبل سيعقد قريبا.")).isNull();
    }
    @Test void newsSentenceAboutSendingAMessageIsKept() {
        assertThat(b.classify("وقدم ليفربول مستوى قويا وأرسل رسالة شديدة اللهجة لكل المنافسين.")).isNull();
    }
    @Test void newsSentenceWithFollowVerbIsKept() {
        assertThat(b.classify("تابع الوزير جولته في المحافظات الشمالية أمس.")).isNull();
    }
    @Test void longLineIsNeverBoilerplate() {
        assertThat(b.classify("تابعونا على تويتر " + "كلمة ".repeat(60))).isNull();
    }

    @Test void styleAndScriptLeftInALine() {
        String prose = "ما رأيك في القرار الجديد؟";
        String line = prose + " .poll li { margin: 4px; color: #333; } .poll h4 { font: bold 12px Tahoma; }"
                + " jQuery('#poll').click(function(){ return false; }); النتيجة حتى الآن";
        int[] code = b.codeStretch(line);
        assertThat(code).isNotNull();
        assertThat(line.substring(0, code[0]).strip()).isEqualTo(prose);
        assertThat(line.substring(code[1]).strip()).isEqualTo("النتيجة حتى الآن");
        // a script alone, without a style rule
        String script = "var total = 3; function show(x) { return x; }";
        assertThat(b.codeStretch("شارك برأيك " + script)).containsExactly("شارك برأيك ".length(), ("شارك برأيك " + script).length());
    }
    @Test void proseWithBracesOrCodeWordsIsNoCode() {
        assertThat(b.codeStretch("قال الوزير إن function الجديدة ستطلق غدا.")).isNull();
        assertThat(b.codeStretch("المعادلة {س: ص} بسيطة")).isNull();
        assertThat(b.codeStretch("وقال: إن الخطة {كما أعلن سابقا; ستنفذ} قريبا")).as("no property name").isNull();
    }
}
