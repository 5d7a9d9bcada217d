package io.usdtcustody.matching.bench;

import io.usdtcustody.matching.engine.api.CancelReason;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.Side;

/** The cheapest real consumer of engine events: counts them, so the benchmarks can check what they ran. */
final class CountingEvents implements EngineEvents {
    long trades;
    long cancels;
    long rejections;

    @Override
    public void trade(int symbolId, long takerOrderId, long takerAccountId, long makerOrderId, long makerAccountId,
            Side takerSide, long price, long quantity, long takerFee, long makerFee) {
        trades++;
    }

    @Override
    public void orderCancelled(int symbolId, long orderId, long accountId, long remainingQuantity,
            CancelReason reason) {
        cancels++;
    }

    @Override
    public void rejected(Command command, ResultCode code) {
        rejections++;
    }
}
