package org.marsad.entity;

import java.util.Locale;

/**
 * The kinds of text the recogniser has a model for: news (ANERcorp; the shipped default, what
 * the entity stage uses) and Wikipedia articles (AQMAR), whose entities and MISC conventions
 * differ. Each has its own model file, trained together by {@code marsad train ner}.
 */
public enum NerDomain {
    NEWS(""),
    WIKIPEDIA("-wikipedia");

    private final String suffix;

    NerDomain(String suffix) {
        this.suffix = suffix;
    }

    /** The model resource of this domain. */
    public String resource() {
        return "/org/marsad/entity/ner-model" + suffix + ".bin.gz";
    }

    /** This domain's model file beside the news model file {@code newsFile} ({@code x.bin.gz} → {@code x-wikipedia.bin.gz}). */
    public java.nio.file.Path besides(java.nio.file.Path newsFile) {
        return newsFile.resolveSibling(newsFile.getFileName().toString().replace(".bin.gz", "") + suffix + ".bin.gz");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
