package io.usdtcustody.localcloud.junit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The package rules of DESIGN.md, for each deployable's own architecture test: a deployable's production
 * code uses only itself, {@code shared-model} and, for functions, {@code functions-common}; never another
 * deployable, the CDK app or the local cloud. (Maven's enforcer already keeps such jars off the class path;
 * this also catches reflection-free shortcuts such as copying a class name into a string-free import.)
 */
public final class PlatformArchitecture {
    private static final List<String> PLATFORM_PACKAGES = List.of(
            "io.usdtcustody.custody..", "io.usdtcustody.matching..", "io.usdtcustody.functions..",
            "io.usdtcustody.infra..", "io.usdtcustody.localcloud..");

    /**
     * Excludes compiled tests wherever the build folder is ({@code target}, or another name when parallel
     * builds use their own); ArchUnit's predefined option only recognises {@code target/test-classes}.
     */
    public static final ImportOption PRODUCTION_CODE_ONLY = location -> !location.contains("/test-classes/");

    private PlatformArchitecture() {
    }

    /**
     * Fails unless production classes under {@code ownPackage} depend on no platform package other than their
     * own and {@code alsoAllowed} (patterns such as {@code io.usdtcustody.functions.common..}).
     */
    public static void assertSelfContained(String ownPackage, String... alsoAllowed) {
        assertSelfContained(new ClassFileImporter()
                .withImportOption(PRODUCTION_CODE_ONLY)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ownPackage), ownPackage, alsoAllowed);
    }

    static void assertSelfContained(JavaClasses classes, String ownPackage, String... alsoAllowed) {
        List<String> forbidden = new ArrayList<>();
        for (String pattern : PLATFORM_PACKAGES) {
            String root = pattern.substring(0, pattern.length() - 2);
            boolean own = ownPackage.equals(root) || ownPackage.startsWith(root + ".") || root.startsWith(ownPackage + ".");
            if (!own) {
                forbidden.add(pattern);
            }
        }
        if (ownPackage.startsWith("io.usdtcustody.functions.")) {
            forbidden.add("io.usdtcustody.functions..");
        }
        noClasses().that().resideInAPackage(ownPackage + "..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAnyPackage(forbidden.toArray(String[]::new))
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                        concat(ownPackage + "..", alsoAllowed)))))
                .because("deployables talk over HTTP and Kinesis only; shared code lives in shared-model")
                .check(classes);
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
