package io.usdtcustody.custody.keyvault.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.model.errors.ErrorCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePinSourceTest {
    private static final String HOT_PIN = "0f1e2d3c4b5a69788796a5b4";

    @TempDir
    Path folder;

    @Test
    void pin_shouldReadTheTokensLine_whenTheFileIsPrivate() throws Exception {
        Path file = pinFile("# user PINs\nusdt-hot.pin=" + HOT_PIN + "\nusdt-cold.pin = cold-pin  \n", "rw-------");

        FilePinSource source = new FilePinSource(file);

        assertThat(source.pin("usdt-hot")).containsExactly(HOT_PIN.toCharArray());
        assertThat(source.pin("usdt-cold")).containsExactly("cold-pin".toCharArray());
    }

    @Test
    void pin_shouldFailWithoutRevealingAnyPin_whenTheTokenHasNoLine() throws Exception {
        Path file = pinFile("usdt-hot.pin=" + HOT_PIN + "\n#usdt-cold.pin=commented\n", "rw-------");

        KeyVaultException missing = catchThrowableOfType(KeyVaultException.class,
                () -> new FilePinSource(file).pin("usdt-cold"));

        assertThat(missing.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(stackTrace(missing)).contains("usdt-cold").doesNotContain(HOT_PIN, "commented");
    }

    @Test
    void pin_shouldRefuse_whenGroupOrOthersMayReadTheFile() throws Exception {
        Path file = pinFile("usdt-hot.pin=" + HOT_PIN + "\n", "rw-r-----");

        KeyVaultException refused = catchThrowableOfType(KeyVaultException.class,
                () -> new FilePinSource(file).pin("usdt-hot"));

        assertThat(refused.detail()).contains("0600");
        assertThat(stackTrace(refused)).doesNotContain(HOT_PIN);
    }

    @Test
    void pin_shouldFailWithUnavailable_whenTheFileIsMissing() {
        KeyVaultException missing = catchThrowableOfType(KeyVaultException.class,
                () -> new FilePinSource(folder.resolve("absent.properties")).pin("usdt-hot"));

        assertThat(missing.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE);
    }

    @Test
    void fromEnvironment_shouldUseHsmPinFile_andToStringShouldShowOnlyThePath() throws Exception {
        Path file = pinFile("usdt-hot.pin=" + HOT_PIN + "\n", "rw-------");

        FilePinSource source = FilePinSource.fromEnvironment(Map.of("HSM_PIN_FILE", file.toString()));

        assertThat(source.pin("usdt-hot")).containsExactly(HOT_PIN.toCharArray());
        assertThat(source.toString()).contains(file.toString()).doesNotContain(HOT_PIN);
        assertThat(catchThrowableOfType(KeyVaultException.class, () -> FilePinSource.fromEnvironment(Map.of())))
                .hasMessageContaining("HSM_PIN_FILE");
    }

    private Path pinFile(String text, String permissions) throws Exception {
        Path file = folder.resolve("hsm-pins.properties");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
