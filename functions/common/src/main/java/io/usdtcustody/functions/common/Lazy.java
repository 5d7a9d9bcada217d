package io.usdtcustody.functions.common;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on first use, once per execution environment, then shared (thread-safe; a failed build is tried
 * again next time). For what is expensive to build but not needed by every request (the sanctions screen), and
 * for what must not exist before a SnapStart snapshot (a random source, which would be cloned into every
 * restored environment).
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> builder;
    private volatile T value;

    public Lazy(Supplier<T> builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = Objects.requireNonNull(builder.get(), "built value");
                    value = current;
                }
            }
        }
        return current;
    }

    /** Whether the value has been built. */
    public boolean isBuilt() {
        return value != null;
    }
}
