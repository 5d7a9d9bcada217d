package io.usdtcustody.model.hd;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;

/**
 * An extended key (xprv/xpub text or its parts) that BIP32 does not accept. The detail names what is wrong
 * and never contains any of the key's bytes or text.
 */
public final class InvalidExtendedKeyException extends PlatformException {
    private static final long serialVersionUID = 1L;

    public InvalidExtendedKeyException(String reason) {
        super(ErrorCode.VALIDATION_FAILED, "invalid extended key: " + reason);
    }
}
