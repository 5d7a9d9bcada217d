package io.usdtcustody.matching.engine.transfer;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.instrument.ScaledMath;
import io.usdtcustody.matching.engine.risk.Account;
import io.usdtcustody.matching.engine.state.EngineState;

/**
 * Funding ↔ trading transfers. Custody moves funds in (DEPOSIT) and takes them back out (WITHDRAW) with a
 * transfer id that is the idempotency key on this side too: each id is applied at most once, whichever
 * direction, and a repeat is acknowledged without changing anything. A refused withdrawal does not use up its
 * id, so custody may retry it once funds are there.
 */
public final class TransferDesk {
    private final EngineState state;

    public TransferDesk(EngineState state) {
        this.state = state;
    }

    public ResultCode apply(Command c, EngineEvents events) {
        if (state.instruments().asset(c.assetId) == null) {
            return ResultCode.UNKNOWN_ASSET;
        }
        if (c.amount <= 0) {
            return ResultCode.INVALID_AMOUNT;
        }
        if (c.transferIdHigh == 0 && c.transferIdLow == 0) {
            return ResultCode.MISSING_TRANSFER_ID;
        }
        boolean deposit = c.type == CommandType.DEPOSIT;
        long signed = deposit ? c.amount : -c.amount;
        if (state.appliedTransfers().contains(c.transferIdHigh, c.transferIdLow)) {
            events.transfer(c.accountId, c.assetId, signed, c.transferIdHigh, c.transferIdLow, true);
            return ResultCode.TRANSFER_ALREADY_APPLIED;
        }
        if (deposit) {
            // every balance of the asset together is at most the net amount transferred in: bound that
            if (ScaledMath.add(state.netTransferredIn(c.assetId), c.amount) < 0) {
                return ResultCode.AMOUNT_TOO_LARGE;
            }
            state.accounts().getOrCreate(c.accountId).credit(c.assetId, c.amount);
        } else {
            Account account = state.accounts().get(c.accountId);
            if (account == null || account.available(c.assetId) < c.amount) {
                return ResultCode.INSUFFICIENT_FUNDS;
            }
            account.debit(c.assetId, c.amount);
        }
        state.addNetTransferredIn(c.assetId, signed);
        state.appliedTransfers().add(c.transferIdHigh, c.transferIdLow);
        events.transfer(c.accountId, c.assetId, signed, c.transferIdHigh, c.transferIdLow, false);
        return ResultCode.SUCCESS;
    }
}
