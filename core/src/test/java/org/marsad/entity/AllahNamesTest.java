package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.entity.LinkerFixture.linkedFound;

import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.entity.EntityLinker.Found;

/** People's names built on «الله» ({@link AllahNames}), on sentences written for these tests. */
class AllahNamesTest {
    @Test
    void anAyatollahIsAPerson() {
        // the recogniser typed the whole name as an organisation
        assertThat(linkedFound("وقال آية الله الطبسي إن الأمر انتهى.", new Found(0, 1, 3, EntityType.ORG)).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("آية الله الطبسي", EntityType.PER));
        // it stopped at the title: the name after it is taken in
        assertThat(linkedFound("وقال مساعد آية الله طبسي في الأمور الثقافية.", new Found(0, 2, 3, EntityType.ORG)).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("آية الله طبسي", EntityType.PER));
    }

    @Test
    void aCompoundGivenNameEndingInAllahIsAPersonsName() {
        // «الله» alone was read as God (MISC); a title before the name says it is a person
        assertThat(linkedFound("وقال اللواء وديعة الله إن الفيضان وقع.", new Found(0, 3, 3, EntityType.MISC)).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("وديعة الله", EntityType.PER));
        // and with a given name between the title and the compound
        // (a given name that is also a preposition and a noun: «باسم», ب + «اسم» "in the name of")
        assertThat(linkedFound("وحضر الدكتور باسم عوض الله اللقاء.", new Found(0, 4, 4, EntityType.MISC)).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("باسم عوض الله", EntityType.PER));
        // a given name before it: the pieces are one name
        assertThat(linkedFound("صدر كتاب للدكتور بهاء حسب الله عن الأدب.", new Found(0, 3, 3, EntityType.PER),
                new Found(0, 5, 5, EntityType.MISC)).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("بهاء حسب الله", EntityType.PER));
        // a person's name right after it: the compound opens that name
        assertThat(linkedFound("وكان جار الله عمر قد وصل.", new Found(0, 2, 2, EntityType.MISC), new Found(0, 3, 3, EntityType.PER)).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("جار الله عمر", EntityType.PER));
        // also a Pashtun compound («رحمة الله», "God's mercy", as a formula elsewhere)
        assertThat(linkedFound("وقال رحمة الله كاكر الخبير في الشؤون الأفغانية.", new Found(0, 2, 2, EntityType.MISC),
                new Found(0, 3, 3, EntityType.PER)).mentions())
                .extracting(EntityMention::text, EntityMention::type).containsExactly(tuple("رحمة الله كاكر", EntityType.PER));
    }

    @Test
    void godsGraceIsNoName() {
        // the same words with no person named around them are a phrase about God
        assertThat(linkedFound("وقال إن فضل الله كبير على الجميع.", new Found(0, 3, 3, EntityType.MISC)).mentions())
                .extracting(EntityMention::type).doesNotContain(EntityType.PER);
        assertThat(linkedFound("وقالت إن خير الله كثير.", new Found(0, 3, 3, EntityType.MISC)).mentions())
                .extracting(EntityMention::type).doesNotContain(EntityType.PER);
    }
}
