package io.usdtcustody.model.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KycWebhookSignatureTest {
    private static final WebhookSecret SECRET = WebhookSecret.of(range(32));
    private static final WebhookSecret OTHER = WebhookSecret.of(range(33));
    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    private static final long SIGNED_AT = 1_700_000_000L;
    private static final Instant NOW = Instant.ofEpochSecond(SIGNED_AT + 10);

    @Test
    void sign_shouldMatchAnIndependentHmacSha256_overTimestampDotBody() {
        // python3: hmac.new(bytes(range(32)), b'1700000000.{"a":1}', hashlib.sha256).hexdigest()
        assertThat(KycWebhookSignature.sign(SECRET, SIGNED_AT, BODY))
                .isEqualTo("v1=03348adc068f3e120398d321e294ed21d5531ba19808733437c88c51d9ffdb14");
    }

    @Test
    void verify_shouldAccept_whenSignedWithTheSecretWithinTolerance() {
        String signature = KycWebhookSignature.sign(SECRET, SIGNED_AT, BODY);

        assertThat(KycWebhookSignature.verify(SECRET, Long.toString(SIGNED_AT), signature, BODY, NOW))
                .isEqualTo(WebhookVerification.VALID);
    }

    @Test
    void verify_shouldRefuse_whenTheBodyChanged() {
        String signature = KycWebhookSignature.sign(SECRET, SIGNED_AT, BODY);
        byte[] changed = "{\"a\":2}".getBytes(StandardCharsets.UTF_8);

        assertThat(KycWebhookSignature.verify(SECRET, Long.toString(SIGNED_AT), signature, changed, NOW))
                .isEqualTo(WebhookVerification.SIGNATURE_MISMATCH);
    }

    @Test
    void verify_shouldRefuse_whenSignedWithAnotherSecret() {
        String signature = KycWebhookSignature.sign(OTHER, SIGNED_AT, BODY);

        assertThat(KycWebhookSignature.verify(SECRET, Long.toString(SIGNED_AT), signature, BODY, NOW))
                .isEqualTo(WebhookVerification.SIGNATURE_MISMATCH);
    }

    @Test
    void verify_shouldRefuse_whenTheTimestampHeaderWasChanged() {
        String signature = KycWebhookSignature.sign(SECRET, SIGNED_AT, BODY);

        assertThat(KycWebhookSignature.verify(SECRET, Long.toString(SIGNED_AT + 1), signature, BODY, NOW))
                .isEqualTo(WebhookVerification.SIGNATURE_MISMATCH);
    }

    @Test
    void verify_shouldRefuse_whenTheTimestampIsOlderOrNewerThanTheTolerance() {
        long tolerance = KycWebhookSignature.TOLERANCE.toSeconds();
        long old = NOW.getEpochSecond() - tolerance - 1;
        long future = NOW.getEpochSecond() + tolerance + 1;

        assertThat(KycWebhookSignature.verify(SECRET, Long.toString(old),
                KycWebhookSignature.sign(SECRET, old, BODY), BODY, NOW))
                .isEqualTo(WebhookVerification.TIMESTAMP_OUT_OF_TOLERANCE);
        assertThat(KycWebhookSignature.verify(SECRET, Long.toString(future),
                KycWebhookSignature.sign(SECRET, future, BODY), BODY, NOW))
                .isEqualTo(WebhookVerification.TIMESTAMP_OUT_OF_TOLERANCE);
        long edge = NOW.getEpochSecond() - tolerance;
        assertThat(KycWebhookSignature.verify(SECRET, Long.toString(edge),
                KycWebhookSignature.sign(SECRET, edge, BODY), BODY, NOW)).isEqualTo(WebhookVerification.VALID);
    }

    @Test
    void verify_shouldAcceptAnyOfSeveralSignatures_whileTheSecretIsRotated() {
        String both = KycWebhookSignature.sign(OTHER, SIGNED_AT, BODY) + ", "
                + KycWebhookSignature.sign(SECRET, SIGNED_AT, BODY);

        assertThat(KycWebhookSignature.verify(SECRET, Long.toString(SIGNED_AT), both, BODY, NOW))
                .isEqualTo(WebhookVerification.VALID);
    }

    @Test
    void verify_shouldName_missingOrMalformedHeaders() {
        String signature = KycWebhookSignature.sign(SECRET, SIGNED_AT, BODY);

        assertThat(KycWebhookSignature.verify(SECRET, null, signature, BODY, NOW))
                .isEqualTo(WebhookVerification.MISSING_HEADERS);
        assertThat(KycWebhookSignature.verify(SECRET, "1", " ", BODY, NOW))
                .isEqualTo(WebhookVerification.MISSING_HEADERS);
        assertThat(KycWebhookSignature.verify(SECRET, "-1700000000", signature, BODY, NOW))
                .isEqualTo(WebhookVerification.MALFORMED_TIMESTAMP);
        assertThat(KycWebhookSignature.verify(SECRET, "99999999999999999999", signature, BODY, NOW))
                .isEqualTo(WebhookVerification.MALFORMED_TIMESTAMP);
        assertThat(KycWebhookSignature.verify(SECRET, Long.toString(SIGNED_AT), "v0=abc,sha256=00", BODY, NOW))
                .isEqualTo(WebhookVerification.MALFORMED_SIGNATURE);
        assertThat(KycWebhookSignature.verify(SECRET, Long.toString(SIGNED_AT), "v1=zz", BODY, NOW))
                .isEqualTo(WebhookVerification.MALFORMED_SIGNATURE);
    }

    @Property(tries = 200)
    void verify_shouldRefuseEveryOneByteChangeOfTheBody(@ForAll @IntRange(min = 0, max = 6) int position,
                                                        @ForAll @IntRange(min = 1, max = 255) int flip) {
        String signature = KycWebhookSignature.sign(SECRET, SIGNED_AT, BODY);
        byte[] changed = BODY.clone();
        changed[position] ^= (byte) flip;

        assertThat(KycWebhookSignature.verify(SECRET, Long.toString(SIGNED_AT), signature, changed, NOW))
                .isEqualTo(WebhookVerification.SIGNATURE_MISMATCH);
    }

    private static byte[] range(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
