package io.usdtcustody.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.journal.Durability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchingCoreTest {
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochSecond(0, ReferenceReplay.FIXED_TIME_NANOS),
            ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void submit_shouldAcknowledgeWhatThePlainEngineDoes_inSequenceOrderOnceDurable() throws Exception {
        List<Command> commands = ReferenceReplay.commands(11, 3_000);
        ReferenceReplay.Result reference = ReferenceReplay.run(commands);
        List<CommandOutcome> published = new CopyOnWriteArrayList<>();

        try (MatchingCore core = MatchingCore.start(CoreConfig.defaults(data), FIXED, published::add)) {
            List<CommandOutcome> acknowledged = submitAll(core, commands);

            for (int i = 0; i < commands.size(); i++) {
                assertThat(acknowledged.get(i).sequence()).isEqualTo(i + 1);
                assertThat(acknowledged.get(i).events()).as("command %d", i + 1).isEqualTo(reference.events().get(i));
            }
            assertThat(core.stateHash().get(10, TimeUnit.SECONDS)).isEqualTo(reference.stateHash());
            assertThat(published).extracting(CommandOutcome::sequence).isSorted().hasSize(commands.size());
        }
    }

    @Test
    void start_shouldRecoverTheSameStateHash_fromSnapshotPlusJournalTail() throws Exception {
        List<Command> commands = ReferenceReplay.commands(12, 2_500);
        CoreConfig config = CoreConfig.defaults(data).withCheckpointEveryCommands(700)
                .withDurability(Durability.OS_PAGE_CACHE);
        long hashBefore;
        try (MatchingCore core = MatchingCore.start(config, FIXED, OutcomeListener.NONE)) {
            submitAll(core, commands);
            hashBefore = core.stateHash().get(10, TimeUnit.SECONDS);
        }

        try (MatchingCore restarted = MatchingCore.start(config, FIXED, OutcomeListener.NONE)) {
            assertThat(restarted.recovery().snapshotSequence()).isEqualTo(2_100);
            assertThat(restarted.recovery().lastSequence()).isEqualTo(2_500);
            assertThat(restarted.recovery().recordsReplayed()).isEqualTo(400);
            assertThat(restarted.recovery().stateHash()).isEqualTo(hashBefore)
                    .isEqualTo(ReferenceReplay.run(commands).stateHash());
            CommandOutcome next = restarted.submit(ReferenceReplay.commands(12, 2_501).get(2_500))
                    .get(10, TimeUnit.SECONDS);
            assertThat(next.sequence()).isEqualTo(2_501);
        }
        try (var snapshots = Files.list(data.resolve("snapshots"))) {
            assertThat(snapshots.count()).as("two snapshots retained").isEqualTo(2);
        }
    }

    @Test
    void submit_shouldFailStopped_whenTheCoreIsClosed() {
        MatchingCore core = MatchingCore.start(CoreConfig.defaults(data), FIXED, OutcomeListener.NONE);
        core.close();

        CompletableFuture<CommandOutcome> refused = core.submit(ReferenceReplay.commands(1, 1).get(0));

        assertThat(refused).failsWithin(1, TimeUnit.SECONDS).withThrowableOfType(Exception.class)
                .havingRootCause().isInstanceOf(CommandRefusedException.class)
                .withMessageContaining("STOPPED");
    }

    /** Submits every command, then waits for each acknowledgement, in order. */
    static List<CommandOutcome> submitAll(MatchingCore core, List<Command> commands) throws Exception {
        List<CompletableFuture<CommandOutcome>> futures = new ArrayList<>();
        for (Command command : commands) {
            futures.add(core.submit(command));
        }
        List<CommandOutcome> outcomes = new ArrayList<>();
        for (CompletableFuture<CommandOutcome> future : futures) {
            outcomes.add(future.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
