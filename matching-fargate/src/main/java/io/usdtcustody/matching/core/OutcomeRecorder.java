package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.api.CancelReason;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the events of one command as {@link OutcomeEvent} values. This allocates per event by design: it
 * sits at the service edge, where a caller needs a result it can keep; the engine's own path stays
 * allocation-free and the journal-on benchmark does not use it.
 */
public final class OutcomeRecorder implements EngineEvents {
    private List<OutcomeEvent> events = new ArrayList<>();

    /** Hands over the events recorded since the last call and starts a new list. */
    public List<OutcomeEvent> take() {
        List<OutcomeEvent> taken = events;
        events = new ArrayList<>(4);
        return taken;
    }

    @Override
    public void orderAccepted(int symbolId, long orderId, long accountId) {
        events.add(new OutcomeEvent.Accepted(symbolId, orderId, accountId));
    }

    @Override
    public void trade(int symbolId, long takerOrderId, long takerAccountId, long makerOrderId, long makerAccountId,
            Side takerSide, long price, long quantity, long takerFee, long makerFee) {
        events.add(new OutcomeEvent.Trade(symbolId, takerOrderId, takerAccountId, makerOrderId, makerAccountId,
                takerSide, price, quantity, takerFee, makerFee));
    }

    @Override
    public void orderCancelled(int symbolId, long orderId, long accountId, long remainingQuantity,
            CancelReason reason) {
        events.add(new OutcomeEvent.Cancelled(symbolId, orderId, accountId, remainingQuantity, reason));
    }

    @Override
    public void orderAmended(int symbolId, long orderId, long accountId, long price, long remainingQuantity,
            boolean keptPriority) {
        events.add(new OutcomeEvent.Amended(symbolId, orderId, accountId, price, remainingQuantity, keptPriority));
    }

    @Override
    public void rejected(Command command, ResultCode code) {
        // the engine's decoded command is a reused flyweight: fields its type does not use are stale
        boolean order = command.type == CommandType.PLACE || command.type == CommandType.CANCEL
                || command.type == CommandType.AMEND;
        boolean account = order || command.type == CommandType.DEPOSIT || command.type == CommandType.WITHDRAW;
        events.add(new OutcomeEvent.Rejected(order ? command.orderId : 0, account ? command.accountId : 0, code));
    }

    @Override
    public void transfer(long accountId, int assetId, long signedAmount, long transferIdHigh, long transferIdLow,
            boolean alreadyApplied) {
        events.add(new OutcomeEvent.Transfer(accountId, assetId, signedAmount, transferIdHigh, transferIdLow,
                alreadyApplied));
    }

    @Override
    public void defined(Command command) {
        events.add(new OutcomeEvent.Defined(command.name));
    }
}
