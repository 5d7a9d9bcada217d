package io.usdtcustody.infra.api;

import io.usdtcustody.model.catalogue.ApiSpec;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigateway.IdentitySource;
import software.amazon.awscdk.services.apigateway.RequestAuthorizer;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/**
 * The request authorizers of the two edges, both backed by the catalogue's authorizer function (its {@code live}
 * alias): the partner edge's is keyed by {@code x-api-key}, the mobile edge's by {@code Authorization}; API Gateway
 * answers 401 itself when that header is missing and caches each verdict per header value. API Gateway invokes the
 * function through a role that may invoke that alias and nothing else; a resource policy on the function would
 * have to name the API, which lives in a later stack.
 */
public final class EdgeAuthorizers extends Construct {
    /** A partner key's tenant never changes, and API Gateway re-checks the key itself on every request. */
    public static final Duration PARTNER_RESULT_CACHE = Duration.minutes(5);
    /** Short, because a cached allow outlives the ID token's {@code exp} by up to this long. */
    public static final Duration MOBILE_RESULT_CACHE = Duration.minutes(1);

    private final Role invoker;
    private final RequestAuthorizer partner;
    private final RequestAuthorizer mobile;

    public EdgeAuthorizers(Construct scope, String id, IFunction authorizer, String namePrefix) {
        super(scope, id);
        this.invoker = Role.Builder.create(this, "Invoker")
                .assumedBy(new ServicePrincipal("apigateway.amazonaws.com"))
                .description("API Gateway invokes the request authorizer function's live alias")
                .build();
        this.partner = RequestAuthorizer.Builder.create(this, "Partner")
                .authorizerName(namePrefix + "partner-key")
                .handler(authorizer)
                .assumeRole(invoker)
                .identitySources(List.of(IdentitySource.header(ApiSpec.API_KEY_HEADER)))
                .resultsCacheTtl(PARTNER_RESULT_CACHE)
                .build();
        this.mobile = RequestAuthorizer.Builder.create(this, "Mobile")
                .authorizerName(namePrefix + "mobile-id-token")
                .handler(authorizer)
                .assumeRole(invoker)
                .identitySources(List.of(IdentitySource.header("Authorization")))
                .resultsCacheTtl(MOBILE_RESULT_CACHE)
                .build();
    }

    public RequestAuthorizer partner() {
        return partner;
    }

    public RequestAuthorizer mobile() {
        return mobile;
    }

    public Role invoker() {
        return invoker;
    }
}
