package io.usdtcustody.model.catalogue;

/**
 * Where a route goes: a catalogue function (invoked with an API Gateway proxy event) or a catalogue service
 * (the HTTP request forwarded unchanged, same path, plus the trusted tenant header).
 */
public sealed interface RouteTarget permits RouteTarget.FunctionTarget, RouteTarget.ServiceTarget {

    /** The catalogue name of the function or service. */
    String name();

    static RouteTarget function(FunctionSpec function) {
        return new FunctionTarget(function.name());
    }

    static RouteTarget service(ServiceSpec service) {
        return new ServiceTarget(service.name());
    }

    /** A Lambda proxy integration of the named catalogue function. */
    record FunctionTarget(String name) implements RouteTarget {
        public FunctionTarget {
            CatalogueNames.requireName(name);
        }
    }

    /** An HTTP proxy to the named catalogue service. */
    record ServiceTarget(String name) implements RouteTarget {
        public ServiceTarget {
            CatalogueNames.requireName(name);
        }
    }
}
