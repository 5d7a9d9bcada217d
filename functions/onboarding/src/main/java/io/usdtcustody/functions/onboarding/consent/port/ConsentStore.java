package io.usdtcustody.functions.onboarding.consent.port;

import io.usdtcustody.functions.onboarding.consent.Consent;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.List;

/** Where consent records live, beside their customer; append-only and scoped by tenant. */
public interface ConsentStore {

    /** Adds a record to the customer's history; false (nothing written) when the tenant has no such customer. */
    boolean record(TenantId tenant, String customerId, Consent consent);

    /** The customer's consent records, oldest first. */
    List<Consent> history(TenantId tenant, String customerId);
}
