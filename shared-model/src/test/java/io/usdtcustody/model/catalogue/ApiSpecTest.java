package io.usdtcustody.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.catalogue.RouteTarget.FunctionTarget;
import io.usdtcustody.model.catalogue.RouteTarget.ServiceTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiSpecTest {
    private static final ApiSpec API = ResourceCatalogue.API;
    private static final RouteTarget ECHO = new FunctionTarget("echo");
    private static final UsagePlanSpec PLAN = new UsagePlanSpec("basic", 1, 2, 10, "test");

    @Test
    void routes_shouldTargetOnlyCataloguedFunctionsAndServices() {
        List<String> functions = ResourceCatalogue.FUNCTIONS.stream().map(FunctionSpec::name).toList();
        List<String> services = ResourceCatalogue.SERVICES.stream().map(ServiceSpec::name).toList();

        assertThat(API.routes()).allSatisfy(route -> {
            if (route.target() instanceof FunctionTarget function) {
                assertThat(functions).as(route.path()).contains(function.name());
            } else {
                assertThat(services).as(route.path()).contains(((ServiceTarget) route.target()).name());
            }
        });
    }

    @Test
    void routes_shouldCoverOnboardingKycAndCustody_asIssueFiveNeeds() {
        assertThat(API.routes()).extracting(route -> route.method() + " " + route.path()).contains(
                "POST /v1/customers", "GET /v1/customers/{customerId}", "PUT /v1/customers/{customerId}/profile",
                "POST /v1/customers/{customerId}/consents", "POST /v1/customers/{customerId}/deposit-addresses",
                "GET /v1/customers/{customerId}/balances", "POST /v1/customers/{customerId}/kyc-cases",
                "GET /v1/kyc-cases/{caseId}", "POST /v1/kyc-cases/{caseId}/documents",
                "POST /v1/kyc/webhooks/{vendor}", "POST /v1/withdrawals", "GET /v1/withdrawals/{withdrawalId}");
    }

    @Test
    void routes_shouldAllRequireAKeyOrAToken_exceptTheVendorWebhook() {
        assertThat(API.routes()).filteredOn(route -> route.auth().isPublic())
                .extracting(RouteSpec::path).containsExactly("/v1/kyc/webhooks/{vendor}");
    }

    @Test
    void analystReviewRoutes_shouldTakeAPartnerKeyOnly_soMobileCustomersCannotReachThem() {
        assertThat(API.routes()).filteredOn(route -> route.path().startsWith("/v1/kyc-reviews"))
                .extracting(route -> route.method() + " " + route.path() + " " + route.auth())
                .containsExactlyInAnyOrder("GET /v1/kyc-reviews API_KEY", "GET /v1/kyc-reviews/{caseId} API_KEY",
                        "POST /v1/kyc-reviews/{caseId}/decision API_KEY");
    }

    @Test
    void writes_shouldRequireAnIdempotencyKey_exceptReadOnlyPostsAndTheWebhook() {
        assertThat(API.routes()).filteredOn(route -> route.method() != HttpMethod.GET && !route.idempotencyKeyRequired())
                .extracting(RouteSpec::path)
                .containsExactlyInAnyOrder("/v1/kyc/webhooks/{vendor}", "/v1/screening/names", "/v1/policy/dry-run");
        assertThat(API.routes()).filteredOn(route -> route.method() == HttpMethod.GET)
                .noneMatch(RouteSpec::idempotencyKeyRequired);
    }

    @Test
    void usagePlans_shouldBeFoundByName() {
        assertThat(API.usagePlan("partner-standard").burst()).isGreaterThanOrEqualTo(API.usagePlan("partner-standard").ratePerSecond());
        assertThatThrownBy(() -> API.usagePlan("gold")).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void pathParameters_shouldBeListedInOrder() {
        RouteSpec route = RouteSpec.of(HttpMethod.DELETE, "/v1/customers/{customerId}/whitelist/{chain}/{address}",
                ECHO, RouteAuth.JWT, "x");

        assertThat(route.pathParameters()).containsExactly("customerId", "chain", "address");
        assertThat(route.idempotencyKeyRequired()).isTrue();
    }

    @Test
    void constructor_shouldReject_unversionedOrMalformedPaths() {
        assertThatThrownBy(() -> RouteSpec.of(HttpMethod.GET, "/customers", ECHO, RouteAuth.JWT, "x"))
                .hasMessageContaining("versioned");
        assertThatThrownBy(() -> RouteSpec.of(HttpMethod.GET, "/v1/Customers", ECHO, RouteAuth.JWT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RouteSpec.of(HttpMethod.GET, "/v1/x/{proxy+}", ECHO, RouteAuth.JWT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RouteSpec.of(HttpMethod.GET, "/v1/x/", ECHO, RouteAuth.JWT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RouteSpec(HttpMethod.GET, "/v1/x", ECHO, RouteAuth.JWT, true, "x"))
                .hasMessageContaining("GET");
    }

    @Test
    void constructor_shouldReject_duplicateRoutes() {
        RouteSpec route = RouteSpec.of(HttpMethod.GET, "/v1/x", ECHO, RouteAuth.JWT, "x");

        assertThatThrownBy(() -> new ApiSpec(List.of(route, route), List.of(PLAN), "tenant", List.of()))
                .hasMessageContaining("twice");
    }

    @Test
    void constructor_shouldReject_siblingPathParametersWithDifferentNames() {
        List<RouteSpec> routes = List.of(RouteSpec.of(HttpMethod.GET, "/v1/x/{a}", ECHO, RouteAuth.JWT, "x"),
                RouteSpec.of(HttpMethod.GET, "/v1/x/{b}/y", ECHO, RouteAuth.JWT, "x"));

        assertThatThrownBy(() -> new ApiSpec(routes, List.of(PLAN), "tenant", List.of()))
                .hasMessageContaining("{a}").hasMessageContaining("{b}");
    }

    @Test
    void usagePlan_shouldReject_aBurstBelowTheRate() {
        assertThatThrownBy(() -> new UsagePlanSpec("plan", 10, 5, 100, "x")).hasMessageContaining("burst");
    }

    @Test
    void routeAuth_shouldSayWhatEachModeAccepts() {
        assertThat(RouteAuth.API_KEY_OR_JWT.acceptsApiKey()).isTrue();
        assertThat(RouteAuth.API_KEY_OR_JWT.acceptsJwt()).isTrue();
        assertThat(RouteAuth.API_KEY.acceptsJwt()).isFalse();
        assertThat(RouteAuth.NONE.isPublic()).isTrue();
        assertThat(RouteAuth.JWT.isPublic()).isFalse();
    }
}
