package io.usdtcustody.model.address;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;

/**
 * Checks addresses that users supply (withdrawal destinations, whitelist entries) for a chain: checksums,
 * lengths, wrong-chain shapes. The {@link AddressValidation#reason()} is safe to show the user as is.
 */
public final class AddressValidator {
    private AddressValidator() {
    }

    public static AddressValidation validate(Chain chain, String address) {
        return ChainAddress.codec(chain).validate(address);
    }

    /**
     * The normalised address.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_ADDRESS} with the reason as detail
     */
    public static String requireValid(Chain chain, String address) {
        return validate(chain, address).requireValid();
    }
}
