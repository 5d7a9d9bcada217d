package io.usdtcustody.functions.kyc.cases;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;

/**
 * A request that the case's current state does not allow (a document for a submitted case, a second passport),
 * or a write that lost a race with another one (the case's version moved on): 409, nothing changed.
 */
public final class CaseConflictException extends PlatformException {
    private static final long serialVersionUID = 1L;

    public CaseConflictException(String detail) {
        super(ErrorCode.CONFLICT, detail);
    }
}
