package io.usdtcustody.functions.kyc.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import io.usdtcustody.functions.common.ProxyRequest;
import io.usdtcustody.functions.kyc.api.CaseViews.Audience;
import io.usdtcustody.functions.kyc.cases.CaseNotFoundException;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Map;

/**
 * Who calls, from the authorizer context the gateway set (never from the client): the tenant, the principal (a
 * partner's key id, or an end customer's JWT subject) and so the audience. An end customer acts only for itself:
 * another customer of the same tenant is "not found", exactly as another tenant's is.
 */
record Caller(TenantId tenant, String principal, Audience audience) {

    static Caller of(ProxyRequest request, APIGatewayProxyRequestEvent event) {
        TenantId tenant = request.tenant();
        Map<String, Object> authorizer = event.getRequestContext().getAuthorizer();
        if (!(authorizer.get("principalId") instanceof String principal) || principal.isBlank()) {
            throw new PlatformException(ErrorCode.UNAUTHENTICATED, "The request carries no authenticated principal.");
        }
        return new Caller(tenant, principal,
                "JWT".equals(authorizer.get("authMethod")) ? Audience.CUSTOMER : Audience.PARTNER);
    }

    String ownCustomer(String customerId) {
        if (audience == Audience.CUSTOMER && !principal.equals(customerId)) {
            throw new CaseNotFoundException("the customer");
        }
        return customerId;
    }

    KycCase ownCase(KycCase kycCase) {
        if (audience == Audience.CUSTOMER && !principal.equals(kycCase.customerId())) {
            throw new CaseNotFoundException("the case");
        }
        return kycCase;
    }
}
