package io.usdtcustody.functions.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The packaged {@code function-onboarding.jar} stays deployable: under 15 MB, with what the runtime needs. */
class FunctionJarIT {
    private static final long MAX_BYTES = 15_000_000L;

    @Test
    void shadedJar_shouldStayUnder15MB_withTheOfacListAndWithoutBouncyCastleOrLog4j() throws Exception {
        Path jar = Path.of(System.getProperty("onboarding.function.jar", "target/function-onboarding.jar"));

        assertThat(Files.size(jar)).isLessThan(MAX_BYTES);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(zip.getEntry("io/usdtcustody/functions/onboarding/OnboardingHandler.class")).isNotNull();
            assertThat(zip.getEntry("ofac/sdn.csv")).isNotNull();
            assertThat(zip.getEntry("ofac/alt.csv")).isNotNull();
            assertThat(zip.getEntry("org/joda/time/DateTime.class")).as("stream handlers need no event serialiser").isNull();
            assertThat(zip.getEntry("software/amazon/awssdk/services/dynamodb/DefaultDynamoDbAsyncClient.class")).isNull();
            assertThat(zip.getEntry("META-INF/services/org.slf4j.spi.SLF4JServiceProvider")).isNotNull();
            assertThat(zip.stream().map(ZipEntry::getName))
                    .noneMatch(name -> name.startsWith("org/bouncycastle/") || name.startsWith("org/apache/logging/log4j/")
                            || name.startsWith("io/netty/") || name.startsWith("org/apache/http"));
        }
    }
}
