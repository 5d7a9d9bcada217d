package io.usdtcustody.custody.signing.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.custody.signing.ReceiptSigner;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The signer service's receipt endpoint, for the receipts function inside the platform (it is not a public
 * route): {@code POST /v1/signatures/receipts} with {@code {"digest": "<64 hex>"}} answers the ES256 signature
 * (base64url {@code r || s}, ready for a JWS) and the key; {@code GET /v1/signatures/receipts/key} publishes the
 * public key for verifiers.
 */
@Controller("/v1/signatures/receipts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = ReceiptSigner.class)
public class ReceiptSignatureController {
    /** {@code POST} body: the SHA-256 digest of the canonical receipt, hex. */
    public record SignBody(String digest) {
    }

    /** The answer: which key, the signature, and the public key (uncompressed SEC1, hex). */
    public record SignatureView(String keyLabel, String algorithm, String signature, String publicKey) {
    }

    private final ReceiptSigner signer;
    private final JsonCodec codec;

    public ReceiptSignatureController(ReceiptSigner signer, JsonCodec codec) {
        this.signer = signer;
        this.codec = codec;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> sign(@Nullable @Body byte[] body) {
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        ReceiptSigner.ReceiptSignature signature = signer.sign(digest(codec.read(body, SignBody.class).digest()));
        return HttpResponse.ok(codec.write(new SignatureView(signature.keyLabel(), "ES256",
                Base64.getUrlEncoder().withoutPadding().encodeToString(signature.rs()),
                HexFormat.of().formatHex(signature.publicKey())))).contentType(MediaType.APPLICATION_JSON);
    }

    @Get("/key")
    public HttpResponse<byte[]> key() {
        var key = signer.ensureKey();
        return HttpResponse.ok(codec.write(new SignatureView(ReceiptSigner.LABEL, "ES256", null,
                HexFormat.of().formatHex(key.publicKey())))).contentType(MediaType.APPLICATION_JSON);
    }

    private static byte[] digest(String hex) {
        try {
            if (hex != null && hex.length() == 64) {
                return HexFormat.of().parseHex(hex);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the validation error
        }
        throw PlatformException.validation("the digest is not valid",
                List.of(new FieldError("digest", "must be 64 hex digits (a SHA-256 digest)")));
    }
}
