package io.usdtcustody.localcloud.junit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.usdtcustody.custody.fixture.CleanCustodyClass;
import io.usdtcustody.custody.fixture.LeakyCustodyClass;
import org.junit.jupiter.api.Test;

class PlatformArchitectureTest {

    @Test
    void assertSelfContained_shouldFail_whenADeployableUsesTheLocalCloud() {
        var classes = new ClassFileImporter().importClasses(LeakyCustodyClass.class, CleanCustodyClass.class);

        assertThatThrownBy(() -> PlatformArchitecture.assertSelfContained(classes, "io.usdtcustody.custody"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyCustodyClass")
                .hasMessageNotContaining("CleanCustodyClass");
    }

    @Test
    void assertSelfContained_shouldPass_whenADeployableUsesSharedModelOnly() {
        var classes = new ClassFileImporter().importClasses(CleanCustodyClass.class);

        assertThatCode(() -> PlatformArchitecture.assertSelfContained(classes, "io.usdtcustody.custody"))
                .doesNotThrowAnyException();
    }
}
