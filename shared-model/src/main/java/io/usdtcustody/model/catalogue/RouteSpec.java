package io.usdtcustody.model.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One route of the public API: method and path template ({@code /v1/customers/{customerId}}), where it goes,
 * who may call it, and whether it is a write that must carry an {@code Idempotency-Key}. The local gateway
 * and the CDK API stack are both generated from these, so a route exists in both or in neither.
 */
public record RouteSpec(
        HttpMethod method,
        String path,
        RouteTarget target,
        RouteAuth auth,
        boolean idempotencyKeyRequired,
        String summary) {

    private static final Pattern LITERAL = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern PARAMETER = Pattern.compile("\\{[a-z][A-Za-z0-9]{0,62}}");
    private static final int MAX_SEGMENTS = 12;

    public RouteSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(summary, "summary");
        if (!path.startsWith("/v1/")) {
            throw new IllegalArgumentException("public routes are versioned (/v1/...): " + path);
        }
        List<String> segments = Arrays.asList(path.substring(1).split("/", -1));
        if (segments.size() > MAX_SEGMENTS) {
            throw new IllegalArgumentException("at most " + MAX_SEGMENTS + " path segments: " + path);
        }
        for (String segment : segments) {
            if (!LITERAL.matcher(segment).matches() && !PARAMETER.matcher(segment).matches()) {
                throw new IllegalArgumentException("a segment is lower-case letters, digits and dashes, or {name}: "
                        + path);
            }
        }
        if (idempotencyKeyRequired && method == HttpMethod.GET) {
            throw new IllegalArgumentException("a GET is not a write and takes no Idempotency-Key: " + path);
        }
    }

    /** A route with an Idempotency-Key requirement for every method but GET. */
    public static RouteSpec of(HttpMethod method, String path, RouteTarget target, RouteAuth auth, String summary) {
        return new RouteSpec(method, path, target, auth, method != HttpMethod.GET, summary);
    }

    /** The path's segments without the leading slash, e.g. {@code [v1, customers, {customerId}]}. */
    public List<String> segments() {
        return List.of(path.substring(1).split("/"));
    }

    /** The names of the path parameters in order, e.g. {@code [customerId]}. */
    public List<String> pathParameters() {
        return segments().stream().filter(RouteSpec::isParameter).map(s -> s.substring(1, s.length() - 1)).toList();
    }

    /** True for a {@code {name}} segment. */
    public static boolean isParameter(String segment) {
        return segment.startsWith("{");
    }
}
