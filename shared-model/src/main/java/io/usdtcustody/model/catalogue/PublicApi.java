package io.usdtcustody.model.catalogue;

import static io.usdtcustody.model.catalogue.HttpMethod.DELETE;
import static io.usdtcustody.model.catalogue.HttpMethod.GET;
import static io.usdtcustody.model.catalogue.HttpMethod.POST;
import static io.usdtcustody.model.catalogue.HttpMethod.PUT;
import static io.usdtcustody.model.catalogue.RouteAuth.API_KEY;
import static io.usdtcustody.model.catalogue.RouteAuth.API_KEY_OR_JWT;
import static io.usdtcustody.model.catalogue.RouteAuth.NONE;

import java.util.List;

/**
 * The routes of the public API ({@link ResourceCatalogue#API}). Customer-facing routes take a partner key or a
 * mobile JWT; partner tooling (name screening, policy dry-runs, the analysts' KYC review queue) takes a key only,
 * so it exists on the partner edge alone; a KYC vendor's webhook takes
 * neither, because the vendor signs its body and the KYC function verifies that signature.
 *
 * <p>Custody's routes are forwarded with the same path, so they must equal custody's own controller paths.
 * Operator routes (account xpubs, approvers, approvals, hot wallets) are deliberately not public.
 */
final class PublicApi {
    /** Cognito writes custom attributes into ID tokens with this prefix; the local issuer does the same. */
    static final String TENANT_CLAIM = "custom:tenant_id";

    private PublicApi() {
    }

    static ApiSpec spec(FunctionSpec onboarding, FunctionSpec kyc, ServiceSpec custody) {
        RouteTarget customers = RouteTarget.function(onboarding);
        RouteTarget compliance = RouteTarget.function(kyc);
        RouteTarget wallet = RouteTarget.service(custody);
        List<RouteSpec> routes = List.of(
                RouteSpec.of(POST, "/v1/customers", customers, API_KEY_OR_JWT, "create a customer under the caller's tenant"),
                RouteSpec.of(GET, "/v1/customers/{customerId}", customers, API_KEY_OR_JWT, "one customer"),
                RouteSpec.of(PUT, "/v1/customers/{customerId}/profile", customers, API_KEY_OR_JWT, "replace the profile"),
                RouteSpec.of(POST, "/v1/customers/{customerId}/consents", customers, API_KEY_OR_JWT, "record a consent"),
                RouteSpec.of(POST, "/v1/customers/{customerId}/deposit-addresses", customers, API_KEY_OR_JWT,
                        "the customer's deposit address on a chain (public derivation)"),
                RouteSpec.of(GET, "/v1/customers/{customerId}/balances", customers, API_KEY_OR_JWT,
                        "balances per chain, read from custody"),
                RouteSpec.of(POST, "/v1/customers/{customerId}/kyc-cases", compliance, API_KEY_OR_JWT, "open a KYC case"),
                RouteSpec.of(GET, "/v1/kyc-cases/{caseId}", compliance, API_KEY_OR_JWT, "one KYC case"),
                RouteSpec.of(POST, "/v1/kyc-cases/{caseId}/documents", compliance, API_KEY_OR_JWT, "add a document"),
                new RouteSpec(POST, "/v1/kyc/webhooks/{vendor}", compliance, NONE, false,
                        "a KYC vendor's decision; the function verifies the vendor's HMAC and deduplicates by event id"),
                new RouteSpec(POST, "/v1/screening/names", compliance, API_KEY, false,
                        "screen names against the sanctions lists (reads only)"),
                RouteSpec.of(GET, "/v1/kyc-reviews", compliance, API_KEY,
                        "the tenant's KYC cases in review, oldest first (analysts; ?limit=&cursor=)"),
                RouteSpec.of(GET, "/v1/kyc-reviews/{caseId}", compliance, API_KEY,
                        "one case in review with its screening hits and explanations (analysts)"),
                RouteSpec.of(POST, "/v1/kyc-reviews/{caseId}/decision", compliance, API_KEY,
                        "an analyst approves or rejects a case in review, with a reason code and a note"),
                RouteSpec.of(POST, "/v1/withdrawals", wallet, API_KEY_OR_JWT, "request a withdrawal"),
                RouteSpec.of(GET, "/v1/withdrawals/{withdrawalId}", wallet, API_KEY_OR_JWT, "one withdrawal"),
                RouteSpec.of(POST, "/v1/withdrawals/{withdrawalId}/cancel", wallet, API_KEY_OR_JWT,
                        "cancel before signing"),
                RouteSpec.of(POST, "/v1/trading-transfers", wallet, API_KEY_OR_JWT,
                        "move a customer's USDT from funding to trading (the matching engine credits it)"),
                RouteSpec.of(GET, "/v1/customers/{customerId}/whitelist", wallet, API_KEY_OR_JWT,
                        "the customer's destination whitelist"),
                RouteSpec.of(POST, "/v1/customers/{customerId}/whitelist", wallet, API_KEY_OR_JWT, "whitelist a destination"),
                RouteSpec.of(DELETE, "/v1/customers/{customerId}/whitelist/{chain}/{address}", wallet, API_KEY_OR_JWT,
                        "remove a whitelisted destination"),
                RouteSpec.of(POST, "/v1/travel-rule/incoming", wallet, API_KEY,
                        "the originating VASP's IVMS101 data for an incoming transfer (a held deposit is decided again)"),
                RouteSpec.of(GET, "/v1/deposits/{depositId}", wallet, API_KEY,
                        "one deposit: credited, or held for the Travel Rule with its reason"),
                new RouteSpec(POST, "/v1/policy/dry-run", wallet, API_KEY, false,
                        "what the policy would decide for a withdrawal, recording nothing"));
        List<UsagePlanSpec> plans = List.of(
                new UsagePlanSpec("partner-standard", 50, 100, 200_000, "default plan for production partner keys"),
                new UsagePlanSpec("partner-sandbox", 5, 10, 1_000, "integration and sandbox keys"));
        return new ApiSpec(routes, plans, TENANT_CLAIM,
                List.of("application/octet-stream", "application/pdf", "image/jpeg", "image/png"));
    }
}
