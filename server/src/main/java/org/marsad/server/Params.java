package org.marsad.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.marsad.search.query.SearchRequest;

/** Reads query parameters with validation; a bad value is a 400 that names the parameter. */
final class Params {
    private Params() {}

    static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) throw ApiException.badRequest("the query parameter '" + name + "' is required");
        return v;
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw ApiException.badRequest("'" + name + "' must be " + min + ".." + max + ", not " + n);
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    static boolean bool(Context ctx, String name, boolean dflt) {
        return choice(ctx, name, List.of("true", "false"), dflt ? "true" : "false").equals("true");
    }

    /** Facet dimensions: all (default), none/false, true, or a comma list (see {@link SearchRequest#facetList}). */
    static List<String> facets(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return SearchRequest.FACETS;
        List<String> dims = SearchRequest.facetList(v);
        for (String d : dims) {
            if (!SearchRequest.FACETS.contains(d)) {
                throw ApiException.badRequest("'" + name + "' must be all, none or a comma list of "
                        + String.join(", ", SearchRequest.FACETS) + ", not '" + v + "'");
            }
        }
        return dims;
    }

    static String choice(Context ctx, String name, List<String> allowed, String dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        String lower = v.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw ApiException.badRequest("'" + name + "' must be one of " + String.join(", ", allowed) + ", not '" + v + "'");
        }
        return lower;
    }
}
