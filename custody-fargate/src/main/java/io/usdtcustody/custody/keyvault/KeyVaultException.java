package io.usdtcustody.custody.keyvault;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;

/**
 * A key vault failure with its platform error code: an unknown label ({@code NOT_FOUND}), a label taken by a
 * key on another curve ({@code CONFLICT}), a malformed label or digest ({@code VALIDATION_FAILED}), or an HSM
 * that cannot serve ({@code UNAVAILABLE}). Details name labels and curves only; never a PIN, never key
 * material. HSM causes are kept for logs.
 */
public class KeyVaultException extends PlatformException {
    private static final long serialVersionUID = 1L;

    public KeyVaultException(ErrorCode errorCode, String detail, Throwable cause) {
        super(errorCode, detail, cause);
    }

    public static KeyVaultException notFound(KeyLabel label) {
        return new KeyVaultException(ErrorCode.NOT_FOUND, "no key labelled " + label, null);
    }

    public static KeyVaultException conflict(KeyLabel label, KeyCurve existing) {
        return new KeyVaultException(ErrorCode.CONFLICT,
                "the label " + label + " is already taken by a " + existing + " key", null);
    }

    public static KeyVaultException invalid(String detail) {
        return new KeyVaultException(ErrorCode.VALIDATION_FAILED, detail, null);
    }

    public static KeyVaultException unavailable(String detail, Throwable cause) {
        return new KeyVaultException(ErrorCode.UNAVAILABLE, detail, cause);
    }

    public static KeyVaultException internal(String detail, Throwable cause) {
        return new KeyVaultException(ErrorCode.INTERNAL, detail, cause);
    }
}
