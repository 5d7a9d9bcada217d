package io.usdtcustody.functions.kyc.vendor;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.kyc.KycVendorDecision;
import io.usdtcustody.model.kyc.KycWebhookSignature;
import io.usdtcustody.model.kyc.WebhookSecret;
import io.usdtcustody.model.kyc.WebhookVerification;
import java.time.Instant;
import java.util.Objects;

/**
 * The receiving end of a vendor's signed webhook: the path's vendor must be the configured one (else 404, as for
 * any unknown resource), the signature and timestamp must verify against the shared secret (else 401
 * {@code UNAUTHENTICATED}), and only then is the body read as a {@link KycVendorDecision}. Nothing about the
 * request is trusted, or parsed, before the signature holds. Replays within the tolerance are caught later, by
 * the event id recorded on the case.
 */
public final class VendorWebhook {
    private final String vendorName;
    private final WebhookSecret secret;
    private final JsonCodec codec;

    public VendorWebhook(String vendorName, WebhookSecret secret, JsonCodec codec) {
        this.vendorName = Objects.requireNonNull(vendorName, "vendorName");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /**
     * The verified decision in a webhook for {@code vendor}, with its timestamp and signature headers (null when
     * absent) and raw body.
     *
     * @throws PlatformException NOT_FOUND for another vendor, UNAUTHENTICATED for a bad signature or stale
     *                           timestamp, and the codec's 400s for a signed body that is not a decision
     */
    public KycVendorDecision verify(String vendor, String timestampHeader, String signatureHeader, byte[] body,
                                    Instant now) {
        if (!vendorName.equals(vendor)) {
            throw new PlatformException(ErrorCode.NOT_FOUND, "no KYC vendor of that name");
        }
        WebhookVerification verification = KycWebhookSignature.verify(secret, timestampHeader, signatureHeader, body,
                now);
        if (!verification.valid()) {
            throw new PlatformException(ErrorCode.UNAUTHENTICATED, "webhook refused: " + verification.reason());
        }
        return codec.read(body, KycVendorDecision.class);
    }
}
