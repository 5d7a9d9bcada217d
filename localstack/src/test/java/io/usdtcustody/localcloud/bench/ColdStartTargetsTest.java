package io.usdtcustody.localcloud.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColdStartTargetsTest {
    @TempDir
    Path folder;

    @Test
    void whyNotMeasured_shouldSayNoHandlerYet_whenTheJarLacksTheHandlerClass() throws IOException {
        Path jar = jar("io/usdtcustody/functions/common/ApiResponses.class");

        assertThat(ColdStartTargets.whyNotMeasured(ResourceCatalogue.ONBOARDING, jar))
                .hasValue("no handler yet (OnboardingHandler is not in function-onboarding.jar)");
    }

    @Test
    void whyNotMeasured_shouldBeEmpty_whenTheJarHoldsTheHandlerClass() throws IOException {
        Path jar = jar("io/usdtcustody/functions/onboarding/OnboardingHandler.class");

        assertThat(ColdStartTargets.whyNotMeasured(ResourceCatalogue.ONBOARDING, jar)).isEmpty();
    }

    @Test
    void whyNotMeasured_shouldSayNotBuilt_whenThereIsNoJar() {
        assertThat(ColdStartTargets.whyNotMeasured(ResourceCatalogue.KYC, folder.resolve("function-kyc.jar")))
                .hasValue("not built (no function-kyc.jar)");
    }

    @Test
    void handlerClass_shouldDropTheMethod_whenTheHandlerNamesOne() {
        assertThat(ColdStartTargets.handlerClass("a.b.Handler::handleRequest")).isEqualTo("a.b.Handler");
        assertThat(ColdStartTargets.handlerClass("a.b.Handler")).isEqualTo("a.b.Handler");
    }

    private Path jar(String entry) throws IOException {
        Path jar = folder.resolve("function-onboarding.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            out.closeEntry();
        }
        return jar;
    }
}
