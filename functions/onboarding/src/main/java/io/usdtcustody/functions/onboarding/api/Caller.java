package io.usdtcustody.functions.onboarding.api;

import io.usdtcustody.functions.common.ProxyRequest;
import io.usdtcustody.functions.onboarding.customer.CustomerIds;
import io.usdtcustody.functions.onboarding.customer.CustomerService;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Map;

/**
 * Who calls, from the authorizer context the gateway set (never from the client): the tenant, the principal
 * (a partner's API key id, or a mobile customer's token subject) and so the audience. A mobile customer acts
 * only as itself — its customer id is its token's subject — and sees another customer of its own tenant as
 * "not found", exactly as another tenant's; it also never sees screening details (no tipping off).
 */
record Caller(TenantId tenant, String principal, Audience audience) {

    /** Partners (API keys) act for all their customers; customers (JWT) for themselves. */
    enum Audience {
        PARTNER,
        CUSTOMER
    }

    static Caller of(ProxyRequest request, Map<String, Object> authorizer) {
        TenantId tenant = request.tenant();
        Object principal = authorizer == null ? null : authorizer.get(AuthorizerContract.PRINCIPAL_ID);
        if (!(principal instanceof String id) || id.isBlank()) {
            throw new PlatformException(ErrorCode.UNAUTHENTICATED, "The request carries no authenticated principal.");
        }
        boolean jwt = AuthorizerContract.AuthMethod.JWT.name().equals(authorizer.get(AuthorizerContract.AUTH_METHOD));
        return new Caller(tenant, id, jwt ? Audience.CUSTOMER : Audience.PARTNER);
    }

    /** The customer id this caller may address as {@code customerId}; another one is "not found". */
    String own(String customerId) {
        if (audience == Audience.CUSTOMER && !principal.equals(customerId)) {
            throw CustomerService.notFound();
        }
        return customerId;
    }

    /** The id a customer created by a mobile customer gets: its own subject, which must be a usable id. */
    String selfId() {
        if (!CustomerIds.isValid(principal)) {
            throw new PlatformException(ErrorCode.FORBIDDEN, "This token's subject cannot be used as a customer id.");
        }
        return principal;
    }

    boolean isPartner() {
        return audience == Audience.PARTNER;
    }
}
