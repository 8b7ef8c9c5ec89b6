package org.marsad.read;

/** A file or record that cannot be read; the message names the input and the problem. */
public final class ReadException extends Exception {
    public ReadException(String message) {
        super(message);
    }

    public ReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
