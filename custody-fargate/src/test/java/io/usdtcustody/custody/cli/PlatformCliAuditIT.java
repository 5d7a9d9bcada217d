package io.usdtcustody.custody.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.adapter.DynamoDbAuditLog;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code audit verify} end to end: the CLI gets only an environment map, as {@code ./platform} gives it. */
@LocalCloudTest(Service.DYNAMODB)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformCliAuditIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, String> environment;
    private static DynamoDbClient dynamoDb;
    private static String table;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeAll
    static void cloud(CloudResources resources) {
        environment = resources.environment();
        dynamoDb = resources.dynamoDb();
        table = resources.naming().table(ResourceCatalogue.AUDIT);
    }

    @BeforeEach
    void clearOutput() {
        stdout.reset();
        stderr.reset();
    }

    @Test
    @Order(1)
    void auditVerify_shouldPrintOkAndCount_whenChainIsIntact() throws Exception {
        DynamoDbAuditLog log = new DynamoDbAuditLog(dynamoDb, table, Clock.systemUTC());
        for (int i = 0; i < 12; i++) {
            log.append(new AuditRecord("signature.created", "acme", "wd-" + i, Map.of("key", "hot-1")));
        }

        int exit = run(environment, "audit", "verify");

        assertThat(exit).as(err()).isEqualTo(PlatformCli.EXIT_OK);
        assertThat(JSON.readTree(out())).isEqualTo(JSON.readTree("{\"ok\":true,\"entries\":12}"));
    }

    @Test
    @Order(2)
    void auditVerify_shouldExit1NamingTheLink_whenStoredEntryWasTampered() throws Exception {
        dynamoDb.updateItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("AUDIT#custody"),
                        "sk", AttributeValue.fromS("ENTRY#" + String.format("%020d", 5))))
                .updateExpression("SET subject = :other")
                .expressionAttributeValues(Map.of(":other", AttributeValue.fromS("wd-999"))));

        int exit = run(environment, "audit", "verify", "--table", table);

        assertThat(exit).as(err()).isEqualTo(PlatformCli.EXIT_INVALID);
        JsonNode json = JSON.readTree(out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("entries").asLong()).isEqualTo(5);
        assertThat(json.at("/firstBrokenLink/sequence").asLong()).isEqualTo(5);
        assertThat(json.at("/firstBrokenLink/problem").asText()).isEqualTo("hash mismatch");
    }

    @Test
    @Order(3)
    void auditVerify_shouldReportEmptyChain_whenLogHasNoEntries() throws Exception {
        int exit = run(environment, "audit", "verify", "--log", "never-written");

        assertThat(exit).isEqualTo(PlatformCli.EXIT_OK);
        assertThat(JSON.readTree(out())).isEqualTo(JSON.readTree("{\"ok\":true,\"entries\":0}"));
    }

    @Test
    void auditVerify_shouldExit2_whenTableDoesNotExist() {
        int exit = run(environment, "audit", "verify", "--table", "no-such-audit-table");

        assertThat(exit).isEqualTo(PlatformCli.EXIT_USAGE);
        assertThat(err()).startsWith("error: the audit table does not exist: no-such-audit-table");
        assertThat(out()).isEmpty();
    }

    @Test
    void auditVerify_shouldExit2_whenDynamoDbIsUnreachable() {
        Map<String, String> nowhere = new HashMap<>(environment);
        nowhere.put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9");

        int exit = run(nowhere, "audit", "verify");

        assertThat(exit).isEqualTo(PlatformCli.EXIT_USAGE);
        assertThat(err()).startsWith("error: cannot reach DynamoDB");
    }

    private int run(Map<String, String> env, String... args) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new PlatformCli(env).run(args, out, err);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
