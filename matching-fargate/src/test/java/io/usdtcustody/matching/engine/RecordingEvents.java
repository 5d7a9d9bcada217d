package io.usdtcustody.matching.engine;

import io.usdtcustody.matching.engine.api.CancelReason;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.Side;
import java.util.ArrayList;
import java.util.List;

/** Records every engine event as one line of text, so tests can compare whole event streams. */
public final class RecordingEvents implements EngineEvents {
    private final List<String> lines = new ArrayList<>();

    public List<String> lines() {
        return lines;
    }

    public List<String> drain() {
        List<String> copy = List.copyOf(lines);
        lines.clear();
        return copy;
    }

    @Override
    public void orderAccepted(int symbolId, long orderId, long accountId) {
        lines.add("accepted " + orderId);
    }

    @Override
    public void trade(int symbolId, long takerOrderId, long takerAccountId, long makerOrderId,
            long makerAccountId, Side takerSide, long price, long quantity, long takerFee, long makerFee) {
        lines.add("trade " + takerOrderId + "x" + makerOrderId + " " + takerSide + " " + quantity + "@" + price
                + " fees " + takerFee + "/" + makerFee);
    }

    @Override
    public void orderCancelled(int symbolId, long orderId, long accountId, long remainingQuantity,
            CancelReason reason) {
        lines.add("cancelled " + orderId + " " + remainingQuantity + " " + reason);
    }

    @Override
    public void orderAmended(int symbolId, long orderId, long accountId, long price, long remainingQuantity,
            boolean keptPriority) {
        lines.add("amended " + orderId + " " + remainingQuantity + "@" + price + (keptPriority ? " kept" : " moved"));
    }

    @Override
    public void rejected(Command command, ResultCode code) {
        lines.add("rejected " + command.type + " " + command.orderId + " " + code);
    }

    @Override
    public void transfer(long accountId, int assetId, long signedAmount, long transferIdHigh, long transferIdLow,
            boolean alreadyApplied) {
        lines.add("transfer " + accountId + " " + assetId + " " + signedAmount + (alreadyApplied ? " again" : ""));
    }
}
