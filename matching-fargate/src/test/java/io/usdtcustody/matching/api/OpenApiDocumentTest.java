package io.usdtcustody.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The served OpenAPI document describes exactly the routes the service's controllers answer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern REF = Pattern.compile("\\$ref=#/components/([A-Za-z]+)/([A-Za-z]+)");

    @TempDir
    static Path data;

    private EmbeddedServer server;
    private HttpResponse<String> served;
    private Map<String, Object> document;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void start() throws Exception {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("matching.data-dir", data.toString(),
                "matching.durability", "OS_PAGE_CACHE", "matching.events.enabled", "false",
                "micronaut.server.port", "-1"));
        served = new ApiClient(server.getPort()).send("GET", OpenApiController.PATH, null, null);
        document = (Map<String, Object>) new Yaml().load(served.body());
    }

    @AfterAll
    void stop() {
        server.getApplicationContext().close();
    }

    @Test
    void document_shouldDescribeEveryControllerRouteAndNoOther_whenComparedWithTheRouter() {
        Set<String> routes = server.getApplicationContext().getBean(Router.class).uriRoutes()
                .filter(route -> route.getTargetMethod().getDeclaringType().getPackageName()
                        .startsWith("io.usdtcustody.matching"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD) // Micronaut's automatic twin of each GET
                .map(route -> route.getHttpMethodName().toUpperCase(Locale.ROOT) + " "
                        + route.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("content-type")).hasValue(OpenApiController.MEDIA_TYPE);
        assertThat(routes).as("the router found the controllers").hasSizeGreaterThan(5);
        assertThat(documentedOperations()).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    @SuppressWarnings("unchecked")
    void document_shouldBeOpenApi3WithUniqueOperationIdsAndResolvableReferences_whenParsed() {
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        List<String> operationIds = new ArrayList<>();
        operations().forEach((key, operation) -> {
            assertThat(operation).as(key).containsKeys("operationId", "summary", "responses");
            operationIds.add(String.valueOf(operation.get("operationId")));
        });
        Matcher refs = REF.matcher(document.toString());
        Set<String> unresolved = new HashSet<>();
        while (refs.find()) {
            Map<String, Object> section = (Map<String, Object>) components.get(refs.group(1));
            if (section == null || !section.containsKey(refs.group(2))) {
                unresolved.add(refs.group());
            }
        }

        assertThat(String.valueOf(document.get("openapi"))).startsWith("3.");
        assertThat(operationIds).doesNotHaveDuplicates();
        assertThat(unresolved).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void orderWrites_shouldRequireTheIdempotencyKey_whenDescribed() {
        for (String write : List.of("POST /v1/orders", "PATCH /v1/orders/{orderId}", "DELETE /v1/orders/{orderId}")) {
            List<Object> parameters = (List<Object>) operations().get(write).get("parameters");
            assertThat(parameters).as(write).contains(Map.of("$ref", "#/components/parameters/IdempotencyKey"));
        }
    }

    private Set<String> documentedOperations() {
        return operations().keySet();
    }

    /** "METHOD /path" → the operation, for every operation in the document. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new java.util.TreeMap<>();
        ((Map<String, Object>) document.get("paths")).forEach((path, item) ->
                ((Map<String, Object>) item).forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        operations.put(method.toUpperCase(Locale.ROOT) + " " + path, (Map<String, Object>) operation);
                    }
                }));
        return operations;
    }
}
