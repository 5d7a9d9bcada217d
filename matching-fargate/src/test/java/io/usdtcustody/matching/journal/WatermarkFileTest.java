package io.usdtcustody.matching.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatermarkFileTest {
    @TempDir
    Path directory;

    @Test
    void read_shouldReturnTheLastMarkWritten_whenWrittenTwice() {
        WatermarkFile mark = new WatermarkFile(directory.resolve("published.watermark"));

        mark.write(41);
        mark.write(4_200);

        assertThat(new WatermarkFile(directory.resolve("published.watermark")).read()).hasValue(4_200);
    }

    @Test
    void read_shouldBeEmpty_whenNoMarkWasWritten() {
        assertThat(new WatermarkFile(directory.resolve("published.watermark")).read()).isEmpty();
    }

    @Test
    void read_shouldBeEmpty_whenTheFileIsDamaged() throws Exception {
        Path file = directory.resolve("published.watermark");
        new WatermarkFile(file).write(77);
        JournalFixtures.flipByte(file, 7);

        assertThat(new WatermarkFile(file).read()).isEmpty();
        assertThat(Files.exists(file.resolveSibling("published.watermark.tmp"))).isFalse();
    }
}
