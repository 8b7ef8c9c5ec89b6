package org.marsad.read;

/** Text decoded from bytes with the name of the charset used. */
public record Decoded(String text, String encoding) {}
