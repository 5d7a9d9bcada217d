package io.usdtcustody.matching.journal;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;

/**
 * A journal or snapshot failure with its platform error code: storage that cannot serve
 * ({@code UNAVAILABLE}: an I/O error, a directory held by another process, a journal that failed and must be
 * reopened), a record the journal refuses ({@code VALIDATION_FAILED}: too large), or stored state that does
 * not add up ({@code INTERNAL}: see also {@link JournalCorruptedException}). Details name files, offsets and
 * sequences only, never record contents.
 */
public class JournalException extends PlatformException {
    private static final long serialVersionUID = 1L;

    JournalException(ErrorCode errorCode, String detail, Throwable cause) {
        super(errorCode, detail, cause);
    }

    static JournalException unavailable(String detail, Throwable cause) {
        return new JournalException(ErrorCode.UNAVAILABLE, detail, cause);
    }

    static JournalException invalid(String detail) {
        return new JournalException(ErrorCode.VALIDATION_FAILED, detail, null);
    }

    static JournalException inconsistent(String detail) {
        return new JournalException(ErrorCode.INTERNAL, detail, null);
    }
}
