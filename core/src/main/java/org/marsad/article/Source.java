package org.marsad.article;

/**
 * Where an article came from: the outlet or agency name (SRC, JSON "source"), its URL, and the
 * file (with record number for multi-record files) it was read from. Any part may be null.
 */
public record Source(String name, String url, String file) {
    public static Source ofFile(String file) {
        return new Source(null, null, file);
    }
}
