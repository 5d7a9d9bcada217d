package io.usdtcustody.matching.replay;

import java.math.BigDecimal;

/**
 * One input line of the replay, as read: an operation with its fields (decimals still as written), or the
 * reason the line is not one. Scales are applied later, once the symbol is known.
 */
sealed interface ReplayLine {

    /** {@code {"op":"symbol","symbol","base","quote","tick","lot"[,"makerFeeBps","takerFeeBps"]}} */
    record DefineSymbol(String symbol, String base, String quote, BigDecimal tick, BigDecimal lot,
            int makerFeeBps, int takerFeeBps) implements ReplayLine {
    }

    /** {@code {"op":"asset","asset","scale"}}: fixes an asset's decimals before anything uses it. */
    record DefineAsset(String asset, int scale) implements ReplayLine {
    }

    /** {@code {"op":"deposit"|"withdraw","account","asset","amount"[,"transferId"]}} */
    record Transfer(boolean deposit, String account, String asset, BigDecimal amount, String transferId)
            implements ReplayLine {
    }

    /** {@code {"op":"place","id","account","symbol","side","type","tif","price","qty"[,"postOnly"]}} */
    record Place(String id, String account, String symbol, String side, String type, String tif, BigDecimal price,
            BigDecimal qty, boolean postOnly) implements ReplayLine {
    }

    /** {@code {"op":"cancel","id","account"[,"symbol"]}} */
    record Cancel(String id, String account, String symbol) implements ReplayLine {
    }

    /** {@code {"op":"amend","id","account"[,"symbol","price","qty"]}}: absent price or qty stay as they are. */
    record Amend(String id, String account, String symbol, BigDecimal price, BigDecimal qty) implements ReplayLine {
    }

    /** A line that is not a valid operation; {@code id} when one could be read. */
    record Invalid(String id, String reason) implements ReplayLine {
    }
}
