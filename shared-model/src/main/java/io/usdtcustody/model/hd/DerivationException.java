package io.usdtcustody.model.hd;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.util.Objects;

/**
 * A BIP32 derivation that cannot be done. {@link Reason#INVALID_CHILD} is the spec's "resulting key is
 * invalid" case (probability below 2<sup>-127</sup>): the caller, e.g. the deposit address allocator, should
 * move on to the next index, as BIP32 prescribes. No key material is ever part of the detail.
 */
public final class DerivationException extends PlatformException {
    private static final long serialVersionUID = 1L;

    /** Why a derivation failed, for callers that react differently to each. */
    public enum Reason {
        INVALID_SEED_LENGTH,
        INVALID_MASTER_KEY,
        HARDENED_FROM_PUBLIC_KEY,
        INVALID_CHILD,
        MAX_DEPTH_EXCEEDED
    }

    private final Reason reason;

    public DerivationException(Reason reason, String detail) {
        super(ErrorCode.VALIDATION_FAILED, detail);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
