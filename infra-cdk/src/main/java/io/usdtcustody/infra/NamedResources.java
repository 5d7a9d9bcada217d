package io.usdtcustody.infra;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Constructs of one kind keyed by their logical catalogue name, so a stack can hand its tables or streams to
 * another stack and that stack can look them up by the names in a {@code FunctionSpec} or {@code ServiceSpec}.
 */
public final class NamedResources<T> {
    private final String kind;
    private final Map<String, T> byName = new LinkedHashMap<>();

    public NamedResources(String kind) {
        this.kind = kind;
    }

    public void put(String logicalName, T resource) {
        if (byName.putIfAbsent(logicalName, resource) != null) {
            throw new IllegalStateException(kind + " declared twice: " + logicalName);
        }
    }

    /** The construct for a catalogue name; a name nobody declared is a wiring error, reported at synth time. */
    public T get(String logicalName) {
        T resource = byName.get(logicalName);
        if (resource == null) {
            throw new NoSuchElementException("no " + kind + " named '" + logicalName + "' in this app; declared: " + byName.keySet());
        }
        return resource;
    }

    public Collection<T> all() {
        return byName.values();
    }

    public int size() {
        return byName.size();
    }
}
