package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.api.CancelReason;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.Side;

/**
 * What one command caused, as values a caller, a market-data feed or an event publisher may keep (the engine
 * reports through primitive callbacks; {@link OutcomeRecorder} turns them into these off the engine's own
 * data structures). Amounts are the engine's scaled longs.
 */
public sealed interface OutcomeEvent {

    /** A PLACE passed validation and risk. */
    record Accepted(int symbolId, long orderId, long accountId) implements OutcomeEvent {
    }

    /** One fill at the maker's price; fees in quote units. */
    record Trade(int symbolId, long takerOrderId, long takerAccountId, long makerOrderId, long makerAccountId,
            Side takerSide, long price, long quantity, long takerFee, long makerFee) implements OutcomeEvent {
    }

    /** An order left the book, or was not rested, with quantity left. */
    record Cancelled(int symbolId, long orderId, long accountId, long remainingQuantity, CancelReason reason)
            implements OutcomeEvent {
    }

    /** An amend took effect. */
    record Amended(int symbolId, long orderId, long accountId, long price, long remainingQuantity,
            boolean keptPriority) implements OutcomeEvent {
    }

    /** The command was refused and changed nothing. */
    record Rejected(long orderId, long accountId, ResultCode code) implements OutcomeEvent {
    }

    /** A deposit (positive) or withdrawal (negative), or a repeat of one already applied. */
    record Transfer(long accountId, int assetId, long signedAmount, long transferIdHigh, long transferIdLow,
            boolean alreadyApplied) implements OutcomeEvent {
    }

    /** An asset or symbol was defined. */
    record Defined(String name) implements OutcomeEvent {
    }
}
