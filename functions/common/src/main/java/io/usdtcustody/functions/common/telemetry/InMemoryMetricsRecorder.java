package io.usdtcustody.functions.common.telemetry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link MetricsRecorder} for tests: keeps every flushed value by route and name. */
public final class InMemoryMetricsRecorder implements MetricsRecorder {
    private final Map<String, Long> pending = new HashMap<>();
    private final List<Flushed> flushed = new ArrayList<>();

    /** One published value. */
    public record Flushed(String route, String name, long value) {
    }

    @Override
    public synchronized void count(String name) {
        pending.merge(name, 1L, Long::sum);
    }

    @Override
    public synchronized void milliseconds(String name, long value) {
        pending.merge(name, value, Long::sum);
    }

    @Override
    public synchronized void flush(String route) {
        if (route.isBlank() || route.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a dimension value has no white space, as EMF requires");
        }
        pending.merge("RequestCount", 1L, Long::sum);
        pending.forEach((name, value) -> flushed.add(new Flushed(route, name, value)));
        pending.clear();
    }

    /** The total of {@code name} over every flush. */
    public synchronized long total(String name) {
        return flushed.stream().filter(f -> f.name().equals(name)).mapToLong(Flushed::value).sum();
    }

    public synchronized List<Flushed> flushed() {
        return List.copyOf(flushed);
    }
}
