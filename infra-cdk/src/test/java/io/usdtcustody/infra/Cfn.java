package io.usdtcustody.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.assertions.Template;

/** Small readers for synthesised CloudFormation JSON (maps and lists), so assertions stay one line each. */
final class Cfn {
    private Cfn() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String... path) {
        Object current = value;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return (Map<String, Object>) current;
    }

    @SuppressWarnings("unchecked")
    static Object at(Object value, String... path) {
        Object current = value;
        for (String key : path) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }

    /** A CloudFormation field that is either one value or a list of them, as a list. */
    static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> values ? List.copyOf(values) : List.of(value);
    }

    /** Every policy statement anywhere under a JSON value: IAM policies, role inline policies, key and bucket policies. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statements(Object json) {
        List<Map<String, Object>> found = new ArrayList<>();
        if (json instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("Statement".equals(key)) {
                    list(value).forEach(statement -> found.add((Map<String, Object>) statement));
                } else {
                    found.addAll(statements(value));
                }
            });
        } else if (json instanceof List<?> values) {
            values.forEach(value -> found.addAll(statements(value)));
        }
        return found;
    }

    /** The actions of a statement as strings (tokens, which never occur in actions here, as their JSON text). */
    static List<String> actions(Map<String, Object> statement) {
        return list(statement.get("Action")).stream().map(String::valueOf).toList();
    }

    static boolean isWildcard(String action) {
        return action.equals("*") || action.endsWith(":*");
    }

    /** The properties of the ECS task definition whose container is named {@code containerName}. */
    static Map<String, Object> taskDefinition(Template template, String containerName) {
        return template.findResources("AWS::ECS::TaskDefinition").values().stream()
                .map(SynthesizedPlatform::properties)
                .filter(task -> list(task.get("ContainerDefinitions")).stream()
                        .anyMatch(container -> containerName.equals(at(container, "Name"))))
                .findFirst().orElseThrow();
    }

    /** The logical id a {@code {"Fn::GetAtt": [id, "Arn"]}} or {@code {"Ref": id}} points at. */
    static String referencedId(Object reference) {
        Object getAtt = at(reference, "Fn::GetAtt");
        if (getAtt instanceof List<?> parts) {
            return String.valueOf(parts.get(0));
        }
        return String.valueOf(at(reference, "Ref"));
    }
}
