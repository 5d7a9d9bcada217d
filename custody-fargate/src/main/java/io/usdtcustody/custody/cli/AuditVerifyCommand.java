package io.usdtcustody.custody.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.custody.audit.AuditVerification;
import io.usdtcustody.custody.audit.AuditVerifier;
import io.usdtcustody.custody.audit.adapter.DynamoDbAuditLog;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * {@code audit verify [--table <physical table>] [--log <name>]}: recomputes the audit chain stored in DynamoDB
 * and prints {@code {"ok", "entries", "firstBrokenLink"?: {"sequence", "problem", "detail"}}}. The table
 * defaults to the catalogue's AUDIT table under {@code RESOURCE_PREFIX}; the client comes from the given
 * environment (see {@link EnvironmentDynamoDb}).
 */
final class AuditVerifyCommand {
    private static final Set<String> OPTIONS = Set.of("table", "log");

    private final Map<String, String> environment;

    AuditVerifyCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    AuditVerification run(List<String> args) {
        CommandLineOptions options = CommandLineOptions.parse(args, OPTIONS, "audit verify");
        if (!options.positionals().isEmpty()) {
            throw new UsageException("audit verify takes no positional arguments");
        }
        String table = options.option("table").orElseGet(this::catalogueTable);
        String log = options.option("log").orElse(DynamoDbAuditLog.DEFAULT_LOG);
        if (!DynamoDbAuditLog.isValidLogName(log)) {
            throw new UsageException("--log must be lower-case letters, digits and dashes");
        }
        try (DynamoDbClient dynamoDb = EnvironmentDynamoDb.create(environment)) {
            DynamoDbAuditLog trail = new DynamoDbAuditLog(dynamoDb, table, log, Clock.systemUTC());
            return new AuditVerifier().verify(trail);
        } catch (ResourceNotFoundException e) {
            throw new CommandFailedException("the audit table does not exist: " + printable(table));
        } catch (DynamoDbException e) {
            String code = e.awsErrorDetails() == null ? "unknown" : e.awsErrorDetails().errorCode();
            throw new CommandFailedException("DynamoDB refused to read the audit table (" + code + ")");
        } catch (SdkClientException e) {
            throw new CommandFailedException("cannot reach DynamoDB; is the local cloud up (./platform up), "
                    + "or are AWS_ENDPOINT_URL_DYNAMODB and AWS_REGION right?");
        }
    }

    static ObjectNode toJson(AuditVerification verification) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("ok", verification.ok());
        json.put("entries", verification.entries());
        verification.firstBrokenLink().ifPresent(link -> {
            ObjectNode broken = json.putObject("firstBrokenLink");
            broken.put("sequence", link.sequence());
            broken.put("problem", link.problem().label());
            broken.put("detail", link.detail());
        });
        return json;
    }

    private String catalogueTable() {
        String prefix = environment.getOrDefault(ResourceNaming.ENVIRONMENT_VARIABLE, "");
        try {
            return new ResourceNaming(prefix).table(ResourceCatalogue.AUDIT);
        } catch (IllegalArgumentException e) {
            throw new UsageException(ResourceNaming.ENVIRONMENT_VARIABLE + " is not a valid resource prefix");
        }
    }

    private static String printable(String table) {
        return table.matches("[A-Za-z0-9_.-]{1,255}") ? table : "(unprintable name)";
    }
}
