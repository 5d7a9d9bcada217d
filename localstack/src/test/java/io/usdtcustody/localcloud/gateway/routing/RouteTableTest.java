package io.usdtcustody.localcloud.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.catalogue.HttpMethod;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.RouteAuth;
import io.usdtcustody.model.catalogue.RouteSpec;
import io.usdtcustody.model.catalogue.RouteTarget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private static final RouteTarget ECHO = new RouteTarget.FunctionTarget("echo");
    private final RouteTable catalogue = new RouteTable(ResourceCatalogue.API.routes());

    @Test
    void match_shouldFindTheRouteAndDecodeItsParameters_whenPathAndMethodMatch() {
        RouteMatch match = catalogue.match("DELETE", "/v1/customers/c%201/whitelist/ETHEREUM/0xAbC");

        assertThat(match).isInstanceOfSatisfying(RouteMatch.Found.class, found -> {
            assertThat(found.route().path()).isEqualTo("/v1/customers/{customerId}/whitelist/{chain}/{address}");
            assertThat(found.pathParameters()).isEqualTo(Map.of("customerId", "c 1", "chain", "ETHEREUM", "address", "0xAbC"));
        });
    }

    @Test
    void match_shouldSayMethodNotAllowed_withTheAllowedMethods_whenOnlyTheMethodDiffers() {
        assertThat(catalogue.match("PATCH", "/v1/customers/c1/whitelist"))
                .isEqualTo(new RouteMatch.MethodNotAllowed(java.util.Set.of(HttpMethod.GET, HttpMethod.POST)));
        assertThat(catalogue.match("get", "/v1/customers/c1")).isInstanceOf(RouteMatch.MethodNotAllowed.class);
    }

    @Test
    void match_shouldFindNoRoute_forUnknownEmptyOrPartialPaths() {
        assertThat(catalogue.match("GET", "/v1/nothing")).isInstanceOf(RouteMatch.NoRoute.class);
        assertThat(catalogue.match("GET", "/v1/customers/c1/")).isInstanceOf(RouteMatch.NoRoute.class);
        assertThat(catalogue.match("GET", "/v1/customers//balances")).isInstanceOf(RouteMatch.NoRoute.class);
        assertThat(catalogue.match("GET", "/v1")).isInstanceOf(RouteMatch.NoRoute.class);
        assertThat(catalogue.match("GET", "/")).isInstanceOf(RouteMatch.NoRoute.class);
        assertThat(catalogue.match("GET", "/v1/kyc-cases/%zz")).isInstanceOf(RouteMatch.NoRoute.class);
    }

    @Test
    void match_shouldPreferLiterals_butFallBackToTheParameterBranch() {
        RouteTable table = new RouteTable(List.of(
                RouteSpec.of(HttpMethod.GET, "/v1/things/latest", ECHO, RouteAuth.JWT, "literal"),
                RouteSpec.of(HttpMethod.GET, "/v1/things/{id}/parts", ECHO, RouteAuth.JWT, "parameter")));

        assertThat(((RouteMatch.Found) table.match("GET", "/v1/things/latest")).route().summary()).isEqualTo("literal");
        RouteMatch.Found fallback = (RouteMatch.Found) table.match("GET", "/v1/things/latest/parts");
        assertThat(fallback.route().summary()).isEqualTo("parameter");
        assertThat(fallback.pathParameters()).containsEntry("id", "latest");
    }

    @Test
    void match_shouldKeepPlusSignsInPathSegments() {
        RouteMatch.Found found = (RouteMatch.Found) catalogue.match("GET", "/v1/kyc-cases/a+b");

        assertThat(found.pathParameters()).containsEntry("caseId", "a+b");
    }
}
