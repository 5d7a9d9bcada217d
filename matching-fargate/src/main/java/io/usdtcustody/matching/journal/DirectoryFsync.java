package io.usdtcustody.matching.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Forces a directory, so that a file created or renamed in it is still there after a power loss. Forcing
 * the file makes its contents durable; only forcing the directory makes the name that points to it durable
 * (POSIX leaves the two independent, and ext4/xfs do lose fresh names).
 */
final class DirectoryFsync {
    private DirectoryFsync() {
    }

    static void force(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
