package org.marsad.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.marsad.json.AnalysisJson;
import org.marsad.search.query.QueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: every error is JSON {@code {error, detail}}
 * with the right status. A bad query is a 400 naming the column; a bug is a 500 whose detail
 * says only that, while the stack trace goes to the server log, never to the client.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {}

    static void install(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.error(), e.getMessage()));
        config.routes.exception(QueryException.class, (e, ctx) -> send(ctx, 400, "bad_query", e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), code(e.getStatus()),
                detail(e)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal", "the server failed to answer this request; the server log has the details");
        });
        // Statuses set without an exception (no route matched, method not allowed...): a JSON body too.
        for (int status : new int[] {404, 405}) {
            config.routes.error(status, "*", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    send(ctx, status, code(status), status == 404 ? "no such page or endpoint: " + ctx.path()
                            : ctx.method() + " is not allowed on " + ctx.path());
                }
            });
        }
    }

    static void send(Context ctx, int status, String error, String detail) {
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("error", error);
        o.put("detail", detail);
        ctx.status(status).contentType("application/json; charset=utf-8").result(o.toString());
    }

    private static String detail(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "the request body is larger than this server accepts";
            case 404 -> "no such page or endpoint";
            case 405 -> "this method is not allowed here";
            default -> e.getMessage() == null || e.getMessage().isBlank() ? "request refused" : e.getMessage();
        };
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal" : "http_" + status;
        };
    }
}
