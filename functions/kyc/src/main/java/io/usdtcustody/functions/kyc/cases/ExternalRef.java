package io.usdtcustody.functions.kyc.cases;

import io.usdtcustody.model.tenancy.TenantId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference a case gives the vendor, {@code <tenant>:<customerId>:<caseId>}, which the vendor returns in its
 * signed webhook: it finds the case without any lookup table, and since the webhook is signed it cannot be
 * pointed at another tenant's case. Customer and case ids never contain {@code :} ({@link #ID}).
 */
public final class ExternalRef {
    /** Customer and case ids: letters, digits, {@code . _ -}, at most 64 characters. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The parts of a reference. */
    public record Parts(TenantId tenant, String customerId, String caseId) {
    }

    private ExternalRef() {
    }

    public static String of(TenantId tenant, String customerId, String caseId) {
        if (!ID.matcher(customerId).matches() || !ID.matcher(caseId).matches()) {
            throw new IllegalArgumentException("customer and case ids are letters, digits and . _ -");
        }
        return tenant.value() + ":" + customerId + ":" + caseId;
    }

    public static Optional<Parts> parse(String reference) {
        String[] parts = reference == null ? new String[0] : reference.split(":", -1);
        if (parts.length != 3 || !ID.matcher(parts[1]).matches() || !ID.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parts(TenantId.of(parts[0]), parts[1], parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
