package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.article.Token;

/**
 * Currency mentions linked to the currency they name ({@link Currencies}, {@code kb/currencies.tsv});
 * one test per phenomenon, on sentences written for these tests. The recogniser's MISC mentions are
 * given: every token whose text is one of the words listed, in order of appearance.
 */
class CurrenciesTest {
    @Test
    void aNationalityAdjectiveAfterTheWordSaysWhichCurrency() {
        assertThat(ids("بلغت الصفقة 60 مليون ريال سعودي. وتراجع الريال الإيراني أمام الدولار الكندي.", "ريال", "الريال", "الدولار"))
                .containsExactly("kb:currency/sar", "kb:currency/irr", "kb:currency/cad");
        // a qualifier that is a word, with or without the article
        assertThat(ids("ودفع النادي 45 مليون جنيه إسترليني. وقال متعامل في القاهرة إن الجنيه الاسترليني صعد في القاهرة.", "جنيه", "الجنيه"))
                .containsExactly("kb:currency/gbp", "kb:currency/gbp");
    }

    @Test
    void theWordWithArticleAccusativeOrPrepositionIsTheSameCurrency() {
        assertThat(ids("وبلغ السعر 70 دولارا للبرميل. وتراجع اليورو للدولار. وارتفعت الأسعار بالدولار.", "دولارا", "اليورو", "للدولار", "بالدولار"))
                .containsExactly("kb:currency/usd", "kb:currency/eur", "kb:currency/usd", "kb:currency/usd");
    }

    @Test
    void aDollarAloneIsTheUsDollarEvenBesideAnotherDollar() {
        assertThat(ids("وهبط الدولار الأسترالي. وارتفع مؤشر الدولار أمام سلة من العملات.", "الدولار", "الدولار"))
                .containsExactly("kb:currency/aud", "kb:currency/usd");
    }

    @Test
    void aCountryWithoutSuchACurrencyLeavesTheMentionUnlinked() {
        // Malaysia has no dollar: not the US dollar either
        assertThat(ids("ودفعت الشركة 5 ملايين دولار ماليزي.", "دولار")).containsExactly("local:misc/دولار");
        // a country after a preposition or «و» qualifies nothing: the dollar stays the dollar
        assertThat(ids("وبلغت الصادرات 218 مليار دولار للسعودية. وضم النادي اللاعب مقابل 30 مليون يورو والبرازيلي.", "دولار", "يورو"))
                .containsExactly("kb:currency/usd", "kb:currency/eur");
        // a name that opens with a currency word is no currency
        assertThat(ids("ونقل موقع يورو سبورت الخبر.", "يورو", "سبورت")).noneMatch(id -> id.startsWith("kb:currency/"));
        // nor is one right before a year: a tournament («يورو 2016»)
        assertThat(ids("وتأهل المنتخب إلى نهائيات يورو 2016 في فرنسا.", "يورو")).noneMatch(id -> id.startsWith("kb:currency/"));
        // but a sum before the year it was paid in is money
        assertThat(ids("وبلغ متوسط السعر 57 دولار 2009 ثم ارتفع.", "دولار")).containsExactly("kb:currency/usd");
    }

    @Test
    void aRiyalAloneIsTheOneTheSentenceOrArticlePointsTo() {
        // its sentence names the country, though the article names another more
        assertThat(ids("وزار أمير قطر الدوحة. وحقق الميزان التجاري السعودي فائضا قدره 61 مليار ريال.", "ريال"))
                .containsExactly("kb:currency/sar");
        // the article names it with its qualifier elsewhere, though it names another country more
        assertThat(ids("وبلغ سعر الدولار 250 ريال يمني. وتراجعت قيمة الريال بشدة. وقدمت السعودية والإمارات ودائع للبنك.", "ريال", "الريال"))
                .containsExactly("kb:currency/yer", "kb:currency/yer");
        // and a qualifier word counts for its currency: the pound of a transfer after «جنيه إسترليني», though Cairo is named
        assertThat(ids("وعرض النادي 45 مليون جنيه إسترليني. ولعب المدرب في القاهرة. وكان النادي دفع 30 مليون جنيه.", "جنيه", "جنيه"))
                .containsExactly("kb:currency/gbp", "kb:currency/gbp");
        // the article's places point to it
        assertThat(ids("أعلنت أمانة الدوحة عن المشروع. وتبلغ كلفته 30 مليون ريال.", "ريال")).containsExactly("kb:currency/qar");
        // a language is no country: the Syrian pound of Aleppo's markets, in a list printed in Turkish
        assertThat(ids("وبلغ سعر الكيلو 500 ليرة في نشرة باللغة التركية. وكانت أسواق حلب مزدحمة.", "ليرة"))
                .containsExactly("kb:currency/syp");
    }

    @Test
    void aSumOfRiyalsWithNothingPointingElsewhereIsSaudi() {
        assertThat(ids("وبلغت أرباح الشركة 504 ملايين ريال في الربع الثاني.", "ريال")).containsExactly("kb:currency/sar");
        // not a riyal that is no sum: on a sports page «الريال» may be the club
        assertThat(ids("وقرر اللاعب عدم ارتداء قميص الريال مرة أخرى.", "الريال")).containsExactly("local:misc/ريال");
        // nor a sum when two riyals the article names stay undecided
        assertThat(ids("وقدمت الدوحة 10 مليارات ريال قطري، والرياض 10 مليارات ريال سعودي. والمبلغ 5 ملايين ريال.", "ريال", "ريال", "ريال"))
                .containsExactly("kb:currency/qar", "kb:currency/sar", "local:misc/ريال");
    }

    @Test
    void currenciesBeyondTheArabWorld() {
        assertThat(ids("وارتفع الدولار السنغافوري، وبلغ سعر الكيلو 3 ملايين بوليفار. ودفع 20 ألف تومان مقابل 400 رينغيت.",
                "الدولار", "بوليفار", "تومان", "رينغيت"))
                .containsExactly("kb:currency/sgd", "kb:currency/ves", "kb:currency/irt", "kb:currency/myr");
        // a qualifier word that is the first word of a place's name
        assertThat(ids("وتراجع دولار هونغ كونغ قليلا.", "دولار")).containsExactly("kb:currency/hkd");
        // the peso of the country its sentence names; none where several pesos stay undecided
        assertThat(ids("وفي الأرجنتين هبط البيزو بنسبة 10%.", "البيزو")).containsExactly("kb:currency/ars");
        assertThat(ids("وبلغ الثمن 500 بيزو.", "بيزو")).containsExactly("local:misc/بيزو");
        // a cryptocurrency is named alone
        assertThat(ids("وتراجع سعر البيتكوين أمس.", "البيتكوين")).containsExactly("kb:currency/btc");
    }

    @Test
    void aSumInACurrencyTheRecogniserTookForAnOrganisationIsMoney() {
        // «بوليفار» is also Simón Bolívar; after a number it is the currency, whatever type the recogniser gave it
        EntityLinker.Result r = LinkerFixture.linkedAs("ووصل سعر الجبن إلى سبعة ملايين بوليفار.", EntityType.ORG,
                new int[][] {{0, 6, 6}});
        assertThat(r.mentions()).extracting(EntityMention::type, m -> m.entity().orElseThrow().id())
                .containsExactly(tuple(EntityType.MISC, "kb:currency/ves"));
        // «وون» (the won) read as a place, whose first letter the segmenter takes for «و»
        r = LinkerFixture.linkedAs("واستردت الحكومة 10 تريليونات وون من الأموال العامة في سيول.", EntityType.LOC, new int[][] {{0, 4, 4}});
        assertThat(r.mentions()).extracting(EntityMention::type, m -> m.entity().orElseThrow().id())
                .contains(tuple(EntityType.MISC, "kb:currency/krw"));
    }

    @Test
    void aRepeatOfANameThatIsASumIsMoney() {
        // the recogniser found the quoted name only; its repeats after a number are sums, and they outvote it
        EntityLinker.Result r = LinkerFixture.linkedAs("وأصبحت عملة فنزويلا \"بوليفار\" بلا قيمة. وبلغ سعر الأرز ثلاثة ملايين بوليفار. "
                + "وبلغ سعر الجبن سبعة ملايين بوليفار.", EntityType.ORG, new int[][] {{0, 4, 4}});
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("بوليفار"))
                .extracting(EntityMention::type, m -> m.entity().orElseThrow().id())
                .containsOnly(tuple(EntityType.MISC, "kb:currency/ves")).hasSize(3);
    }

    @Test
    void theFileNamesOnlyKnownCountriesAndEveryCurrencyHasAWord() {
        List<Currencies.Currency> all = Currencies.read(KnowledgeBase.shipped());
        assertThat(all).hasSizeGreaterThan(30);
        assertThat(all).allSatisfy(c -> {
            assertThat(c.ref().id()).startsWith("kb:currency/");
            assertThat(c.ref().type()).isEqualTo(EntityType.MISC);
            assertThat(c.words()).isNotEmpty();
            assertThat(c.countries()).allSatisfy(id -> assertThat(KnowledgeBase.shipped().byId(id)).isPresent());
        });
        // one yes-default per word at most, so a word alone never has two
        assertThat(all.stream().filter(c -> c.alone() == Currencies.Default.YES).map(c -> c.words().get(0)))
                .doesNotHaveDuplicates();
        assertThat(all).extracting(c -> c.ref().id(), c -> c.ref().nameEn().orElseThrow())
                .contains(tuple("kb:currency/usd", "US dollar"), tuple("kb:currency/sar", "Saudi riyal"));
    }

    /** The entity ids of the MISC mentions over {@code words} (each the next token with that text). */
    private static List<String> ids(String body, String... words) {
        List<List<Token>> sentences = EntityStage.bySentence(new org.marsad.text.TextStage().tokens(body),
                org.marsad.text.SentenceSplitter.split(body));
        List<EntityLinker.Found> found = new ArrayList<>();
        int s = 0;
        int i = 0;
        for (String w : words) {
            while (!sentences.get(s).get(i).text().equals(w)) {
                if (++i == sentences.get(s).size()) {
                    s++;
                    i = 0;
                }
            }
            found.add(new EntityLinker.Found(s, i, i, EntityType.MISC));
            if (++i == sentences.get(s).size()) {
                s++;
                i = 0;
            }
        }
        EntityLinker.Result r = LinkerFixture.linkedFound(body, found.toArray(EntityLinker.Found[]::new));
        return r.mentions().stream().filter(m -> m.type() == EntityType.MISC).map(EntityMention::entity)
                .map(e -> e.orElseThrow().id()).toList();
    }
}
