package io.usdtcustody.matching.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.usdtcustody.localcloud.junit.PlatformArchitecture;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: no framework, no I/O port, no clock, no randomness (STYLE.md, habit 10). */
class EngineArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(PlatformArchitecture.PRODUCTION_CODE_ONLY)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.usdtcustody.matching.engine");

    @Test
    void engine_shouldImportNoFrameworkAndNoOtherMatchingPackage() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "software.amazon..",
                "com.fasterxml..", "jakarta..", "org.slf4j..", "io.usdtcustody.matching.journal..",
                "io.usdtcustody.matching.replay..")
                .check(ENGINE);
    }

    @Test
    void engine_shouldNeverReadAClockOrMakeUpRandomness() {
        noClasses().should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.time..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
                .check(ENGINE);
    }
}
