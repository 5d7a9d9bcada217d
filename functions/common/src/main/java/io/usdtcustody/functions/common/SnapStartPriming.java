package io.usdtcustody.functions.common;

import java.util.Objects;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * A SnapStart priming hook: runs {@code prime} once before Lambda snapshots an initialised environment, so work
 * no restored environment should repeat (building the sanctions screen, loading the request path's classes) is
 * in the snapshot. What a function primes must read no clock, draw no random number and open no connection, so
 * the snapshot carries no time, seed or socket. Outside SnapStart (locally, in tests) it is registered and never
 * called. The global CRaC context holds hooks weakly: whoever registers one keeps the returned reference.
 */
public final class SnapStartPriming implements Resource {
    private final Runnable prime;

    private SnapStartPriming(Runnable prime) {
        this.prime = Objects.requireNonNull(prime, "prime");
    }

    public static SnapStartPriming register(Runnable prime) {
        SnapStartPriming hook = new SnapStartPriming(prime);
        Core.getGlobalContext().register(hook);
        return hook;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime.run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing captured before the snapshot needs renewing
    }
}
