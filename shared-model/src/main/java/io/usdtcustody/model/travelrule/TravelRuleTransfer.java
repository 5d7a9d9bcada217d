package io.usdtcustody.model.travelrule;

import io.usdtcustody.model.address.AddressValidation;
import io.usdtcustody.model.address.AddressValidator;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.travelrule.ivms101.IdentityPayload;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Travel Rule envelope: the IVMS101 payload together with the transfer it belongs to. For a withdrawal the
 * platform builds it and attaches it before signing; for a deposit it is what the originating VASP sent.
 *
 * <p>{@code transferId} is the withdrawal id (outgoing) or the deposit transfer id (incoming); {@code amount}
 * carries the asset and its chain; {@code destinationAddress} is the receiving address on that chain, stored
 * normalised (EIP-55 for Ethereum), and must appear among the beneficiary's account numbers for the payload
 * to be complete. Validation messages never quote values.
 */
public record TravelRuleTransfer(String transferId, TransferDirection direction, Amount amount,
                                 String destinationAddress, IdentityPayload ivms101) {

    private static final Pattern TRANSFER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,127}");

    public TravelRuleTransfer {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(ivms101, "ivms101");
        requireNoProblem(transferIdProblem(transferId));
        requireNoProblem(amountProblem(amount));
        AddressValidation destination = destination(amount, destinationAddress);
        requireNoProblem(destination.valid() ? null : "destinationAddress: " + destination.reason());
        destinationAddress = destination.normalized();
    }

    /** What is wrong with a transfer id, or {@code null}: 1-128 letters, digits and {@code : . _ -}. */
    public static String transferIdProblem(String transferId) {
        return transferId != null && TRANSFER_ID.matcher(transferId).matches() ? null
                : "transferId must be 1-128 letters, digits, ':', '.', '_' or '-', starting with a letter or digit";
    }

    /** What is wrong with a transfer amount, or {@code null}: it must be present and positive. */
    public static String amountProblem(Amount amount) {
        return amount != null && amount.isPositive() ? null : "amount must be positive";
    }

    /** The destination checked against the amount's chain. */
    static AddressValidation destination(Amount amount, String destinationAddress) {
        if (destinationAddress == null) {
            return AddressValidation.invalid("destinationAddress is required");
        }
        return AddressValidator.validate(amount.asset().chain(), destinationAddress);
    }

    private static void requireNoProblem(String problem) {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }
}
