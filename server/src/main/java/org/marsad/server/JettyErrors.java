package org.marsad.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.marsad.json.AnalysisJson;

/**
 * Jetty's own error answers (a request so malformed that it never reaches Javalin, e.g. a bad
 * percent escape in the path) in the same JSON form {@code {error, detail}} as every other error,
 * instead of Jetty's HTML page. Never includes an exception or stack trace.
 */
final class JettyErrors extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        var o = AnalysisJson.MAPPER.createObjectNode();
        o.put("error", Errors.code(status));
        o.put("detail", status == 400 ? "the request is malformed (bad URI, header or encoding)" : "the request could not be served");
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(ERROR_CACHE_CONTROL);
        response.write(true, ByteBuffer.wrap(o.toString().getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
