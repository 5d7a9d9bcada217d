package io.usdtcustody.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shared model stays plain: no AWS, no framework, no I/O, no hidden clock or randomness, no doubles. */
class ShouldModelArchitectureTest {

    private static final String MODEL = "io.usdtcustody.model..";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            // compiled tests live in <build folder>/test-classes, whatever the build folder is called
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("io.usdtcustody.model");

    @Test
    void model_shouldNotDependOnAwsFrameworksOrIo() {
        noClasses().that().resideInAPackage(MODEL)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "software.amazon..", "com.amazonaws..", "io.micronaut..", "jakarta..", "javax.inject..",
                        "org.springframework..", "java.net.http..", "java.nio.file..", "java.sql..")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccessFile).*")
                .orShould().dependOnClassesThat()
                .haveNameMatching("java\\.net\\.(Socket|ServerSocket|URLConnection|HttpURLConnection|URL)\\b.*")
                .because("shared-model is records and value types every module shares (DESIGN.md)")
                .check(CLASSES);
    }

    @Test
    void model_shouldNotReadClockOrGlobalRandomness() {
        noClasses().that().resideInAPackage(MODEL)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(UUID.class, "randomUUID")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(SecureRandom.class)
                .orShould().callConstructor(Random.class)
                .because("time and randomness are injected (STYLE.md habit 6)")
                .check(CLASSES);
    }

    @Test
    void model_shouldNeverUseFloatingPoint() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage(MODEL)
                .should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
                .because("money is never double (STYLE.md habit 5)")
                .check(CLASSES);
        noMethods().that().areDeclaredInClassesThat().resideInAPackage(MODEL)
                .should().haveRawReturnType(double.class).orShould().haveRawReturnType(float.class)
                .check(CLASSES);
    }

    @Test
    void moneyAndIds_shouldDependOnlyOnJdkAndModel() {
        classes().that().resideInAnyPackage("io.usdtcustody.model.money..", "io.usdtcustody.model.ids..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.usdtcustody.model..")
                .check(CLASSES);
    }

    @Test
    void featurePackages_shouldBeFreeOfCycles() {
        slices().matching("io.usdtcustody.model.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
