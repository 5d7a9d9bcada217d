package io.usdtcustody.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.engine.api.ResultCode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AcknowledgerTest {

    @Test
    void hold_shouldReleaseOnlyWhatTheJournalReportsDurable_inSequenceOrder() throws Exception {
        List<Long> published = new CopyOnWriteArrayList<>();
        Acknowledger acknowledger = new Acknowledger(outcome -> published.add(outcome.sequence()));
        acknowledger.start(10); // 1..10 were recovered, so they are durable
        CompletableFuture<CommandOutcome> eleven = new CompletableFuture<>();
        CompletableFuture<CommandOutcome> twelve = new CompletableFuture<>();

        acknowledger.hold(outcome(11), eleven);
        acknowledger.hold(outcome(12), twelve);
        Thread.sleep(50);
        assertThat(eleven).as("not durable yet").isNotDone();

        acknowledger.onDurable(11);
        assertThat(eleven.get(1, TimeUnit.SECONDS).sequence()).isEqualTo(11);
        Thread.sleep(50);
        assertThat(twelve).isNotDone();

        acknowledger.onDurable(12);
        assertThat(twelve.get(1, TimeUnit.SECONDS).sequence()).isEqualTo(12);
        acknowledger.stop();
        assertThat(published).containsExactly(11L, 12L);
    }

    @Test
    void stop_shouldFailWhatNeverBecameDurable_ratherThanAcknowledgeIt() throws Exception {
        Acknowledger acknowledger = new Acknowledger(OutcomeListener.NONE);
        acknowledger.start(0);
        CompletableFuture<CommandOutcome> pending = new CompletableFuture<>();
        acknowledger.hold(outcome(1), pending);

        acknowledger.stop();

        assertThat(pending).isCompletedExceptionally();
    }

    private static CommandOutcome outcome(long sequence) {
        return new CommandOutcome(sequence, 0, 0, ResultCode.SUCCESS, List.of());
    }
}
