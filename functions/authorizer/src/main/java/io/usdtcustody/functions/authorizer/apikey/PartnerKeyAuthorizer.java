package io.usdtcustody.functions.authorizer.apikey;

import io.usdtcustody.functions.authorizer.AuthorizerRequest;
import io.usdtcustody.functions.authorizer.Decision;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.AuthorizerContract.AuthMethod;
import io.usdtcustody.model.tenancy.PartnerKeyFormat;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The partner edge: the tenant is the one the presented {@code x-api-key} names ({@link PartnerKeyFormat}). This
 * needs no lookup and no AWS permission because API Gateway itself checks, on every request to a partner method
 * (all of which require a key), that the value is an enabled key of the stage's usage plans; the authorizer only
 * reads which tenant such a key was issued for. A value in any other shape, or two different values, is denied.
 * The principal is the key's fingerprint, never the key.
 */
public final class PartnerKeyAuthorizer {

    public Decision decide(AuthorizerRequest request) {
        List<String> values = request.header(ApiSpec.API_KEY_HEADER);
        if (values.isEmpty()) {
            return new Decision.Unauthorized("NO_API_KEY");
        }
        if (values.size() > 1) {
            return new Decision.Deny("AMBIGUOUS_API_KEY");
        }
        String key = values.get(0);
        Optional<TenantId> tenant = PartnerKeyFormat.tenantOf(key);
        if (tenant.isEmpty()) {
            return new Decision.Deny("NOT_A_PARTNER_KEY");
        }
        return new Decision.Allow(tenant.get(), PartnerKeyFormat.fingerprint(key), AuthMethod.API_KEY);
    }
}
