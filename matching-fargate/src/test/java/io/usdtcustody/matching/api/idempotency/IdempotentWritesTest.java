package io.usdtcustody.matching.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdempotentWritesTest {
    private static final Duration RETENTION = Duration.ofHours(24);
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final StoredResponse CREATED = new StoredResponse(201, "application/json",
            "{\"orderId\":\"7\"}".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path root;

    private Path file() {
        return root.resolve("idempotency").resolve("keys.log");
    }

    private IdempotentWrites open(Instant now) {
        return IdempotentWrites.open(file(), true, Clock.fixed(now, ZoneOffset.UTC), RETENTION);
    }

    @Test
    void claim_shouldGiveTheStoredResponse_whenTheSameRequestComesAgain() {
        try (IdempotentWrites writes = open(T0)) {
            assertThat(writes.claim("t\nk1", "POST /v1/orders a")).isEmpty();
            writes.answer("t\nk1", CREATED);

            assertThat(writes.claim("t\nk1", "POST /v1/orders a")).hasValue(CREATED);
        }
    }

    @Test
    void claim_shouldRefuseAsReused_whenAnotherRequestUsesTheKey() {
        try (IdempotentWrites writes = open(T0)) {
            writes.claim("t\nk1", "POST /v1/orders a");
            writes.answer("t\nk1", CREATED);

            assertThatThrownBy(() -> writes.claim("t\nk1", "POST /v1/orders b")).isInstanceOf(PlatformException.class)
                    .extracting(e -> ((PlatformException) e).errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        }
    }

    @Test
    void claim_shouldRefuseAsInProgress_whenTheFirstRequestIsStillRunning() {
        try (IdempotentWrites writes = open(T0)) {
            writes.claim("t\nk1", "POST /v1/orders a");

            assertThatThrownBy(() -> writes.claim("t\nk1", "POST /v1/orders a"))
                    .extracting(e -> ((PlatformException) e).errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_IN_PROGRESS);
        }
    }

    @Test
    void claim_shouldRunAgain_whenTheKeyWasReleased() {
        try (IdempotentWrites writes = open(T0)) {
            writes.claim("t\nk1", "POST /v1/orders a");
            writes.release("t\nk1");

            assertThat(writes.claim("t\nk1", "POST /v1/orders b")).isEmpty();
        }
    }

    @Test
    void open_shouldReplayTheAnswer_whenReopenedAfterARestart() {
        try (IdempotentWrites writes = open(T0)) {
            writes.claim("t\nk1", "POST /v1/orders a");
            writes.answer("t\nk1", CREATED);
            writes.claim("t\nk2", "POST /v1/orders b");
            writes.release("t\nk2");
        }

        try (IdempotentWrites reopened = open(T0.plusSeconds(60))) {
            StoredResponse replay = reopened.claim("t\nk1", "POST /v1/orders a").orElseThrow();
            assertThat(replay.status()).isEqualTo(201);
            assertThat(replay.body()).isEqualTo(CREATED.body());
            assertThat(reopened.claim("t\nk2", "POST /v1/orders c")).as("released keys stay free").isEmpty();
        }
    }

    @Test
    void open_shouldNeverRunAKeyAgain_whenARestartCutItsRequestOff() {
        try (IdempotentWrites writes = open(T0)) {
            writes.claim("t\nk1", "POST /v1/orders a"); // the process dies before an answer is stored
        }

        try (IdempotentWrites reopened = open(T0.plusSeconds(1))) {
            assertThatThrownBy(() -> reopened.claim("t\nk1", "POST /v1/orders a"))
                    .extracting(e -> ((PlatformException) e).errorCode()).isEqualTo(ErrorCode.CONFLICT);
            assertThatThrownBy(() -> reopened.claim("t\nk1", "POST /v1/orders b"))
                    .extracting(e -> ((PlatformException) e).errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        }
    }

    @Test
    void open_shouldForgetKeys_whenOlderThanTheRetention() throws Exception {
        try (IdempotentWrites writes = open(T0)) {
            writes.claim("t\nold", "POST /v1/orders a");
            writes.answer("t\nold", CREATED);
        }
        long before = Files.size(file());

        try (IdempotentWrites reopened = open(T0.plus(RETENTION).plusSeconds(1))) {
            assertThat(Files.size(file())).as("the rewrite dropped the expired records").isLessThan(before);
            assertThat(reopened.claim("t\nold", "POST /v1/orders b")).isEmpty();
        }
    }

    @Test
    void claim_shouldForgetAnsweredKeys_whenTheyExpireWhileRunning() {
        Instant[] now = {T0};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        try (IdempotentWrites writes = IdempotentWrites.open(file(), false, clock, RETENTION)) {
            writes.claim("t\nk1", "POST /v1/orders a");
            writes.answer("t\nk1", CREATED);
            now[0] = T0.plus(RETENTION).plusMillis(1);

            assertThat(writes.claim("t\nk1", "POST /v1/orders b")).isEmpty();
        }
    }

    @Test
    void open_shouldKeepEveryWholeRecord_whenTheTailIsTorn() throws Exception {
        try (IdempotentWrites writes = open(T0)) {
            writes.claim("t\nk1", "POST /v1/orders a");
            writes.answer("t\nk1", CREATED);
        }
        Files.write(file(), new byte[] {0, 0, 0, 40, 1, 2, 3}, StandardOpenOption.APPEND); // a half-written record

        try (IdempotentWrites reopened = open(T0)) {
            assertThat(reopened.claim("t\nk1", "POST /v1/orders a")).hasValue(CREATED);
            assertThat(reopened.claim("t\nk2", "POST /v1/orders a")).isEmpty();
        }
        try (IdempotentWrites again = open(T0)) {
            assertThat(again.claim("t\nk1", "POST /v1/orders a")).as("appends after the cut are readable")
                    .hasValue(CREATED);
        }
    }

    @Test
    void answer_shouldCompactTheLogKeepingEveryLiveKey_whenItGrowsPastTheThreshold() throws Exception {
        long threshold = 4_096;
        try (IdempotentWrites writes = IdempotentWrites.open(file(), true, Clock.fixed(T0, ZoneOffset.UTC), RETENTION,
                threshold)) {
            writes.claim("t\nrunning", "POST /v1/orders r"); // still running when the log is rewritten
            for (int i = 0; i < 200; i++) {
                writes.claim("t\nk" + i, "POST /v1/orders " + i);
                if (i % 2 == 0) {
                    writes.answer("t\nk" + i, CREATED);
                } else {
                    writes.release("t\nk" + i);
                }
            }
            assertThat(IdempotencyLog.read(file())).as("rewritten as it grew: fewer records than were appended")
                    .hasSizeLessThan(1 + 200 + 100 + 100);
        }

        try (IdempotentWrites reopened = open(T0.plusSeconds(1))) {
            for (int i = 0; i < 200; i += 2) {
                assertThat(reopened.claim("t\nk" + i, "POST /v1/orders " + i)).as("k%d", i).hasValue(CREATED);
            }
            assertThat(reopened.claim("t\nk1", "POST /v1/orders other")).as("released stays free").isEmpty();
            assertThatThrownBy(() -> reopened.claim("t\nrunning", "POST /v1/orders r"))
                    .extracting(e -> ((PlatformException) e).errorCode()).isEqualTo(ErrorCode.CONFLICT);
        }
    }

    @Test
    void claim_shouldLeaveTheKeyUnclaimed_whenTheClaimCannotBeWritten() {
        IdempotentWrites writes = open(T0);
        writes.close(); // every append fails from now on

        assertThatThrownBy(() -> writes.claim("t\nk1", "POST /v1/orders a")).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> writes.claim("t\nk1", "POST /v1/orders a")).as("not left in progress")
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void scopedKey_shouldRefuseWithValidationFailed_whenTheKeyIsMissingOrNotVisibleAscii() {
        for (String bad : new String[] {null, "", "has space", "x".repeat(256), "ключ"}) {
            assertThatThrownBy(() -> IdempotentWrites.scopedKey("t", bad))
                    .extracting(e -> ((PlatformException) e).errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        }
        assertThat(IdempotentWrites.scopedKey("t", "abc-123")).isEqualTo("t\nabc-123");
    }
}
