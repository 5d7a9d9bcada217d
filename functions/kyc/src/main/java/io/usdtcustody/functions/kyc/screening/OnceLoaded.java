package io.usdtcustody.functions.kyc.screening;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on first use, once, and shared by every later caller of this execution environment (the
 * sanctions screen: expensive to build, immutable once built). Thread-safe; a failed build is retried next time.
 */
public final class OnceLoaded<T> implements Supplier<T> {
    private final Supplier<T> loader;
    private volatile T value;

    public OnceLoaded(Supplier<T> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = Objects.requireNonNull(loader.get(), "loaded value");
                    value = current;
                }
            }
        }
        return current;
    }
}
