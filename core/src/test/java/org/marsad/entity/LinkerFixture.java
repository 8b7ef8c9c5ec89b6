package org.marsad.entity;

import org.marsad.article.EntityType;

/** The entity linker alone on a body written for a test, with the recogniser's mentions given. */
final class LinkerFixture {
    private LinkerFixture() {}

    /** The linker alone on {@code body}, with person mentions given as {sentence, first, last} token indices. */
    static EntityLinker.Result linked(String body, int[][] persons) {
        return linkedAs(body, EntityType.PER, persons);
    }

    /** The linker alone on {@code body}, with mentions of one type given as {sentence, first, last} token indices. */
    static EntityLinker.Result linkedAs(String body, EntityType type, int[][] spans) {
        EntityLinker.Found[] found = new EntityLinker.Found[spans.length];
        for (int i = 0; i < spans.length; i++) found[i] = new EntityLinker.Found(spans[i][0], spans[i][1], spans[i][2], type);
        return linkedFound(body, found);
    }

    /** The linker alone on {@code body}, given the recogniser's mentions. */
    static EntityLinker.Result linkedFound(String body, EntityLinker.Found... found) {
        java.util.List<org.marsad.article.Token> tokens = new org.marsad.text.TextStage().tokens(body);
        java.util.List<java.util.List<org.marsad.article.Token>> sentences =
                EntityStage.asProse(EntityStage.bySentence(tokens, org.marsad.text.SentenceSplitter.split(body)));
        return new EntityLinker(KnowledgeBase.shipped()).link(body, sentences, java.util.List.of(found));
    }
}
