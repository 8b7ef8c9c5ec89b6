package org.marsad.entity;

/** Feature template numbers; changing one invalidates the shipped model. */
final class Templates {
    private Templates() {}

    static final int BIAS = 0;
    static final int WORD = 1;
    static final int STEM = 2;
    static final int PATTERN = 3;
    static final int SHAPE = 4;
    static final int LENGTH = 5;
    static final int PREFIX2 = 6;
    static final int PREFIX3 = 7;
    static final int SUFFIX1 = 8;
    static final int SUFFIX2 = 9;
    static final int SUFFIX3 = 10;
    static final int WORD_SUFFIX2 = 11;
    static final int GAZETTEER = 12;
    static final int CLUSTER_ID = 13;
    static final int HISTORY = 14;
    static final int FIRST_PASS = 15;
    static final int ARTICLE_RATIO = 16;
    static final int FREQUENCY = 17;
    static final int TRIGRAM = 18;
    static final int PROFILE = 19;
    static final int CONTEXT_BIGRAM = 86;
    /** CLUSTER + level, one per granularity. */
    static final int CLUSTER = 20;
    /** context templates: base + offset (offsets -2..2 map to 0..4) */
    static final int CTX_WORD = 40;
    static final int CTX_STEM = 50;
    static final int CTX_CLUSTER = 60;
    static final int CTX_SHAPE = 70;
    static final int CTX_COARSE = 90;
    static final int CTX_PATTERN = 100;
    static final int BIGRAM_LEFT = 80;
    static final int BIGRAM_RIGHT = 81;
    static final int STEM_BIGRAM_LEFT = 82;
    static final int STEM_BIGRAM_RIGHT = 83;
    static final int CLUSTER_BIGRAM_LEFT = 84;
    static final int CLUSTER_BIGRAM_RIGHT = 85;
}
