package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityMention;
import org.marsad.article.EntityType;
import org.marsad.article.Quote;

class EntityKeyTest {
    static EntityMention unlinked(String text, EntityType type) {
        return new EntityMention(0, text.length(), text, type, Optional.empty(), Optional.empty());
    }

    @Test
    void linkedMentionsAreNamedByTheirEntityId() {
        EntityMention m = new EntityMention(0, 6, "لافروف", EntityType.PER, Optional.of(GazetteerStage.LAVROV), Optional.empty());
        assertThat(EntityKey.of(m).id()).isEqualTo("Q9001");
        assertThat(EntityKey.parse("Q9001").matches(m)).isTrue();
        assertThat(EntityKey.parse("Q9002").matches(m)).isFalse();
    }

    @Test
    void unlinkedMentionsAreNamedByTypeAndText() {
        EntityKey k = EntityKey.of(unlinked("مريم الخطيب", EntityType.PER));
        assertThat(k.id()).isEqualTo("PER:مريم الخطيب");
        assertThat(k.isLinked()).isFalse();
        assertThat(EntityKey.parse("per:مريم الخطيب").id()).isEqualTo("PER:مريم الخطيب");
    }

    @Test
    void unlinkedNamesMatchAcrossDiacriticsAndHamzaForms() {
        EntityKey k = EntityKey.parse("LOC:الإسكندرية");
        assertThat(k.matches(unlinked("الاسكندريّة", EntityType.LOC))).isTrue();
        assertThat(k.matches(unlinked("الاسكندرية", EntityType.PER))).isFalse();
    }

    @Test
    void anIdWithAColonThatIsNoTypeStaysLinked() {
        EntityKey k = EntityKey.parse("kb:per/sergey-lavrov");
        assertThat(k.isLinked()).isTrue();
        assertThat(k.query()).contains("person:\"kb:per/sergey-lavrov\"");
    }

    @Test
    void aSpeakerNamedInsideALongerSpeakerTextSpoke() {
        EntityKey k = EntityKey.parse("PER:لافروف");
        Quote q = new Quote(0, 3, "نعم", Quote.Kind.DIRECT, "قال",
                Optional.of(new Quote.Speaker(0, 12, "سيرغي لافروف", Optional.empty())));
        assertThat(k.spoke(q)).isTrue();
        assertThat(EntityKey.parse("LOC:لافروف").spoke(q)).isFalse();
    }

    @Test
    void quotesInNamesCannotBreakTheQuery() {
        assertThat(EntityKey.parse("PER:a\"b").query()).isEqualTo("person:\"a b\"");
    }
}
