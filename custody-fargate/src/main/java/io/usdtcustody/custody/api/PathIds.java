package io.usdtcustody.custody.api;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.util.UUID;

/** Ids in URL paths: anything that is not a UUID names nothing, so it is a 404 rather than a 400. */
public final class PathIds {
    private PathIds() {
    }

    public static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PlatformException(ErrorCode.NOT_FOUND, "no such " + what);
        }
    }
}
