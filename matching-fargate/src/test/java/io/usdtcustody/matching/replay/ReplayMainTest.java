package io.usdtcustody.matching.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The replay end to end: the sample commands (every order type, every kind of refusal, a line that is not
 * JSON) against events worked out by hand, in-process and as its own JVM.
 */
class ReplayMainTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ReplayMainTest.class.getResourceAsStream("/replay/" + name)) {
            return in.readAllBytes();
        }
    }

    private record Run(int exitStatus, String out, String err) {
    }

    private static Run replay(byte[] input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReplayMain.run(args, new ByteArrayInputStream(input), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void run_shouldWriteTheExpectedEvents_forTheSampleCommands() throws IOException {
        Run run = replay(resource("sample-commands.ndjson"));

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).isEqualTo(new String(resource("sample-events.ndjson"), StandardCharsets.UTF_8));
        assertThat(run.err()).contains("line 20 is not a JSON object");
    }

    @Test
    void run_shouldWriteTheSameBytes_everyTimeAndWithTheReferenceBook() throws IOException {
        byte[] input = resource("sample-commands.ndjson");

        Run first = replay(input, "--all-events");
        Run second = replay(input, "--all-events");
        Run reference = replay(input, "--all-events", "--book=reference");

        assertThat(second.out()).isEqualTo(first.out());
        assertThat(reference.out()).isEqualTo(first.out());
        assertThat(first.out()).contains("{\"event\":\"accepted\",\"id\":\"s1\"}", "\"event\":\"state\"");
    }

    @Test
    void run_shouldApplyTheSelfTradeModeAndRateLimitGiven() {
        String input = """
                {"op":"symbol","symbol":"X-Y","base":"X","quote":"Y","tick":"1","lot":"1"}
                {"op":"deposit","account":"A","asset":"X","amount":"10"}
                {"op":"deposit","account":"A","asset":"Y","amount":"100"}
                {"op":"place","id":"1","account":"A","symbol":"X-Y","side":"SELL","price":"5","qty":"1","time":1000}
                {"op":"place","id":"2","account":"A","symbol":"X-Y","side":"BUY","price":"5","qty":"1","time":1000}
                {"op":"place","id":"3","account":"A","symbol":"X-Y","side":"SELL","price":"9","qty":"1","time":1000}
                {"op":"place","id":"4","account":"A","symbol":"X-Y","side":"SELL","price":"9","qty":"1","time":2000}
                """;

        Run run = replay(input.getBytes(StandardCharsets.UTF_8), "--self-trade=cancel-resting",
                "--max-orders-per-second=2");

        assertThat(run.out()).isEqualTo("""
                {"event":"cancelled","id":"1","remaining":"1"}
                {"event":"rejected","id":"3","reason":"RATE_LIMITED"}
                """);
    }

    @Test
    void run_shouldExitWithTwo_whenAnOptionIsUnknown() {
        Run run = replay(new byte[0], "--fast-please");

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("--fast-please").contains("usage");
    }

    @Test
    void main_shouldStreamEventsAsItsOwnProcess() throws Exception {
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), ReplayMain.class.getName()).start();
        process.getOutputStream().write(resource("sample-commands.ndjson"));
        process.getOutputStream().close();

        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(out).isEqualTo(new String(resource("sample-events.ndjson"), StandardCharsets.UTF_8));
    }
}
