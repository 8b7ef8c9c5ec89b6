package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.marsad.article.Keyword;
import org.marsad.article.Token;
import org.marsad.pipeline.Analysis;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {
    /** Written for this test: a short dispatch with a repeated institution and a city in clitic variants. */
    private static final String BODY = "عقد مجلس الأمن الدولي جلسة طارئة في نيويورك لبحث الأزمة في اليمن. "
            + "وطالب مجلس الأمن الدولي الأطراف اليمنية بوقف إطلاق النار فورا. "
            + "وقال مندوب الكويت إن المفاوضات ستستأنف في الكويت الشهر المقبل، مضيفا أن بالكويت وفدا من الحوثيين. "
            + "ويعقد المجلس جلسة ثانية حول اليمن يوم 12 من الشهر الجاري.";

    private List<Keyword> keywords(DocumentFrequencies df) {
        Analysis a = Texts.withText(BODY);
        String[] keys = new ContentWords(StopWords.shipped()).keys(a.tokens());
        return new KeywordExtractor(df).extract(BODY, a.tokens(), keys, 100);
    }

    private static List<String> texts(List<Keyword> k) {
        return k.stream().map(Keyword::text).toList();
    }

    /**
     * The keywords of {@code body} (shipped statistics, a 60-character lead) when the entity stage
     * found {@code name}, of type {@code type}, wherever it is written.
     */
    private static List<String> keywordsNaming(String body, String name, org.marsad.article.EntityType type) {
        List<org.marsad.article.EntityMention> names = new java.util.ArrayList<>();
        for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
            names.add(new org.marsad.article.EntityMention(at, at + name.length(), name, type, java.util.Optional.empty(), java.util.Optional.empty()));
        }
        List<Token> tokens = Texts.withText(body).tokens();
        String[] keys = new ContentWords(StopWords.shipped()).keys(tokens);
        return texts(new KeywordExtractor(DocumentFrequencies.shipped()).extract(body, tokens, keys, 60, NameMarks.of(tokens, names, List.of())));
    }

    /** The keywords of {@code body} with the shipped statistics, its lead being the first 60 characters. */
    private static List<String> keywordsOf(String body, java.util.function.IntPredicate named) {
        // every named token a name of its own
        return keywordsOf(body, i -> named.test(i) ? i : -1, i -> false);
    }

    /** The same, given the name index of each token and which tokens are nationality adjectives. */
    private static List<String> keywordsOf(String body, java.util.function.IntUnaryOperator nameAt, java.util.function.IntPredicate nationalityAt) {
        List<Token> tokens = Texts.withText(body).tokens();
        String[] keys = new ContentWords(StopWords.shipped()).keys(tokens);
        return texts(new KeywordExtractor(DocumentFrequencies.shipped()).extract(body, tokens, keys, 60,
                new NameMarks(nameAt, i -> -1, nationalityAt)));
    }

    @Test
    void honorificsAndFormulasAreNoKeywords() {
        String body = "استقبل صاحب السمو الملكي الأمير خالد الفيصل أمير منطقة مكة المكرمة وفد الجامعة. "
                + "وقدم سمو الأمير خالد الفيصل التهاني وأطيب التمنيات للخريجين، وأشاد صاحب السمو الملكي بجهود الجامعة. "
                + "وحضر الحفل معالي الدكتور سعد الشهري والأستاذ فهد العتيبي والدكتور أحمد الزهراني.";
        List<String> k = keywordsOf(body, i -> false);
        assertThat(k).noneMatch(t -> t.startsWith("صاحب") || t.startsWith("السمو") || t.startsWith("الملكي") || t.startsWith("التهاني"))
                .doesNotContain("سمو", "الدكتور", "الأستاذ", "معالي");
        assertThat(k).anyMatch(t -> t.contains("الفيصل"));
    }

    @Test
    void wordsAlwaysWrittenWithTanweenAreNoKeywords() {
        String body = "أعلنت الهيئة لاحقاً أن الموسم السياحي بدأ. وستنشر الهيئة لاحقاً تقريراً مفصلاً عن الموسم السياحي. "
                + "وقالت الهيئة إن الموسم السياحي سجل أرقاماً جيدة هذا العام.";
        assertThat(keywordsOf(body, i -> false)).doesNotContain("لاحقاً").anyMatch(t -> t.contains("السياحي"));
    }

    @Test
    void accusativesWrittenWithoutTanweenAreNoKeywordsButNamesEndingSoAre() {
        // «أرباحا» is «أرباح» (profits) in the accusative, its tanween unwritten
        String body = "أصبح المنتج رائجا تجاريا في الأسواق. ونجح الفيلم تجاريا رغم الانتقادات، وحقق الفيلم تجاريا أرباحا كبيرة للمنتج.";
        assertThat(keywordsOf(body, i -> false)).doesNotContain("أرباحا").contains("المنتج");
        // a recognised name that ends the same way stays («ناسا», though «ناس» is in twelve times as many documents)
        String nasa = "أطلقت ناسا مسبارا جديدا نحو الشمس. وقالت ناسا إن المسبار سيقترب من الشمس، وتأمل ناسا أن يكشف أسرار الرياح الشمسية.";
        List<Token> tokens = Texts.withText(nasa).tokens();
        assertThat(keywordsOf(nasa, i -> tokens.get(i).text().equals("ناسا"))).contains("ناسا");
    }

    @Test
    void constructAfterLamKeepsNoUnwrittenArticle() {
        String body = "يسعى النادي للعب كرة القدم في الدوري الممتاز. ويحلم الشباب في المدينة للعب كرة القدم في ملاعب حديثة. "
                + "ودعا المدرب اللاعبين للعب كرة القدم بروح جماعية.";
        assertThat(keywordsOf(body, i -> false)).anyMatch(t -> t.startsWith("لعب كرة")).noneMatch(t -> t.startsWith("اللعب كرة"));
    }

    @Test
    void aNameWhoseFirstLetterTheSegmenterTookForACliticIsShownAsTheEntityStageFoundIt() {
        // written for this test; the segmenter reads «لوكاس» as ل + وكاس, the entity stage keeps the name whole
        String body = "سجل لوكاس فاسكيز هدفا لريال مدريد في مرمى خيتافي. وأشاد المدرب بأداء لوكاس فاسكيز في المباراة. "
                + "ويأمل لوكاس فاسكيز أن يشارك أساسيا في الدوري الإسباني.";
        assertThat(keywordsOf(body, i -> false)).contains("وكاس فاسكيز");
        assertThat(keywordsNaming(body, "لوكاس فاسكيز", org.marsad.article.EntityType.PER))
                .contains("لوكاس فاسكيز").doesNotContain("وكاس فاسكيز");
    }

    @Test
    void aNameWithAConjunctionTheSegmenterLeftOnItIsShownWithoutIt() {
        // written for this test; «وتركمنستان» is too rare for the segmenter to split «و» off, the entity stage does
        String body = "وقع الاتفاق بين كازاخستان وتركمنستان على خط الغاز. وقال وزير الطاقة إن خط الغاز بين كازاخستان "
                + "وتركمنستان سيكتمل العام المقبل.";
        // and the two places are no phrase
        assertThat(keywordsNaming(body, "تركمنستان", org.marsad.article.EntityType.LOC)).contains("تركمنستان")
                .doesNotContain("وتركمنستان", "كازاخستان وتركمنستان");
        // written alone too, the name is one keyword, not two keys shown alike
        assertThat(keywordsNaming(body + " وتعد تركمنستان من أكبر منتجي الغاز.", "تركمنستان", org.marsad.article.EntityType.LOC))
                .filteredOn(k -> k.equals("تركمنستان")).hasSize(1);
    }

    @Test
    void aNameWhosePrepositionAteTheArticlesAlefIsShownWithTheArticle() {
        // the entity stage takes «للحوثيين» whole («لحوثيين» is no word); the keyword restores the article
        String body = "قال التحالف إن الصواريخ التابعة للحوثيين أطلقت من صعدة. وأضاف أن مخازن الأسلحة التابعة للحوثيين دمرت. "
                + "وتقع المخازن في مناطق خاضعة للحوثيين شمال اليمن.";
        assertThat(keywordsNaming(body, "للحوثيين", org.marsad.article.EntityType.ORG)).contains("الحوثيين").doesNotContain("للحوثيين");
    }

    @Test
    void linksAndEmailAddressesAreNoKeywords() {
        String body = "وأعلنت الجامعة عن وظائف شاغرة عبر موقعها http://ub.edu.sa/content/91 وتستقبل الطلبات عبر البريد jobs@ub.edu.sa حتى نهاية الشهر. "
                + "وتشمل الوظائف الشاغرة في الجامعة وظائف المعيدين والمحاضرين، ويمكن الاطلاع عليها في http://ub.edu.sa/content/91 أيضا.";
        assertThat(keywordsOf(body, i -> false)).noneMatch(KeywordExtractor::address).contains("وظائف شاغرة");
    }

    @Test
    void multiWordInstitutionIsOneKeyword() {
        assertThat(texts(keywords(DocumentFrequencies.shipped()))).contains("مجلس الأمن الدولي");
    }

    @Test
    void cliticVariantsCountAsOneWordShownInTheirCommonestForm() {
        List<String> k = texts(keywords(DocumentFrequencies.shipped()));
        assertThat(k).contains("الكويت").doesNotContain("بالكويت", "كويت");
    }

    @Test
    void neverStopWordsOrNumbers() {
        assertThat(texts(keywords(DocumentFrequencies.shipped())))
                .noneMatch(t -> t.matches(".*\\d.*"))
                .doesNotContain("في", "إن", "قال", "وقال", "المقبل");
    }

    @Test
    void fiveToTenKeywordsScoredHighestFirst() {
        List<Keyword> k = keywords(DocumentFrequencies.shipped());
        assertThat(k).hasSizeBetween(5, 10);
        assertThat(k.get(0).score()).isEqualTo(1.0);
        for (int i = 1; i < k.size(); i++) assertThat(k.get(i).score()).isLessThanOrEqualTo(k.get(i - 1).score());
    }

    @Test
    void rarerWordsOutrankCommonOnesAtEqualFrequency() {
        Analysis a = Texts.withText(BODY);
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        String[] keys = new ContentWords(StopWords.shipped()).keys(a.tokens());
        Phrases.forEach(BODY, a.tokens(), keys, (from, length, key) -> df.put(key, 500));
        String houthi = new ContentWords(StopWords.shipped()).key(Texts.TEXT.tokens("الحوثيين").get(0));
        df.put(houthi, 1);
        List<String> k = texts(keywords(new DocumentFrequencies(1000, df)));
        assertThat(k.get(0)).isEqualTo("الحوثيين");
    }

    @Test
    void emptyBodyHasNoKeywords() {
        Analysis a = Texts.withText("");
        assertThat(new KeywordExtractor(DocumentFrequencies.shipped()).extract("", a.tokens(), new String[0], 0)).isEmpty();
    }

    @Test
    void nameConnectorsJoinANameButAreNoKeywordAlone() {
        String body = "قالت عائلة أسامة بن لادن إن ابنها لم يكن شجاعا. وذكرت عائلة بن لادن أن أسامة بن لادن كان يخشى الحرب. "
                + "وقال أبو مازن إن بن لادن لم يزر فلسطين. واستقبل الملك سلمان بن عبد العزيز الوفد.";
        Analysis a = Texts.withText(body);
        String[] keys = new ContentWords(StopWords.shipped()).keys(a.tokens());
        java.util.Set<String> phrases = new java.util.HashSet<>();
        Phrases.forEach(body, a.tokens(), keys, (from, length, key) -> phrases.add(key));
        assertThat(phrases).contains("بن لادن", "اسامه بن لادن", "ابو مازن").doesNotContain("بن", "ابو", "اسامه بن", "سلمان بن عبد");
        assertThat(keywordsOf(body, i -> false)).anyMatch(t -> t.endsWith("بن لادن")).doesNotContain("لادن", "بن");
    }

    @Test
    void aPhraseOpeningWithAVerbIsNoKeywordButANameIs() {
        String body = "اصطدمت سيارة بحاجز أمني قرب البرلمان في لندن. وقالت الشرطة إن سيارة اصطدمت بالحاجز صباحا. "
                + "وتستهدف الشرطة البريطانية منفذ الهجوم، وتستهدف كذلك شركاءه. وزار رئيس تونس لندن، وقال إن تونس تدين الهجوم.";
        assertThat(keywordsOf(body, i -> false)).noneMatch(t -> t.startsWith("اصطدمت") || t.startsWith("تستهدف") || t.startsWith("وتستهدف"));
        // «تونس» has a verb's shape and never takes the article; as a recognised name it stays
        List<org.marsad.article.Token> tokens = Texts.withText(body).tokens();
        assertThat(keywordsOf(body, i -> tokens.get(i).text().equals("تونس"))).contains("تونس");
    }

    @Test
    void verbShapes() {
        assertThat(VerbShape.isVerb(Texts.TEXT.tokens("اصطدمت").get(0))).isTrue();
        assertThat(VerbShape.isVerb(Texts.TEXT.tokens("يتحدث").get(0))).isTrue();
        assertThat(VerbShape.isVerb(Texts.TEXT.tokens("نقوم").get(0))).as("first person plural").isTrue();
        assertThat(VerbShape.isVerb(Texts.TEXT.tokens("السيارة").get(0))).isFalse();
        assertThat(VerbShape.isVerb(Texts.TEXT.tokens("تحذيرا").get(0))).as("an accusative noun").isFalse();
        assertThat(VerbShape.isVerb(Texts.TEXT.tokens("تقرير").get(0))).as("a noun that takes the article").isFalse();
    }

    @Test
    void rareVerbsNeedAConjugatedShape() {
        // too rare in the corpus for "never with the article" to mean much, but conjugated
        for (String verb : new String[] {"يتشدقون", "يطلبان", "تبادلوا", "استيقظوا", "توافدت", "استوردت",
                // derived imperfects: «نتجنب», «تتغلغل», «نستجيب», «تستغيث», and «ننطلق» of a root in «ن»
                "نتجنب", "تتغلغل", "نستجيب", "تستغيث", "ننطلق"}) {
            assertThat(VerbShape.isVerb(Texts.TEXT.tokens(verb).get(0))).as(verb).isTrue();
        }
        // plural nouns and borrowed words that end like verbs
        for (String noun : new String[] {"تدريبات", "جانيت", "باسكوت", "تشغيل", "نتائج", "تتويج"}) {
            assertThat(VerbShape.isVerb(Texts.TEXT.tokens(noun).get(0))).as(noun).isFalse();
        }
        assertThat(VerbShape.conjugated("تفجير")).as("a verbal noun").isFalse();
        assertThat(VerbShape.conjugated("اوتاوا")).as("a name's «ـاوا»").isFalse();
        assertThat(VerbShape.conjugated("يدرس")).as("too short to tell").isFalse();
    }

    @Test
    void aPhraseThatCutsANameIsNoKeyword() {
        String body = "هاجم الرئيس التركي رجب طيب أردوغان العقوبات الجديدة. ورد الرئيس التركي رجب طيب أردوغان على الانتقادات. "
                + "وقال الرئيس التركي رجب طيب أردوغان إن الاقتصاد قوي.";
        List<Token> tokens = Texts.withText(body).tokens();
        // the recognised name «رجب طيب أردوغان», three times, one index each
        int[] name = new int[tokens.size()];
        java.util.Arrays.fill(name, -1);
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).text().equals("رجب")) name[i] = name[i + 1] = name[i + 2] = i;
        }
        List<String> k = keywordsOf(body, i -> name[i], i -> false);
        assertThat(k).noneMatch(t -> t.endsWith("رجب") || t.endsWith("طيب"));
        assertThat(k).anyMatch(t -> t.contains("أردوغان"));
    }

    @Test
    void aFourWordNameIsOneKeywordNotItsTail() {
        String body = "التقى وزير الخارجية عادل بن أحمد الجبير نظيره الإيطالي في روما. وقال عادل بن أحمد الجبير إن المباحثات مثمرة. "
                + "وأضاف عادل بن أحمد الجبير أن العلاقات بين البلدين قديمة.";
        assertThat(keywordsOf(body, i -> false)).contains("عادل بن أحمد الجبير").noneMatch(t -> t.startsWith("بن "));
        // five words: the tail from «بن» is no keyword either
        String crown = "استقبل الأمير محمد بن سلمان بن عبدالعزيز الوفد. وبحث الأمير محمد بن سلمان بن عبدالعزيز العلاقات. "
                + "وأكد محمد بن سلمان بن عبدالعزيز عمق العلاقات.";
        assertThat(keywordsOf(crown, i -> false)).noneMatch(t -> t.startsWith("بن "));
    }

    @Test
    void aLoneNationalityAdjectiveIsNoKeyword() {
        String body = "أعلن الجانب الإيراني رفضه للعقوبات. وقال المسؤول الإيراني إن الاتفاق النووي الإيراني باق. "
                + "وأكد الوزير الإيراني أن طهران ملتزمة بالاتفاق النووي الإيراني.";
        List<Token> tokens = Texts.withText(body).tokens();
        boolean[] adjective = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) adjective[i] = tokens.get(i).text().equals("الإيراني");
        assertThat(keywordsOf(body, i -> -1, i -> false)).contains("الإيراني");
        List<String> k = keywordsOf(body, i -> -1, i -> adjective[i]);
        assertThat(k).doesNotContain("الإيراني").anyMatch(t -> t.contains("الإيراني")); // a phrase that holds it stays
    }
}
