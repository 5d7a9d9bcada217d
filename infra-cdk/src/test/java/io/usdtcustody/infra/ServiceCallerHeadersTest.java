package io.usdtcustody.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.infra.api.ApiRoutes;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.RouteSpec;
import io.usdtcustody.model.catalogue.RouteTarget;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How services learn who calls, in AWS: every service method on both edges runs the request authorizer and its
 * integration sets the tenant, the auth method and the principal from the authorizer's context, and from nothing
 * a client sends. Custody scopes a mobile customer to itself by these headers, so one missing or client-fed
 * header would let a customer act for another.
 */
class ServiceCallerHeadersTest {
    /** Written out rather than taken from the contract, so a change there has to be made here on purpose. */
    private static final Map<String, String> EXPECTED = Map.of(
            "X-Tenant-Id", "context.authorizer.tenantId",
            "X-Caller-Auth-Method", "context.authorizer.authMethod",
            "X-Caller-Principal-Id", "context.authorizer.principalId");

    private static List<ApiMethods.Method> serviceMethods;

    @BeforeAll
    static void synthesise() {
        SynthesizedPlatform synth = SynthesizedPlatform.get();
        serviceMethods = new ApiMethods(synth.template(synth.platform.api())).routed().stream()
                .filter(method -> method.route().target() instanceof RouteTarget.ServiceTarget).toList();
    }

    @Test
    void serviceMethods_shouldExistOnEveryEdgeTheTableNames() {
        ApiSpec spec = ResourceCatalogue.API;
        long expected = ApiRoutes.partnerRoutes(spec).stream().filter(ServiceCallerHeadersTest::toService).count()
                + ApiRoutes.mobileRoutes(spec).stream().filter(ServiceCallerHeadersTest::toService).count();

        assertThat(serviceMethods).hasSize((int) expected);
        assertThat(serviceMethods).extracting(ApiMethods.Method::edge).contains("partner", "mobile");
    }

    @Test
    void serviceMethods_shouldMapEveryCallerHeader_fromTheAuthorizerContext() {
        assertThat(serviceMethods).isNotEmpty().allSatisfy(method -> {
            Map<String, Object> parameters = Cfn.map(method.properties(), "Integration", "RequestParameters");
            EXPECTED.forEach((header, source) -> assertThat(parameters)
                    .as(method.edge() + " " + method.httpMethod() + " " + method.path() + " " + header)
                    .containsEntry("integration.request.header." + header, source));
        });
    }

    @Test
    void serviceMethods_shouldRunTheAuthorizer_andTakeNoCallerHeaderFromTheClient() {
        assertThat(serviceMethods).isNotEmpty().allSatisfy(method -> {
            String where = method.edge() + " " + method.httpMethod() + " " + method.path();
            assertThat(method.properties().get("AuthorizationType")).as(where).isEqualTo("CUSTOM");
            assertThat(method.properties().get("AuthorizerId")).as(where).isNotNull();
            Map<String, Object> declared = Cfn.map(method.properties(), "RequestParameters");
            Map<String, Object> mapped = Cfn.map(method.properties(), "Integration", "RequestParameters");
            for (String header : EXPECTED.keySet()) {
                String lower = header.toLowerCase(Locale.ROOT);
                assertThat(declared == null ? List.of() : declared.keySet()).as(where)
                        .noneMatch(name -> name.toLowerCase(Locale.ROOT).endsWith(".header." + lower));
                assertThat(mapped.entrySet()).as(where)
                        .filteredOn(e -> e.getKey().toLowerCase(Locale.ROOT).endsWith(".header." + lower))
                        .singleElement()
                        .satisfies(e -> assertThat(String.valueOf(e.getValue())).startsWith("context.authorizer."));
            }
        });
    }

    private static boolean toService(RouteSpec route) {
        return route.target() instanceof RouteTarget.ServiceTarget;
    }
}
