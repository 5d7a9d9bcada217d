package io.usdtcustody.functions.common.telemetry;

/**
 * Where a function's metrics go during one invocation. Names say what is measured with the unit last
 * ({@code CustomersCreatedCount}, {@code ScreenLoadMillis}); {@link #flush} publishes the invocation's values
 * with the route as a dimension. Implementations: Powertools' EMF metrics in Lambda, an in-memory recorder in tests.
 */
public interface MetricsRecorder {

    /** One more of {@code name} (unit: count). */
    void count(String name);

    /** A duration (unit: milliseconds). */
    void milliseconds(String name, long value);

    /**
     * Publishes what was recorded since the last flush, dimensioned by {@code route} (no white space, e.g.
     * {@code POST:/v1/customers}), and starts afresh.
     */
    void flush(String route);
}
