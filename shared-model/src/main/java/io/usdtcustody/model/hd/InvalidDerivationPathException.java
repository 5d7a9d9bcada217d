package io.usdtcustody.model.hd;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;

/** A derivation path string or BIP44 component that is out of range or not in the accepted notation. */
public final class InvalidDerivationPathException extends PlatformException {
    private static final long serialVersionUID = 1L;

    public InvalidDerivationPathException(String reason) {
        super(ErrorCode.VALIDATION_FAILED, "invalid derivation path: " + reason);
    }
}
