package io.usdtcustody.localcloud.gateway.routing;

import io.usdtcustody.model.catalogue.HttpMethod;
import io.usdtcustody.model.catalogue.RouteSpec;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the route table says about a request: the route with its decoded path parameters, or that no route has
 * this path (404), or that the path exists with other methods only (405, with the methods for {@code Allow}).
 */
public sealed interface RouteMatch permits RouteMatch.Found, RouteMatch.NoRoute, RouteMatch.MethodNotAllowed {

    /** The route and its path parameters by name, e.g. {@code customerId -> c-1}. */
    record Found(RouteSpec route, Map<String, String> pathParameters) implements RouteMatch {
        public Found {
            Objects.requireNonNull(route, "route");
            pathParameters = Map.copyOf(pathParameters);
        }
    }

    /** No route has this path. */
    record NoRoute() implements RouteMatch {
    }

    /** Routes have this path, but not with the request's method. */
    record MethodNotAllowed(Set<HttpMethod> allowed) implements RouteMatch {
        public MethodNotAllowed {
            allowed = Set.copyOf(allowed);
        }
    }
}
