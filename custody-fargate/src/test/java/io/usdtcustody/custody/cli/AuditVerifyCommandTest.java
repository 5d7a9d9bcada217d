package io.usdtcustody.custody.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.custody.audit.AuditVerification;
import io.usdtcustody.custody.audit.AuditVerification.Problem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code audit verify} without a network: argument and environment errors, and the JSON shape. */
class AuditVerifyCommandTest {
    private static final Map<String, String> LOCAL = Map.of("AWS_REGION", "us-east-1",
            "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local",
            "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000");

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            audit verify extra            | error: audit verify takes no positional arguments
            audit verify --colour red     | error: unknown option --colour
            audit verify --log Bad_Name   | error: --log must be lower-case
            audit explode                 | error: unknown command
            """)
    void run_shouldExit2WithOneErrorLine_whenArgumentsAreBad(String commandLine, String expected) {
        int exit = run(LOCAL, commandLine.split(" "));

        assertThat(exit).isEqualTo(PlatformCli.EXIT_USAGE);
        assertThat(err()).startsWith(expected);
        assertThat(err().lines()).hasSize(1);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void run_shouldExit2NamingTheVariable_whenRegionIsMissing() {
        int exit = run(Map.of("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000"), "audit", "verify");

        assertThat(exit).isEqualTo(PlatformCli.EXIT_USAGE);
        assertThat(err()).startsWith("error: AWS_REGION is not set");
    }

    @Test
    void run_shouldExit2_whenResourcePrefixIsInvalid() {
        Map<String, String> env = new java.util.HashMap<>(LOCAL);
        env.put("RESOURCE_PREFIX", "Not A Prefix");

        int exit = run(env, "audit", "verify");

        assertThat(exit).isEqualTo(PlatformCli.EXIT_USAGE);
        assertThat(err()).startsWith("error: RESOURCE_PREFIX is not a valid resource prefix");
    }

    @Test
    void toJson_shouldNameSequenceAndProblem_whenChainIsBroken() throws Exception {
        AuditVerification broken = AuditVerification.broken(13, 13, Problem.HASH_MISMATCH, "entry 13 changed");

        JsonNode json = new ObjectMapper().readTree(AuditVerifyCommand.toJson(broken).toString());

        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("entries").asLong()).isEqualTo(13);
        assertThat(json.at("/firstBrokenLink/sequence").asLong()).isEqualTo(13);
        assertThat(json.at("/firstBrokenLink/problem").asText()).isEqualTo("hash mismatch");
    }

    @Test
    void toJson_shouldCarryOnlyOkAndEntries_whenChainIsIntact() {
        assertThat(AuditVerifyCommand.toJson(AuditVerification.intact(800)).toString())
                .isEqualTo("{\"ok\":true,\"entries\":800}");
    }

    private int run(Map<String, String> env, String... args) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new PlatformCli(env).run(args, out, err);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
