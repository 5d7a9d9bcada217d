package io.usdtcustody.model.address;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;

/**
 * The outcome of checking a user-supplied address for one chain: either valid with its normalised form (the
 * one to store and compare, e.g. EIP-55 for Ethereum), or invalid with a short, stable, human reason that
 * never repeats the address itself.
 *
 * @param valid      whether the address is usable on the chain
 * @param normalized the canonical form when valid, otherwise {@code null}
 * @param reason     why it is not valid, otherwise {@code null}
 */
public record AddressValidation(boolean valid, String normalized, String reason) {

    public AddressValidation {
        if (valid && (normalized == null || normalized.isEmpty() || reason != null)) {
            throw new IllegalArgumentException("a valid address has a normalized form and no reason");
        }
        if (!valid && (normalized != null || reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("an invalid address has a reason and no normalized form");
        }
    }

    public static AddressValidation valid(String normalized) {
        return new AddressValidation(true, normalized, null);
    }

    public static AddressValidation invalid(String reason) {
        return new AddressValidation(false, null, reason);
    }

    /**
     * The normalised address.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_ADDRESS} with the reason as detail, when invalid
     */
    public String requireValid() {
        if (!valid) {
            throw new PlatformException(ErrorCode.INVALID_ADDRESS, reason);
        }
        return normalized;
    }
}
