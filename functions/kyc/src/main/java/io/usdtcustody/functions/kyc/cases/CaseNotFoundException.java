package io.usdtcustody.functions.kyc.cases;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;

/** No such case or customer under the caller's tenant (another tenant's case is equally "not found"). */
public final class CaseNotFoundException extends PlatformException {
    private static final long serialVersionUID = 1L;

    public CaseNotFoundException(String what) {
        super(ErrorCode.NOT_FOUND, what + " does not exist");
    }
}
