package io.usdtcustody.functions.kyc.vendor;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;

/**
 * The vendor could not be reached or refused a call: 503 to the caller, who may retry; the case is unchanged.
 * The cause (status, connection error) is kept for the log only.
 */
public final class VendorUnavailableException extends PlatformException {
    private static final long serialVersionUID = 1L;

    public VendorUnavailableException(String detail, Throwable cause) {
        super(ErrorCode.UNAVAILABLE, detail, cause);
    }
}
