package io.usdtcustody.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountDirectoryTest {
    @TempDir
    Path data;

    @Test
    void tenantOf_shouldKnowEveryRegisteredAccount_afterARestart() throws Exception {
        Path file = data.resolve("accounts").resolve("directory.log");
        long alice;
        long bob;
        try (AccountDirectory directory = new AccountDirectory(file, true)) {
            alice = directory.register("tenant-a", "alice");
            bob = directory.register("tenant-b", "bob");
            directory.register("tenant-a", "alice"); // seen again: nothing more written
        }

        try (AccountDirectory restarted = new AccountDirectory(file, true)) {
            assertThat(restarted.tenantOf(alice)).isEqualTo("tenant-a");
            assertThat(restarted.tenantOf(bob)).isEqualTo("tenant-b");
            assertThat(restarted.tenantOf(AccountIds.of("tenant-a", "carol"))).isEqualTo(AccountDirectory.UNATTRIBUTED);
        }
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void load_shouldIgnoreALineTornByACrash_andKeepAppendingAfterIt() throws Exception {
        Path file = data.resolve("directory.log");
        long alice;
        try (AccountDirectory directory = new AccountDirectory(file, false)) {
            alice = directory.register("tenant-a", "alice");
        }
        long torn = AccountIds.of("tenant-long-name", "dave");
        Files.writeString(file, torn + " tenant-lo", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (AccountDirectory restarted = new AccountDirectory(file, false)) {
            assertThat(restarted.tenantOf(alice)).isEqualTo("tenant-a");
            assertThat(restarted.tenantOf(torn)).as("never a truncated tenant").isEqualTo(AccountDirectory.UNATTRIBUTED);
            restarted.register("tenant-long-name", "dave");
        }
        try (AccountDirectory again = new AccountDirectory(file, false)) {
            assertThat(again.tenantOf(torn)).isEqualTo("tenant-long-name");
        }
    }
}
