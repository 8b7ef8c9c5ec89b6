package org.marsad.pipeline;

/** The analysis layers a stage can require and provide. */
public enum Layer {
    /** sentences and tokens with clitic segments */ TEXT,
    /** named-entity mentions, linked, and nationality adjectives */ ENTITIES,
    /** direct and reported quotations */ QUOTES,
    /** TIMEX3 time expressions */ DATES,
    /** topic label and scores */ TOPIC,
    /** key phrases */ KEYWORDS,
    /** extractive summary */ SUMMARY
}
