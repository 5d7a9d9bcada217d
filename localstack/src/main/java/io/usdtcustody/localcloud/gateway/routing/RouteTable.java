package io.usdtcustody.localcloud.gateway.routing;

import io.usdtcustody.model.catalogue.HttpMethod;
import io.usdtcustody.model.catalogue.RouteSpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue's routes as a tree of path segments, matched the way API Gateway resolves resources: a literal
 * segment wins over a {@code {parameter}} at the same level, parameters match exactly one non-empty segment,
 * and when a literal branch leads nowhere the parameter branch is tried.
 */
public final class RouteTable {
    private final Node root = new Node();

    public RouteTable(List<RouteSpec> routes) {
        for (RouteSpec route : routes) {
            Node node = root;
            for (String segment : route.segments()) {
                node = RouteSpec.isParameter(segment)
                        ? node.parameter(segment.substring(1, segment.length() - 1))
                        : node.literals.computeIfAbsent(segment, s -> new Node());
            }
            if (node.routes.putIfAbsent(route.method(), route) != null) {
                throw new IllegalArgumentException("route declared twice: " + route.method() + " " + route.path());
            }
        }
    }

    /**
     * Matches a method name (case-sensitive, as HTTP says) and a raw, still percent-encoded path. Unknown
     * methods such as {@code HEAD} count as not allowed on an existing path.
     */
    public RouteMatch match(String method, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.length() == 1) {
            return new RouteMatch.NoRoute();
        }
        String[] raw = rawPath.substring(1).split("/", -1);
        String[] segments = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isEmpty()) {
                return new RouteMatch.NoRoute();
            }
            try {
                segments[i] = URLDecoder.decode(raw[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return new RouteMatch.NoRoute();
            }
        }
        Map<String, String> parameters = new HashMap<>();
        Optional<Node> node = find(root, segments, 0, parameters);
        if (node.isEmpty() || node.get().routes.isEmpty()) {
            return new RouteMatch.NoRoute();
        }
        HttpMethod httpMethod = parse(method);
        RouteSpec route = httpMethod == null ? null : node.get().routes.get(httpMethod);
        if (route == null) {
            return new RouteMatch.MethodNotAllowed(node.get().routes.keySet());
        }
        return new RouteMatch.Found(route, parameters);
    }

    private static Optional<Node> find(Node node, String[] segments, int index, Map<String, String> parameters) {
        if (index == segments.length) {
            return node.routes.isEmpty() ? Optional.empty() : Optional.of(node);
        }
        Node literal = node.literals.get(segments[index]);
        if (literal != null) {
            Optional<Node> found = find(literal, segments, index + 1, parameters);
            if (found.isPresent()) {
                return found;
            }
        }
        if (node.parameterChild != null) {
            Optional<Node> found = find(node.parameterChild, segments, index + 1, parameters);
            if (found.isPresent()) {
                parameters.put(node.parameterName, segments[index]);
                return found;
            }
        }
        return Optional.empty();
    }

    private static HttpMethod parse(String method) {
        try {
            return HttpMethod.valueOf(method);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** One path level: literal children, at most one parameter child, and the routes ending here. */
    private static final class Node {
        private final Map<String, Node> literals = new HashMap<>();
        private final Map<HttpMethod, RouteSpec> routes = new EnumMap<>(HttpMethod.class);
        private String parameterName;
        private Node parameterChild;

        Node parameter(String name) {
            if (parameterChild == null) {
                parameterName = name;
                parameterChild = new Node();
            } else if (!parameterName.equals(name)) {
                throw new IllegalArgumentException("path parameters at one level must share a name: {"
                        + parameterName + "} and {" + name + "}");
            }
            return parameterChild;
        }
    }
}
