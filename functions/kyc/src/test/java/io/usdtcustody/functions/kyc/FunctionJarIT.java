package io.usdtcustody.functions.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The packaged {@code function-kyc.jar} stays deployable: under 15 MB, with what the runtime needs and no more. */
class FunctionJarIT {
    private static final long MAX_BYTES = 15_000_000L;

    @Test
    void shadedJar_shouldStayUnder15MB_withTheOfacListAndWithoutBouncyCastle() throws Exception {
        Path jar = Path.of(System.getProperty("kyc.function.jar", "target/function-kyc.jar"));

        assertThat(Files.size(jar)).isLessThan(MAX_BYTES);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(zip.getEntry("io/usdtcustody/functions/kyc/KycHandler.class")).isNotNull();
            assertThat(zip.getEntry("ofac/sdn.csv")).isNotNull();
            assertThat(zip.getEntry("ofac/alt.csv")).isNotNull();
            // the runtime interface client's event serialiser loads Joda-Time reflectively
            assertThat(zip.getEntry("org/joda/time/DateTime.class")).as("stream handlers need no event serialiser").isNull();
            assertThat(zip.getEntry("software/amazon/awssdk/services/dynamodb/DefaultDynamoDbAsyncClient.class")).isNull();
            assertThat(zip.stream().map(entry -> entry.getName())).noneMatch(name -> name.contains("org/bouncycastle/"));
        }
    }
}
