package io.usdtcustody.functions.authorizer;

import io.usdtcustody.functions.authorizer.apikey.PartnerKeyAuthorizer;
import io.usdtcustody.functions.authorizer.jwt.CachedJwks;
import io.usdtcustody.functions.authorizer.jwt.CognitoTokenAuthorizer;
import io.usdtcustody.functions.authorizer.jwt.UrlConnectionJwksFetcher;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import io.usdtcustody.model.catalogue.AuthorizerContract.AuthMethod;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Decides one request for either edge. Which credential counts is the stage's choice
 * ({@link AuthorizerContract#AUTH_METHOD_VARIABLE}), never the client's: on the mobile edge an {@code x-api-key}
 * is ignored (API Gateway does not check keys there, so a key would prove nothing), on the partner edge a bearer
 * token is. A stage without a valid choice is a fault, so a wrongly wired API fails closed.
 */
public final class RequestAuthorizer {
    private final PartnerKeyAuthorizer partners;
    private final CognitoTokenAuthorizer mobile;

    public RequestAuthorizer(PartnerKeyAuthorizer partners, CognitoTokenAuthorizer mobile) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.mobile = Objects.requireNonNull(mobile, "mobile");
    }

    /**
     * The authorizer as Lambda runs it: the function's region ({@code AWS_REGION}), the catalogue's tenant claim,
     * the pool's keys fetched over HTTPS on first use, the system clock. Nothing touches the network here.
     */
    public static RequestAuthorizer fromEnvironment(Map<String, String> environment, Clock clock) {
        String region = environment.getOrDefault("AWS_REGION", "");
        UrlConnectionJwksFetcher fetcher = new UrlConnectionJwksFetcher();
        return new RequestAuthorizer(new PartnerKeyAuthorizer(), new CognitoTokenAuthorizer(region,
                ResourceCatalogue.API.tenantClaim(), location -> new CachedJwks(location, fetcher, clock), clock));
    }

    public Decision decide(AuthorizerRequest request) {
        String method = request.stageVariables().getOrDefault(AuthorizerContract.AUTH_METHOD_VARIABLE, "");
        if (AuthMethod.API_KEY.name().equals(method)) {
            return partners.decide(request);
        }
        if (AuthMethod.JWT.name().equals(method)) {
            return mobile.decide(request);
        }
        return new Decision.Fault("AUTH_METHOD_NOT_CONFIGURED");
    }
}
