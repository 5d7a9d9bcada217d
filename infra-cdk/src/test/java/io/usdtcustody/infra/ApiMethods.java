package io.usdtcustody.infra;

import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.RouteSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import software.amazon.awscdk.assertions.Template;

/**
 * The API Gateway methods of a synthesised template with their full paths (rebuilt from the resources' parent
 * chain) and the edge each belongs to, so tests can compare them with the catalogue's route table.
 */
final class ApiMethods {
    /** One method: which edge, its path and HTTP method, its properties, and its catalogue route (null for health). */
    record Method(String edge, String path, String httpMethod, Map<String, Object> properties, RouteSpec route) {
    }

    private final Map<String, String> edgeByApiId = new HashMap<>();
    private final List<Method> methods = new ArrayList<>();

    ApiMethods(Template template) {
        template.findResources("AWS::ApiGateway::RestApi").forEach((id, api) ->
                edgeByApiId.put(id, String.valueOf(SynthesizedPlatform.properties(api).get("Name")).contains("partner") ? "partner" : "mobile"));
        Map<String, Map<String, Object>> resources = new HashMap<>();
        template.findResources("AWS::ApiGateway::Resource").forEach((id, resource) -> resources.put(id, SynthesizedPlatform.properties(resource)));
        template.findResources("AWS::ApiGateway::Method").forEach((id, resource) -> {
            Map<String, Object> properties = SynthesizedPlatform.properties(resource);
            String path = path(resources, properties.get("ResourceId"));
            String httpMethod = String.valueOf(properties.get("HttpMethod"));
            RouteSpec route = ResourceCatalogue.API.routes().stream()
                    .filter(r -> r.path().equals(path) && r.method().name().equals(httpMethod)).findFirst().orElse(null);
            methods.add(new Method(edgeByApiId.get(Cfn.referencedId(properties.get("RestApiId"))), path, httpMethod, properties, route));
        });
    }

    List<Method> all() {
        return List.copyOf(methods);
    }

    /** Methods that serve a catalogue route (everything but health). */
    List<Method> routed() {
        return methods.stream().filter(method -> method.route() != null).toList();
    }

    long find(String edge, RouteSpec route) {
        return methods.stream().filter(m -> edge.equals(m.edge()) && route.equals(m.route())).count();
    }

    Map<String, Object> method(String edge, RouteSpec route) {
        return methods.stream().filter(m -> edge.equals(m.edge()) && route.equals(m.route())).findFirst()
                .orElseThrow(() -> new NoSuchElementException(edge + " has no " + route.method() + " " + route.path())).properties();
    }

    String apiId(String edge) {
        return edgeByApiId.entrySet().stream().filter(e -> e.getValue().equals(edge)).findFirst().orElseThrow().getKey();
    }

    /** {@code /a/b} from a resource id, following ParentId up to the API's root resource. */
    private static String path(Map<String, Map<String, Object>> resources, Object reference) {
        if (Cfn.at(reference, "Fn::GetAtt") != null) {
            return "";
        }
        String id = Cfn.referencedId(reference);
        Map<String, Object> resource = resources.get(id);
        String parent = path(resources, resource.get("ParentId"));
        return parent + "/" + resource.get("PathPart");
    }
}
