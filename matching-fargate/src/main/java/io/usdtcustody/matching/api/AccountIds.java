package io.usdtcustody.matching.api;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * The engine's 64-bit account number for a tenant's trading account: the first 63 bits of
 * SHA-256(tenant, account), so the same pair always maps to the same number across restarts and replays with
 * no table to keep, and one tenant can never address another tenant's account (its tenant comes from the
 * gateway's {@code X-Tenant-Id} header, never from the body). Account 0 is the fee account and never results.
 */
public final class AccountIds {
    static final String TENANT_HEADER = "X-Tenant-Id";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private AccountIds() {
    }

    public static long of(String tenant, String account) {
        if (tenant == null || !NAME.matcher(tenant).matches()) {
            throw new PlatformException(ErrorCode.UNAUTHENTICATED, "no tenant on the request");
        }
        if (account == null || !NAME.matcher(account).matches()) {
            throw PlatformException.validation("account must be 1-64 letters, digits or ._:-", java.util.List.of());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(tenant.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(account.getBytes(StandardCharsets.UTF_8));
            long id = ByteBuffer.wrap(sha.digest()).getLong() >>> 1;
            return id == 0 ? 1 : id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
