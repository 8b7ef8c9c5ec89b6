package org.marsad.article;

/** Named-entity types. ANERcorp's PERS and AQMAR's MIS map to PER and MISC. */
public enum EntityType {
    PER, LOC, ORG, MISC;

    /** Parses a corpus label such as "PERS", "PER", "MIS", "MISC", "LOC", "ORG". */
    public static EntityType parse(String label) {
        return switch (label) {
            case "PER", "PERS" -> PER;
            case "LOC" -> LOC;
            case "ORG" -> ORG;
            case "MISC", "MIS" -> MISC;
            default -> throw new IllegalArgumentException("unknown entity type '" + label + "'");
        };
    }
}
