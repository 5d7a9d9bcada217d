package io.usdtcustody.custody.ledger;

import io.usdtcustody.model.money.Amount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * One movement of money from {@code debit} to {@code credit}. The {@code transferId} is the idempotency key:
 * the client keeps it across retries; the ledger applies a transfer id once, returns the original result for
 * the same payload, and refuses a different payload under the same id.
 */
public record TransferRequest(UUID transferId, AccountId debit, AccountId credit, Amount amount, TransferKind kind,
                              String reference) {
    public static final int MAX_REFERENCE_LENGTH = 200;

    public TransferRequest {
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(debit, "debit");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        reference = reference == null ? "" : reference;
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a transfer amount must be positive");
        }
        if (debit.equals(credit)) {
            throw new IllegalArgumentException("a transfer needs two different accounts");
        }
        if (!debit.tenant().equals(credit.tenant())) {
            throw new IllegalArgumentException("a transfer stays within one tenant");
        }
        if (!debit.asset().equals(amount.asset()) || !credit.asset().equals(amount.asset())) {
            throw new IllegalArgumentException("both accounts must hold the transfer's asset");
        }
        if (reference.length() > MAX_REFERENCE_LENGTH) {
            throw new IllegalArgumentException("a reference is at most " + MAX_REFERENCE_LENGTH + " characters");
        }
    }

    /** A digest of everything but the id: equal payloads under one id are a retry, different ones a conflict. */
    public String payloadHash() {
        String canonical = String.join("\n", debit.key(), credit.key(), Long.toString(amount.minorUnits()),
                kind.name(), reference);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
