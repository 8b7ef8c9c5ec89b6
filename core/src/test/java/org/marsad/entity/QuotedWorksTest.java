package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.LinkerFixture.linkedAs;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;

/** Titles of works and names of periodicals in quotes ({@link QuotedWorks}), on sentences written for these tests. */
class QuotedWorksTest {
    @Test void aTitleInQuotesAfterTheWordForAWorkIsOneMiscMention() {
        // {sentence, first token, last token}: the recogniser found «نور» (a given name) inside the title
        EntityLinker.Result r = linkedAs("وقدم الفنان برنامجا تليفزيونيا بعنوان « مع نور » في رمضان.", EntityType.PER, new int[][] {{0, 7, 7}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("مع نور", EntityType.MISC));
        // common words, which the recogniser does not mark
        r = linkedAs("وتعرض القناة مسلسل \"باب الحارة\" في جزئه الجديد.", EntityType.PER, new int[][] {});
        assertThat(r.mentions()).extracting(EntityMention::text).containsExactly("باب الحارة");
    }

    @Test void theWordForAWorkMayCarryCliticsOrItsAuthorsName() {
        // {sentence, first token, last token}: the recogniser took the title's first word for a person
        EntityLinker.Result r = linkedAs("وقد ذكر ذلك في كتابه \"المنصوري في الطب\" الذي أهداه للحاكم.", EntityType.PER,
                new int[][] {{0, 6, 6}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("المنصوري في الطب", EntityType.MISC));
        assertThat(linkedAs("وانتقد الكاتب في نقده لكتاب \"البرهان\" ما أهمله المؤلف.", EntityType.PER, new int[][] {})
                .mentions()).extracting(EntityMention::text).containsExactly("البرهان");
        // the author between the word and the title stays a person
        r = linkedAs("وقرأت رواية نجيب محفوظ \"اللص والكلاب\" في شبابي.", EntityType.PER, new int[][] {{0, 2, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("نجيب محفوظ", EntityType.PER),
                org.assertj.core.groups.Tuple.tuple("اللص والكلاب", EntityType.MISC));
    }

    @Test void titlesInParenthesesAfterTheWordForWorksAreMiscMentions() {
        // {sentence, first token, last token}: the recogniser took the second title for a person
        EntityLinker.Result r = linkedAs("وتفوق الفيلم على أفلام (الغرباء) و(سامي برق)، (ليل المدينة) في الإيرادات.", EntityType.PER,
                new int[][] {{0, 9, 10}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("الغرباء", EntityType.MISC), org.assertj.core.groups.Tuple.tuple("سامي برق", EntityType.MISC),
                org.assertj.core.groups.Tuple.tuple("ليل المدينة", EntityType.MISC));
        // a second quote after a comma may be a chapter's title, which the corpora leave untagged
        assertThat(linkedAs("وفي كتابه \"الأمل\"، \"باب الصبر\" يقول المؤلف ذلك.", EntityType.PER, new int[][] {}).mentions())
                .extracting(EntityMention::text).containsExactly("الأمل");
        // a web address in parentheses is no title
        assertThat(linkedAs("ويتم التسجيل عبر موقع البرنامج الإلكتروني (www.example.org) حتى نهاية الشهر.", EntityType.PER,
                new int[][] {}).mentions()).isEmpty();
        // a person's name in parentheses right after the plural is the works' author («in Dickens's novels»)
        r = linkedAs("وظهر المهرج في روايات (تشارلز ديكنز) كثيرا.", EntityType.PER, new int[][] {{0, 5, 6}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("تشارلز ديكنز", EntityType.PER));
        // the people of a list in parentheses after no word for a work stay people
        r = linkedAs("وكتب السيناريو (سامي برق) و(نادر فهد).", EntityType.PER, new int[][] {{0, 3, 4}, {0, 8, 9}});
        assertThat(r.mentions()).extracting(EntityMention::type).containsOnly(EntityType.PER);
    }

    @Test void aStadiumNamedInQuotesIsOneMiscMention() {
        // {sentence, first token, last token}: the recogniser took the stadium for a person
        EntityLinker.Result r = linkedAs("وفاز الفريق على استاد \"سانتياغو برنابيو\" في مدريد.", EntityType.PER, new int[][] {{0, 5, 6}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("سانتياغو برنابيو", EntityType.MISC),
                org.assertj.core.groups.Tuple.tuple("مدريد", EntityType.LOC));
        // named after a country, it is no mention of the country
        r = linkedAs("وعلى أرضية ملعب \"الإمارات\" في لندن فاز أرسنال.", EntityType.PER, new int[][] {});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("الإمارات", EntityType.MISC),
                org.assertj.core.groups.Tuple.tuple("لندن", EntityType.LOC),
                org.assertj.core.groups.Tuple.tuple("أرسنال", EntityType.ORG));
    }

    @Test void aPeriodicalNamedInQuotesIsOneOrganisation() {
        // {sentence, first token, last token}: the recogniser cut the name in two, and took half for a person
        EntityLinker.Result r = linkedAs("وفي تصريحات لصحيفة \"فرانكفورتر الجماينه زونتاجس تسايتونج\" الألمانية، قال المدير إن الشاحنات جاهزة.",
                EntityType.PER, new int[][] {{0, 5, 6}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("فرانكفورتر الجماينه زونتاجس تسايتونج", EntityType.ORG));
        // so is a company: the recogniser took its first word for the country
        r = linkedAs("ووقعت شركة \"البحرين لصناعة الزجاج\" عقدا جديدا.", EntityType.LOC, new int[][] {{0, 3, 3}});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("البحرين لصناعة الزجاج", EntityType.ORG));
        // a paper the knowledge base knows keeps its link
        r = linkedAs("وذكرت صحيفة \"الشرق الأوسط\" أن الاجتماع انتهى.", EntityType.LOC, new int[][] {{0, 3, 4}});
        assertThat(r.mentions()).extracting(m -> m.entity().orElseThrow().id()).containsExactly("kb:org/asharq-al-awsat");
        // a one-word name too, which the recogniser missed as the common word it also is ("the ambassador")
        r = linkedAs("ونقلت صحيفة \"السفير\" عن مصادر مطلعة أن الجلسة تأجلت.", EntityType.PER, new int[][] {});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("السفير", EntityType.ORG));
        // named after a city, it is the paper, unlinked, not the city
        r = linkedAs("ونقلت صحيفة \"مكة\" عن مصادر مطلعة أن الجلسة تأجلت.", EntityType.PER, new int[][] {});
        assertThat(r.mentions()).extracting(EntityMention::text, EntityMention::type, m -> m.entity().orElseThrow().id().startsWith("local:"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("مكة", EntityType.ORG, true));
        // with the article the magazine is named before, and the quotes hold what it published
        assertThat(linkedAs("وجاءت في تصنيف المجلة \"للنجوم العرب على الساحة العالمية\" في المرتبة الأولى.", EntityType.PER,
                new int[][] {}).mentions()).isEmpty();
    }

    @Test void quotesAfterOtherWordsOrTooLongAreLeftAlone() {
        // a quotation, not a title: «قال» is no word for a work
        assertThat(linkedAs("وقال الوزير \"الأمور تسير على ما يرام\" أمس.", EntityType.PER, new int[][] {}).mentions()).isEmpty();
        // more words than a title has
        assertThat(linkedAs("وعرض فيلم \"عن رجل عاش في المدينة القديمة سنوات طويلة بعيدا عن أهله\" أمس.", EntityType.PER,
                new int[][] {}).mentions()).isEmpty();
    }
}
