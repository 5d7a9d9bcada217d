package io.usdtcustody.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.infra.functions.FunctionCode;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Context parsing and naming; no synthesis, no Node. */
class PlatformConfigTest {

    @Test
    void fromContext_shouldDefaultToDevWithUsdtDevPrefix_whenContextIsEmpty() {
        PlatformConfig config = PlatformConfig.fromContext(key -> null);

        assertThat(config.environmentName()).isEqualTo("dev");
        assertThat(config.naming()).isEqualTo(new ResourceNaming("usdt-dev-"));
        assertThat(config.imageTag()).isEqualTo("latest");
        assertThat(config.naming().table(ResourceCatalogue.LEDGER)).isEqualTo("usdt-dev-ledger");
    }

    @Test
    void fromContext_shouldDerivePrefixFromEnvironment_whenOnlyEnvironmentIsGiven() {
        PlatformConfig config = PlatformConfig.fromContext(Map.<String, Object>of("environment", "prod", "imageTag", "3f2a1c9")::get);

        assertThat(config.naming().prefix()).isEqualTo("usdt-prod-");
        assertThat(config.imageTag()).isEqualTo("3f2a1c9");
        assertThat(config.physicalName("api")).isEqualTo("usdt-prod-api");
    }

    @Test
    void fromContext_shouldUseExplicitPrefix_whenAnAccountUniquePrefixIsGiven() {
        PlatformConfig config = PlatformConfig.fromContext(
                Map.<String, Object>of("environment", "prod", "resourcePrefix", "acme-usdt-prod-")::get);

        assertThat(config.naming().bucket(ResourceCatalogue.REPORTS)).isEqualTo("acme-usdt-prod-reports");
    }

    @Test
    void constructor_shouldRejectEnvironment_whenItIsNotLowerCaseAlphanumeric() {
        assertThatThrownBy(() -> new PlatformConfig("Prod_1", new ResourceNaming("usdt-"), "latest", Path.of(".")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_shouldRejectImageTag_whenItLooksLikeAFlag() {
        assertThatThrownBy(() -> new PlatformConfig("dev", new ResourceNaming("usdt-dev-"), "-rm", Path.of(".")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builtJars_shouldPointAtTheFunctionModuleTarget_whenResolvingAJar() {
        assertThat(FunctionCode.jarPath(Path.of("/repo"), ResourceCatalogue.RECEIPTS_FN))
                .isEqualTo(Path.of("/repo/functions/receipts/target/function-receipts.jar"));
    }

    @Test
    void builtJars_shouldFailWithTheBuildCommand_whenTheJarIsMissing() {
        assertThatThrownBy(() -> FunctionCode.builtJars(Path.of("/nonexistent-repo")).codeFor(ResourceCatalogue.KYC))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mvn -B package -pl functions/kyc -am");
    }
}
