package org.marsad.server;

/**
 * A request the API refuses, with the HTTP status, a short machine-readable error code and a
 * human-readable detail. {@link Errors} turns it into {@code {"error": code, "detail": detail}}.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String error;

    public ApiException(int status, String error, String detail) {
        super(detail);
        this.status = status;
        this.error = error;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad_request", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not_found", detail);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
