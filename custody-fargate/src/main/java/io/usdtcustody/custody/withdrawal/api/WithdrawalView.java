package io.usdtcustody.custody.withdrawal.api;

import io.usdtcustody.custody.withdrawal.Withdrawal;

/**
 * How a withdrawal is shown to API clients: amounts as decimal strings, states and reasons as stable codes; the
 * reason says why a PENDING_APPROVAL withdrawal is held, or why a REJECTED, CANCELLED or FAILED one ended.
 */
public record WithdrawalView(String id, String customerId, String asset, String chain, String amount,
                             String destination, String state, String reason, String txHash, String createdAt,
                             String updatedAt) {

    public static WithdrawalView of(Withdrawal w) {
        var r = w.request();
        return new WithdrawalView(w.id().toString(), r.customerId(), r.amount().asset().code(),
                r.amount().asset().chain().name(), r.amount().toPlainString(), r.destination(), w.state().name(),
                shownReason(w), w.txHash(), w.createdAt().toString(), w.updatedAt().toString());
    }

    /** Why it is held, or why it ended; an approved or confirmed withdrawal shows none. */
    private static String shownReason(Withdrawal w) {
        return switch (w.state()) {
            case PENDING_APPROVAL, REJECTED, CANCELLED, FAILED -> w.reason();
            default -> null;
        };
    }
}
