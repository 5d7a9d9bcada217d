package io.usdtcustody.model.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UuidV7Test {

    /** The UUIDv7 example of RFC 9562 Appendix A.6: Tuesday, February 22, 2022 2:22:22.00 PM GMT-05:00. */
    private static final String RFC_EXAMPLE = "017F22E2-79B0-7CC3-98C4-DC0C0C07398F";

    @Test
    void parse_shouldAcceptRfcExample_andExtractItsTime() {
        UUID id = UuidV7.parse(RFC_EXAMPLE);

        assertThat(UuidV7.timestamp(id)).isEqualTo(Instant.parse("2022-02-22T19:22:22Z"));
        assertThat(UuidV7.unixMillis(id)).isEqualTo(0x017F22E279B0L);
        assertThat(UuidV7.parse(RFC_EXAMPLE.toLowerCase())).isEqualTo(id);
    }

    @Test
    void parse_shouldReject_whenVersion4() {
        assertThatThrownBy(() -> UuidV7.parse("f47ac10b-58cc-4372-a567-0e02b2c3d479"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 7");
    }

    @Test
    void parse_shouldReject_whenVariantIsNotRfc() {
        // version nibble 7 but variant bits 110 (Microsoft)
        assertThatThrownBy(() -> UuidV7.parse("017f22e2-79b0-7cc3-c8c4-dc0c0c07398f"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-2-3-4-5", "017f22e279b07cc398c4dc0c0c07398f",
            "{017f22e2-79b0-7cc3-98c4-dc0c0c07398f}", " 017f22e2-79b0-7cc3-98c4-dc0c0c07398f",
            "017f22e2-79b0-7cc3-98c4-dc0c0c07398g", "017f22e2_79b0_7cc3_98c4_dc0c0c07398f"})
    void parse_shouldReject_whenNotCanonicalText(String text) {
        assertThatThrownBy(() -> UuidV7.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("canonical");
    }

    @Test
    void timestamp_shouldReject_whenNotV7() {
        UUID v4 = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479");

        assertThat(UuidV7.isV7(v4)).isFalse();
        assertThatThrownBy(() -> UuidV7.timestamp(v4)).isInstanceOf(IllegalArgumentException.class);
    }
}
