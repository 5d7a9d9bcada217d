package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.KeyVaultException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bound on the signatures in flight against one token: at most {@code maxConcurrent} at once, others wait up
 * to {@code wait} and then fail with {@code UNAVAILABLE}, instead of exhausting the token's sessions.
 */
final class SignerPermits {
    private final Semaphore permits;
    private final Duration wait;

    SignerPermits(int maxConcurrent, Duration wait) {
        this.permits = new Semaphore(maxConcurrent, true);
        this.wait = wait;
    }

    <T> T run(Supplier<T> signature) {
        try {
            if (!permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw KeyVaultException.unavailable("the HSM is busy: too many signatures in flight", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KeyVaultException.unavailable("interrupted while waiting for the HSM", e);
        }
        try {
            return signature.get();
        } finally {
            permits.release();
        }
    }
}
