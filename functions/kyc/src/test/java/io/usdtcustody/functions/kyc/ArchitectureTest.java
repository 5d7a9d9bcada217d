package io.usdtcustody.functions.kyc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.usdtcustody.localcloud.junit.PlatformArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void productionCode_shouldDependOnNoDeployable_onlyOnCommonAndTheScreeningLibrary() {
        PlatformArchitecture.assertSelfContained("io.usdtcustody.functions.kyc", "io.usdtcustody.functions.common..");
    }

    @Test
    void domain_shouldNotKnowTheApiTheVendorAdapterOrTheAwsSdk() {
        var classes = new ClassFileImporter().withImportOption(PlatformArchitecture.PRODUCTION_CODE_ONLY)
                .importPackages("io.usdtcustody.functions.kyc");
        noClasses().that().resideInAnyPackage("..kyc.cases", "..kyc.lifecycle..", "..kyc.cases.port..")
                .should().dependOnClassesThat().resideInAnyPackage("..kyc.api..", "software.amazon..",
                        "com.amazonaws..", "..kyc.cases.adapter..")
                .check(classes);
    }
}
